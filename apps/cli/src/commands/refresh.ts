import {
  STATUS_LABELS,
  TASK_STATUSES,
  formatViDate,
  evaluateRow,
  type SheetRowError,
  type TaskStatus,
} from "@nhiemvu/core";
import {
  computedCellChanges,
  describeRowError,
  patchComputedCells,
  XlsxPatchError,
  type ComputedCellWrite,
} from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, InputError, UsageError, type Command } from "../command.js";
import { writeOutput } from "../output.js";
import { today } from "./today.js";
import { openBook } from "./workbook.js";

const MAX_LISTED = 20;
/** Written into the "Cảnh báo" cell of a row that cannot be read (its other cells are kept). */
const INVALID_ROW_WARNING = "Dòng có lỗi dữ liệu: chạy nhiemvu refresh để xem ô nào";

const HELP = `nhiemvu refresh — cập nhật tình trạng các nhiệm vụ trong sổ theo dõi.

Cách dùng:
  nhiemvu refresh SỔ.xlsx [--as-of NGÀY] [--dry-run]

Tính lại các cột tính toán (Loại thời hạn, Hạn ban đầu, Hạn hiện tại, Tình
trạng, Số ngày quá hạn, Cảnh báo) từ các ô người dùng nhập, đến ngày NGÀY —
cùng một quy tắc với nút "Cập nhật trạng thái" của add-in. Không ô nào người
dùng nhập bị ghi lại (nội dung, cơ quan, thời hạn, gia hạn, ngày hoàn thành,
ghi chú, các cột tự thêm). Dòng có ô sai được giữ nguyên, chỉ ghi cảnh báo, và
được liệt kê kèm địa chỉ ô. Sổ được ghi trọn vẹn hoặc không ghi gì.
Ô ngày tính toán chưa có định dạng ngày được định dạng dd/mm/yyyy; công thức
gõ vào một cột tính toán được thay bằng giá trị (và bỏ khỏi chuỗi tính toán
của Excel, để Excel không báo sửa tệp).

Tùy chọn:
  --as-of NGÀY  tính đến ngày này, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: hôm nay)
  --dry-run     chỉ cho biết sẽ thay đổi bao nhiêu ô, không ghi sổ
  -h, --help    hiện hướng dẫn này

Ví dụ:
  nhiemvu refresh so-theo-doi.xlsx
  nhiemvu refresh so-theo-doi.xlsx --as-of 14/12/2025

Mã thoát: 0 thành công (kể cả khi có dòng lỗi, được liệt kê); 1 sổ không dùng
được (không bị thay đổi); 2 sai tham số.`;

export const refreshCommand: Command = {
  name: "refresh",
  summary: "Cập nhật tình trạng trong sổ theo dõi; chỉ ghi các cột tính toán",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      "as-of": { type: "string" },
      "dry-run": { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError("Cần đúng một sổ theo dõi (.xlsx).");
    const arg = positionals[0] ?? "";
    const asOf = requireIsoDate(values["as-of"], "as-of") ?? today(io);
    const { book, file } = await openBook(arg, io);
    const sheetName = book.sheet.name;
    const byStatus: Partial<Record<TaskStatus, number>> = {};
    const errors: SheetRowError[] = [];
    let refreshed = 0;
    const writes: ComputedCellWrite[] = [];
    let invalid = 0;
    for (const { rowNumber, row, blank } of book.rows) {
      if (blank) continue;
      // The pane's refresh rule (commands/sheet.ts refreshStatus → core evaluateRow).
      const outcome = evaluateRow(row, { sheetName, rowNumber }, asOf);
      if (!outcome.ok) {
        invalid += 1;
        errors.push(...outcome.errors);
        writes.push(...computedCellChanges(book, rowNumber, { warnings: INVALID_ROW_WARNING }));
        continue;
      }
      refreshed += 1;
      const status = outcome.evaluation.status;
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      writes.push(...computedCellChanges(book, rowNumber, outcome.row));
    }
    const dry = values["dry-run"] === true;
    const changed = writes.length;
    // Only the computed cells' <c> elements are rewritten; every other part and cell keeps its bytes.
    if (!dry && changed > 0)
      await writeOutput(file, arg, async (temp) => {
        try {
          await patchComputedCells(book, file, temp, writes);
        } catch (error) {
          if (!(error instanceof XlsxPatchError)) throw error;
          throw new InputError(
            `Không cập nhật được "${arg}": phần dữ liệu của trang "${sheetName}" không đọc được như Excel ghi; sổ không bị thay đổi.`,
          );
        }
      });
    for (const e of errors.slice(0, MAX_LISTED))
      io.stderr(`Cảnh báo: ${describeRowError(arg, e)}\n`);
    if (errors.length > MAX_LISTED) io.stderr(`… và ${errors.length - MAX_LISTED} ô sai khác.\n`);
    const counts = TASK_STATUSES.filter((s) => byStatus[s])
      .map((s) => `${STATUS_LABELS[s]}: ${byStatus[s]}`)
      .join("; ");
    const verb = dry ? "Sẽ thay đổi" : "Đã ghi";
    io.stdout(
      [
        `Đã tính tình trạng ${refreshed} nhiệm vụ đến ngày ${formatViDate(asOf)}${counts ? ` (${counts})` : ""}.`,
        changed > 0
          ? `${verb} ${changed} ô tính toán trong "${arg}"; ô người dùng nhập giữ nguyên.`
          : `Không ô nào thay đổi; sổ giữ nguyên.`,
        ...(invalid > 0 ? [`${invalid} dòng có ô sai, giữ nguyên (xem cảnh báo ở trên).`] : []),
      ].join("\n") + "\n",
    );
    return EXIT_OK;
  },
};
