import { resolve } from "node:path";
import { classifyTask, defaultCatalogue, periodFor } from "@nhiemvu/core";
import {
  defaultReportMonth,
  latestDataDate,
  writeAtomically,
  writeTrackingWorkbook,
} from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate } from "../args.js";
import { EXIT_OK, UsageError, type Command } from "../command.js";

const DEFAULT_OUT = "out/so-theo-doi-nhiem-vu.xlsx";

const HELP = `nhiemvu tracking — tạo sổ theo dõi nhiệm vụ (tệp Excel) để làm việc trong Excel
khi không có add-in.

Cách dùng:
  nhiemvu tracking [--out TỆP] [--blank] [--as-of YYYY-MM-DD]

Sổ theo đúng mẫu mà add-in và "nhiemvu report" đọc: tiêu đề cột cố định, cột
mã nhiệm vụ ẩn, cột chữ định dạng văn bản (@), cột ngày dd/mm/yyyy, danh sách
chọn cho tình trạng, loại thời hạn và cơ quan, dòng tiêu đề cố định khi cuộn.

Tùy chọn:
  --out TỆP           nơi ghi sổ (mặc định: ${DEFAULT_OUT})
  --blank             sổ trống (mặc định: điền sẵn các nhiệm vụ trong danh mục)
  --as-of YYYY-MM-DD  tính các cột tình trạng đến ngày này (mặc định: ngày chốt
                      số liệu của kỳ báo cáo gần nhất với dữ liệu)
  -h, --help          hiện hướng dẫn này

Mã thoát: 0 thành công; 1 không ghi được tệp; 2 sai tham số.`;

export const trackingCommand: Command = {
  name: "tracking",
  summary: "Tạo sổ theo dõi nhiệm vụ (Excel), trống hoặc điền sẵn danh mục",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string" },
      blank: { type: "boolean" },
      "as-of": { type: "string" },
    });
    if (positionals.length > 0)
      throw new UsageError(`Không nhận tham số vị trí: "${positionals.join(" ")}".`);
    const asOfFlag = requireIsoDate(values["as-of"], "as-of");
    const target = resolve(io.cwd, values.out ?? DEFAULT_OUT);
    const tasks = values.blank ? [] : defaultCatalogue().tasks;
    const latest = latestDataDate(tasks);
    const asOf =
      asOfFlag ?? (latest ? periodFor(defaultReportMonth(latest, "nd09"), "nd09").to : undefined);
    const rows = tasks.map((task) => ({
      task,
      ...(asOf ? { computed: classifyTask(task, asOf) } : {}),
    }));
    await writeAtomically(target, (temp) => writeTrackingWorkbook({ filename: temp }, rows));
    io.stdout(
      values.blank
        ? `Đã ghi sổ theo dõi trống: ${target}\n`
        : `Đã ghi sổ theo dõi với ${tasks.length} nhiệm vụ (tình trạng tính đến ngày ${(asOf ?? "").split("-").reverse().join("/")}): ${target}\n`,
    );
    return EXIT_OK;
  },
};
