import { columnLetter } from "@nhiemvu/core";
import type { AppendPlan } from "../plan/append.js";
import type { CreatePlan } from "../plan/create.js";
import type { BlockWrite, TableSnapshot } from "../plan/types.js";
import { Batcher, REQUEST_BUDGET_BYTES, jsonBytes } from "./batch.js";
import { toApplyError, type ApplyError, type ApplyResult } from "./errors.js";
import type { CellValue, ExcelContext, RangeApi, SupportCheck, WorksheetApi } from "./excel-api.js";
import { MIN_EXCEL_API } from "../manifest/manifest.js";

/**
 * The only code that calls Excel: each function checks what could make it fail
 * (API level, protection, names) before writing, writes in as few requests as
 * the payload limit allows, and undoes its own writes if Excel fails midway.
 */

export interface ApplyOptions {
  supports: SupportCheck;
  /** Request budget in bytes (tests shrink it). */
  budget?: number;
}

const fail = (code: ApplyError["code"]): { ok: false; error: ApplyError } => ({
  ok: false,
  error: { code },
});

/** "A1:C3" of a sheet-qualified address "'Sheet'!A1:C3". */
const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** Parses "B2" / "B2:D9" into 0-based top-left row and column. */
export function topLeft(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(localAddress(address));
  if (!match) throw new RangeError(`address ${address}`);
  const letters = match[1] ?? "A";
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** "Tạo sổ theo dõi": new tracking sheet, hidden lists sheet, table, formats, rows. */
export async function createTrackingSheet(
  context: ExcelContext,
  plan: CreatePlan,
  options: ApplyOptions,
): Promise<ApplyResult<{ rows: number }>> {
  if (!options.supports("ExcelApi", MIN_EXCEL_API)) return fail("api_not_supported");
  const batch = new Batcher(context, options.supports, options.budget ?? REQUEST_BUDGET_BYTES);
  const { workbook } = context;
  let started = false;
  let listsExisted = false;
  try {
    const protection = workbook.protection;
    protection.load("protected");
    const existing = workbook.worksheets.getItemOrNullObject(plan.sheetName);
    existing.load("isNullObject");
    const lists = workbook.worksheets.getItemOrNullObject(plan.listsSheetName);
    lists.load("isNullObject");
    const listsProtection = lists.protection;
    const table = workbook.tables.getItemOrNullObject(plan.tableName);
    table.load("isNullObject");
    await batch.flush();
    if (protection.protected) return fail("workbook_protected");
    if (!existing.isNullObject) return fail("sheet_exists");
    if (!table.isNullObject) return fail("table_name_taken");
    listsExisted = !lists.isNullObject;
    if (listsExisted) {
      listsProtection.load("protected");
      await batch.flush();
      if (listsProtection.protected) return fail("sheet_protected");
    }

    started = true;
    await batch.reserve(1_000);
    const listsSheet = listsExisted
      ? workbook.worksheets.getItem(plan.listsSheetName)
      : workbook.worksheets.add(plan.listsSheetName);
    await batch.writeBlock(listsSheet, plan.lists);
    listsSheet.visibility = "Hidden";

    const sheet = workbook.worksheets.add(plan.sheetName);
    await batch.writeBlock(sheet, plan.header);
    await batch.writeBlock(sheet, plan.body);
    // Formats of an empty sheet's blank row, so what the user types there is formatted too.
    if (plan.body.values.length === 0) {
      await batch.reserve(jsonBytes(plan.body.formats));
      sheet.getRange(localAddress(plan.bodyAddress)).numberFormat = [[...plan.body.formats]];
    }

    await batch.reserve(10_000);
    const created = sheet.tables.add(plan.tableAddress, true);
    created.name = plan.tableName;
    created.style = plan.tableStyle;
    const header = sheet.getRange(`A1:${columnLetter(plan.widths.length - 1)}1`);
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center";
    header.format.font.bold = true;
    plan.widths.forEach((width, index) => {
      const letter = columnLetter(index);
      const column = sheet.getRange(`${letter}:${letter}`);
      column.format.columnWidth = width;
      if (plan.hiddenColumns.includes(index)) column.columnHidden = true;
    });
    for (const index of plan.computedColumns) {
      const cell = sheet.getRange(`${columnLetter(index)}1`);
      cell.format.fill.color = plan.computedHeader.fill;
      cell.format.font.color = plan.computedHeader.font;
    }
    const firstDataRow = topLeft(plan.bodyAddress).row + 1;
    const lastDataRow = firstDataRow + Math.max(plan.body.values.length, 1) - 1;
    for (const validation of plan.validations) {
      const letter = columnLetter(validation.column);
      const range = sheet.getRange(`${letter}${firstDataRow}:${letter}${lastDataRow}`);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: validation.source } };
      range.dataValidation.errorAlert = {
        showAlert: validation.strict,
        style: validation.strict ? "Stop" : "Information",
        title: plan.validationError.title,
        message: plan.validationError.message,
      };
    }
    // add() puts each format on top: add the lowest priority first.
    for (const format of [...plan.conditionalFormats].reverse()) {
      const conditional = sheet.getRange(plan.bodyAddress).conditionalFormats.add("Custom");
      conditional.custom.rule.formula = format.formula;
      conditional.custom.format.fill.color = format.fill;
      conditional.custom.format.font.color = format.font;
    }
    sheet.freezePanes.freezeRows(plan.freezeRows);
    sheet.activate();
    await batch.flush();
    return { ok: true, value: { rows: plan.body.values.length }, syncs: batch.syncs };
  } catch (error) {
    if (started) await undoCreate(context, plan, listsExisted);
    return { ok: false, error: toApplyError(error) };
  }
}

