import { describe, expect, it } from "vitest";
import { STATUS_LABELS, TASK_STATUSES, type TaskStatus } from "./labels.js";
import { percent, summarize } from "./summary.js";

const many = (status: TaskStatus, n: number) => Array.from({ length: n }, () => ({ status }));

describe("summarize", () => {
  // The official figure: 16.051 completed of 16.274 due = 98,62 % (truncated).
  const official = [
    ...many("done_on_time", 16_000),
    ...many("done_late", 51),
    ...many("open_overdue", 223),
    ...many("open_on_time", 10),
    ...many("no_deadline", 5),
  ];

  it("reproduces 16.051 / 16.274 = 98,62 % by truncation", () => {
    const s = summarize(official);
    expect(s.completed).toBe(16_051);
    expect(s.dueCount).toBe(16_274);
    expect(s.rateOfDue).toBe(98.62);
    expect(s.total).toBe(16_289);
    expect(s.rateOfAssigned).toBe(98.53);
    expect(s.rounding).toBe("truncate");
    expect(s.counts).toEqual({
      done_on_time: 16_000,
      done_late: 51,
      open_on_time: 10,
      open_overdue: 223,
      no_deadline: 5,
    });
  });

  it("rounds when asked", () => {
    const s = summarize(official, { rounding: "round" });
    expect(s.rateOfDue).toBe(98.63);
    expect(s.rateOfAssigned).toBe(98.54);
  });

  it("says which denominator each rate uses, in Vietnamese", () => {
    const s = summarize(official);
    expect(s.denominators.rateOfDue).toEqual({
      count: 16_274,
      description: "Tỷ lệ trên số nhiệm vụ đến hạn (đã hoàn thành và chưa hoàn thành quá hạn)",
    });
    expect(s.denominators.rateOfAssigned).toEqual({
      count: 16_289,
      description: "Tỷ lệ trên tổng số nhiệm vụ được giao",
    });
  });

  it("has no rate when nothing is due or assigned", () => {
    const s = summarize(many("open_on_time", 3));
    expect(s.dueCount).toBe(0);
    expect(s.rateOfDue).toBeNull();
    expect(s.rateOfAssigned).toBe(0);
    expect(summarize([]).rateOfAssigned).toBeNull();
  });
});

describe("percent (exact two decimals)", () => {
  it.each<[number, number, number, number]>([
    [29, 100, 29, 29],
    [1, 3, 33.33, 33.33],
    [2, 3, 66.66, 66.67],
    [1, 8, 12.5, 12.5],
    [1, 1, 100, 100],
    [0, 7, 0, 0],
  ])("%i / %i → %d truncated, %d rounded", (n, d, truncated, rounded) => {
    expect(percent(n, d, "truncate")).toBe(truncated);
    expect(percent(n, d, "round")).toBe(rounded);
  });
});

describe("labels", () => {
  it("gives every status its Vietnamese label from contracts.md", () => {
    expect(TASK_STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Chưa hoàn thành - trong hạn",
      "Chưa hoàn thành - quá hạn",
      "Không thời hạn",
    ]);
    expect(Object.values(STATUS_LABELS).every((l) => l === l.normalize("NFC"))).toBe(true);
  });
});
