import { defaultAgencyRegistry, type Deadline, type Task } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { buildReportModel, documentLabel, NO_LEAD, ReportAsOfError } from "./build.js";

const registry = defaultAgencyRegistry();
const undated: Deadline = { kind: "urgent", text: "khẩn trương", flags: [] };
const DOC = "183-KL/TW@2025-08-01";

/** A task due on `due` ("chậm nhất ngày …"), from a document before the period. */
function dated(code: string, due: string, fields: Partial<Task> = {}): Task {
  return sampleTask({
    code,
    documentId: DOC,
    deadline: {
      kind: "date",
      text: `chậm nhất ngày ${due}`,
      flags: [],
      date: due,
      precision: "day",
      bound: "inclusive",
    },
    originalDue: due,
    currentDue: due,
    ...fields,
  });
}

const monthlyReport: Deadline = {
  kind: "recurring",
  text: "chậm nhất trước ngày 25 hàng tháng",
  flags: [],
  recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" },
};

// Report for November 2025 under Nghị định 09: data 15/10/2025–14/11/2025, as of 14/11.
const tasks: Task[] = [
  dated("A#1", "2025-10-31", { completedOn: "2025-10-20" }), // done on time
  dated("A#2", "2025-10-31", {
    completedOn: "2025-11-05",
    lead: [registry.resolve("bộ nội vụ")],
  }), // done late
  dated("A#3", "2025-10-31", { lead: [registry.resolve("Bộ Nội Vụ")] }), // overdue 14 days
  dated("A#4", "2025-12-10"), // due next period
  dated("A#5", "2025-10-31", { completedOn: "2025-11-20" }), // done after the cut-off: overdue at it
  sampleTask({ code: "B#1", documentId: DOC, deadline: undated, currentDue: null, lead: [] }),
  sampleTask({
    code: "B#2",
    documentId: DOC,
    deadline: { kind: "unparsed", text: "sau Đại hội", flags: ["unparsed"] },
    originalDue: null,
    currentDue: null,
    lead: [
      { id: null, name: "Sở Nội vụ tỉnh Hà Tĩnh" },
      { id: null, name: "sở nội vụ tỉnh  hà tĩnh" },
    ],
  }),
  // A no-deadline task done in the period counts among the completed.
  sampleTask({
    code: "B#3",
    documentId: DOC,
    deadline: undated,
    originalDue: null,
    currentDue: null,
    completedOn: "2025-11-01",
    lead: [{ id: null, name: "SỞ NỘI VỤ TỈNH HÀ TĨNH" }],
  }),
  // Issued 28/11/2025, after the cut-off: not in November's report.
  dated("C#1", "2025-12-31", { documentId: "221-KL/TW@2025-11-28" }),
  // Monthly report from 3/8: August sent 20/8, September missed, a report sent 3/11.
  sampleTask({
    code: "R#1",
    documentId: "322-CV/ĐU@2025-08-03",
    deadline: monthlyReport,
    originalDue: null,
    currentDue: null,
    progress: [
      { date: "2025-08-20", note: "Báo cáo tháng 8" },
      { date: "2025-11-03", note: "Báo cáo" },
    ],
  }),
];

