/**
 * `@nhiemvu/report/model`: the pure report model without exceljs or Node I/O,
 * for bundles that run in a browser (the Excel add-in).
 */
export * from "./types.js";
export { STATUS_ORDER, type TaskStatus } from "./status.js";
export type { ReportRules } from "./rules.js";
export { coreRules, isRegimeId, REGIME_IDS } from "./core-rules.js";
export {
  buildReportModel,
  documentLabel,
  NO_LEAD,
  ReportAsOfError,
  type ReportOptions,
} from "./build.js";
export {
  buildReportHeader,
  numberLine,
  PLACEHOLDER,
  reportForm,
  reportRecipients,
  type HeaderFacts,
  type HeaderOptions,
} from "./header.js";
export { DEFAULT_REPORT_UNIT, defaultReportMonth, latestDataDate } from "./default-month.js";
export { placeDateLine, upperVi, viDate, viInteger, viPercent } from "../format/vi.js";
