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
// A task of a document issued before the period, due on `due` by its own words.
const task = (code: string, due: string, completedOn: string | null): Task =>
  sampleTask({
    code,
    documentId: "1-KL/TW@2025-08-29",
    deadline: {
      kind: "date",
      text: `trước ngày ${due.split("-").reverse().join("/")}`,
      flags: [],
      date: due,
      precision: "day",
      bound: "inclusive",
    },
    originalDue: due,
    currentDue: due,
    completedOn,
  });
const codes = (rows: readonly { code: string }[]) => rows.map((r) => r.code);

describe("the report's detail lists at their boundary days", () => {
  it("a task completed on the period's first day (15/10/2025) is completed in the period", () => {
    const model = november([
      task("A#1", "2025-10-31", "2025-10-15"),
      task("A#2", "2025-10-31", "2025-10-14"),
    ]);
    expect(codes(model.details.completed.rows)).toEqual(["A#1"]);
  });

  it("a task completed on the cut-off day (14/11/2025) is known and completed in the period", () => {
    const model = november([task("A#1", "2025-11-20", "2025-11-14")]);
    expect(model.summary.byStatus.done_on_time).toBe(1);
    expect(model.details.all.rows[0]?.completedOn).toBe("2025-11-14");
    expect(codes(model.details.completed.rows)).toEqual(["A#1"]);
  });

  it("a task due on the next period's cut-off day (14/12/2025) is due next period", () => {
    const model = november([
      task("A#1", "2025-12-14", null),
      task("A#2", "2025-12-15", null),
      task("A#3", "2025-11-14", null),
      task("A#4", "2025-11-15", null),
    ]);
    expect(codes(model.details.dueNext.rows)).toEqual(["A#4", "A#1"]);
  });
});

describe("the report's default rounding", () => {
  // 2 of 3 tasks due are done: 66,666… % — current practice rounds (the 2025 review
  // printed 7.892 / 9.831 as 80,3 %); truncation is a setting.
  const tasks = [
    task("A#1", "2025-10-31", "2025-10-20"),
    task("A#2", "2025-10-31", "2025-10-21"),
    task("A#3", "2025-10-31", null),
  ];

  it("rounds 2/3 to 66.67 % when no rounding is asked for", () => {
    const model = november(tasks);
    expect(model.summary.rounding).toBe("round");
    expect(model.summary.rateOfDue.percent).toBe(66.67);
  });

  it("truncates 2/3 to 66.66 % when asked to", () => {
    expect(november(tasks, { rounding: "truncate" }).summary.rateOfDue.percent).toBe(66.66);
  });
});
