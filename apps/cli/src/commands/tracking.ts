import { resolve } from "node:path";
import { classifyTask, defaultCatalogue, formatViDate, periodFor } from "@nhiemvu/core";
import { defaultReportMonth, latestDataDate, writeTrackingWorkbook } from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, UsageError, type Command } from "../command.js";
import { checkNewOutput, writeOutput } from "../output.js";

const DEFAULT_OUT = "out/so-theo-doi-nhiem-vu.xlsx";

const HELP = `nhiemvu tracking — tạo sổ theo dõi nhiệm vụ (tệp Excel) mới.

Cách dùng:
  nhiemvu tracking [--out TỆP] [--blank] [--as-of NGÀY] [--force]

Sổ giống hệt sổ mà nút "Tạo sổ theo dõi" của add-in tạo ra: bảng NhiemVu với
tiêu đề cột cố định, cột mã nhiệm vụ ẩn, cột chữ định dạng văn bản (@), cột
ngày dd/mm/yyyy, danh sách chọn cho tình trạng, loại thời hạn và cơ quan, tô
màu dòng quá hạn (đỏ), sắp đến hạn (vàng), đã hoàn thành (xanh), dòng tiêu đề
cố định khi cuộn. Add-in, "nhiemvu import", "nhiemvu refresh" và "nhiemvu
report" đều mở được sổ này.

Tùy chọn:
  --out TỆP      nơi ghi sổ (mặc định: ${DEFAULT_OUT})
  --blank        sổ trống (mặc định: điền sẵn các nhiệm vụ trong danh mục)
  --as-of NGÀY   tính các cột tình trạng đến ngày này, dd/mm/yyyy hoặc
                 YYYY-MM-DD (mặc định: ngày chốt số liệu của kỳ báo cáo gần
                 nhất với dữ liệu)
  --force        ghi đè nếu TỆP đã có (mặc định: từ chối, để khỏi mất số liệu)
  -h, --help     hiện hướng dẫn này

Ví dụ:
  nhiemvu tracking --blank --out so-theo-doi.xlsx
  nhiemvu tracking --out so-danh-muc.xlsx --as-of 14/11/2025
  nhiemvu tracking --blank --out so-theo-doi.xlsx --force   # tạo lại, mất số liệu cũ

Mã thoát: 0 thành công; 1 tệp đã có hoặc không ghi được; 2 sai tham số.`;

export const trackingCommand: Command = {
  name: "tracking",
  summary: "Tạo sổ theo dõi nhiệm vụ (Excel) mới, trống hoặc điền sẵn danh mục",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string" },
      blank: { type: "boolean" },
      "as-of": { type: "string" },
      force: { type: "boolean" },
    });
    if (positionals.length > 0)
      throw new UsageError(`Không nhận tham số vị trí: "${positionals.join(" ")}".`);
    const asOfFlag = requireIsoDate(values["as-of"], "as-of");
    const shown = values.out ?? DEFAULT_OUT;
    const target = resolve(io.cwd, shown);
    await checkNewOutput(target, shown, values.force === true);
    const tasks = values.blank ? [] : defaultCatalogue().tasks;
    const latest = latestDataDate(tasks);
    const asOf =
      asOfFlag ?? (latest ? periodFor(defaultReportMonth(latest, "nd09"), "nd09").to : undefined);
    const rows = tasks.map((task) => ({
      task,
      ...(asOf ? { computed: classifyTask(task, asOf) } : {}),
    }));
    await writeOutput(target, shown, (temp) => writeTrackingWorkbook({ filename: temp }, rows));
    io.stdout(
      values.blank || !asOf
        ? `Đã ghi sổ theo dõi trống: ${target}\n`
        : `Đã ghi sổ theo dõi với ${tasks.length} nhiệm vụ (tình trạng tính đến ngày ${formatViDate(asOf)}): ${target}\n`,
    );
    return EXIT_OK;
  },
};
