export { catalogueTasks, previewImport, type ImportItem, type ImportPreview } from "./import.js";
export { buildMonthReport, type MonthReportOutcome } from "./report.js";
export type { Host, Outcome } from "./host.js";
export { appendTasks, checkSheet, createSheet, goToCell, refreshStatus } from "./sheet.js";
