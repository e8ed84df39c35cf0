import { SHEET_COLUMNS, TRACKING_SHEET, columnIndex, rowOfTask } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { makeTask } from "../../test-support/tasks.js";
import { blocksForColumns, columnRuns } from "./blocks.js";
import { toCell } from "./cells.js";
import { charsToPoints, planCreateSheet } from "./create.js";
import { planRefresh } from "./refresh.js";
import { readTrackingTable } from "./table.js";

const headers = SHEET_COLUMNS.map((column) => column.header);

describe("blocks", () => {
  it("groups columns into runs so writes skip the others", () => {
    expect(columnRuns([5, 1, 2, 3, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
    const blocks = blocksForColumns({
      row: 1,
      firstColumn: 2,
      rows: [
        ["a", "b", "c", "d"],
        ["e", "f", "g", "h"],
      ],
      formats: ["@", "0", "@", "General"],
      columns: [0, 2, 3],
    });
    expect(blocks).toEqual([
      { row: 1, column: 2, values: [["a"], ["e"]], formats: ["@"] },
      {
        row: 1,
        column: 4,
        values: [
          ["c", "d"],
          ["g", "h"],
        ],
        formats: ["@", "General"],
      },
    ]);
  });
});

describe("planCreateSheet", () => {
  const plan = planCreateSheet({
    rows: [rowOfTask(makeTask(1), "2025-12-01")],
  });

  it("lays the table out from core's layout", () => {
    expect(plan.header.values).toEqual([headers]);
    expect(plan.tableAddress).toBe("A1:U2");
    expect(plan.body.formats[columnIndex("text")]).toBe("@");
    expect(plan.body.formats[columnIndex("completedOn")]).toBe("dd/mm/yyyy");
    expect(plan.hiddenColumns).toEqual([columnIndex("code")]);
    expect(plan.widths[columnIndex("text")]).toBe(charsToPoints(60));
    expect(plan.computedColumns.map((i) => SHEET_COLUMNS[i]?.key)).toEqual([
      "deadlineKind",
      "originalDue",
      "currentDue",
      "status",
      "daysOverdue",
      "warnings",
    ]);
  });

  it("points each validation at its list on the hidden sheet", () => {
    const sources = Object.fromEntries(
      plan.validations.map((v) => [SHEET_COLUMNS[v.column]?.key, [v.source, v.strict]]),
    );
    const agencies = TRACKING_SHEET.validationLists.agencies.length;
    expect(sources).toEqual({
      lead: [`='Danh mục'!$C$2:$C$${agencies + 1}`, false],
      coordinating: [`='Danh mục'!$C$2:$C$${agencies + 1}`, false],
      supervising: [`='Danh mục'!$C$2:$C$${agencies + 1}`, false],
      reportTo: [`='Danh mục'!$C$2:$C$${agencies + 1}`, false],
      deadlineKind: ["='Danh mục'!$B$2:$B$8", true],
      status: ["='Danh mục'!$A$2:$A$6", true],
    });
  });

  it("writes dates as Excel serials and empty cells as empty", () => {
    const column = SHEET_COLUMNS[columnIndex("originalDue")];
    if (!column) throw new Error("layout");
    expect(toCell(column, "2025-12-31")).toBe(46022);
    expect(toCell(column, null)).toBe("");
    expect(toCell(column, "không rõ")).toBe("không rõ");
  });
});

describe("planRefresh", () => {
  it("plans writes only inside computed columns, around a column the user moved", () => {
    // The user moved "Ghi chú" to the front of the table.
    const note = columnIndex("note");
    const moved = [headers[note] ?? "", ...headers.filter((_, i) => i !== note)];
    const row = rowOfTask(makeTask(1), "2025-12-01");
    const cells = moved.map((header) => {
      const column = SHEET_COLUMNS.find((c) => c.header === header);
      return column ? toCell(column, row[column.key]) : "";
    });
    const table = readTrackingTable({
      sheetName: "Theo dõi nhiệm vụ",
      tableName: "NhiemVu",
      headerRow: 0,
      firstColumn: 0,
      headers: moved,
      rows: [cells],
    });
    if (!table.ok) throw new Error("not a tracking table");
    const plan = planRefresh(
      table.plan,
      "2026-01-15",
      () => ({ ok: true, row: { ...row, status: "X" }, status: "open_overdue" }),
      "!",
    );
    const written = plan.blocks.flatMap((b) => b.formats.map((_, i) => moved[b.column + i]));
    expect(written).toEqual([
      "Loại thời hạn",
      "Hạn ban đầu",
      "Hạn hiện tại",
      "Tình trạng",
      "Số ngày quá hạn",
      "Cảnh báo",
    ]);
    expect(plan.byStatus).toEqual({ open_overdue: 1 });
  });

  it("refuses a table whose required columns are gone", () => {
    const result = readTrackingTable({
      sheetName: "S",
      tableName: "NhiemVu",
      headerRow: 0,
      firstColumn: 0,
      headers: ["Cột A", "Nội dung nhiệm vụ"],
      rows: [],
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "not_tracking_table", missing: ["code", "documentDate", "deadlineText"] },
    });
  });
});
