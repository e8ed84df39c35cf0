import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import {
  defaultCatalogue,
  type DirectiveDocument,
  type SheetRowError,
  type Task,
} from "@nhiemvu/core";
import {
  buildReportModel,
  consolidateWorkbooks,
  coreRules,
  DEFAULT_REPORT_UNIT,
  defaultReportFileName,
  defaultReportMonth,
  describeReadError,
  describeRowError,
  describeRowProblem,
  detailRowCount,
  isRegimeId,
  latestDataDate,
  parseJsonTasks,
  progressBar,
  readTrackingWorkbook,
  REGIME_IDS,
  viInteger,
  viPercent,
  writeAtomically,
  writeReportWorkbook,
  type ConflictRow,
  type SkippedRow,
  type UnitInput,
  type UnitRow,
} from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate, requireMonth } from "../args.js";
import { EXIT_OK, InputError, UsageError, type CliIo, type Command } from "../command.js";

const DEFAULT_UNIT = DEFAULT_REPORT_UNIT;
/** Above this many rows a progress bar is worth drawing (on a terminal, or with --progress). */
const LARGE_INPUT = 5_000;
const MAX_LISTED = 20;

const HELP = `nhiemvu report — lập báo cáo tháng (tệp Excel) về tình hình thực hiện nhiệm vụ.

Cách dùng:
  nhiemvu report [tùy chọn] [TỆP ...]

Không có TỆP: dùng danh mục nhiệm vụ có sẵn (các văn bản mẫu).
TỆP có thể là:
  - tệp JSON xuất danh sách nhiệm vụ (.json): một mảng nhiệm vụ hoặc { "tasks": [...] };
  - một hoặc nhiều sổ theo dõi nhiệm vụ (.xlsx) theo mẫu của add-in hoặc của
    "nhiemvu tracking"; ghi "Tên đơn vị=tệp.xlsx" để đặt tên đơn vị (mặc định
    là tên tệp). Nhiều sổ được tổng hợp thành một báo cáo: nhiệm vụ khớp theo
    mã, số liệu không khớp và đơn vị thiếu hoặc lỗi tệp được liệt kê.

Tùy chọn:
  --month THÁNG        tháng báo cáo, mm/yyyy hoặc YYYY-MM (mặc định: tháng có
                       ngày chốt số liệu đầu tiên không sớm hơn dữ liệu mới nhất)
  --as-of NGÀY         tính tình trạng đến ngày này, dd/mm/yyyy hoặc YYYY-MM-DD
                       (mặc định: ngày chốt số liệu của kỳ, để chạy lại luôn ra
                       cùng kết quả)
  --regime nd09|dang   chế độ báo cáo: nd09 = Nghị định 09/2019/NĐ-CP (chốt ngày
                       14), dang = chế độ của Đảng (gửi trước ngày 25); mặc định nd09
  --unit "tên"         đơn vị báo cáo (mặc định: ${DEFAULT_UNIT})
  --out TỆP            nơi ghi báo cáo (mặc định: out/bao-cao-nhiem-vu-<tháng>-<chế độ>.xlsx)
  --skip-invalid       bỏ qua các dòng không hợp lệ và liệt kê chúng trong báo cáo
                       (mặc định: báo lỗi và không lập báo cáo)
  --progress           luôn hiện tiến độ (mặc định: chỉ khi stderr là màn hình
                       và dữ liệu lớn)
  -h, --help           hiện hướng dẫn này

Ví dụ:
  nhiemvu report                                   # danh mục có sẵn
  nhiemvu report so-theo-doi.xlsx --month 11/2025 --out bao-cao-11.xlsx
  nhiemvu report "Bộ Nội vụ=bnv.xlsx" "Bộ Tài chính=btc.xlsx" "Bộ Tư pháp=btp.xlsx"
  nhiemvu report so-theo-doi.xlsx --regime dang --as-of 20/11/2025

Mã thoát: 0 thành công; 1 dữ liệu đầu vào không dùng được (không tạo tệp
báo cáo nào); 2 sai tham số.`;

interface Loaded {
  tasks: readonly Task[];
  documents: readonly DirectiveDocument[];
  skipped: SkippedRow[];
  conflicts: ConflictRow[];
  units: UnitRow[];
  warnings: string[];
}

