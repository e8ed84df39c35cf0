import {
  COMPUTED_HEADER,
  TRACKING_SHEET,
  TRACKING_TABLE_STYLE,
  VALIDATION_ERROR,
  columnLetter,
  computedColumnIndexes,
  highlightRules,
  listsSheetRows,
  validationRules,
  type SheetRow,
  type TrackingSheetLayout,
} from "@nhiemvu/core";
import type { CellValue } from "../excel/excel-api.js";
import { toCell } from "./cells.js";
import type { BlockWrite } from "./types.js";

/** A drop-down on a column: its list lives on the hidden lists sheet. */
export interface ValidationPlan {
  /** 0-based column of the tracking table. */
  column: number;
  /** List formula, e.g. ='Danh mục'!$A$2:$A$6 */
  source: string;
  /** false: the list only suggests (agency columns hold several names). */
  strict: boolean;
}

/** A highlight of whole rows of the table, by a formula on the first data row. */
export interface ConditionalFormatPlan {
  id: "overdue" | "dueSoon" | "done";
  formula: string;
  fill: string;
  font: string;
}

export interface CreatePlan {
  sheetName: string;
  tableName: string;
  listsSheetName: string;
  /** The validation lists, one column each with its header, on the lists sheet. */
  lists: BlockWrite;
  header: BlockWrite;
  /** Data rows from A2 on; empty when the sheet starts blank. */
  body: BlockWrite;
  /** Address of header + data rows (at least one data row: Excel tables need one). */
  tableAddress: string;
  /** Address of the data rows the formats and validations cover. */
  bodyAddress: string;
  /** Column widths in points. */
  widths: number[];
  hiddenColumns: number[];
  /** Columns written by the add-in: their headers are shaded. */
  computedColumns: number[];
  computedHeader: { fill: string; font: string };
  validations: ValidationPlan[];
  validationError: { title: string; message: string };
  conditionalFormats: ConditionalFormatPlan[];
  freezeRows: number;
  tableStyle: string;
}

/**
 * Excel column width in points of a width in characters (7 px a character
 * plus 5 px padding at 96 dpi, 0.75 pt a pixel).
 * @example charsToPoints(10) // 56.25
 */
export const charsToPoints = (chars: number): number => Math.round(chars * 7 + 5) * 0.75;

/** Row highlights of core's layout, as Office.js takes them (formula with "="). */
export function conditionalFormats(
  layout: TrackingSheetLayout,
  firstDataRow: number,
): ConditionalFormatPlan[] {
  return highlightRules(layout, firstDataRow).map((rule) => ({
    ...rule,
    formula: `=${rule.formula}`,
  }));
}

/**
 * What "Tạo sổ theo dõi" writes: the table with core's headers and formats,
 * and core's lists sheet, drop-downs and highlights (core/sheet/layout.ts, which
 * `nhiemvu tracking` writes too), and the given rows (e.g. the bundled
 * catalogue classified as of a date).
 */
export function planCreateSheet(args: {
  rows: readonly SheetRow[];
  layout?: TrackingSheetLayout;
}): CreatePlan {
  const layout = args.layout ?? TRACKING_SHEET;
  const columns = layout.columns;
  const headerRow = layout.headerRow - 1;
  const firstDataRow = layout.headerRow + 1;
  const lastColumn = columnLetter(columns.length - 1);
  const dataRows = Math.max(args.rows.length, 1);

  const listValues: CellValue[][] = listsSheetRows(layout).map((row) =>
    row.map((cell) => cell ?? ""),
  );

  return {
    sheetName: layout.sheetName,
    tableName: layout.tableName,
    listsSheetName: layout.listsSheetName,
    lists: {
      row: 0,
      column: 0,
      values: listValues,
      formats: listValues[0]?.map(() => "@") ?? [],
    },
    header: {
      row: headerRow,
      column: 0,
      values: [columns.map((column) => column.header)],
      formats: columns.map(() => "@"),
    },
    body: {
      row: headerRow + 1,
      column: 0,
      values: args.rows.map((row) => columns.map((column) => toCell(column, row[column.key]))),
      formats: columns.map((column) => column.numFmt),
    },
    tableAddress: `A${layout.headerRow}:${lastColumn}${layout.headerRow + dataRows}`,
    bodyAddress: `A${firstDataRow}:${lastColumn}${layout.headerRow + dataRows}`,
    widths: columns.map((column) => charsToPoints(column.width)),
    hiddenColumns: columns.flatMap((column, index) => (column.hidden ? [index] : [])),
    computedColumns: computedColumnIndexes(layout),
    computedHeader: COMPUTED_HEADER,
    validations: validationRules(layout).map((rule) => ({
      column: rule.column,
      source: `=${rule.source}`,
      strict: rule.strict,
    })),
    validationError: VALIDATION_ERROR,
    conditionalFormats: conditionalFormats(layout, firstDataRow),
    freezeRows: layout.headerRow,
    tableStyle: TRACKING_TABLE_STYLE,
  };
}
