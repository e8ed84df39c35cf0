import { STATUS_LABELS } from "../status/labels.js";
import {
  TRACKING_SHEET,
  type SheetColumn,
  type TrackingSheetLayout,
  type ValidationListName,
} from "./columns.js";
import { columnLetter } from "./excel-date.js";
import { SHEET_WARNING_LABELS } from "./labels.js";

/**
 * What a new tracking workbook holds besides its rows, decided once for every
 * writer ("Tạo sổ theo dõi" in the add-in, `nhiemvu tracking`): the hidden lists
 * sheet behind the drop-downs, the drop-downs, the row highlights, the table.
 * Writers only translate this into their API (Office.js, exceljs).
 */

/** Order of the lists on the lists sheet, one column each (A, B, C). */
export const VALIDATION_LIST_ORDER: readonly ValidationListName[] = [
  "statuses",
  "deadlineKinds",
  "agencies",
];

/** Title row of the lists sheet. */
export const VALIDATION_LIST_TITLES: Readonly<Record<ValidationListName, string>> = {
  statuses: "Tình trạng",
  deadlineKinds: "Loại thời hạn",
  agencies: "Cơ quan",
};

/** What Excel says when a value outside a strict list is typed. */
export const VALIDATION_ERROR = {
  title: "Giá trị không có trong danh mục",
  message: "Chọn một giá trị trong danh sách.",
} as const;

/** Excel's built-in table style of the tracking table. */
export const TRACKING_TABLE_STYLE = "TableStyleMedium2";

/** Header shading of computed columns (the ones refresh rewrites). */
export const COMPUTED_HEADER = { fill: "#DDEBF7", font: "#1F3864" } as const;

/** A drop-down: 0-based column, its list source, whether other values are refused. */
export interface ValidationRule {
  column: number;
  list: ValidationListName;
  /** Formula of the list, without "=": 'Danh mục'!$A$2:$A$6 */
  source: string;
  /** false: the list only suggests (agency columns hold several "; "-joined names). */
  strict: boolean;
}

/** A highlight of whole table rows; the formula is relative to the first data row. */
export interface HighlightRule {
  id: "overdue" | "dueSoon" | "done";
  /** Without "=". */
  formula: string;
  fill: string;
  font: string;
}

/** Excel string literal inside a formula. */
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The lists sheet's cells, title row first; shorter lists padded with null.
 * @example listsSheetRows()[0] // ["Tình trạng", "Loại thời hạn", "Cơ quan"]
 */
export function listsSheetRows(layout: TrackingSheetLayout = TRACKING_SHEET): (string | null)[][] {
  const lists = VALIDATION_LIST_ORDER.map((name) => [
    VALIDATION_LIST_TITLES[name],
    ...layout.validationLists[name],
  ]);
  const longest = Math.max(...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, r) => lists.map((list) => list[r] ?? null));
}

/** The drop-downs of the layout's columns. */
export function validationRules(layout: TrackingSheetLayout = TRACKING_SHEET): ValidationRule[] {
  return layout.columns.flatMap((column: SheetColumn, index) => {
    const list = column.list;
    if (!list) return [];
    const letter = columnLetter(VALIDATION_LIST_ORDER.indexOf(list));
    const last = layout.validationLists[list].length + 1;
    const source = `${sheetRef(layout.listsSheetName)}!$${letter}$2:$${letter}$${last}`;
    return [{ column: index, list, source, strict: column.type === "list" }];
  });
}

/**
 * Row highlights, highest priority first: overdue red, due soon amber, done
 * green (Excel's own "bad / neutral / good" colours). They test core's labels,
 * so a relabelled status cannot silently lose its colour.
 */
export function highlightRules(
  layout: TrackingSheetLayout = TRACKING_SHEET,
  firstDataRow: number = layout.headerRow + 1,
): HighlightRule[] {
  const at = (key: string) => {
    const index = layout.columns.findIndex((column) => column.key === key);
    return `$${columnLetter(index)}${firstDataRow}`;
  };
  const status = at("status");
  const done = [STATUS_LABELS.done_on_time, STATUS_LABELS.done_late];
  return [
    {
      id: "overdue",
      formula: `${status}=${quote(STATUS_LABELS.open_overdue)}`,
      fill: "#FFC7CE",
      font: "#9C0006",
    },
    {
      id: "dueSoon",
      formula: `ISNUMBER(SEARCH(${quote(SHEET_WARNING_LABELS.dueSoon)},${at("warnings")}))`,
      fill: "#FFEB9C",
      font: "#9C5700",
    },
    {
      id: "done",
      formula: `OR(${done.map((label) => `${status}=${quote(label)}`).join(",")})`,
      fill: "#C6EFCE",
      font: "#006100",
    },
  ];
}

/** 0-based indexes of the computed columns (shaded headers). */
export function computedColumnIndexes(layout: TrackingSheetLayout = TRACKING_SHEET): number[] {
  return layout.columns.flatMap((column, index) => (column.kind === "computed" ? [index] : []));
}