function unitInput(arg: string, cwd: string): UnitInput {
  const eq = arg.indexOf("=");
  if (eq > 0 && extname(arg.slice(0, eq)) === "") {
    return { unit: arg.slice(0, eq).trim(), file: resolve(cwd, arg.slice(eq + 1)) };
  }
  return { unit: basename(arg, extname(arg)), file: resolve(cwd, arg) };
}

async function loadJson(files: string[], cwd: string): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const arg of files) {
    const file = resolve(cwd, arg);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch {
      throw new InputError(`Tệp "${arg}" không tồn tại hoặc không mở được.`);
    }
    const parsed = parseJsonTasks(text.replace(/^\uFEFF/, ""));
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => `  - tại ${p.path}: ${p.message}`);
      throw new InputError(
        `Tệp "${arg}" không đúng định dạng danh sách nhiệm vụ:\n${lines.join("\n")}`,
      );
    }
    tasks.push(...parsed.tasks);
  }
  return tasks;
}

async function loadWorkbooks(
  args: string[],
  io: CliIo,
  skipInvalid: boolean,
  showProgress: boolean,
): Promise<Omit<Loaded, "documents">> {
  const inputs = args.map((a) => unitInput(a, io.cwd));
  const bar = showProgress ? progressBar(io.stderr, 0, "Đang đọc") : null;
  let single: Task[] | null = null;
  let tasks: Task[];
  let units: UnitRow[] = [];
  let conflicts: ConflictRow[] = [];
  const rowErrors: { file: string; errors: SheetRowError[] }[] = [];
  const warnings: string[] = [];
  if (inputs.length === 1 && inputs[0]) {
    // One workbook: any problem with it is fatal.
    const { file } = inputs[0];
    single = [];
    const collected = single;
    const outcome = await readTrackingWorkbook(file, {
      onTasks: (batch) => collected.push(...batch),
      ...(bar ? { onProgress: (n: number) => bar.update(n) } : {}),
    });
    bar?.done();
    if (!outcome.ok)
      throw new InputError(describeReadError({ ...outcome.error, file: args[0] ?? file }));
    if (outcome.rowErrors.length > 0)
      rowErrors.push({ file: args[0] ?? file, errors: outcome.rowErrors });
    tasks = single;
  } else {
    const result = await consolidateWorkbooks(inputs, {
      ...(bar ? { onProgress: (n: number) => bar.update(n) } : {}),
    });
    bar?.done();
    tasks = result.tasks;
    units = result.units;
    conflicts = result.conflicts;
    for (const r of result.rowErrors) rowErrors.push({ file: r.file, errors: r.errors });
    const failed = units.filter((u) => u.state !== "read");
    if (failed.length === units.length) {
      throw new InputError(
        `Không đọc được sổ theo dõi của đơn vị nào:\n${failed.map((u) => `  - ${u.unit}: ${u.message}`).join("\n")}`,
      );
    }
    for (const u of failed)
      warnings.push(
        `Cảnh báo: đơn vị "${u.unit}" ${u.state === "missing" ? "thiếu tệp" : "lỗi tệp"}: ${u.message}`,
      );
    if (conflicts.length > 0)
      warnings.push(
        `Cảnh báo: ${conflicts.length} nhiệm vụ có ngày hoàn thành khác nhau giữa các đơn vị (xem trang "Số liệu không khớp").`,
      );
  }
  const skipped: SkippedRow[] = [];
  const all = rowErrors.flatMap((r) => r.errors.map((e) => ({ file: r.file, e })));
  if (all.length > 0 && !skipInvalid) {
    const lines = all.slice(0, MAX_LISTED).map(({ file, e }) => `  - ${describeRowError(file, e)}`);
    const more = all.length > MAX_LISTED ? `\n  … và ${all.length - MAX_LISTED} lỗi khác.` : "";
    throw new InputError(
      `Có ${all.length} ô không hợp lệ trong sổ theo dõi:\n${lines.join("\n")}${more}\nHãy sửa các ô trên, hoặc dùng --skip-invalid để lập báo cáo và liệt kê các dòng bị bỏ qua.`,
    );
  }
  for (const { file, e } of all)
    skipped.push({ file, sheet: e.sheet, cell: e.cell, message: describeRowProblem(e) });
  if (skipped.length > 0)
    warnings.push(
      `Cảnh báo: bỏ qua ${skipped.length} ô/dòng không hợp lệ (xem trang "Dòng bị bỏ qua").`,
    );
  return { tasks, skipped, conflicts, units, warnings };
}

