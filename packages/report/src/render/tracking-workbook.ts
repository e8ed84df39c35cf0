import ExcelJS from "exceljs";
import type { Style } from "exceljs";
import {
  COMPUTED_HEADER,
  TRACKING_SHEET,
  TRACKING_TABLE_STYLE,
  VALIDATION_ERROR,
  columnLetter,
  computedColumnIndexes,
  highlightRules,
  listsSheetRows,
  taskToRow,
  validationRules,
  type SheetComputed,
  type SheetColumn,
  type SheetColumnKey,
  type Task,
} from "@nhiemvu/core";
import { dateCell, textCell } from "./cell-value.js";
import { pageHeader, readableLandscapeA4 } from "./page.js";
import { STYLES } from "./styles.js";

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

/** "#RRGGBB" → exceljs's ARGB. */
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export interface TrackingRowInput {
  task: Task;
  computed?: SheetComputed;
}

/**
 * Write a tracking workbook: the same workbook the add-in's "Tạo sổ theo dõi"
 * creates, from core's one layout (TRACKING_SHEET and core/sheet/layout.ts) —
 * the `NhiemVu` table with its style, headers (computed ones shaded), widths,
 * hidden key column, text columns "@" so typed "9/2025" stays text, date
 * columns dd/mm/yyyy, the hidden lists sheet and its drop-downs, the row
 * highlights, the frozen header. Blank (one empty table row, as Excel tables
 * need) when `rows` is empty.
 *
 * exceljs's in-memory writer: its streaming writer writes neither tables nor
 * conditional formats, and tracking workbooks are a few thousand rows.
 */
export async function writeTrackingWorkbook(
  target: { filename: string } | { stream: NodeJS.WritableStream },
  rows: Iterable<TrackingRowInput>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
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

  const values: ExcelJS.CellValue[][] = [];
  for (const { task, computed } of rows) {
    const row: Record<SheetColumnKey, string | number | null> = taskToRow(task, computed);
    values.push(columns.map((c) => cellOf(c, row[c.key])));
  }
  const count = values.length;
  const dataRows = Math.max(count, 1);
  ws.addTable({
    name: layout.tableName,
    ref: `A${layout.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: TRACKING_TABLE_STYLE as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: count > 0 ? values : [columns.map(() => null)],
  });

  const firstDataRow = layout.headerRow + 1;
  const lastDataRow = layout.headerRow + dataRows;
  for (let r = firstDataRow; r <= lastDataRow; r += 1) {
    const excelRow = ws.getRow(r);
    for (let i = 0; i < styles.length; i += 1) excelRow.getCell(i + 1).style = styles[i] ?? {};
  }
  const header = ws.getRow(layout.headerRow);
  const computed = new Set(computedColumnIndexes(layout));
  const shaded: Partial<Style> = {
    ...STYLES.headerCell,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(COMPUTED_HEADER.fill) } },
    font: { ...STYLES.headerCell.font, color: { argb: argb(COMPUTED_HEADER.font) } },
  };
  columns.forEach((_, i) => {
    header.getCell(i + 1).style = computed.has(i) ? shaded : STYLES.headerCell;
  });

  // exceljs's typings omit the sheet's dataValidations; it exists at run time.
  const validations = (ws as unknown as { dataValidations: ValidationStore }).dataValidations;
  for (const rule of validationRules(layout)) {
    const letter = columnLetter(rule.column);
    validations.add(`${letter}${firstDataRow}:${letter}${lastDataRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [rule.source],
      showErrorMessage: rule.strict,
      errorStyle: rule.strict ? "stop" : "information",
      errorTitle: VALIDATION_ERROR.title,
      error: VALIDATION_ERROR.message,
    });
  }
  ws.addConditionalFormatting({
    ref: `A${firstDataRow}:${lastLetter}${lastDataRow}`,
    rules: highlightRules(layout, firstDataRow).map((rule, index) => ({
      type: "expression",
      priority: index + 1,
      formulae: [rule.formula],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.font) } },
      },
    })),
  });

  const lists = workbook.addWorksheet(layout.listsSheetName, { state: "hidden" });
  const listRows = listsSheetRows(layout);
  lists.columns = (listRows[0] ?? []).map(() => ({ width: 40, style: { numFmt: "@" } }));
  for (const row of listRows)
    lists.addRow(row.map((cell) => (cell === null ? null : textCell(cell))));

  if ("filename" in target) await workbook.xlsx.writeFile(target.filename);
  else await workbook.xlsx.write(target.stream as unknown as import("node:stream").Stream);
}
