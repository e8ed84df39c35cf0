import {
  STATUS_LABELS,
  TRACKING_SHEET,
  columnIndex,
  columnLetter,
  type SheetColumnKey,
} from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { FakeWorkbook, parseAddress } from "../../test-support/fake-excel.js";
import { fakeHost, seedTable } from "../../test-support/host.js";
import { makeTask, makeTasks } from "../../test-support/tasks.js";
import { APPLY_ERROR_MESSAGES } from "../messages.js";
import { catalogueTasks } from "./import.js";
import { appendTasks, checkSheet, createSheet, goToCell, refreshStatus } from "./sheet.js";

const { sheetName, tableName } = TRACKING_SHEET;
const col = (key: SheetColumnKey) => columnIndex(key);
const cell = (key: SheetColumnKey, row: number) => `${columnLetter(col(key))}${row}`;
const COMPUTED = TRACKING_SHEET.columns.flatMap((c, i) => (c.kind === "computed" ? [i] : []));

async function sheetWith(tasks = makeTasks(3), asOf = "2025-12-01") {
  const book = new FakeWorkbook();
  const created = await createSheet(fakeHost(book), { asOf, tasks });
  expect(created.ok).toBe(true);
  const sheet = book.sheet(sheetName);
  if (!sheet) throw new Error("no sheet");
  return { book, sheet, host: fakeHost(book) };
}

describe("Cập nhật trạng thái", () => {
  it("recomputes status and days overdue as of the chosen date", async () => {
    const { sheet, host } = await sheetWith();
    expect(sheet.values(cell("status", 2))).toEqual([[STATUS_LABELS.open_on_time]]);
    const result = await refreshStatus(host, "2026-01-15");
    expect(result).toMatchObject({ ok: true, value: { refreshed: 3, invalidRows: [] } });
    expect(sheet.values(`${cell("status", 2)}:${cell("daysOverdue", 4)}`)).toEqual(
      Array.from({ length: 3 }, () => [STATUS_LABELS.open_overdue, 15]),
    );
  });

  it("writes only computed cells: the user's cells and own columns stay as they were", async () => {
    const { book, sheet, host } = await sheetWith();
    const table = book.table(tableName);
    if (!table) throw new Error("no table");
    // The user adds a column of their own to the table and types in their cells.
    const extra = TRACKING_SHEET.columns.length;
    sheet.setCell(0, extra, { value: "Người theo dõi" });
    sheet.setCell(1, extra, { value: "Chị Lan" });
    sheet.setCell(2, extra, { value: "=A1" });
    table.rect = { ...table.rect, columns: table.rect.columns + 1 };
    sheet.setCell(1, col("completedOn"), { value: 46000 }); // 09/12/2025
    sheet.setCell(2, col("note"), { value: "Đã trình dự thảo" });
    sheet.setCell(3, col("deadlineText"), { value: "trước ngày 15/12/2025" });
    const userCells = () => table.rows().map((row) => row.filter((_, i) => !COMPUTED.includes(i)));
    const before = userCells();
    book.calls = [];

    const result = await refreshStatus(host, "2025-12-20");
    expect(result.ok).toBe(true);
    expect(userCells()).toEqual(before);
    for (const write of book.valueWrites()) {
      const rect = parseAddress(write.address ?? "");
      for (let c = rect.column; c < rect.column + rect.columns; c++) expect(COMPUTED).toContain(c);
    }
    expect(sheet.values(cell("status", 2))).toEqual([[STATUS_LABELS.done_on_time]]);
    // The edited deadline words give a new due date: 15/12/2025, before-bound.
    expect(sheet.values(cell("originalDue", 4))).toEqual([[46006]]);
    expect(sheet.values(cell("status", 4))).toEqual([[STATUS_LABELS.open_overdue]]);
  });

  it("flags a row core cannot read and keeps its computed cells", async () => {
    const { sheet, host } = await sheetWith();
    sheet.setCell(2, col("documentDate"), { value: "31/02/2025" });
    const result = await refreshStatus(host, "2025-12-20");
    expect(result).toMatchObject({ ok: true, value: { refreshed: 2, invalidRows: [3] } });
    expect(sheet.values(cell("warnings", 3))[0]?.[0]).toMatch(/Kiểm tra dữ liệu/);
    expect(sheet.values(cell("status", 3))).toEqual([[STATUS_LABELS.open_on_time]]);
  });

  it("says in Vietnamese that a protected sheet cannot be written, and writes nothing", async () => {
    const { book, sheet, host } = await sheetWith();
    sheet.protected = true;
    book.calls = [];
    const result = await refreshStatus(host, "2026-01-15");
    expect(result).toEqual({ ok: false, message: APPLY_ERROR_MESSAGES.sheet_protected });
    expect(book.valueWrites()).toEqual([]);
  });

  it("puts the old values back when Excel fails between two requests", async () => {
    // A dry run learns how many requests a tiny budget (a few rows each) takes.
    const dry = await sheetWith(makeTasks(40));
    const dryStart = dry.book.syncs;
    const done = await refreshStatus(fakeHost(dry.book, 3_000), "2026-01-15");
    expect(done.ok).toBe(true);
    const requests = dry.book.syncs - dryStart;
    expect(requests).toBeGreaterThanOrEqual(5); // 3 reads, then at least 2 write requests

    const { book, sheet } = await sheetWith(makeTasks(40));
    const before = book.table(tableName)?.rows();
    book.failOnSync = { sync: book.syncs + requests - 1, code: "GeneralException" };
    const result = await refreshStatus(fakeHost(book, 3_000), "2026-01-15");
    expect(result).toEqual({ ok: false, message: APPLY_ERROR_MESSAGES.excel_error });
    expect(book.table(tableName)?.rows()).toEqual(before);
    expect(sheet.values(cell("status", 2))).toEqual([[STATUS_LABELS.open_on_time]]);
  });
});

