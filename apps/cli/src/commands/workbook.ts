import { resolve } from "node:path";
import { sheetColumn, type SheetColumnKey } from "@nhiemvu/core";
import { openTrackingBook, type TrackingBook } from "@nhiemvu/report";
import { InputError, type CliIo } from "../command.js";
import { describeFsError } from "../output.js";
import { stat } from "node:fs/promises";

/** Open the officer's tracking workbook for `import` and `refresh`, or say why not. */
export async function openBook(
  arg: string,
  io: CliIo,
): Promise<{ book: TrackingBook; file: string }> {
  const file = resolve(io.cwd, arg);
  const info = await stat(file).catch((error: unknown) => {
    throw new InputError(
      (error as { code?: string }).code === "ENOENT"
        ? `Không tìm thấy sổ theo dõi "${arg}". Tạo sổ mới bằng: nhiemvu tracking --blank --out "${arg}"`
        : (describeFsError(error, arg) ?? `Không mở được "${arg}".`),
    );
  });
  if (info.isDirectory()) throw new InputError(describeFsError({ code: "EISDIR" }, arg) ?? "");
  const opened = await openTrackingBook(file);
  if (!opened.ok) {
    const error = opened.error;
    switch (error.code) {
      case "unreadable":
        throw new InputError(
          `Tệp "${arg}" không phải bảng tính Excel (.xlsx) đọc được, hoặc bị hỏng; không có gì bị thay đổi.`,
        );
      case "no_tracking_table": {
        const headers = error.missing.map((key: SheetColumnKey) => `"${sheetColumn(key).header}"`);
        throw new InputError(
          `Tệp "${arg}" không phải sổ theo dõi nhiệm vụ: không có bảng NhiemVu hay trang nào có đủ các cột ${headers.join(", ")}. Hãy dùng sổ do "nhiemvu tracking" hoặc add-in tạo ra.`,
        );
      }
      default: {
        const never: never = error;
        return never;
      }
    }
  }
  return { book: opened.book, file };
}
