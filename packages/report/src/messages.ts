import type { SheetRowError } from "@nhiemvu/core";
import type { ReadError, ReadWarning } from "./read/errors.js";

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
    case "not_a_file":
      return `${f} là một thư mục, không phải tệp; hãy ghi đường dẫn tới tệp .xlsx.`;
    case "not_xlsx":
      return `${f} không phải là bảng tính Excel (.xlsx).`;
    case "legacy_xls":
      return `${f} là bảng tính Excel cũ (.xls); hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`;
    case "encrypted":
      return `${f} được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi gửi lại.`;
    case "truncated":
      return `${f} bị cắt cụt hoặc chưa tải về đầy đủ; hãy sao chép lại tệp.`;
    case "corrupt":
      return `${f} bị hỏng, không đọc được.`;
    case "unsafe_xml":
      return `${f} chứa khai báo DOCTYPE/thực thể XML, điều mà tệp Excel không bao giờ có; từ chối đọc để bảo vệ máy.`;
    case "wrong_layout":
      return `${f} không theo mẫu sổ theo dõi nhiệm vụ: không có trang nào đủ các cột bắt buộc${e.detail ? ` (thiếu hoặc khác: ${e.detail})` : ""}. Hãy dùng mẫu do "nhiemvu tracking" tạo ra.`;
    case "too_large":
      return `${f} quá lớn khi giải nén (giới hạn ${e.limit ?? "?"} MB); từ chối đọc để bảo vệ máy.`;
    case "shared_strings_limit":
      return `${f} có bảng chuỗi dùng chung quá lớn (giới hạn ${e.limit ?? "?"} ${e.detail === "MB" ? "MB" : "chuỗi"}); dừng đọc.`;
    case "cell_too_large":
      return `${f} có một ô quá lớn (giới hạn ${e.limit ?? "?"} KB mỗi ô); dừng đọc.`;
    case "cell_limit":
      return `${f} có quá nhiều ô (giới hạn ${e.limit ?? "?"} ô); dừng đọc.`;
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

/** Tệp "a.xlsx", ô 'Theo dõi nhiệm vụ'!S5: công thức chưa có giá trị, giữ nguyên văn "=SUM(1,1) chưa xong". */
export function describeReadWarning(file: string, w: ReadWarning): string {
  const at = `Tệp ${quote(file)}, ô ${w.address}`;
  switch (w.code) {
    case "formula_no_value":
      return `${at}: công thức chưa có giá trị tính sẵn; giữ nguyên văn "${w.value}".`;
    case "formula_shared_no_value":
      return w.master
        ? `${at}: công thức dùng chung của ô ${w.master}, chưa có giá trị tính sẵn; giữ nguyên văn công thức của ô đó "${w.value}".`
        : `${at}: công thức dùng chung chưa có giá trị tính sẵn, không tìm thấy ô ghi công thức; ô được đọc là trống.`;
    case "formula_error":
      return `${at}: công thức cho kết quả lỗi; giữ nguyên văn "${w.value}".`;
    case "duplicate_code":
      return `${at}: mã nhiệm vụ "${w.value}" trùng với dòng ${w.first ?? "trước"}; chỉ tính một lần.`;
    default: {
      const never: never = w.code;
      return never;
    }
  }
}
