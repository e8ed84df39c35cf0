import type { SheetRowError } from "@nhiemvu/core";
import type { ReadError } from "./read/errors.js";

/**
 * Vietnamese words for the package's error codes: the one place the CLI (and
 * the workbook's "skipped rows" and "units" sheets) take them from.
 */

const quote = (file: string) => `"${file}"`;

export function describeReadError(e: ReadError): string {
  const f = `Tệp ${quote(e.file)}`;
  switch (e.code) {
    case "file_missing":
      return `${f} không tồn tại hoặc không mở được.`;
    case "not_xlsx":
      return `${f} không phải là bảng tính Excel (.xlsx).`;
    case "legacy_xls":
      return `${f} là bảng tính Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`;
    case "encrypted":
      return `${f} được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi gửi lại.`;
    case "truncated":
      return `${f} bị cắt cụt hoặc chưa tải về đầy đủ; hãy sao chép lại tệp.`;
    case "corrupt":
      return `${f} bị hỏng, không đọc được${e.detail ? ` (${e.detail})` : ""}.`;
    case "wrong_layout":
      return `${f} không theo mẫu sổ theo dõi nhiệm vụ: không có trang nào đủ các cột bắt buộc${e.detail ? ` (thiếu hoặc khác: ${e.detail})` : ""}. Hãy dùng mẫu do "nhiemvu tracking" tạo ra.`;
    case "too_large":
      return `${f} quá lớn khi giải nén (giới hạn ${e.limit ?? "?"} MB); từ chối đọc để bảo vệ máy.`;
    case "row_limit":
      return `${f} có quá nhiều dòng (giới hạn ${e.limit ?? "?"} dòng); dừng đọc.`;
    case "time_limit":
      return `${f} đọc quá lâu (giới hạn ${Math.round((e.limit ?? 0) / 1000)} giây); dừng đọc.`;
    case "memory_limit":
      return `${f} cần quá nhiều bộ nhớ để đọc (giới hạn ${e.limit ?? "?"} MB); dừng đọc.`;
    default: {
      const never: never = e.code;
      return never;
    }
  }
}

const ROW_ERROR_WORDS: Record<SheetRowError["code"], string> = {
  required_missing: "thiếu thông tin bắt buộc",
  date_invalid: "ngày không hợp lệ",
  extension_incomplete: "gia hạn thiếu ngày hoặc thiếu văn bản cho phép",
  task_invalid: "dòng không tạo được nhiệm vụ hợp lệ",
};

/** "cột Ngày hoàn thành: ngày không hợp lệ (\"31/02/2025\")" */
export function describeRowProblem(e: SheetRowError): string {
  const value = e.value === null || e.value === "" ? "" : ` ("${String(e.value)}")`;
  return `cột "${e.header}": ${ROW_ERROR_WORDS[e.code]}${value}`;
}

/** Tệp "a.xlsx", trang "Theo dõi nhiệm vụ"!Q12 — cột "Ngày hoàn thành": ngày không hợp lệ ("31/02/2025") */
export function describeRowError(file: string, e: SheetRowError): string {
  return `Tệp ${quote(file)}, ô ${e.address}: ${describeRowProblem(e)}.`;
}
