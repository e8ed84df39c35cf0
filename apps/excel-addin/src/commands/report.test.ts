import { TRACKING_SHEET, rowToTask, type Task } from "@nhiemvu/core";
import { buildReportModel, coreRules } from "@nhiemvu/report/model";
import { describe, expect, it } from "vitest";
import { FakeWorkbook } from "../../test-support/fake-excel.js";
import { fakeHost } from "../../test-support/host.js";
import { makeTask } from "../../test-support/tasks.js";
import { reportSheetNames } from "../plan/report.js";
import { buildMonthReport } from "./report.js";
import { createSheet } from "./sheet.js";

// Written by hand: as of the November 2025 cut-off (nd09: 14/11/2025),
// 1 done on time, 1 done late, 1 open and overdue, 1 open on time, 1 without a deadline.
const TASKS: Task[] = [
  makeTask(1, { deadlineText: "trong tháng 10/2025", completedOn: "2025-10-20" }),
  makeTask(2, { deadlineText: "trước ngày 15/10/2025", completedOn: "2025-10-28" }),
  makeTask(3, { deadlineText: "chậm nhất ngày 31/10/2025" }),
  makeTask(4, { deadlineText: "trong quý IV/2025" }),
  makeTask(5, { deadlineText: "thường xuyên" }),
].map((task) => ({
  ...task,
  documentId: "221-KL/TW@2025-09-01",
  code: `221-KL/TW@2025-09-01#${task.ref}`,
}));

describe("Lập báo cáo tháng", () => {
  it("without a month, reports the month nhiemvu report picks from the data", async () => {
    // Latest date in the data: 28/10/2025 (completion of task 2). October's nd09
    // cut-off (14/10) is before it, November's (14/11) is not: November.
    const book = new FakeWorkbook();
    const host = fakeHost(book);
    await createSheet(host, { asOf: "2025-11-14", tasks: TASKS });
    const result = await buildMonthReport(host, {
      month: null,
      regime: "nd09",
      unit: "Đảng ủy Chính phủ",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.label).toBe("Tháng 11/2025");
  });

  it("writes the report package's numbers for the sheet's tasks into the workbook", async () => {
    const book = new FakeWorkbook();
    const host = fakeHost(book);
    await createSheet(host, { asOf: "2025-11-14", tasks: TASKS });
    const result = await buildMonthReport(host, {
      month: "2025-11",
      regime: "nd09",
      unit: "Văn phòng",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({ total: 5, skipped: 0, label: "Tháng 11/2025" });

    const names = reportSheetNames("2025-11");
    const summary = book.sheet(names.summary);
    const counts = summary?.values("A9:B14");
    expect(counts).toEqual([
      ["Đã hoàn thành đúng hạn", 1],
      ["Đã hoàn thành quá hạn", 1],
      ["Chưa hoàn thành - trong hạn", 1],
      ["Chưa hoàn thành - quá hạn", 1],
      ["Không thời hạn", 1],
      ["Tổng số nhiệm vụ", 5],
    ]);

    // Same numbers as the report package computes from the same rows (what `nhiemvu report` uses).
    const table = book.table(TRACKING_SHEET.tableName);
    const read = (table?.rows() ?? []).map((cells, i) =>
      rowToTask(
        Object.fromEntries(TRACKING_SHEET.columns.map((c, j) => [c.key, cells[j] ?? null])),
        { sheetName: TRACKING_SHEET.sheetName, rowNumber: i + 2 },
      ),
    );
    const model = buildReportModel(
      read.flatMap((r) => (r.ok ? [r.task] : [])),
      { month: "2025-11", regime: "nd09", unit: "Văn phòng" },
      coreRules(),
    );
    expect(counts?.slice(0, 5).map((row) => row[1])).toEqual(
      model.statusOrder.map((status) => model.summary.byStatus[status]),
    );
    expect(
      book
        .sheet(names.details)
        ?.values("B5:C9")
        .map((row) => row[1]),
    ).toEqual(model.details.all.rows.map((row) => row.ref));
  });

  it("replaces its own earlier sheets of the same month when run again", async () => {
    const book = new FakeWorkbook();
    const host = fakeHost(book);
    await createSheet(host, { asOf: "2025-11-14", tasks: TASKS });
    await buildMonthReport(host, { month: "2025-11", regime: "nd09", unit: "Văn phòng" });
    const again = await buildMonthReport(host, {
      month: "2025-11",
      regime: "nd09",
      unit: "Văn phòng",
    });
    expect(again.ok).toBe(true);
    const names = book.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("BC 11-2025"))).toHaveLength(2);
  });
});
