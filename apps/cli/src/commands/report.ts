import { basename, extname, resolve } from "node:path";
import {
  checkAsOf,
  defaultCatalogue,
  formatViDate,
  periodFor,
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
  describeReadWarning,
  describeRowError,
  describeRowProblem,
  detailRowCount,
  isExtractionProblem,
  isRegimeId,
  latestDataDate,
  OutputIsDirectory,
  parseJsonTasks,
  progressBar,
  readJsonTasksFile,
  readTrackingWorkbook,
  REGIME_IDS,
  reportRecipients,
  viInteger,
  viPercent,
  writeAtomically,
  writeReportWorkbook,
  type ConflictRow,
  type HeaderOptions,
  type ReportForm,
  type SkippedRow,
  type ReportModel,
  type UnitInput,
  type UnitRow,
} from "@nhiemvu/report";
import { parseCommandArgs, requireIsoDate, requireMonth } from "../args.js";
import { EXIT_OK, InputError, UsageError, type CliIo, type Command } from "../command.js";
import { checkNewOutput, progressOutput } from "../output.js";

const DEFAULT_UNIT = DEFAULT_REPORT_UNIT;
const FORMS: readonly ReportForm[] = ["party", "state"];
/** Above this many rows a terminal shows the writing progress unasked (--progress shows it always). */
const LARGE_INPUT = 5_000;
const MAX_LISTED = 20;