/** Remove what a failed create left: the new sheet, and the lists sheet if it was new. */
async function undoCreate(context: ExcelContext, plan: CreatePlan, listsExisted: boolean) {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(plan.sheetName);
    sheet.load("isNullObject");
    const lists = context.workbook.worksheets.getItemOrNullObject(plan.listsSheetName);
    lists.load("isNullObject");
    await context.sync();
    if (!sheet.isNullObject) sheet.delete();
    if (!lists.isNullObject && !listsExisted) lists.delete();
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}

/** Rows read per request before the first measurement of row size. */
export const FIRST_READ_ROWS = 2_000;

export interface ReadTable {
  snapshot: TableSnapshot;
  syncs: number;
}

/**
 * Read a table (header and every data row) after checking it can be written:
 * the sheet must not be protected and the table must have no totals row.
 * Rows are read in chunks sized from the first chunk's measured weight.
 */
export async function readTable(
  context: ExcelContext,
  tableName: string,
  options: ApplyOptions,
): Promise<ApplyResult<TableSnapshot>> {
  if (!options.supports("ExcelApi", MIN_EXCEL_API)) return fail("api_not_supported");
  const budget = options.budget ?? REQUEST_BUDGET_BYTES;
  const batch = new Batcher(context, options.supports, budget);
  try {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    table.load("isNullObject");
    await batch.flush();
    if (table.isNullObject) return fail("table_not_found");
    table.load("name,showTotals");
    const sheet = table.worksheet;
    sheet.load("name");
    sheet.protection.load("protected");
    const header = table.getHeaderRowRange();
    header.load("address,values");
    const body = table.getDataBodyRange();
    body.load("address,rowCount,columnCount");
    await batch.flush();
    if (sheet.protection.protected) return fail("sheet_protected");
    if (table.showTotals) return fail("table_has_totals");

    const origin = topLeft(header.address);
    const rows: CellValue[][] = [];
    let chunk = FIRST_READ_ROWS;
    while (rows.length < body.rowCount) {
      const from = rows.length;
      const count = Math.min(chunk, body.rowCount - from);
      const range = rowsOf(sheet, origin.row + 1 + from, origin.column, count, body.columnCount);
      range.load("values");
      try {
        await batch.flush();
      } catch (error) {
        if (toApplyError(error).code !== "payload_too_large" || count === 1) throw error;
        chunk = Math.max(1, Math.floor(count / 2));
        continue;
      }
      rows.push(...range.values);
      const heaviest = Math.max(...range.values.map((row) => jsonBytes(row)), 1);
      chunk = Math.max(1, Math.floor(budget / heaviest / 2));
    }
    const headerValues = header.values[0] ?? [];
    return {
      ok: true,
      value: {
        sheetName: sheet.name,
        tableName: table.name,
        headerRow: origin.row,
        firstColumn: origin.column,
        headers: headerValues,
        rows,
      },
      syncs: batch.syncs,
    };
  } catch (error) {
    return { ok: false, error: toApplyError(error) };
  }
}

function rowsOf(
  sheet: WorksheetApi,
  row: number,
  column: number,
  rows: number,
  columns: number,
): RangeApi {
  const from = `${columnLetter(column)}${row + 1}`;
  const to = `${columnLetter(column + columns - 1)}${row + rows}`;
  return sheet.getRange(`${from}:${to}`);
}

/**
 * Write blocks into a table's sheet; if Excel fails midway, put back `undo`
 * (the same ranges' earlier values) so nothing is left half-written.
 */
export async function writeBlocks(
  context: ExcelContext,
  sheetName: string,
  blocks: readonly BlockWrite[],
  undo: readonly BlockWrite[],
  options: ApplyOptions,
): Promise<ApplyResult<{ cells: number }>> {
  const batch = new Batcher(context, options.supports, options.budget ?? REQUEST_BUDGET_BYTES);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  try {
    for (const block of blocks) await batch.writeBlock(sheet, block);
    await batch.flush();
  } catch (error) {
    if (batch.syncs > 0) await restore(context, sheetName, undo, options);
    return { ok: false, error: toApplyError(error) };
  }
  const cells = blocks.reduce((sum, block) => sum + block.values.length * block.formats.length, 0);
  return { ok: true, value: { cells }, syncs: batch.syncs };
}

