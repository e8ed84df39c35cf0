import { stat } from "node:fs/promises";
import { writeAtomically, type ProgressOutput } from "@nhiemvu/report";
import { InputError, type CliIo } from "./command.js";

/** Error codes of the file system, worded for an officer. */
export function describeFsError(error: unknown, shown: string): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "EISDIR":
      return `"${shown}" là một thư mục, không phải tệp; hãy ghi tên tệp, ví dụ "${shown}/so-theo-doi.xlsx".`;
    case "ENOTDIR":
    case "EEXIST":
      return `Không ghi được "${shown}": một phần của đường dẫn là tệp chứ không phải thư mục.`;
    case "EACCES":
    case "EPERM":
      return `Không có quyền ghi hoặc đọc "${shown}"; hãy chọn thư mục khác hoặc xin cấp quyền.`;
    case "EROFS":
      return `"${shown}" nằm trên ổ chỉ đọc; hãy chọn nơi ghi khác.`;
    case "ENOSPC":
      return `Ổ đĩa đã đầy, không ghi được "${shown}".`;
    case "ENOENT":
      return `Không tìm thấy "${shown}".`;
    case "EBUSY":
      return `Tệp "${shown}" đang được mở ở chương trình khác (Excel?); hãy đóng tệp rồi chạy lại.`;
    default:
      return null;
  }
}

/**
 * Refuse to replace what the officer has, unless asked: a directory is never a
 * target, an existing file only with --force.
 */
export async function checkNewOutput(target: string, shown: string, force: boolean): Promise<void> {
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) throw new InputError(describeFsError({ code: "EISDIR" }, shown) ?? "");
  if (info && !force) {
    throw new InputError(
      `Tệp "${shown}" đã có; không ghi đè để khỏi mất số liệu đã nhập. Dùng --force để ghi đè, hoặc chọn tên khác bằng --out.`,
    );
  }
}

/**
 * Write all or nothing (a temporary file renamed over the target), with file
 * system failures as Vietnamese messages; nothing is left half-written.
 */
export async function writeOutput(
  target: string,
  shown: string,
  write: (temp: string) => Promise<void>,
): Promise<void> {
  try {
    await writeAtomically(target, write);
  } catch (error) {
    const message = describeFsError(error, shown);
    if (message) throw new InputError(message);
    throw error;
  }
}

/** Where progress lines go: the command's stderr, drawn in place only on a terminal. */
export function progressOutput(io: CliIo): ProgressOutput {
  return {
    write: (text) => io.stderr(text),
    isTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  };
}
