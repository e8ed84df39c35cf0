import type { ApplyErrorCode } from "./excel/errors.js";
import type { ProblemCode } from "./plan/check.js";
import type { PlanError } from "./plan/types.js";

/** Every Vietnamese message of the pane chosen from a stable code, in one place. */

export const APPLY_ERROR_MESSAGES: Readonly<Record<ApplyErrorCode, string>> = {
  api_not_supported:
    "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng (cần Excel API 1.8 trở lên: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy cập nhật Excel hoặc dùng Excel trên web.",
  workbook_protected:
    "Cấu trúc sổ làm việc đang được bảo vệ nên không thể thêm trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
  sheet_protected:
    "Trang tính đang được bảo vệ nên không thể ghi. Hãy bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
  sheet_exists:
    "Sổ làm việc đã có trang “Theo dõi nhiệm vụ”. Hãy dùng trang đó, hoặc đổi tên nó trước khi tạo sổ mới.",
  table_name_taken:
    "Tên bảng “NhiemVu” đã được dùng trong sổ làm việc. Hãy đổi tên bảng đó trước khi tạo sổ mới.",
  table_not_found: "Không tìm thấy bảng “NhiemVu”. Hãy tạo sổ theo dõi trước (Tạo sổ theo dõi).",
  table_has_totals:
    "Bảng đang bật dòng tổng. Hãy tắt dòng tổng (Thiết kế bảng › Dòng tổng) rồi thử lại.",
  payload_too_large:
    "Dữ liệu quá lớn cho một lần gửi tới Excel. Hãy chia nhỏ văn bản hoặc thử lại với ít dòng hơn.",
  excel_busy:
    "Excel đang bận (có thể một ô đang được sửa). Hãy nhấn Enter hoặc Esc để thoát ô đang sửa rồi thử lại.",
  excel_error: "Excel báo lỗi khi ghi dữ liệu. Không có gì được ghi dở dang; hãy thử lại.",
};

export function planErrorMessage(error: PlanError): string {
  switch (error.code) {
    case "not_tracking_table":
      return `Bảng “NhiemVu” không đúng mẫu sổ theo dõi: thiếu cột ${error.missing.join(", ")}.`;
    case "nothing_to_add":
      return "Không có nhiệm vụ nào được chọn để thêm.";
    default: {
      const never: never = error;
      return never;
    }
  }
}

export const PROBLEM_MESSAGES: Readonly<Record<ProblemCode, string>> = {
  required_missing: "Ô bắt buộc đang để trống",
  date_invalid: "Không phải ngày hợp lệ (nhập theo dạng dd/mm/yyyy)",
  extension_incomplete: "Gia hạn cần có cả hạn mới và văn bản gia hạn (số, ngày)",
  task_invalid: "Dòng không tạo được nhiệm vụ hợp lệ",
  duplicate_code: "Nhiệm vụ này đã có ở một dòng khác (trùng mã)",
};

/** The computed "Cảnh báo" cell of a row core could not read. */
export const INVALID_ROW_WARNING = "Dòng có lỗi dữ liệu: xem Kiểm tra dữ liệu";
