import {
  TRACKING_SHEET,
  columnLetter,
  type SheetRow,
  type TrackingSheetLayout,
  type ValidationListName,
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
  validations: ValidationPlan[];
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

/** Excel string literal inside a formula. */
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Row highlights; Excel applies the formula relative to the first data row. */
export function conditionalFormats(
  layout: TrackingSheetLayout,
  firstDataRow: number,
  labels: { overdue: string; done: readonly string[]; dueSoon: string },
): ConditionalFormatPlan[] {
  const at = (key: string) => {
    const index = layout.columns.findIndex((column) => column.key === key);
    return `$${columnLetter(index)}${firstDataRow}`;
  };
  const status = at("status");
  return [
    {
      id: "overdue",
      formula: `=${status}=${quote(labels.overdue)}`,
      fill: "#FFC7CE",
      font: "#9C0006",
    },
    {
      id: "dueSoon",
      formula: `=ISNUMBER(SEARCH(${quote(labels.dueSoon)},${at("warnings")}))`,
      fill: "#FFEB9C",
      font: "#9C5700",
    },
    {
      id: "done",
      formula: `=OR(${labels.done.map((label) => `${status}=${quote(label)}`).join(",")})`,
      fill: "#C6EFCE",
      font: "#006100",
    },
  ];
}

const LIST_ORDER: readonly ValidationListName[] = ["statuses", "deadlineKinds", "agencies"];
const LIST_HEADERS: Record<ValidationListName, string> = {
  statuses: "Tình trạng",
  deadlineKinds: "Loại thời hạn",
  agencies: "Cơ quan",
};

/**
 * What "Tạo sổ theo dõi" writes: the table with core's headers and formats,
 * the validation lists, the highlights, and the given rows (e.g. the bundled
 * catalogue classified as of a date).
 */
export function planCreateSheet(args: {
  rows: readonly SheetRow[];
  labels: { overdue: string; done: readonly string[]; dueSoon: string };
  layout?: TrackingSheetLayout;
}): CreatePlan {
  const layout = args.layout ?? TRACKING_SHEET;
  const columns = layout.columns;
  const headerRow = layout.headerRow - 1;
  const firstDataRow = layout.headerRow + 1;
  const lastColumn = columnLetter(columns.length - 1);
  const dataRows = Math.max(args.rows.length, 1);

  const lists = LIST_ORDER.map((name) => [LIST_HEADERS[name], ...layout.validationLists[name]]);
  const longest = Math.max(...lists.map((list) => list.length));
  const listValues: CellValue[][] = Array.from({ length: longest }, (_, r) =>
    lists.map((list) => list[r] ?? ""),
  );
  const listSource = (name: ValidationListName) => {
    const index = LIST_ORDER.indexOf(name);
    const letter = columnLetter(index);
    const length = layout.validationLists[name].length;
    return `=${sheetRef(layout.listsSheetName)}!$${letter}$2:$${letter}$${length + 1}`;
  };

  return {
    sheetName: layout.sheetName,
    tableName: layout.tableName,
    listsSheetName: layout.listsSheetName,
    lists: { row: 0, column: 0, values: listValues, formats: LIST_ORDER.map(() => "@") },
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
    computedColumns: columns.flatMap((column, index) =>
      column.kind === "computed" ? [index] : [],
    ),
    validations: columns.flatMap((column, index) =>
      column.list
        ? [{ column: index, source: listSource(column.list), strict: column.type === "list" }]
        : [],
    ),
    conditionalFormats: conditionalFormats(layout, firstDataRow, args.labels),
    freezeRows: layout.headerRow,
    tableStyle: "TableStyleMedium2",
  };
}