export const reportCommand: Command = {
  name: "report",
  summary: "Lập báo cáo tháng (Excel) từ danh mục, tệp JSON hoặc sổ theo dõi",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      month: { type: "string" },
      "as-of": { type: "string" },
      regime: { type: "string" },
      unit: { type: "string" },
      out: { type: "string" },
      "skip-invalid": { type: "boolean" },
      progress: { type: "boolean" },
    });
    const regime = values.regime ?? "nd09";
    if (!isRegimeId(regime)) {
      throw new UsageError(
        `--regime phải là một trong: ${REGIME_IDS.join(", ")} (nhận được "${regime}").`,
      );
    }
    const monthFlag = requireMonth(values.month, "month");
    const asOfFlag = requireIsoDate(values["as-of"], "as-of");
    const unit = (values.unit ?? DEFAULT_UNIT).normalize("NFC").trim();
    if (unit === "") throw new UsageError("--unit không được để trống.");
    const showProgress = values.progress === true || process.stderr.isTTY === true;

    const jsonFiles = positionals.filter((p) => extname(p).toLowerCase() === ".json");
    const workbookArgs = positionals.filter((p) => extname(p).toLowerCase() !== ".json");
    let loaded: Loaded;
    if (positionals.length === 0) {
      const catalogue = defaultCatalogue();
      loaded = {
        tasks: catalogue.tasks,
        documents: catalogue.documents,
        skipped: [],
        conflicts: [],
        units: [],
        warnings: [],
      };
    } else {
      const fromJson = await loadJson(jsonFiles, io.cwd);
      const fromBooks =
        workbookArgs.length > 0
          ? await loadWorkbooks(workbookArgs, io, values["skip-invalid"] === true, showProgress)
          : { tasks: [], skipped: [], conflicts: [], units: [], warnings: [] };
      loaded = {
        ...fromBooks,
        tasks: [...fromJson, ...fromBooks.tasks],
        documents: defaultCatalogue().documents,
      };
    }
    if (loaded.tasks.length === 0)
      throw new InputError("Không có nhiệm vụ nào trong dữ liệu đầu vào.");

    const latest = latestDataDate(loaded.tasks);
    const month = monthFlag ?? (latest ? defaultReportMonth(latest, regime) : undefined);
    if (month === undefined)
      throw new UsageError("Không xác định được tháng báo cáo; hãy ghi --month YYYY-MM.");
    const model = buildReportModel(
      loaded.tasks,
      {
        month,
        ...(asOfFlag ? { asOf: asOfFlag } : {}),
        regime,
        unit,
        documents: loaded.documents,
        skipped: loaded.skipped,
        conflicts: loaded.conflicts,
        units: loaded.units,
      },
      coreRules(),
    );
    const target = resolve(io.cwd, values.out ?? `out/${defaultReportFileName(model)}`);
    const total = detailRowCount(model);
    const bar =
      showProgress && total >= LARGE_INPUT
        ? progressBar(io.stderr, total, "Đang ghi báo cáo")
        : null;
    await writeAtomically(target, (temp) =>
      writeReportWorkbook(
        model,
        { filename: temp },
        bar ? { onProgress: (done) => bar.update(done) } : {},
      ),
    );
    bar?.done();
    for (const w of loaded.warnings) io.stderr(`${w}\n`);
    const s = model.summary;
    io.stdout(
      [
        `Đã ghi báo cáo ${model.period.label} (số liệu đến hết ngày ${model.asOf.split("-").reverse().join("/")}): ${target}`,
        `Tổng số ${viInteger(s.total)} nhiệm vụ: ${model.statusOrder.map((st) => `${model.statusLabels[st]} ${viInteger(s.byStatus[st])}`).join("; ")}.`,
        `Tỷ lệ hoàn thành: ${viPercent(s.rateOfDue.percent)} số nhiệm vụ đến hạn (${viInteger(s.rateOfDue.denominator)}); ${viPercent(s.rateOfAssigned.percent)} tổng số được giao.`,
      ].join("\n") + "\n",
    );
    return EXIT_OK;
  },
};
