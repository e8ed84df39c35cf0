import type { ExtractionWarningCode } from "../extract/warnings.js";
import type { NotTaskReason } from "../extract/not-task.js";

/** The mark of a reading to check, in the CLI's review table and the add-in's import review alike. */
export const DOUBT_MARK = "⚠";

/**
 * Vietnamese words for each extraction warning code: the one place the CLI
 * and the add-in's import review say them.
 */
export const EXTRACTION_WARNING_LABELS: Readonly<Record<ExtractionWarningCode, string>> = {
  no_subject: "Không tìm thấy cơ quan chủ trì, cần người xác định",
  two_deadlines: "Có nhiều thời hạn khác nhau, đã lấy thời hạn đầu tiên",
  deadline_may_belong_to_previous_sentence: "Thời hạn nằm ở câu riêng, có thể thuộc câu trước",
  skipped_praise: "Bỏ qua: nội dung thống nhất, ghi nhận, biểu dương",
  skipped_permission: "Bỏ qua: nội dung đồng ý, cho phép",
  skipped_heading: "Đoạn dẫn của các mục con, không tính là nhiệm vụ riêng",
  skipped_no_action: "Bỏ qua: đoạn không giao việc",
  unknown_agency: "Cơ quan chưa có trong danh mục, giữ nguyên như văn bản",
  not_a_deadline_date: "Ngày không phải thời hạn (ngày họp, ngày văn bản được dẫn, năm chỉ tiêu…)",
  numbering_corrected: "Đã đọc lại số thứ tự mục bị lặp",
  footnote_unlinked: "Chú thích không gắn được với đoạn nào",
  document_date_missing:
    "Không tìm thấy ngày của văn bản; thời hạn không ghi năm chưa tính được ngày",
  document_year_inferred: "Ngày văn bản không ghi năm, đã suy ra năm",
  reference_date_conflict: "Văn bản được dẫn mang hai ngày khác nhau",
};

/** Why a paragraph was not taken as a task (the detail of skipped_no_action). */
export const NOT_TASK_REASON_LABELS: Readonly<Record<NotTaskReason | "plan_content", string>> = {
  purpose_block: "phần mục đích, yêu cầu, quan điểm",
  standard_clause: "điều khoản thi hành, hiệu lực",
  conditional: "thủ tục khi có vướng mắc",
  encouragement: "lời khuyến khích",
  past_achievement: "kết quả đã làm",
  closing: "lời kết của văn bản",
  plan_content: "nội dung kế hoạch không có cơ quan thực hiện",
};
