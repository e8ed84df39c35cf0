import { describe, expect, it } from "vitest";
import { STATUS_LABELS, TASK_STATUSES, type TaskStatus } from "./labels.js";
import { percent, percentFormula, summarize } from "./summary.js";

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
    const s = summarize(official, { rounding: "truncate" });
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

  it("rounds by default, as current practice does", () => {
    const s = summarize(official);
    expect(s.rounding).toBe("round");
    expect(s.rateOfDue).toBe(98.63);
    expect(s.rateOfAssigned).toBe(98.54);
  });

  // Government review of 2025 (to 20/10/2025): 9.831 assigned, 7.892 completed = 80,3 %.
  const review2025 = [
    ...many("done_on_time", 7_892),
    ...many("open_on_time", 1_620),
    ...many("open_overdue", 319),
  ];
  it("prints 7.892 / 9.831 as 80,3 % with one decimal, rounded (80,2 truncated)", () => {
    expect(summarize(review2025, { decimals: 1 }).rateOfAssigned).toBe(80.3);
    expect(summarize(review2025, { decimals: 1, rounding: "truncate" }).rateOfAssigned).toBe(80.2);
    expect(summarize(review2025).rateOfAssigned).toBe(80.28);
  });

  it("gives the overdue share of tasks assigned and of tasks due", () => {
    const s = summarize(official);
    expect(s.overdueRate).toBe(1.37); // 223 / 16.289
    expect(s.overdueRateOfDue).toBe(1.37); // 223 / 16.274 = 1,3703 %
    expect(s.rates.overdueRate.denominator.name).toBe("tổng số nhiệm vụ được giao");
    expect(summarize(review2025).overdueRate).toBe(3.24); // 319 / 9.831 = 3,2448 %
  });

  it("says which denominator each rate uses, in Vietnamese", () => {
    const s = summarize(official);
    expect(s.denominators.rateOfDue).toEqual({
      count: 16_274,
      name: "số nhiệm vụ đến hạn (đã hoàn thành và chưa hoàn thành quá hạn)",
      description: "Tỷ lệ trên số nhiệm vụ đến hạn (đã hoàn thành và chưa hoàn thành quá hạn)",
    });
    expect(s.denominators.rateOfAssigned).toEqual({
      count: 16_289,
      name: "tổng số nhiệm vụ được giao",
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

  it.each<[number, number, number, "truncate" | "round", number]>([
    [7892, 9831, 1, "round", 80.3],
    [7892, 9831, 0, "round", 80],
    [2, 3, 0, "round", 67],
    [1, 8, 1, "truncate", 12.5],
    [1, 3, 3, "round", 33.333],
  ])("%i / %i with %i decimals, %s → %d", (n, d, decimals, rounding, expected) => {
    expect(percent(n, d, rounding, decimals)).toBe(expected);
  });

  it("refuses a number of decimals it cannot compute exactly", () => {
    expect(() => percent(1, 3, "round", 5)).toThrow(RangeError);
    expect(() => percent(1, 3, "round", 1.5)).toThrow(RangeError);
  });

  it("writes the same rule as a formula, empty when the denominator is 0", () => {
    expect(percentFormula("C12", "C10", { rounding: "truncate", decimals: 2 })).toBe(
      'IF(C10=0,"",INT(C12*10000/C10)/100)',
    );
    expect(percentFormula("B1", "B2", { rounding: "round", decimals: 1 })).toBe(
      'IF(B2=0,"",INT((2*B1*1000+B2)/(2*B2))/10)',
    );
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
