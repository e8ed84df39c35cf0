import ExcelJS from "exceljs";
import type { Style } from "exceljs";
import {
  columnLetter,
  taskToRow,
  TRACKING_SHEET,
  type SheetComputed,
  type SheetColumn,
  type SheetColumnKey,
  type Task,
  type ValidationListName,
} from "@nhiemvu/core";
import { dateCell, textCell } from "./cell-value.js";
import { pageHeader, readableLandscapeA4 } from "./page.js";
import { STYLES } from "./styles.js";

/**
 * Validation also covers rows a user adds below the data, up to this many.
 * Not the whole column: some readers (exceljs in memory among them) expand a
 * validation range cell by cell.
 */
const ROOM_FOR_NEW_ROWS = 2_000;
const LIST_COLUMNS: Record<ValidationListName, string> = {
  statuses: "A",
  deadlineKinds: "B",
  agencies: "C",
};
const LIST_TITLES: Record<ValidationListName, string> = {
  statuses: "Tình trạng",
  deadlineKinds: "Loại thời hạn",
  agencies: "Cơ quan",
};

/** One shared style per column (exceljs caches styles by object identity). */
function columnStyle(column: SheetColumn): Partial<Style> {
  const base =
    column.type === "date" ? STYLES.date : column.type === "integer" ? STYLES.integer : STYLES.text;
  return { ...base, numFmt: column.numFmt };
}

function cellOf(column: SheetColumn, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === "date") return typeof value === "string" ? dateCell(value) : value;
  if (column.type === "integer") return value;
  return textCell(String(value));
}

interface ValidationStore {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export interface TrackingRowInput {
  task: Task;
  computed?: SheetComputed;
}

/**
 * Write a tracking workbook in core's layout (TRACKING_SHEET): the sheet with
 * its headers, widths, hidden key column, text columns formatted "@" so typed
 * "9/2025" stays text, date columns dd/mm/yyyy, lists from a hidden sheet as
 * validation, frozen header and autofilter. Blank when `rows` is empty.
 * Streams, so it serves 100k-row test inputs as well as the catalogue.
 */
export async function writeTrackingWorkbook(
  target: { filename: string } | { stream: NodeJS.WritableStream },
  rows: Iterable<TrackingRowInput>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(target as { filename: string }),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "nhiemvu";
  const layout = TRACKING_SHEET;
  const columns = layout.columns;
  const lastLetter = columnLetter(columns.length - 1);
  const ws = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: layout.headerRow }],
    pageSetup: readableLandscapeA4(
      layout.columns.filter((c) => !c.hidden).map((c) => c.width),
      12,
      `1:${layout.headerRow}`,
    ),
    headerFooter: pageHeader("Sổ theo dõi nhiệm vụ"),
  });
  const styles = columns.map(columnStyle);
  ws.columns = columns.map((c, i) => ({
    key: c.key,
    width: c.width,
    hidden: c.hidden ?? false,
    style: styles[i] ?? {},
  }));

  // exceljs's typings omit the streaming sheet's dataValidations; it exists at run time.
  const validations = (ws as unknown as { dataValidations: ValidationStore }).dataValidations;
  const validated = (column: SheetColumn, index: number, lastRow: number) => {
    if (!column.list) return;
    const count = layout.validationLists[column.list].length;
    const letter = columnLetter(index);
    const source = `'${layout.listsSheetName}'!$${LIST_COLUMNS[column.list]}$2:$${LIST_COLUMNS[column.list]}$${count + 1}`;
    const strict = column.type === "list";
    validations.add(`${letter}${layout.headerRow + 1}:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: strict,
      errorStyle: "stop",
      errorTitle: "Giá trị không hợp lệ",
      error: "Chọn một giá trị trong danh sách.",
    });
  };

  const header = ws.getRow(layout.headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = STYLES.headerCell;
  });
  header.commit();

  let count = 0;
  for (const { task, computed } of rows) {
    const row: Record<SheetColumnKey, string | number | null> = taskToRow(task, computed);
    const excelRow = ws.addRow(columns.map((c) => cellOf(c, row[c.key])));
    for (let i = 0; i < styles.length; i += 1) excelRow.getCell(i + 1).style = styles[i] ?? {};
    excelRow.commit();
    count += 1;
    if (count % 2_000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const lastValidatedRow = layout.headerRow + count + ROOM_FOR_NEW_ROWS;
  columns.forEach((column, index) => validated(column, index, lastValidatedRow));
  ws.autoFilter = `A${layout.headerRow}:${lastLetter}${layout.headerRow + Math.max(count, 1)}`;
  ws.commit();

  const lists = workbook.addWorksheet(layout.listsSheetName, { state: "hidden" });
  lists.columns = Object.keys(LIST_COLUMNS).map(() => ({ width: 40 }));
  const names = Object.keys(LIST_COLUMNS) as ValidationListName[];
  const longest = Math.max(...names.map((n) => layout.validationLists[n].length));
  lists.addRow(names.map((n) => LIST_TITLES[n])).commit();
  for (let r = 0; r < longest; r += 1) {
    lists.addRow(names.map((n) => layout.validationLists[n][r] ?? null)).commit();
  }
  lists.commit();
  await workbook.commit();
}
