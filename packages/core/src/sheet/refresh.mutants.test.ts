// "Cập nhật trạng thái" (the add-in's refresh, evaluateRow) rules a mutation once broke without any test failing: the
// refresh judges a task against its last extension (gia hạn), and re-reads the
// deadline words a person edited instead of keeping the old due date in the cell.
import { describe, expect, it } from "vitest";
import type { Task } from "../model/task.js";
import { evaluateRow, taskToRow } from "./row.js";

const AT = { sheetName: "Theo dõi nhiệm vụ", rowNumber: 2 };
const AS_OF = "2025-11-14";

const inOctober: Task = {
  code: "221-KL/TW@2025-08-29#1",
  documentId: "221-KL/TW@2025-08-29",
  ref: "1",
  text: "Bộ Nội vụ hoàn thiện đề án, hoàn thành trong tháng 10/2025.",
  summary: "",
  lead: [{ id: "bo-noi-vu", name: "Bộ Nội vụ" }],
  coordinating: [],
  supervising: [],
  reportTo: [],
  deadline: {
    kind: "date",
    text: "trong tháng 10/2025",
    flags: [],
    date: "2025-10-31",
    precision: "month",
    bound: "inclusive",
  },
  originalDue: "2025-10-31",
  currentDue: "2025-10-31",
  extensions: [],
  completedOn: null,
  progress: [],
};

function refreshed(row: ReturnType<typeof taskToRow>) {
  const r = evaluateRow(row, AT, AS_OF);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return {
    status: r.evaluation.status,
    originalDue: r.row.originalDue,
    currentDue: r.row.currentDue,
  };
}

describe("refreshing a row as of 14/11/2025", () => {
  it("without an extension, a task due 31/10/2025 is overdue", () => {
    expect(refreshed(taskToRow(inOctober))).toEqual({
      status: "open_overdue",
      originalDue: "2025-10-31",
      currentDue: "2025-10-31",
    });
  });

  it("an extension to 31/12/2025 makes it on time, due 31/12/2025", () => {
    const extended: Task = {
      ...inOctober,
      extensions: [
        { newDue: "2025-12-31", approvedBy: "Công văn số 12-CV/VPTW", approvedOn: "2025-10-20" },
      ],
      currentDue: "2025-12-31",
    };
    expect(refreshed(taskToRow(extended))).toEqual({
      status: "open_on_time",
      originalDue: "2025-10-31",
      currentDue: "2025-12-31",
    });
  });

  it("deadline words edited to 'trong quý IV/2025' move the due date to 31/12/2025", () => {
    const row = { ...taskToRow(inOctober), deadlineText: "trong quý IV/2025" };
    expect(row.originalDue).toBe("2025-10-31"); // the old cell, still there
    expect(refreshed(row)).toEqual({
      status: "open_on_time",
      originalDue: "2025-12-31",
      currentDue: "2025-12-31",
    });
  });

  it("words that name no date keep the due date a person typed", () => {
    const row = { ...taskToRow(inOctober), deadlineText: "sau Đại hội", originalDue: "2025-12-01" };
    expect(refreshed(row)).toMatchObject({ originalDue: "2025-12-01", status: "open_on_time" });
  });

  it("an unreadable old due date does not block the refresh when the words name the date", () => {
    const row = { ...taskToRow(inOctober), originalDue: "31/02/2025" };
    expect(refreshed(row)).toMatchObject({ originalDue: "2025-10-31", status: "open_overdue" });
  });
});