describe("Nhập từ văn bản (append)", () => {
  it("a sheet filled with an older code #[2] does not take the same item #2 again", async () => {
    const { host } = await sheetWith([{ ...makeTask(2), code: "221-KL/TW@2025-11-28#[2]" }]);
    const result = await appendTasks(host, [makeTask(2)], "2025-12-01");
    expect(result).toMatchObject({
      ok: true,
      value: { added: [], duplicates: ["221-KL/TW@2025-11-28#2"] },
    });
  });

  it("appends new tasks, skips codes already in the sheet, keeps text as text", async () => {
    const { book, sheet, host } = await sheetWith(makeTasks(2));
    const result = await appendTasks(
      host,
      [makeTask(2), makeTask(3, { ref: "9/2025" }), makeTask(3)],
      "2025-12-01",
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        added: ["221-KL/TW@2025-11-28#3"],
        duplicates: ["221-KL/TW@2025-11-28#2", "221-KL/TW@2025-11-28#3"],
      },
    });
    expect(book.table(tableName)?.rows()).toHaveLength(3);
    expect(sheet.values(cell("ref", 4))).toEqual([["9/2025"]]);
    expect(sheet.values(cell("status", 4))).toEqual([[STATUS_LABELS.open_on_time]]);
  });

  it("fills the blank row of a new empty sheet before adding rows", async () => {
    const { book, host } = await sheetWith([]);
    const result = await appendTasks(host, makeTasks(2), "2025-12-01");
    expect(result.ok).toBe(true);
    const rows = book.table(tableName)?.rows() ?? [];
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row[col("code")])).toEqual([
      "221-KL/TW@2025-11-28#1",
      "221-KL/TW@2025-11-28#2",
    ]);
  });
});

describe("Kiểm tra dữ liệu", () => {
  it("lists each problem at the cell where the column really is, and selects it on click", async () => {
    const book = new FakeWorkbook();
    const headers = ["Ghi chú riêng", ...TRACKING_SHEET.columns.map((c) => c.header)];
    const blankRow = headers.map(() => "");
    const row = (values: Partial<Record<SheetColumnKey, string | number>>) => {
      const cells: (string | number)[] = [...blankRow];
      for (const [key, value] of Object.entries(values))
        cells[col(key as SheetColumnKey) + 1] = value;
      return cells;
    };
    // The table starts at C3, and the user put a column of their own first.
    seedTable(book, {
      sheet: sheetName,
      table: tableName,
      at: { row: 2, column: 2 },
      rows: [
        headers,
        row({ documentSymbol: "221-KL/TW", documentDate: 45989, ref: "1", text: "Việc một" }),
        row({
          documentSymbol: "221-KL/TW",
          documentDate: "31/02/2025",
          ref: "2",
          text: "Việc hai",
        }),
        row({
          documentSymbol: "221-KL/TW",
          documentDate: 45989,
          ref: "1",
          text: "Việc một, chép lại",
        }),
        blankRow,
        row({ documentSymbol: "221-KL/TW", documentDate: 45989, ref: "4" }),
      ],
    });
    const host = fakeHost(book);
    const result = await checkSheet(host);
    if (!result.ok) throw new Error(result.message);
    const shift = (key: SheetColumnKey) => columnLetter(col(key) + 3);
    expect(result.value.checked).toBe(4);
    expect(result.value.problems.map((p) => [p.code, p.cell])).toEqual([
      ["date_invalid", `${shift("documentDate")}5`],
      ["duplicate_code", `${shift("ref")}6`],
      ["required_missing", `${shift("text")}8`],
    ]);
    const first = result.value.problems[0];
    expect(first?.address).toBe(`'${sheetName}'!${shift("documentDate")}5`);
    await goToCell(host, first?.address ?? "");
    expect(book.sheet(sheetName)?.selection).toBe(
      `${shift("documentDate")}5:${shift("documentDate")}5`,
    );
  });

  it("tells the user to create the sheet first when there is no table", async () => {
    const result = await checkSheet(fakeHost(new FakeWorkbook()));
    expect(result).toEqual({ ok: false, message: APPLY_ERROR_MESSAGES.table_not_found });
  });
});

describe("the bundled catalogue in a new sheet", () => {
  it("fills 75 tasks that core reads back without a problem", async () => {
    const book = new FakeWorkbook();
    const host = fakeHost(book);
    const tasks = catalogueTasks();
    expect(tasks).toHaveLength(75);
    const created = await createSheet(host, { asOf: "2025-12-15", tasks });
    expect(created).toMatchObject({ ok: true, value: { rows: 75 }, syncs: 2 });
    const checked = await checkSheet(host);
    expect(checked).toMatchObject({ ok: true, value: { checked: 75, valid: 75, problems: [] } });
    const refreshed = await refreshStatus(host, "2025-12-15");
    expect(refreshed).toMatchObject({ ok: true, value: { refreshed: 75, invalidRows: [] } });
  });
});
