/**
 * @nhiemvu/report — the monthly reporting workbook: a pure report model
 * (buildReportModel), a thin exceljs streaming renderer (writeReportWorkbook),
 * the tracking workbook writer, a bounded streaming reader of tracking
 * workbooks and the consolidation of many units' workbooks.
 */
export * from "./model/index.js";
export {
  defaultReportFileName,
  detailRowCount,
  SHEET_NAMES,
  writeReportWorkbook,
  type RenderOptions,
  type ReportTarget,
} from "./render/report-workbook.js";
export { writeTrackingWorkbook, type TrackingRowInput } from "./render/tracking-workbook.js";
export { isValidSheetName, safeSheetName } from "./render/sheet-name.js";
export { textCell } from "./render/cell-value.js";
export {
  DEFAULT_READ_LIMITS,
  type ReadError,
  type ReadErrorCode,
  type ReadLimits,
  type ReadWarning,
  type ReadWarningCode,
} from "./read/errors.js";
export {
  closeReaders,
  readTrackingWorkbook,
  workerAvailable,
  type ReadOptions,
  type ReadOutcome,
} from "./read/read-workbook.js";
export {
  consolidateWorkbooks,
  type Consolidation,
  type UnitInput,
  type UnitRowErrors,
} from "./consolidate/consolidate.js";
export { parseJsonTasks, type JsonProblem, type JsonTasksResult } from "./input/json-tasks.js";
export {
  extractionJson,
  extractionTaskJson,
  isExtractionProblem,
  taskFromExtraction,
  type ExtractionTaskResult,
} from "./input/extract-json.js";
export {
  DEFAULT_JSON_LIMITS,
  readJsonTasksFile,
  type JsonFileResult,
  type JsonLimits,
} from "./input/json-stream.js";
export {
  describeReadError,
  describeReadWarning,
  describeRowError,
  describeRowProblem,
} from "./messages.js";
export { OutputIsDirectory, writeAtomically } from "./io/atomic.js";
export { progressBar, type ProgressBar, type ProgressOutput } from "./io/progress.js";
export {
  appendBookRows,
  bookCodes,
  openTrackingBook,
  saveTrackingBook,
  writeComputedCells,
  type TrackingBook,
  type TrackingBookRow,
  type TrackingOpenError,
} from "./render/tracking-edit.js";
export {
  computedCellChanges,
  patchComputedCells,
  type ComputedCellWrite,
} from "./patch/computed-cells.js";
export { XlsxPatchError } from "./patch/xlsx-patch.js";
