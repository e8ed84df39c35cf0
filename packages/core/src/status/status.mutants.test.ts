// Status rules a mutation once broke without any test failing: a completion (or a
// report sent) dated on the cut-off day is known at the cut-off, and official
// rates are rounded unless truncation is asked for.
import { describe, expect, it } from "vitest";
import type { Deadline } from "../model/deadline.js";
import type { Task } from "../model/task.js";
import { classifyOccurrences, classifyTask } from "./classify.js";
import { summarize } from "./summary.js";

const inSeptember: Deadline = {
  kind: "date",
  text: "trong tháng 9/2025",
  flags: [],
  date: "2025-09-30",
  precision: "month",
  bound: "inclusive",
};

const monthly25: Deadline = {
  kind: "recurring",
  text: "chậm nhất trước ngày 25 hàng tháng",
  flags: [],
  recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" },
};

function task(deadline: Deadline, fields: Partial<Task> = {}): Task {
  const named = deadline.kind === "date" ? deadline.date : null;
  return {
    code: "T@2025-08-03#1",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1",
    text: "Nhiệm vụ kiểm thử",
    summary: "",
    lead: [],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline,
    originalDue: named,
    currentDue: named,
    extensions: [],
    completedOn: null,
    progress: [],
    ...fields,
  };
}

describe("a completion dated on the cut-off day is known at the cut-off", () => {
  it("completed 30/9/2025, status as of 30/9/2025: done on time", () => {
    const c = classifyTask(task(inSeptember, { completedOn: "2025-09-30" }), "2025-09-30");
    expect(c.status).toBe("done_on_time");
  });

  it("completed 14/10/2025, status as of 14/10/2025: done late, 14 days", () => {
    const c = classifyTask(task(inSeptember, { completedOn: "2025-10-14" }), "2025-10-14");
    expect([c.status, c.daysOverdue]).toEqual(["done_late", 14]);
  });

  it("a monthly report sent on the cut-off day 24/9/2025 counts for September", () => {
    const t = task(monthly25, {
      originalDue: null,
      currentDue: null,
      // August's report sent on time, so the one of 24/9 is September's (the oldest owed).
      progress: [
        { date: "2025-08-20", note: "Đã gửi báo cáo" },
        { date: "2025-09-24", note: "Đã gửi báo cáo" },
      ],
    });
    const [september] = classifyOccurrences(
      t,
      { from: "2025-09-01", to: "2025-09-30" },
      "2025-09-24",
    );
    expect(september?.status).toBe("done_on_time");
  });
});

describe("summary rates", () => {
  // 2 of 3 due tasks done: 66,666… % — rounded to 66,67 % as current reports print.
  const statuses = [
    { status: "done_on_time" as const },
    { status: "done_late" as const },
    { status: "open_overdue" as const },
  ];

  it("are rounded by default", () => {
    const s = summarize(statuses);
    expect(s.rounding).toBe("round");
    expect(s.rates.rateOfDue.percent).toBe(66.67);
  });

  it("are truncated when asked", () => {
    expect(summarize(statuses, { rounding: "truncate" }).rates.rateOfDue.percent).toBe(66.66);
  });
});
