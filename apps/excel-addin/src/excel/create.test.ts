import {
  SHEET_COLUMNS,
  STATUS_LABELS,
  TRACKING_SHEET,
  columnIndex,
  columnLetter,
  rowOfTask,
} from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { FakeWorkbook } from "../../test-support/fake-excel.js";
import { makeTask, makeTasks } from "../../test-support/tasks.js";
import { HIGHLIGHT_LABELS } from "../domain/labels.js";
import { planCreateSheet } from "../plan/create.js";
import { createTrackingSheet } from "./apply.js";

const AS_OF = "2026-01-10";
const letter = (key: Parameters<typeof columnIndex>[0]) => columnLetter(columnIndex(key));

async function create(book: FakeWorkbook, tasks = makeTasks(3)) {
  const plan = planCreateSheet({
    rows: tasks.map((task) => rowOfTask(task, AS_OF)),
  });
  return createTrackingSheet(book.context(), plan, { supports: book.supports });
}

describe("Tạo sổ theo dõi against the recording fake", () => {
  it("writes core's headers, rows, formats, lists and highlights in two syncs", async () => {
    const book = new FakeWorkbook();
    const result = await create(book);
    expect(result).toMatchObject({ ok: true, value: { rows: 3 }, syncs: 2 });

    const sheet = book.sheet(TRACKING_SHEET.sheetName);
    const table = book.table(TRACKING_SHEET.tableName);
    expect(sheet && table).toBeTruthy();
    if (!sheet || !table) return;
    expect(table.headers()).toEqual(SHEET_COLUMNS.map((column) => column.header));
    expect(table.rows()).toHaveLength(3);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.hiddenColumns).toEqual(new Set([columnIndex("code")]));
    expect(sheet.widths.get(columnIndex("text"))).toBe(318.75);

    // Text columns are text; dates are Excel dates shown dd/mm/yyyy.
    expect(sheet.formats(`${letter("text")}2:${letter("text")}4`).flat()).toEqual(["@", "@", "@"]);
    expect(sheet.formats(`${letter("currentDue")}2`)).toEqual([["dd/mm/yyyy"]]);
    expect(sheet.values(`${letter("currentDue")}2`)).toEqual([[46022]]); // 31/12/2025
    expect(sheet.values(`${letter("status")}2`)).toEqual([[STATUS_LABELS.open_overdue]]);
    expect(sheet.values(`${letter("daysOverdue")}2`)).toEqual([[10]]);

    const lists = book.sheet(TRACKING_SHEET.listsSheetName);
    expect(lists?.visibility).toBe("Hidden");
    expect(lists?.values("A1:A6").flat()).toEqual(["Tình trạng", ...Object.values(STATUS_LABELS)]);
    const status = sheet.validations.find((v) => v.address.startsWith(letter("status")));
    expect(status?.rule).toEqual({
      list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$6" },
    });
    expect(status?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    const lead = sheet.validations.find((v) => v.address.startsWith(letter("lead")));
    expect(lead?.errorAlert).toMatchObject({ showAlert: false });

    const s = letter("status");
    expect(sheet.conditionalFormats.map((f) => [f.address, f.formula, f.fill])).toEqual([
      ["A2:U4", `=$${s}2="Chưa hoàn thành - quá hạn"`, "#FFC7CE"],
      [
        "A2:U4",
        `=ISNUMBER(SEARCH("${HIGHLIGHT_LABELS.dueSoon}",$${letter("warnings")}2))`,
        "#FFEB9C",
      ],
      ["A2:U4", `=OR($${s}2="Đã hoàn thành đúng hạn",$${s}2="Đã hoàn thành quá hạn")`, "#C6EFCE"],
    ]);
    expect(book.suspendedCalculations).toBe(1);
  });

  it("keeps '9/2025' and '=…' as the text typed: formats go before values", async () => {
    const book = new FakeWorkbook();
    await create(book, [
      makeTask(1, { ref: "9/2025", note: "=SUM(A1:A9) là ghi chú", deadlineText: "tháng 9/2025" }),
    ]);
    const sheet = book.sheet(TRACKING_SHEET.sheetName);
    expect(sheet?.values(`${letter("ref")}2`)).toEqual([["9/2025"]]);
    expect(sheet?.values(`${letter("note")}2`)).toEqual([["=SUM(A1:A9) là ghi chú"]]);
    expect(sheet?.values(`${letter("deadlineText")}2`)).toEqual([["tháng 9/2025"]]);
  });

  it("creates an empty table with one formatted blank row", async () => {
    const book = new FakeWorkbook();
    const result = await create(book, []);
    expect(result.ok).toBe(true);
    const sheet = book.sheet(TRACKING_SHEET.sheetName);
    expect(book.table(TRACKING_SHEET.tableName)?.rows()).toHaveLength(1);
    expect(sheet?.formats(`${letter("text")}2`)).toEqual([["@"]]);
  });

  it.each([
    ["sheet_exists", (book: FakeWorkbook) => void book.addSheet(TRACKING_SHEET.sheetName)],
    ["workbook_protected", (book: FakeWorkbook) => void (book.protected = true)],
    [
      "table_name_taken",
      (book: FakeWorkbook) => {
        const other = book.addSheet("Khác");
        book.tables.push(
          Object.assign(Object.create(null), { name: TRACKING_SHEET.tableName, sheet: other }),
        );
      },
    ],
  ])("refuses with %s before writing anything", async (code, arrange) => {
    const book = new FakeWorkbook();
    arrange(book);
    const before = book.sheets.map((sheet) => sheet.name);
    const result = await create(book);
    expect(result).toEqual({ ok: false, error: { code } });
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(before);
    expect(book.valueWrites()).toEqual([]);
  });

  it("refuses on an Excel older than ExcelApi 1.8 (Excel 2016), works on 1.8 (Excel 2019)", async () => {
    expect((await create(new FakeWorkbook({ apiVersion: "1.8" }))).ok).toBe(true);
    const book = new FakeWorkbook({ apiVersion: "1.7" });
    expect(await create(book)).toEqual({ ok: false, error: { code: "api_not_supported" } });
    expect(book.syncs).toBe(0);
  });

  it("removes what it wrote when Excel fails during the write", async () => {
    const book = new FakeWorkbook();
    book.failOnSync = { sync: 2, code: "GeneralException" };
    const result = await create(book);
    expect(result).toEqual({
      ok: false,
      error: { code: "excel_error", officeCode: "GeneralException" },
    });
    expect(book.sheets).toEqual([]);
    expect(book.tables).toEqual([]);
  });
});