const HELP = `nhiemvu report — lập báo cáo tháng (tệp Excel) về tình hình thực hiện nhiệm vụ.

Cách dùng:
  nhiemvu report [tùy chọn] [TỆP ...]

Không có TỆP: dùng danh mục nhiệm vụ có sẵn (các văn bản mẫu).
TỆP có thể là:
  - tệp JSON xuất danh sách nhiệm vụ (.json): một mảng nhiệm vụ hoặc { "tasks": [...] },
    hoặc kết quả của "nhiemvu extract VĂN-BẢN.txt --json" (các nhiệm vụ của văn bản,
    chưa hoàn thành, hạn theo lời văn); "-" đọc tệp JSON từ đầu vào chuẩn (stdin);
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
  --unit "tên"         đơn vị báo cáo (mặc định: ${DEFAULT_UNIT.nd09} với nd09,
                       ${DEFAULT_UNIT.dang} với dang)

Phần đầu và phần cuối báo cáo (thể thức văn bản):
  --form party|state   thể thức: state = văn bản hành chính (Nghị định
                       30/2020/NĐ-CP: Quốc hiệu, tiêu ngữ), party = văn bản của
                       Đảng (Hướng dẫn 36-HD/VPTW); mặc định theo đơn vị báo cáo
  --number SỐ          số của báo cáo (mặc định để trống để văn thư ghi số)
  --place "địa danh"   địa danh ở dòng ngày tháng (mặc định: Hà Nội với cơ quan
                       trung ương; không rõ thì để dấu … để ghi tay)
  --date NGÀY          ngày của báo cáo, dd/mm/yyyy hoặc YYYY-MM-DD
                       (mặc định: hôm nay)
  --signer "Chức vụ|Họ tên"  người ký; có thể ghi thêm quyền hạn ở đầu:
                       "KT. BỘ TRƯỞNG|THỨ TRƯỞNG|Nguyễn Văn A" (mặc định: để trống)
  --recipients "A; B"  nơi nhận, cách nhau bằng dấu chấm phẩy (mặc định: các cơ
                       quan nhận báo cáo ghi trong nhiệm vụ); "Lưu" luôn được thêm
  --out TỆP            nơi ghi báo cáo (mặc định: out/bao-cao-nhiem-vu-<tháng>-<chế độ>.xlsx);
                       nếu TỆP đã có thì từ chối, trừ khi có --force
  --force              ghi đè TỆP của --out nếu đã có
  --json               in số liệu dạng JSON ra màn hình thay vì ghi tệp Excel (ghi cả
                       tệp khi có thêm --out): {period, counts, rates, byDocument,
                       byLead, tasks}
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
  nhiemvu extract chi-thi.txt --json | nhiemvu report - --month 12/2025

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
    const shown = arg.slice(eq + 1);
    return { unit: arg.slice(0, eq).trim(), file: resolve(cwd, shown), shown };
  }
  return { unit: basename(arg, extname(arg)), file: resolve(cwd, arg), shown: arg };
}

/** "-": the JSON comes on stdin (`nhiemvu extract vb.txt --json | nhiemvu report -`). */
const STDIN = "-";

async function loadJson(files: string[], io: CliIo, tasks: Task[]): Promise<void> {
  for (const arg of files) {
    const parsed =
      arg === STDIN
        ? parseJsonTasks((await io.readStdin()).replace(/^\uFEFF/, ""))
        : await readJsonTasksFile(resolve(io.cwd, arg));
    const name = arg === STDIN ? "Đầu vào chuẩn" : `Tệp "${arg}"`;
    if (!parsed.ok && "error" in parsed) {
      throw new InputError(
        parsed.error === "not_a_file"
          ? `"${arg}" là một thư mục, không phải tệp JSON.`
          : parsed.error === "too_large"
            ? `Tệp "${arg}" quá lớn (giới hạn ${parsed.limit ?? "?"} MB).`
            : `${name} không tồn tại hoặc không mở được.`,
      );
    }
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => `  - tại ${p.path}: ${p.message}`);
      const extracted = parsed.problems.filter(isExtractionProblem);
      if (extracted.length > 0) {
        throw new InputError(
          `${name} là kết quả của "nhiemvu extract --json" nhưng thiếu thông tin cần cho báo cáo:\n${lines.join("\n")}\n${extractionAdvice(extracted.map((p) => p.code))}`,
        );
      }
      throw new InputError(`${name} không đúng định dạng danh sách nhiệm vụ:\n${lines.join("\n")}`);
    }
    // One at a time: a spread of 300,000 arguments overflows the call stack.
    for (const task of parsed.tasks) tasks.push(task);
  }
}

/** What an officer can do with an extract JSON the report cannot read. */
function extractionAdvice(codes: readonly string[]): string {
  const date = codes.includes("extract_no_date") ? " --date dd/mm/yyyy" : "";
  const again = codes.includes("extract_no_date")
    ? `Hãy ghi ngày của văn bản: chạy lại "nhiemvu extract VĂN-BẢN.txt --json${date}"`
    : `Hãy chạy lại "nhiemvu extract VĂN-BẢN.txt --json" bằng phiên bản này`;
  return `${again}, hoặc thêm các nhiệm vụ vào sổ theo dõi bằng "nhiemvu import VĂN-BẢN.txt --into SỔ.xlsx${date}" rồi lập báo cáo bằng "nhiemvu report SỔ.xlsx".`;
}

async function loadWorkbooks(
  args: string[],
  io: CliIo,
  skipInvalid: boolean,
  showProgress: boolean,
): Promise<Omit<Loaded, "documents">> {
  const inputs = args.map((a) => unitInput(a, io.cwd));
  // The row count is known only once read: rows seen so far, no percentage.
  const bar = showProgress ? progressBar(progressOutput(io), null, "Đang đọc") : null;
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
    let rows = 0;
    const outcome = await readTrackingWorkbook(file, {
      onTasks: (batch) => {
        for (const task of batch) collected.push(task);
      },
      ...(bar
        ? {
            onProgress: (n: number) => {
              rows = n;
              bar.update(n);
            },
          }
        : {}),
    }).finally(() => bar?.done(Math.max(rows, collected.length)));
    if (!outcome.ok)
      throw new InputError(describeReadError({ ...outcome.error, file: args[0] ?? file }));
    if (outcome.rowErrors.length > 0)
      rowErrors.push({ file: args[0] ?? file, errors: outcome.rowErrors });
    for (const w of outcome.warnings)
      warnings.push(`Cảnh báo: ${describeReadWarning(args[0] ?? file, w)}`);
    tasks = single;
  } else {
    const result = await consolidateWorkbooks(inputs, {
      ...(bar ? { onProgress: (n: number) => bar.update(n) } : {}),
    }).finally(() => bar?.done());
    tasks = result.tasks;
    units = result.units;
    conflicts = result.conflicts;
    for (const r of result.rowErrors) rowErrors.push({ file: r.file, errors: r.errors });
    for (const r of result.warnings)
      for (const w of r.warnings) warnings.push(`Cảnh báo: ${describeReadWarning(r.file, w)}`);
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

/** Today in Việt Nam (UTC+7), whatever the machine's zone; NHIEMVU_TODAY fixes it for tests. */
function today(io: CliIo): string {
  const fixed = requireIsoDate(io.env.NHIEMVU_TODAY, "NHIEMVU_TODAY");
  if (fixed) return fixed;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

interface HeaderFlags {
  form?: string | undefined;
  number?: string | undefined;
  place?: string | undefined;
  date?: string | undefined;
  signer?: string | undefined;
  recipients?: string | undefined;
}

/** The header and closing flags as model options; the report is dated the day it is made. */
function headerOptions(values: HeaderFlags, io: CliIo): HeaderOptions {
  const nfc = (text: string) => text.normalize("NFC").trim();
  const options: HeaderOptions = {
    reportDate: requireIsoDate(values.date, "date") ?? today(io),
  };
  if (values.form !== undefined) {
    const form = FORMS.find((f) => f === values.form);
    if (!form)
      throw new UsageError(
        `--form phải là một trong: ${FORMS.join(", ")} (nhận được "${values.form}").`,
      );
    options.form = form;
  }
  if (values.number !== undefined) options.number = nfc(values.number);
  if (values.place !== undefined) {
    if (nfc(values.place) === "") throw new UsageError("--place không được để trống.");
    options.place = nfc(values.place);
  }
  if (values.signer !== undefined) {
    const parts = values.signer.split("|").map(nfc);
    // Post and name are required; an authority (KT., T/M …) may be left empty.
    const required = parts.length === 3 ? parts.slice(1) : parts;
    if (parts.length < 2 || parts.length > 3 || required.some((p) => p === "")) {
      throw new UsageError(
        `--signer phải có dạng "Chức vụ|Họ tên" hoặc "Quyền hạn|Chức vụ|Họ tên" (nhận được "${values.signer}").`,
      );
    }
    const [a, b, c] = parts as [string, string, string?];
    options.signer =
      c === undefined ? { position: a, name: b } : { authority: a, position: b, name: c };
  }
  if (values.recipients !== undefined) {
    options.recipients = values.recipients
      .split(/[;\n]/)
      .map((r) =>
        nfc(r)
          .replace(/^[-–]\s*/, "")
          .replace(/[.;]$/, ""),
      )
      .filter(Boolean);
  }
  return options;
}

function appendAll<T>(to: T[], from: readonly T[]): T[] {
  for (const x of from) to.push(x);
  return to;
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
      json: { type: "boolean" },
      form: { type: "string" },
      number: { type: "string" },
      place: { type: "string" },
      date: { type: "string" },
      signer: { type: "string" },
      recipients: { type: "string" },
      force: { type: "boolean" },
    });
    const regime = values.regime ?? "nd09";
    if (!isRegimeId(regime)) {
      throw new UsageError(
        `--regime phải là một trong: ${REGIME_IDS.join(", ")} (nhận được "${regime}").`,
      );
    }
    const monthFlag = requireMonth(values.month, "month");
    const asOfFlag = requireIsoDate(values["as-of"], "as-of");
    const unit = (values.unit ?? DEFAULT_UNIT[regime] ?? "").normalize("NFC").trim();
    if (unit === "") throw new UsageError("--unit không được để trống.");
    const header = headerOptions(values, io);
    // An existing file named by --out is someone's report: replaced only when asked.
    if (values.out !== undefined)
      await checkNewOutput(resolve(io.cwd, values.out), values.out, values.force === true);
    const showProgress = values.progress === true || process.stderr.isTTY === true;

    const isJson = (p: string) => p === STDIN || extname(p).toLowerCase() === ".json";
    const jsonFiles = positionals.filter(isJson);
    const workbookArgs = positionals.filter((p) => !isJson(p));
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
      const fromJson: Task[] = [];
      await loadJson(jsonFiles, io, fromJson);
      const fromBooks =
        workbookArgs.length > 0
          ? await loadWorkbooks(workbookArgs, io, values["skip-invalid"] === true, showProgress)
          : { tasks: [], skipped: [], conflicts: [], units: [], warnings: [] };
      loaded = {
        ...fromBooks,
        tasks: fromJson.length === 0 ? fromBooks.tasks : appendAll(fromJson, fromBooks.tasks),
        documents: defaultCatalogue().documents,
      };
    }
    if (loaded.tasks.length === 0)
      throw new InputError("Không có nhiệm vụ nào trong dữ liệu đầu vào.");

    const latest = latestDataDate(loaded.tasks);
    const month = monthFlag ?? (latest ? defaultReportMonth(latest, regime) : undefined);
    if (month === undefined)
      throw new UsageError("Không xác định được tháng báo cáo; hãy ghi --month YYYY-MM.");
    const asOfProblem = asOfFlag ? asOfMessage(month, regime, asOfFlag) : null;
    if (asOfProblem) throw new UsageError(asOfProblem);
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
        ...header,
        recipients: header.recipients ?? reportRecipients(loaded.tasks, unit),
      },
      coreRules(),
    );
    if (values.json === true) {
      if (values.out !== undefined) {
        await writeAtomically(resolve(io.cwd, values.out), (temp) =>
          writeReportWorkbook(model, { filename: temp }),
        );
      }
      for (const w of loaded.warnings) io.stderr(`${w}\n`);
      io.stdout(`${JSON.stringify(reportJson(model), null, 2)}\n`);
      return EXIT_OK;
    }
    const target = resolve(io.cwd, values.out ?? `out/${defaultReportFileName(model)}`);
    const total = detailRowCount(model);
    // Asked for (--progress): always; on a terminal by itself: only when it takes a while.
    const bar =
      values.progress === true || (showProgress && total >= LARGE_INPUT)
        ? progressBar(progressOutput(io), total, "Đang ghi báo cáo")
        : null;
    await writeAtomically(target, (temp) =>
      writeReportWorkbook(
        model,
        { filename: temp },
        bar ? { onProgress: (done) => bar.update(done) } : {},
      ),
    ).catch((error: unknown) => {
      bar?.done();
      if (error instanceof OutputIsDirectory)
        throw new InputError(
          `"${values.out ?? target}" là một thư mục; hãy ghi --out là đường dẫn tới tệp .xlsx.`,
        );
      throw error;
    });
    bar?.done();
    for (const w of loaded.warnings) io.stderr(`${w}\n`);
    const s = model.summary;
    io.stdout(
      [
        `Đã ghi báo cáo ${model.period.label} (số liệu đến hết ngày ${model.asOf.split("-").reverse().join("/")}): ${target}`,
        `Tổng số ${viInteger(s.total)} nhiệm vụ: ${model.statusOrder.map((st) => `${model.statusLabels[st]} ${viInteger(s.byStatus[st])}`).join("; ")}.`,
        `Tỷ lệ hoàn thành: ${percentText(s.rateOfDue.percent)} số nhiệm vụ đến hạn (${viInteger(s.rateOfDue.denominator)}); ${percentText(s.rateOfAssigned.percent)} tổng số được giao; quá hạn ${percentText(s.overdueRate.percent)} tổng số được giao.`,
      ].join("\n") + "\n",
    );
    return EXIT_OK;
  },
};

/** A rate for the terminal; "—" when there is no denominator (no rate). */
function percentText(value: number | null): string {
  return value === null ? "—" : viPercent(value);
}

/** The Vietnamese message for an --as-of outside the report's period, or null when inside. */
function asOfMessage(month: string, regime: "nd09" | "dang", asOf: string): string | null {
  const period = periodFor(month, regime);
  const check = checkAsOf(period, asOf);
  if (check.ok) return null;
  const span = `từ ngày ${formatViDate(check.from)} đến ngày ${formatViDate(check.to)}`;
  switch (check.code) {
    case "as_of_before_period":
      return `--as-of ${formatViDate(asOf)} ở trước kỳ báo cáo ${period.label} (${span}): chưa có số liệu của kỳ này.`;
    case "as_of_after_period":
      return `--as-of ${formatViDate(asOf)} ở sau ngày chốt số liệu của kỳ ${period.label} (${span}): hãy chọn ngày trong kỳ hoặc một tháng báo cáo khác.`;
    default: {
      const never: never = check.code;
      return never;
    }
  }
}

/**
 * The figures of `--json`: a stable interface for scripts. Field names and
 * status codes are core's (TaskStatus); rates are percents or null.
 */
export function reportJson(model: ReportModel) {
  const s = model.summary;
  const rate = (r: ReportModel["summary"]["rateOfDue"]) => ({
    percent: r.percent,
    numerator: r.numerator,
    denominator: r.denominator,
    denominatorName: r.denominatorName,
  });
  const breakdown = (rows: ReportModel["byLead"]) =>
    rows.map((row) => ({ label: row.label, counts: row.byStatus, total: row.total }));
  return {
    period: {
      month: model.period.month,
      kind: model.period.kind,
      regime: model.period.regimeId,
      label: model.period.label,
      from: model.period.from,
      to: model.period.to,
      reportDue: model.period.reportDue,
      asOf: model.asOf,
    },
    counts: {
      done_on_time: s.byStatus.done_on_time,
      done_late: s.byStatus.done_late,
      open_on_time: s.byStatus.open_on_time,
      open_overdue: s.byStatus.open_overdue,
      no_deadline: s.byStatus.no_deadline,
    },
    total: s.total,
    rates: {
      rounding: s.rounding,
      decimals: s.decimals,
      rateOfDue: rate(s.rateOfDue),
      rateOfAssigned: rate(s.rateOfAssigned),
      overdueRate: rate(s.overdueRate),
    },
    byDocument: breakdown(model.byDocument),
    byLead: breakdown(model.byLead),
    tasks: model.tasks.map((t) => ({
      code: t.code,
      ref: t.ref,
      documentId: t.documentId,
      status: t.status,
      due: t.due,
      daysOverdue: t.daysOverdue,
      ...(t.occurrences ? { occurrences: t.occurrences } : {}),
    })),
    issuedAfterCutOff: model.issuedAfterCutOff,
  };
}
