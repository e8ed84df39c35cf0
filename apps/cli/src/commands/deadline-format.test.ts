import { describe, expect, it } from "vitest";
import type { Deadline, ResolvedDeadline } from "@nhiemvu/core";
import { describe as describeDeadline, formatPlainLines, toJsonLine } from "./deadline-format.js";

const month: Deadline = {
  kind: "date",
  text: "trong tháng 9/2025",
  date: "2025-09-30",
  precision: "month",
  bound: "inclusive",
  flags: [],
};
const monthResolved: ResolvedDeadline = {
  due: "2025-09-30",
  bound: "inclusive",
  lastOnTimeDay: "2025-09-30",
  flags: [],
};
const monthly: Deadline = {
  kind: "recurring",
  text: "chậm nhất trước ngày 25 hàng tháng",
  recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" },
  flags: [],
};
const monthlyResolved: ResolvedDeadline = {
  due: "2025-08-25",
  bound: "before",
  lastOnTimeDay: "2025-08-25",
  flags: [],
};
const none: ResolvedDeadline = { due: null, bound: null, lastOnTimeDay: null, flags: ["unparsed"] };

describe("deadline output", () => {
  it("plain lines are aligned on the arrow and say the date in Vietnamese", () => {
    const lines = formatPlainLines([
      { input: "trong tháng 9/2025", deadline: month, resolved: monthResolved },
      {
        input: "abc",
        deadline: { kind: "unparsed", text: "abc", flags: ["unparsed"] },
        resolved: none,
      },
    ]);
    expect(lines).toEqual([
      "trong tháng 9/2025  →  30/09/2025 (đến hết ngày)",
      "abc                 →  không xác định",
    ]);
  });

  it("a recurring deadline names its schedule and next occurrence", () => {
    expect(describeDeadline(monthly, monthlyResolved)).toBe(
      "định kỳ hằng tháng (trước ngày 25), kỳ tới 25/08/2025",
    );
  });

  it("a weekly and a quarterly schedule are said in Vietnamese", () => {
    const weekly: Deadline = {
      ...monthly,
      recurrence: { freq: "weekly", byWeekday: "fri", bound: "before" },
    };
    expect(describeDeadline(weekly, { ...monthlyResolved, due: "2025-08-29" })).toBe(
      "định kỳ hằng tuần (trước thứ Sáu), kỳ tới 29/08/2025",
    );
    const quarterly: Deadline = {
      ...monthly,
      recurrence: { freq: "quarterly", byMonth: [1, 4, 7, 10], byMonthDay: 10, bound: "inclusive" },
    };
    expect(describeDeadline(quarterly, { ...monthlyResolved, due: "2025-10-10" })).toBe(
      "định kỳ hằng quý (ngày 10 tháng 1, 4, 7, 10), kỳ tới 10/10/2025",
    );
  });

  it("a relative period says its start and resolved end", () => {
    const relative: Deadline = {
      kind: "relative",
      text: "trong thời hạn 15 ngày làm việc kể từ ngày ký",
      amount: 15,
      unit: "working_day",
      anchor: { text: "ngày ký", date: "2025-08-29" },
      flags: [],
    };
    expect(describeDeadline(relative, { ...monthResolved, due: "2025-09-23" })).toBe(
      "15 ngày làm việc kể từ ngày ký: 23/09/2025 (đến hết ngày)",
    );
  });

  it("flags are spelled out in Vietnamese", () => {
    const week: Deadline = {
      ...month,
      date: "2025-10-07",
      precision: "week",
      flags: ["ambiguous"],
    };
    const [line] = formatPlainLines([
      {
        input: "trong tuần đầu tháng 10-2025",
        deadline: week,
        resolved: { ...monthResolved, due: "2025-10-07", flags: ["ambiguous"] },
      },
    ]);
    expect(line).toBe(
      "trong tuần đầu tháng 10-2025  →  07/10/2025 (đến hết ngày)  [cách hiểu chưa chắc chắn, cần người kiểm tra]",
    );
  });

  it("JSON lines keep the input as given and add recurrence only for recurring deadlines", () => {
    expect(toJsonLine("  trong tháng 9/2025", month, monthResolved)).toEqual({
      input: "  trong tháng 9/2025",
      kind: "date",
      due: "2025-09-30",
      bound: "inclusive",
      lastOnTimeDay: "2025-09-30",
      flags: [],
      deadline: month,
    });
    expect(toJsonLine("x", monthly, monthlyResolved).recurrence).toBe("monthly:25");
    expect(toJsonLine("x", monthly, monthlyResolved).deadline).toEqual(monthly);
  });
});
