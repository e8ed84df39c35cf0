export {
  SHEET_COLUMNS,
  TRACKING_SHEET,
  columnIndex,
  sheetColumn,
  type SheetColumn,
  type SheetColumnKey,
  type SheetColumnKind,
  type SheetColumnType,
  type TrackingSheetLayout,
  type ValidationListName,
} from "./columns.js";
export { cellAddress, columnLetter, excelSerialToIso, isoToExcelSerial } from "./excel-date.js";
export { DEADLINE_FLAG_LABELS, DEADLINE_KIND_LABELS, SHEET_WARNING_LABELS } from "./labels.js";
export type { SheetCellValue } from "./cells.js";
export { REQUIRED_COLUMNS, matchHeaders, rowFromCells, type HeaderMatch } from "./headers.js";
export {
  DeadlineCache,
  evaluateRow,
  isBlankRow,
  rowOfTask,
  rowToTask,
  taskToRow,
  type ReadDeadline,
  type RowEvaluation,
  type RowToTaskResult,
  type SheetComputed,
  type SheetRow,
  type SheetRowError,
  type SheetRowErrorCode,
} from "./row.js";
export {
  COMPUTED_HEADER,
  TRACKING_TABLE_STYLE,
  VALIDATION_ERROR,
  VALIDATION_LIST_ORDER,
  VALIDATION_LIST_TITLES,
  computedColumnIndexes,
  highlightRules,
  listsSheetRows,
  validationRules,
  type HighlightRule,
  type ValidationRule,
} from "./layout.js";
export { COMPUTED_COLUMN_KEYS } from "./computed-columns.js";
