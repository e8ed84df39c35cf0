import { parseDeadline, resolveDeadline } from "@nhiemvu/core";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, InputError, UsageError, type Command } from "../command.js";
import { formatPlainLines, toJsonLine } from "./deadline-format.js";

const HELP = `nhiemvu deadline — đọc thời hạn viết bằng lời và quy ra ngày.

Cách dùng:
  nhiemvu deadline --ref NGÀY [--json] < cac-cum-tu.txt
  nhiemvu deadline --ref NGÀY "CỤM TỪ"

Mỗi dòng trên đầu vào chuẩn (stdin) là một cụm từ thời hạn, ví dụ
"trong tháng 9/2025", "chậm nhất trước ngày 25 hàng tháng", "khẩn trương".
Dòng trống được bỏ qua. Mỗi cụm từ cho một dòng kết quả. Ghi cụm từ sau
lệnh để đọc một cụm; gõ lệnh không có cụm từ trong cửa sổ dòng lệnh để nhập
từng dòng (Ctrl-D để kết thúc). NGÀY viết dd/mm/yyyy hoặc YYYY-MM-DD.

Ví dụ:
  nhiemvu deadline --ref 29/08/2025 "trong tháng 9/2025"
  printf 'quý IV/2025\nkhẩn trương\n' | nhiemvu deadline --ref 29/08/2025 --json

Tùy chọn:
  --ref NGÀY        ngày của văn bản (bắt buộc): năm của ngày không ghi năm,
                    "ngày ký", và mốc để tìm kỳ tới của thời hạn định kỳ
  --json            mỗi dòng một đối tượng JSON: input, kind, due, bound,
                    lastOnTimeDay, flags, recurrence (nếu định kỳ), deadline
  -h, --help        hiện hướng dẫn này

Thời hạn định kỳ: "due" là kỳ đầu tiên vào hoặc sau ngày --ref; "recurrence"
ghi lịch dạng ngắn:
  daily                   hằng ngày
  weekly:mon … weekly:sun hằng tuần, vào thứ Hai … Chủ nhật
  monthly:N / monthly:last          ngày N / ngày cuối hằng tháng
  quarterly:last                    ngày cuối quý
  quarterly:last-month:N            ngày N của tháng cuối quý
  quarterly:first-month:N           ngày N của tháng đầu quý
  half-yearly:MM-DD / half-yearly:last  ngày MM-DD và sáu tháng sau; 30/6 và 31/12
  yearly:MM-DD[,MM-DD…]             các ngày đó hằng năm
Nhiều quy tắc của cùng một nhiệm vụ nối bằng " + "; "/N" ở cuối là N kỳ một lần.

Mã thoát: 0 thành công; 1 đầu vào không dùng được (không có cụm từ nào);
2 sai tham số.`;

export const deadlineCommand: Command = {
  name: "deadline",
  summary: "Đọc thời hạn viết bằng lời (stdin) và quy ra ngày",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ref: { type: "string" },
      json: { type: "boolean" },
    });
    const ref = requireIsoDate(values.ref, "ref");
    if (ref === undefined)
      throw new UsageError("Thiếu --ref NGÀY: ngày của văn bản, dạng dd/mm/yyyy hoặc YYYY-MM-DD.");

    // A phrase given as an argument ("nhiemvu deadline 'trong tháng 9/2025' --ref …"), else stdin lines.
    const phrases = (positionals.length > 0 ? positionals.join(" ") : await io.readStdin())
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "");
    if (phrases.length === 0) {
      throw new InputError(
        "Không có cụm từ thời hạn nào trên đầu vào chuẩn (stdin), mỗi dòng một cụm từ.",
      );
    }

    const rows = phrases.map((input) => {
      const deadline = parseDeadline(input, { documentDate: ref });
      return { input, deadline, resolved: resolveDeadline(deadline, { asOf: ref }) };
    });
    const lines = values.json
      ? rows.map((r) => JSON.stringify(toJsonLine(r.input, r.deadline, r.resolved)))
      : formatPlainLines(rows);
    io.stdout(lines.join("\n") + "\n");
    return EXIT_OK;
  },
};