const options = { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ" } as const;
const model = buildReportModel(tasks, options);

describe("buildReportModel, November 2025 under Nghị định 09", () => {
  it("takes the cut-off as the as-of day and states period and cut-off", () => {
    expect(model.asOf).toBe("2025-11-14");
    expect(model.header.issuingBody).toBe("ĐẢNG ỦY CHÍNH PHỦ");
    expect(model.header.periodLine).toContain("từ ngày 15/10/2025 đến ngày 14/11/2025");
    expect(model.header.cutOffLine).toContain("hạn gửi báo cáo: 25/11/2025");
  });

  it("leaves out a document issued after the cut-off", () => {
    expect(model.issuedAfterCutOff).toBe(1);
    expect(model.tasks.map((t) => t.code)).not.toContain("C#1");
    expect(buildReportModel(tasks, { ...options, month: "1999-01" }).summary.total).toBe(0);
  });

  it("counts each status as read by hand, a recurring task once per occurrence owed", () => {
    // R#1: 3/11 fulfils September (late); October stays owed and is overdue.
    expect(model.summary.byStatus).toEqual({
      done_on_time: 2,
      done_late: 2,
      open_on_time: 1,
      open_overdue: 3,
      no_deadline: 2,
    });
    expect(model.summary.total).toBe(10);
    expect(model.summary.dueCount).toBe(7);
    const r = model.details.all.rows.filter((row) => row.code === "R#1");
    expect(r.map((row) => [row.due, row.status, row.completedOn])).toEqual([
      ["2025-09-25", "done_late", "2025-11-03"],
      ["2025-10-25", "open_overdue", null],
    ]);
    expect(r[0]?.note).toContain("kỳ tháng 9/2025");
  });

  it("gives the rates from core's summary, rounded, with their denominators and the overdue share", () => {
    expect(model.summary.rateOfDue).toMatchObject({ percent: 57.14, numerator: 4, denominator: 7 });
    expect(model.summary.rateOfAssigned).toMatchObject({ percent: 40, denominator: 10 });
    expect(model.summary.overdueRate).toMatchObject({ percent: 30, numerator: 3 });
    expect(model.summary.rateOfDue.denominatorName).toContain("nhiệm vụ đến hạn");
    expect(model.summary.rounding).toBe("round");
    const truncated = buildReportModel(tasks, { ...options, rates: { rounding: "truncate" } });
    expect(truncated.summary.rateOfDue.percent).toBe(57.14);
    const oneDecimal = buildReportModel(tasks, { ...options, rates: { decimals: 1 } });
    expect(oneDecimal.summary.rateOfDue.percent).toBe(57.1);
  });

  it("has no rate, not 0 %, when nothing is due", () => {
    const m = buildReportModel([dated("X#1", "2025-12-31")], options);
    expect(m.summary.rateOfDue.percent).toBeNull();
    expect(m.summary.rateOfAssigned.percent).toBe(0);
  });

  it("lists overdue tasks with days overdue, worst first", () => {
    expect(model.details.overdue.rows.map((r) => [r.code, r.daysOverdue])).toEqual([
      ["R#1", 20],
      ["A#3", 14],
      ["A#5", 14],
    ]);
  });

  it("lists due-next, completed-in-period and unreadable deadlines", () => {
    expect(model.details.dueNext.rows.map((r) => r.code)).toEqual(["A#4"]);
    expect(model.details.completed.rows.map((r) => r.code)).toEqual(["A#1", "A#2", "B#3", "R#1"]);
    expect(model.details.unreadable.rows.map((r) => r.code)).toEqual(["B#2"]);
  });

  it("groups agencies by registry id and unknown names by folded spelling, printed once", () => {
    expect(model.byLead.map((d) => [d.label, d.total])).toEqual([
      // A#1–A#5 and R#1's two occurrences; "Bộ Nội vụ" without an id is the same agency.
      ["Bộ Nội vụ", 7],
      ["Sở Nội vụ tỉnh Hà Tĩnh", 2],
      [NO_LEAD, 1],
    ]);
    // Labels differ even ignoring case, so COUNTIFS (case-insensitive) counts the same rows.
    const folded = model.byLead.map((d) => d.key.toLocaleLowerCase("vi"));
    expect(new Set(folded).size).toBe(folded.length);
    expect(model.details.all.rows.find((r) => r.code === "B#3")?.lead).toBe(
      "Sở Nội vụ tỉnh Hà Tĩnh",
    );
  });

  it("breaks down by document", () => {
    expect(model.byDocument.map((d) => [d.label, d.total])).toEqual([
      ["183-KL/TW ngày 01/08/2025", 8],
      ["322-CV/ĐU ngày 03/08/2025", 2],
    ]);
  });

  it("gives every task its own status, with the occurrences of a recurring one", () => {
    const r = model.tasks.find((t) => t.code === "R#1");
    expect(r).toMatchObject({ status: "open_overdue", due: "2025-10-25", daysOverdue: 20 });
    expect(r?.occurrences?.map((o) => o.status)).toEqual(["done_late", "open_overdue"]);
    expect(model.tasks.find((t) => t.code === "A#3")).toMatchObject({
      status: "open_overdue",
      daysOverdue: 14,
    });
  });

  it("rejects an as-of day outside the period", () => {
    expect(() => buildReportModel(tasks, { ...options, asOf: "2025-10-14" })).toThrow(
      ReportAsOfError,
    );
    expect(() => buildReportModel(tasks, { ...options, asOf: "2025-11-15" })).toThrow(
      /as_of_after_period/,
    );
  });

  it("re-run later, an old report does not see a later extension", () => {
    const extended = dated("E#1", "2025-10-31", {
      extensions: [{ newDue: "2025-12-31", approvedBy: "CV 1/VPCP", approvedOn: "2025-11-20" }],
      currentDue: "2025-12-31",
    });
    expect(buildReportModel([extended], options).tasks[0]).toMatchObject({
      status: "open_overdue",
      due: "2025-10-31",
    });
  });

  it("builds nine-month reports", () => {
    const m = buildReportModel(tasks, { ...options, month: "2025-09", kind: "nine_months" });
    expect(m.period).toMatchObject({ from: "2024-12-15", to: "2025-09-14", kind: "nine_months" });
  });

  it("is the same model when built again (no hidden clock)", () => {
    expect(buildReportModel(tasks, options)).toEqual(model);
  });
});

describe("documentLabel", () => {
  it.each([
    ["221-KL/TW@2025-11-28", "221-KL/TW ngày 28/11/2025"],
    ["không-số@2025-08-29", "Văn bản không số ngày 29/08/2025"],
    ["free text", "free text"],
  ])("%s → %s", (id, label) => expect(documentLabel(id)).toBe(label));
});
