import type { Deadline } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { buildReportModel, documentLabel, NO_LEAD } from "./build.js";
import { coreRules } from "./core-rules.js";

const undated: Deadline = { kind: "urgent", text: "khẩn trương", flags: [] };

// Report for November 2025 under Nghị định 09: data 15/10/2025–14/11/2025.
const tasks = [
  sampleTask({ code: "A#1", currentDue: "2025-10-31", completedOn: "2025-10-20" }), // done on time, in period
  sampleTask({ code: "A#2", currentDue: "2025-10-31", completedOn: "2025-11-05" }), // done late, in period
  sampleTask({ code: "A#3", currentDue: "2025-10-31", completedOn: null }), // overdue 14 days
  sampleTask({ code: "A#4", currentDue: "2025-12-10", completedOn: null }), // due next period
  sampleTask({ code: "A#5", currentDue: "2025-10-31", completedOn: "2025-11-20" }), // done after cut-off: overdue at cut-off
  sampleTask({
    code: "B#1",
    documentId: "183-KL/TW@2025-08-01",
    currentDue: null,
    deadline: undated,
    lead: [],
  }),
  sampleTask({
    code: "B#2",
    documentId: "183-KL/TW@2025-08-01",
    currentDue: null,
    deadline: { kind: "unparsed", text: "sau Đại hội", flags: ["unparsed"] },
    lead: [
      { id: null, name: "Bộ Nội vụ" },
      { id: null, name: "Bộ Tài chính" },
    ],
  }),
];

const model = buildReportModel(
  tasks,
  { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ" },
  coreRules(),
);

describe("buildReportModel, November 2025 under Nghị định 09", () => {
  it("takes the cut-off as the as-of day and states period and cut-off", () => {
    expect(model.asOf).toBe("2025-11-14");
    expect(model.header.issuingBody).toBe("ĐẢNG ỦY CHÍNH PHỦ");
    expect(model.header.placeDateLine).toBe("Hà Nội, ngày 14 tháng 11 năm 2025");
    expect(model.header.periodLine).toContain("từ ngày 15/10/2025 đến ngày 14/11/2025");
    expect(model.header.cutOffLine).toContain("Số liệu tính đến hết ngày 14/11/2025");
  });

  it("counts each status as read by hand", () => {
    expect(model.summary.byStatus).toEqual({
      done_on_time: 1,
      done_late: 1,
      open_on_time: 1,
      open_overdue: 2,
      no_deadline: 2,
    });
    expect(model.summary.total).toBe(7);
    expect(model.summary.dueCount).toBe(4);
  });

  it("gives both rates with their denominators, truncated to two decimals", () => {
    expect(model.summary.rateOfDue).toMatchObject({ percent: 50, numerator: 2, denominator: 4 });
    expect(model.summary.rateOfAssigned).toMatchObject({
      percent: 28.57,
      numerator: 2,
      denominator: 7,
    });
    expect(model.summary.rateOfDue.denominatorName).toContain("nhiệm vụ đến hạn");
  });

  it("lists overdue tasks with days overdue, worst first", () => {
    expect(model.details.overdue.rows.map((r) => [r.code, r.daysOverdue])).toEqual([
      ["A#3", 14],
      ["A#5", 14],
    ]);
  });

  it("hides a completion after the cut-off (the report freezes what was known)", () => {
    expect(model.details.all.rows.find((r) => r.code === "A#5")?.completedOn).toBeNull();
  });

  it("lists due-next, completed-in-period and unreadable deadlines", () => {
    expect(model.details.dueNext.rows.map((r) => r.code)).toEqual(["A#4"]);
    expect(model.details.completed.rows.map((r) => r.code)).toEqual(["A#1", "A#2"]);
    expect(model.details.unreadable.rows.map((r) => r.code)).toEqual(["B#2"]);
  });

  it("breaks down by document and by each lead agency", () => {
    expect(model.byDocument.map((d) => [d.label, d.total])).toEqual([
      ["221-KL/TW ngày 28/11/2025", 5],
      ["183-KL/TW ngày 01/08/2025", 2],
    ]);
    expect(model.byLead.map((d) => [d.key, d.total])).toEqual([
      ["Bộ Nội vụ", 6],
      [NO_LEAD, 1],
      ["Bộ Tài chính", 1],
    ]);
  });

  it("is the same model when built again (no hidden clock)", () => {
    const again = buildReportModel(
      tasks,
      { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ" },
      coreRules(),
    );
    expect(again).toEqual(model);
  });
});

describe("documentLabel", () => {
  it.each([
    ["221-KL/TW@2025-11-28", "221-KL/TW ngày 28/11/2025"],
    ["không-số@2025-08-29", "Văn bản không số ngày 29/08/2025"],
    ["free text", "free text"],
  ])("%s → %s", (id, label) => expect(documentLabel(id)).toBe(label));
});
