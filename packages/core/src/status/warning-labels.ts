import { formatViDate } from "../dates/civil-date.js";
import type { EvaluationWarning, EvaluationWarningCode } from "./evaluate.js";

/** Vietnamese wording of evaluation warnings, as the "Cảnh báo" column and reports show them. */
export const EVALUATION_WARNING_LABELS: Readonly<
  Record<EvaluationWarningCode, (date: string) => string>
> = {
  extension_after_expiry: (d) =>
    `gia hạn được phê duyệt ngày ${formatViDate(d)}, sau khi đã quá hạn: không xóa việc quá hạn`,
  extension_not_yet_approved: (d) =>
    `gia hạn phê duyệt ngày ${formatViDate(d)}, sau ngày tính số liệu: chưa áp dụng`,
  current_due_unexplained: (d) =>
    `hạn hiện tại ${formatViDate(d)} không khớp văn bản gia hạn nào: không áp dụng`,
  typed_due_differs: (d) =>
    `hạn ban đầu đã ghi (${formatViDate(d)}) khác hạn theo nguyên văn thời hạn: dùng hạn theo nguyên văn`,
  typed_due_used: (d) =>
    `nguyên văn thời hạn không cho ngày cụ thể: dùng hạn đã ghi ${formatViDate(d)}`,
  due_on_day_off: (d) => `hạn rơi vào ngày nghỉ (${formatViDate(d)})`,
  due_in_estimated_year: (d) =>
    `lịch nghỉ năm ${d.slice(0, 4)} là ước tính, chưa có quyết định của Chính phủ`,
};

/** One warning in Vietnamese. */
export function describeEvaluationWarning(w: EvaluationWarning): string {
  return EVALUATION_WARNING_LABELS[w.code](w.date);
}
