// Rules of the report model that a mutation once broke without any test failing.
// Report for November 2025 under Nghị định 09/2019 art. 12: data 15/10/2025–14/11/2025,
// next period 15/11/2025–14/12/2025.
import type { Task } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { sampleTask } from "../read/sample-tasks.test-support.js";
import { buildReportModel } from "./build.js";
import { coreRules } from "./core-rules.js";

const november = (tasks: Task[], extra: { rounding?: "truncate" | "round" } = {}) =>
  buildReportModel(
    tasks,
    { month: "2025-11", regime: "nd09", unit: "Đảng ủy Chính phủ", ...extra },
    coreRules(),
  );
const codes = (rows: readonly { code: string }[]) => rows.map((r) => r.code);

describe("the report's detail lists at their boundary days", () => {
  it("a task completed on the period's first day (15/10/2025) is completed in the period", () => {
    const model = november([
      sampleTask({ code: "A#1", currentDue: "2025-10-31", completedOn: "2025-10-15" }),
      sampleTask({ code: "A#2", currentDue: "2025-10-31", completedOn: "2025-10-14" }),
    ]);
    expect(codes(model.details.completed.rows)).toEqual(["A#1"]);
  });

  it("a task completed on the cut-off day (14/11/2025) is known and completed in the period", () => {
    const model = november([
      sampleTask({ code: "A#1", currentDue: "2025-11-20", completedOn: "2025-11-14" }),
    ]);
    expect(model.summary.byStatus.done_on_time).toBe(1);
    expect(model.details.all.rows[0]?.completedOn).toBe("2025-11-14");
    expect(codes(model.details.completed.rows)).toEqual(["A#1"]);
  });

  it("a task due on the next period's cut-off day (14/12/2025) is due next period", () => {
    const model = november([
      sampleTask({ code: "A#1", currentDue: "2025-12-14", completedOn: null }),
      sampleTask({ code: "A#2", currentDue: "2025-12-15", completedOn: null }),
      sampleTask({ code: "A#3", currentDue: "2025-11-14", completedOn: null }),
      sampleTask({ code: "A#4", currentDue: "2025-11-15", completedOn: null }),
    ]);
    expect(codes(model.details.dueNext.rows)).toEqual(["A#4", "A#1"]);
  });
});

describe("the report's default rounding", () => {
  // 2 of 3 tasks due are done: 66,666… % — official figures are truncated, not rounded.
  const tasks = [
    sampleTask({ code: "A#1", currentDue: "2025-10-31", completedOn: "2025-10-20" }),
    sampleTask({ code: "A#2", currentDue: "2025-10-31", completedOn: "2025-10-21" }),
    sampleTask({ code: "A#3", currentDue: "2025-10-31", completedOn: null }),
  ];

  it("truncates 2/3 to 66.66 % when no rounding is asked for", () => {
    const model = november(tasks);
    expect(model.summary.rounding).toBe("truncate");
    expect(model.summary.rateOfDue.percent).toBe(66.66);
  });

  it("rounds 2/3 to 66.67 % when asked to", () => {
    expect(november(tasks, { rounding: "round" }).summary.rateOfDue.percent).toBe(66.67);
  });
});
