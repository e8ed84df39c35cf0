/**
 * Status keys and labels as contracts.md fixes them for core/status.
 * Temporary: replaced by an import of STATUS_LABELS once core/status lands.
 */
export type SheetTaskStatus =
  "done_on_time" | "done_late" | "open_on_time" | "open_overdue" | "no_deadline";

export const SHEET_STATUS_LABELS: Readonly<Record<SheetTaskStatus, string>> = {
  done_on_time: "Đã hoàn thành đúng hạn",
  done_late: "Đã hoàn thành quá hạn",
  open_on_time: "Chưa hoàn thành - trong hạn",
  open_overdue: "Chưa hoàn thành - quá hạn",
  no_deadline: "Không thời hạn",
};
