/**
 * @nhiemvu/report — the monthly reporting workbook: a pure report model
 * (buildReportModel), a thin exceljs streaming renderer (writeReportWorkbook),
 * the tracking workbook writer, a bounded streaming reader of tracking
 * workbooks and the consolidation of many units' workbooks.
 */
export * from "./model/types.js";
export { STATUS_ORDER, type TaskStatus } from "./model/status.js";
export type { Classification, Period, ReportRules, SummaryFigures } from "./model/rules.js";
export { coreRules, isRegimeId, REGIME_IDS } from "./model/core-rules.js";
export { buildReportModel, documentLabel, NO_LEAD, type ReportOptions } from "./model/build.js";
export { defaultReportMonth, latestDataDate } from "./model/default-month.js";
export { placeDateLine, upperVi, viDate, viInteger, viPercent } from "./format/vi.js";
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
} from "./read/errors.js";
export {
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
export { describeReadError, describeRowError, describeRowProblem } from "./messages.js";
export { writeAtomically } from "./io/atomic.js";
export { progressBar, type ProgressBar } from "./io/progress.js";