async function restore(
  context: ExcelContext,
  sheetName: string,
  undo: readonly BlockWrite[],
  options: ApplyOptions,
) {
  try {
    const batch = new Batcher(context, options.supports, options.budget ?? REQUEST_BUDGET_BYTES);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const block of undo) await batch.writeBlock(sheet, block);
    await batch.flush();
  } catch {
    // Keep the first error for the user.
  }
}

/** "Nhập từ văn bản": add the table rows the plan needs, then write the new rows. */
export async function appendRows(
  context: ExcelContext,
  snapshot: TableSnapshot,
  plan: AppendPlan,
  options: ApplyOptions,
): Promise<ApplyResult<{ added: number }>> {
  const batch = new Batcher(context, options.supports, options.budget ?? REQUEST_BUDGET_BYTES);
  const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
  const width = snapshot.headers.length;
  const firstNew = snapshot.headerRow + 1 + snapshot.rows.length;
  let added = false;
  try {
    if (plan.addRows > 0) {
      const blank: CellValue[][] = Array.from({ length: plan.addRows }, () =>
        Array.from({ length: width }, () => ""),
      );
      await batch.reserve(jsonBytes(blank));
      context.workbook.tables.getItemOrNullObject(snapshot.tableName).rows.add(undefined, blank);
      added = true;
    }
    for (const block of plan.blocks) await batch.writeBlock(sheet, block);
    await batch.flush();
    return { ok: true, value: { added: plan.added.length }, syncs: batch.syncs };
  } catch (error) {
    if (added) {
      try {
        rowsOf(sheet, firstNew, snapshot.firstColumn, plan.addRows, width).delete("Up");
        const cleared = plan.blocks.map((block) => ({
          ...block,
          values: block.values.map((row) => row.map(() => "")),
        }));
        await context.sync();
        await restore(context, snapshot.sheetName, cleared, options);
      } catch {
        // Keep the first error for the user.
      }
    }
    return { ok: false, error: toApplyError(error) };
  }
}

/** Select a cell the check found ("'Theo dõi nhiệm vụ'!M12"). */
export async function selectCell(
  context: ExcelContext,
  address: string,
): Promise<ApplyResult<null>> {
  try {
    const bang = address.lastIndexOf("!");
    const sheetName = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address.slice(bang + 1)).select();
    await context.sync();
    return { ok: true, value: null, syncs: 1 };
  } catch (error) {
    return { ok: false, error: toApplyError(error) };
  }
}

/** A sheet the apply layer writes whole (the month report's sheets). */
export interface WholeSheet {
  name: string;
  blocks: readonly BlockWrite[];
  widths: readonly number[];
  boldRows: readonly number[];
}

/**
 * Write report sheets, replacing the add-in's earlier sheets of the same names.
 * If Excel fails midway, the new sheets are removed again.
 */
export async function writeSheets(
  context: ExcelContext,
  sheets: readonly WholeSheet[],
  options: ApplyOptions,
): Promise<ApplyResult<{ sheets: string[] }>> {
  if (!options.supports("ExcelApi", MIN_EXCEL_API)) return fail("api_not_supported");
  const batch = new Batcher(context, options.supports, options.budget ?? REQUEST_BUDGET_BYTES);
  const { workbook } = context;
  let started = false;
  try {
    workbook.protection.load("protected");
    const existing = sheets.map((sheet) => {
      const found = workbook.worksheets.getItemOrNullObject(sheet.name);
      found.load("isNullObject");
      return found;
    });
    await batch.flush();
    if (workbook.protection.protected) return fail("workbook_protected");
    started = true;
    await batch.reserve(1_000);
    for (const found of existing) if (!found.isNullObject) found.delete();
    for (const sheet of sheets) {
      const target = workbook.worksheets.add(sheet.name);
      for (const block of sheet.blocks) await batch.writeBlock(target, block);
      await batch.reserve(1_000);
      sheet.widths.forEach((width, index) => {
        const letter = columnLetter(index);
        target.getRange(`${letter}:${letter}`).format.columnWidth = width;
      });
      for (const row of sheet.boldRows) {
        target.getRange(
          `A${row + 1}:${columnLetter(sheet.widths.length - 1)}${row + 1}`,
        ).format.font.bold = true;
      }
    }
    const first = sheets[0];
    if (first) workbook.worksheets.getItem(first.name).activate();
    await batch.flush();
    return { ok: true, value: { sheets: sheets.map((sheet) => sheet.name) }, syncs: batch.syncs };
  } catch (error) {
    if (started) {
      try {
        for (const sheet of sheets) {
          const created = workbook.worksheets.getItemOrNullObject(sheet.name);
          created.load("isNullObject");
          await context.sync();
          if (!created.isNullObject) created.delete();
        }
        await context.sync();
      } catch {
        // Keep the first error for the user.
      }
    }
    return { ok: false, error: toApplyError(error) };
  }
}
