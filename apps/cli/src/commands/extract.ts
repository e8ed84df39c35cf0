import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { extractDirective, guessTextEncoding } from "@nhiemvu/core";
import { extractionJson } from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, InputError, UsageError, type Command } from "../command.js";
import { DEFAULT_WIDTH, formatTable } from "./extract-format.js";

const HELP = `nhiemvu extract — đọc văn bản chỉ đạo, liệt kê các nhiệm vụ được giao.

Cách dùng:
  nhiemvu extract TỆP [--json] [--date NGÀY]
  nhiemvu extract - < van-ban.txt

TỆP là văn bản thuần (UTF-8; tệp Windows-1258 của Word cũ được tự nhận ra), dán từ trang web, PDF hay Word; "-" đọc từ
đầu vào chuẩn (stdin). Kết quả: số ký hiệu, ngày, cơ quan ban hành của văn bản;
mỗi nhiệm vụ với số mục, cơ quan chủ trì, phối hợp, chỉ đạo, nhận báo cáo,
thời hạn theo lời văn và ngày đến hạn (dd/mm/yyyy); chỗ đọc chưa chắc được đánh
dấu ⚠ kèm lý do; các cảnh báo cần người kiểm tra. Bảng vừa chiều rộng màn hình.

Tùy chọn:
  --date NGÀY        ngày của văn bản khi văn bản không ghi (hoặc để thay),
                     dd/mm/yyyy hoặc YYYY-MM-DD
  --json             in một đối tượng JSON: document, tasks (ref, text, lead,
                     coordinating, supervising, reportTo, deadline: text, kind,
                     due, bound, flags, parsed; doubts: các chỗ cần xem),
                     warnings, footnotes; "nhiemvu report TỆP.json" đọc được nó
  -h, --help         hiện hướng dẫn này

Mã thoát: 0 thành công; 1 tệp không đọc được hoặc không phải văn bản;
2 sai tham số.`;

async function readInput(arg: string, io: Parameters<Command["run"]>[1]): Promise<string> {
  if (arg === "-") return io.readStdin();
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, arg));
  } catch {
    throw new InputError(`Tệp "${arg}" không tồn tại hoặc không mở được.`);
  }
  const encoding = guessTextEncoding(bytes);
  switch (encoding) {
    case "utf8":
      return bytes.toString("utf8");
    case "windows-1258":
      // Older Word files saved as text on Windows: Vietnamese code page 1258.
      return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
    case "binary":
      throw new InputError(
        `Tệp "${arg}" không phải văn bản thuần (có vẻ là tệp nhị phân: Word, PDF, ảnh…). Hãy lưu văn bản dưới dạng .txt (UTF-8) rồi thử lại.`,
      );
    case "unknown":
      throw new InputError(
        `Tệp "${arg}" không được mã hóa bằng UTF-8 hay Windows-1258. Hãy lưu lại văn bản với mã hóa UTF-8 rồi thử lại.`,
      );
    default: {
      const never: never = encoding;
      return never;
    }
  }
}

/** What reaches the terminal: no escape sequence or other control character from the text. */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu, "");
}

/**
 * Columns the table may use: the terminal's, else COLUMNS (as shells set it),
 * else a width that reads well in a file.
 */
export function terminalWidth(env: Record<string, string | undefined>): number {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns >= 40 ? columns : DEFAULT_WIDTH;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "Đọc văn bản chỉ đạo và liệt kê các nhiệm vụ được giao",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: "boolean" },
      date: { type: "string" },
    });
    if (positionals.length !== 1) {
      throw new UsageError('Cần đúng một tệp văn bản (hoặc "-" để đọc từ stdin).');
    }
    const arg = positionals[0] ?? "-";
    const date = requireIsoDate(values.date, "date");
    const text = (await readInput(arg, io)).replace(/^\uFEFF/, "");
    if (text.trim() === "") {
      throw new InputError(`${arg === "-" ? "Đầu vào chuẩn" : `Tệp "${arg}"`} không có nội dung.`);
    }
    const result = extractDirective(text, date ? { documentDate: date } : {});
    io.stdout(
      values.json
        ? `${JSON.stringify(extractionJson(result), null, 2)}\n`
        : `${withoutControls(formatTable(result, terminalWidth(io.env)))}\n`,
    );
    return EXIT_OK;
  },
};
