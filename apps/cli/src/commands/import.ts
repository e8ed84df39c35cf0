import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import {
  classifyTask,
  extractDirective,
  formatViDate,
  normalizeTaskCode,
  taskToRow,
  type Task,
} from "@nhiemvu/core";
import { appendBookRows, bookCodes, saveTrackingBook } from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, InputError, UsageError, type Command } from "../command.js";
import { writeOutput } from "../output.js";
import { warningMessage } from "./extract-format.js";
import { today } from "./today.js";
import { openBook } from "./workbook.js";

const MAX_SHOWN_WARNINGS = 10;

const HELP = `nhiemvu import — thêm các nhiệm vụ của một văn bản chỉ đạo vào sổ theo dõi.

Cách dùng:
  nhiemvu import VĂN-BẢN.txt --into SỔ.xlsx [--dry-run] [--date NGÀY] [--as-of NGÀY]

Đọc văn bản (UTF-8, dán từ trang web, PDF hay Word; "-" đọc từ đầu vào chuẩn),
tìm các nhiệm vụ như "nhiemvu extract", rồi thêm vào cuối bảng NhiemVu của sổ
những nhiệm vụ chưa có. Nhiệm vụ khớp theo mã (số ký hiệu, ngày văn bản và số
hiệu mục), nên nhập lại cùng văn bản, hoặc một bản sao khác của nó, không tạo
dòng trùng. Các dòng đã có trong sổ không bị thay đổi. Sổ được ghi trọn vẹn
hoặc không ghi gì.

Tùy chọn:
  --into SỔ.xlsx  sổ theo dõi để thêm vào (tạo bằng "nhiemvu tracking --blank")
  --dry-run       chỉ liệt kê các nhiệm vụ sẽ thêm và bỏ qua, không ghi sổ
  --date NGÀY     ngày của văn bản khi văn bản không ghi ngày
  --as-of NGÀY    tính tình trạng của dòng mới đến ngày này (mặc định: hôm nay)
  -h, --help      hiện hướng dẫn này
NGÀY viết dd/mm/yyyy hoặc YYYY-MM-DD.

Ví dụ:
  nhiemvu import ket-luan-221.txt --into so-theo-doi.xlsx --dry-run
  nhiemvu import ket-luan-221.txt --into so-theo-doi.xlsx
  pbpaste | nhiemvu import - --into so-theo-doi.xlsx --date 28/11/2025

Mã thoát: 0 thành công (kể cả khi không có gì mới); 1 văn bản hoặc sổ không
dùng được (sổ không bị thay đổi); 2 sai tham số.`;

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

function describeTask(task: Task): string {
  const lead = task.lead.map((a) => a.name).join("; ") || "chưa rõ cơ quan chủ trì";
  const due = task.originalDue
    ? `hạn ${formatViDate(task.originalDue)}`
    : task.deadline.text || "không thời hạn";
  return `  ${task.ref.padEnd(6)} ${clip(task.summary || task.text, 70)} — ${lead}; ${due}`;
}

export const importCommand: Command = {
  name: "import",
  summary: "Thêm nhiệm vụ của một văn bản vào sổ theo dõi, không tạo dòng trùng",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      into: { type: "string" },
      "dry-run": { type: "boolean" },
      date: { type: "string" },
      "as-of": { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError('Cần đúng một tệp văn bản (hoặc "-" để đọc từ đầu vào chuẩn).');
    if (!values.into) throw new UsageError("Cần --into SỔ.xlsx: sổ theo dõi để thêm nhiệm vụ vào.");
    const date = requireIsoDate(values.date, "date");
    const asOf = requireIsoDate(values["as-of"], "as-of") ?? today(io);
    const source = positionals[0] ?? "-";
    const text = await readText(source, io);
    const result = extractDirective(text, date ? { documentDate: date } : {});
    if (!result.document.id)
      throw new InputError(
        `Không tìm thấy ngày của văn bản "${source}"; hãy ghi --date dd/mm/yyyy.`,
      );
    if (result.tasks.length === 0)
      throw new InputError(`Không tìm thấy nhiệm vụ nào trong văn bản "${source}".`);

    const { book, file } = await openBook(values.into, io);
    const known = bookCodes(book);
    const added: Task[] = [];
    const skipped: Task[] = [];
    for (const task of result.tasks) {
      const code = normalizeTaskCode(task.code);
      if (known.has(code)) skipped.push(task);
      else {
        known.add(code);
        added.push(task);
      }
    }
    const dry = values["dry-run"] === true;
    const lines = [
      `Văn bản ${result.document.id.split("@")[0]} ngày ${formatViDate(result.document.date ?? "")}: ${result.tasks.length} nhiệm vụ.`,
    ];
    if (added.length > 0) {
      lines.push(`${dry ? "Sẽ thêm" : "Đã thêm"} ${added.length} nhiệm vụ vào "${values.into}":`);
      lines.push(...added.map(describeTask));
    }
    if (skipped.length > 0) {
      lines.push(`Bỏ qua ${skipped.length} nhiệm vụ đã có trong sổ (cùng mã):`);
      lines.push(...skipped.map(describeTask));
    }
    if (added.length === 0) lines.push("Không có nhiệm vụ mới; sổ không thay đổi.");
    if (dry && added.length > 0) lines.push("(Chạy thử: sổ chưa được ghi. Bỏ --dry-run để thêm.)");
    const warnings = result.warnings.filter((w) => !w.code.startsWith("skipped_"));
    for (const w of warnings.slice(0, MAX_SHOWN_WARNINGS))
      io.stderr(
        `Cảnh báo${w.ref ? ` (mục ${w.ref})` : ""}: ${warningMessage(w)}${w.excerpt ? ` — "${clip(w.excerpt, 60)}"` : ""}\n`,
      );
    if (warnings.length > MAX_SHOWN_WARNINGS)
      io.stderr(
        `… và ${warnings.length - MAX_SHOWN_WARNINGS} cảnh báo khác (xem: nhiemvu extract).\n`,
      );

    if (!dry && added.length > 0) {
      appendBookRows(
        book,
        added.map((task) => taskToRow(task, classifyTask(task, asOf))),
      );
      await writeOutput(file, values.into, (temp) => saveTrackingBook(book, temp));
    }
    io.stdout(`${lines.join("\n")}\n`);
    return EXIT_OK;
  },
};

async function readText(arg: string, io: Parameters<Command["run"]>[1]): Promise<string> {
  if (arg === "-") return io.readStdin();
  const file = resolve(io.cwd, arg);
  const info = await stat(file).catch(() => null);
  if (!info || info.isDirectory())
    throw new InputError(`Tệp văn bản "${arg}" không tồn tại hoặc là thư mục.`);
  const bytes = await readFile(file);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000"))
    throw new InputError(
      `Tệp "${arg}" không phải văn bản thuần (có thể là Word hay PDF); hãy lưu dưới dạng .txt (UTF-8).`,
    );
  return text.replace(/^\uFEFF/, "");
}
