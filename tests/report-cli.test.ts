import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import {
  defaultCatalogue,
  evaluateTask,
  formatViDate,
  issuedBy,
  periodFor,
  type Task,
  type TaskStatus,
  STATUS_LABELS,
  TASK_STATUSES,
} from "@nhiemvu/core";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";

// End to end: the built `nhiemvu report`, read back with SheetJS (an independent reader).

/** What December 2025's report counts for a task: each occurrence owed, else the task. */
function decemberEntries(t: Task): readonly { status: TaskStatus }[] {
  const p = periodFor("2025-12", "nd09");
  if (!issuedBy(t, p.to)) return [];
  const e = evaluateTask(t, p.to, { range: { from: p.from, to: p.to } });
  return e.occurrences.length > 0 ? e.occurrences : [e];
}
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const SUMMARY = "Tổng hợp";
const ALL = "Tất cả nhiệm vụ";

function nhiemvu(args: string[], cwd: string, tz = "Asia/Ho_Chi_Minh") {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    // The report is dated the day it is made: fixed here so runs compare.
    env: { ...process.env, TZ: tz, NHIEMVU_TODAY: "2025-12-15" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(): string {
  return mkdtempSync(join(tmpdir(), "nhiemvu-report-e2e-"));
}

function readBook(file: string): XLSX.WorkBook {
  return XLSX.read(readFileSync(file), { cellFormula: true, cellNF: true });
}

/** Rows of a sheet as arrays of raw values. */
function rows(ws: XLSX.WorkSheet | undefined): unknown[][] {
  return ws ? XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null }) : [];
}

/** Summary cell C of the row whose column B reads `label`. */
function summaryCell(wb: XLSX.WorkBook, label: string): XLSX.CellObject | undefined {
  const ws = wb.Sheets[SUMMARY];
  if (!ws) return undefined;
  const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
  for (let r = range.s.r; r <= range.e.r; r += 1) {
    const b = ws[XLSX.utils.encode_cell({ r, c: 1 })] as XLSX.CellObject | undefined;
    if (b?.v === label)
      return ws[XLSX.utils.encode_cell({ r, c: 2 })] as XLSX.CellObject | undefined;
  }
  return undefined;
}

function leftovers(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("nhiemvu report on the bundled catalogue", () => {
  const cwd = workdir();
  const run = nhiemvu(["report", "--month", "2025-12"], cwd);
  const file = join(cwd, "out", "bao-cao-nhiem-vu-2025-12-nd09.xlsx");

  it("writes the month's report into ./out and says where (exit 0)", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    expect(existsSync(file)).toBe(true);
  });

  it("has the summary and the detail sheets, with valid names", () => {
    const wb = readBook(file);
    expect(wb.SheetNames).toEqual([
      SUMMARY,
      ALL,
      "Quá hạn chưa hoàn thành",
      "Đến hạn kỳ sau",
      "Hoàn thành trong kỳ",
      "Thời hạn chưa xác định",
    ]);
    for (const name of wb.SheetNames) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[/\\:*?[\]]/);
    }
  });

  it("has the State form's header (Nghị định 30/2020): body, Quốc hiệu, tiêu ngữ, number, date of the day it is made, title", () => {
    const ws = readBook(file).Sheets[SUMMARY];
    expect(ws?.A1?.v).toBe("VĂN PHÒNG CHÍNH PHỦ");
    expect(ws?.C1?.v).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws?.C2?.v).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(String(ws?.A3?.v)).toMatch(/^Số: \s+\/BC-VPCP$/);
    expect(ws?.C3?.v).toBe("Hà Nội, ngày 15 tháng 12 năm 2025");
    expect(ws?.A5?.v).toBe("BÁO CÁO");
    expect(ws?.A6?.v).toBe(
      "Tình hình thực hiện nhiệm vụ được giao tại các văn bản chỉ đạo tháng\u00a012/2025",
    );
    expect(ws?.A8?.v).toContain("từ ngày 15/11/2025 đến ngày 14/12/2025");
    expect(ws?.A9?.v).toContain("Số liệu tính đến hết ngày 14/12/2025");
  });

  it("counts by status as core evaluates each task at the cut-off, with COUNTIFS formulas", () => {
    const wb = readBook(file);
    const entries = defaultCatalogue().tasks.flatMap(decemberEntries);
    for (const status of TASK_STATUSES) {
      const expected = entries.filter((e) => e.status === status).length;
      const cell = summaryCell(wb, STATUS_LABELS[status]);
      expect(cell?.v, status).toBe(expected);
      expect(cell?.f).toBe(`COUNTIFS('${ALL}'!$J:$J,"=${STATUS_LABELS[status]}")`);
    }
    expect(summaryCell(wb, "Tổng số nhiệm vụ được giao")?.v).toBe(entries.length);
    const rate = summaryCell(wb, "Tỷ lệ hoàn thành trên số nhiệm vụ đến hạn");
    expect(rate?.f).toMatch(/^IF\(C\d+=0,"",INT\(/);
  });

  it("lists every task (a recurring one per occurrence owed) with its due date as a dd/mm/yyyy date", () => {
    const wb = readBook(file);
    const ws = wb.Sheets[ALL];
    const table = rows(ws);
    expect(table[0]).toEqual([
      "Mã nhiệm vụ",
      "Văn bản giao nhiệm vụ",
      "Mục",
      "Nội dung nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn (theo văn bản)",
      "Hạn hoàn thành",
      "Ngày hoàn thành",
      "Tình trạng",
      "Số ngày quá hạn",
      "Ghi chú",
    ]);
    const { tasks } = defaultCatalogue();
    const count = tasks.flatMap(decemberEntries).length;
    expect(table.length - 1).toBe(count);
    const byCode = new Map(tasks.map((t) => [t.code, t]));
    let dated = 0;
    for (let r = 2; r <= count + 1; r += 1) {
      const task = byCode.get(String(ws?.[`A${r}`]?.v));
      expect(task).toBeDefined();
      if (!task || task.deadline.kind === "recurring") continue;
      const due = evaluateTask(task, "2025-12-14").due;
      const cell = ws?.[`H${r}`] as XLSX.CellObject | undefined;
      if (due === null) continue;
      dated += 1;
      expect(cell?.z).toBe("dd/mm/yyyy");
      expect(XLSX.SSF.format("dd/mm/yyyy", cell?.v as number)).toBe(formatViDate(due));
    }
    expect(dated).toBeGreaterThan(0);
    expect(ws?.["!autofilter"]?.ref).toBe(`A1:L${count + 1}`);
  });

  it("writes the same cells when run west of UTC", () => {
    const west = workdir();
    expect(nhiemvu(["report", "--month", "2025-12"], west, "America/Los_Angeles").code).toBe(0);
    const a = readBook(file);
    const b = readBook(join(west, "out", "bao-cao-nhiem-vu-2025-12-nd09.xlsx"));
    for (const name of a.SheetNames)
      expect(rows(b.Sheets[name]), name).toEqual(rows(a.Sheets[name]));
  });

  it("freezes the header, prints A4 landscape at a readable scale with the header repeated and the code hidden", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(ALL);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    // 12 pt type at this scale prints at 10 pt or more.
    expect((12 * (ws?.pageSetup.scale ?? 0)) / 100).toBeGreaterThanOrEqual(10);
    expect(ws?.pageSetup.printTitlesRow).toBe("1:1");
    expect(ws?.getColumn(1).hidden).toBe(true);
    expect(ws?.getCell("D2").alignment).toMatchObject({ wrapText: true });
    expect(ws?.getCell("A2").font).toMatchObject({ name: "Times New Roman" });
    const summary = wb.getWorksheet(SUMMARY);
    expect(summary?.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    expect(summary?.getCell("C3").font).toMatchObject({ italic: true, name: "Times New Roman" });
    expect(summary?.getCell("C1").font).toMatchObject({ bold: true });
    expect(summary?.getCell("C2").font).toMatchObject({ bold: true, underline: true });
  });
});

describe("nhiemvu report on a JSON export", () => {
  const { tasks } = defaultCatalogue();

  it("writes text that looks like a formula as a string", () => {
    const cwd = workdir();
    const first = tasks[0];
    if (!first) throw new Error("empty catalogue");
    writeFileSync(
      join(cwd, "tasks.json"),
      JSON.stringify([{ ...first, text: "=SUM(1)", summary: "" }]),
    );
    const run = nhiemvu(["report", "tasks.json", "--month", "2025-12", "--out", "r.xlsx"], cwd);
    expect(run.code).toBe(0);
    const cell = readBook(join(cwd, "r.xlsx")).Sheets[ALL]?.D2 as XLSX.CellObject;
    expect(cell.v).toBe("=SUM(1)");
    expect(cell.t).toBe("s");
    expect(cell.f).toBeUndefined();
  });

  it("refuses an invalid task with the JSON path, exit 1 and no output", () => {
    const cwd = workdir();
    const first = tasks[0];
    writeFileSync(
      join(cwd, "tasks.json"),
      JSON.stringify({ tasks: [first, { ...first, completedOn: "31/12/2025" }] }),
    );
    const run = nhiemvu(["report", "tasks.json", "--out", "out/r.xlsx"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tệp "tasks.json" không đúng định dạng danh sách nhiệm vụ');
    expect(run.stderr).toContain("tại tasks[1].completedOn");
    expect(leftovers(join(cwd, "out"))).toEqual([]);
  });
});

describe("nhiemvu report: the form and header flags", () => {
  const header = (args: string[]) => {
    const cwd = workdir();
    const run = nhiemvu(["report", "--month", "2025-12", "--out", "r.xlsx", ...args], cwd);
    expect(run.code, run.stderr).toBe(0);
    const ws = readBook(join(cwd, "r.xlsx")).Sheets[SUMMARY];
    return [ws?.A1?.v, ws?.C1?.v, ws?.A3?.v, ws?.C3?.v];
  };

  it("gives a ministry the State form under either regime", () => {
    for (const regime of ["nd09", "dang"]) {
      expect(header(["--regime", regime, "--unit", "Bộ Nội vụ"])).toEqual([
        "BỘ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        expect.stringMatching(/^Số: \s+\/BC-BNV$/),
        "Hà Nội, ngày 15 tháng 12 năm 2025",
      ]);
    }
  });

  it("takes the form, number, place and date from the flags, a Saturday included", () => {
    expect(
      header([
        ...["--unit", "Ủy ban nhân dân tỉnh Quảng Ninh", "--form", "party"],
        ...["--number", "07", "--place", "Hạ Long", "--date", "2025-12-20"],
      ]),
    ).toEqual([
      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 07-BC/UBNDTQN",
      "Hạ Long, ngày 20 tháng 12 năm 2025",
    ]);
  });
});

describe("nhiemvu report --out over an existing file", () => {
  it("refuses without --force, in Vietnamese, and leaves the file as it was; --force replaces it", () => {
    const cwd = workdir();
    writeFileSync(join(cwd, "bao-cao.xlsx"), "báo cáo đã sửa tay");
    for (const extra of [[], ["--json"]]) {
      const run = nhiemvu(["report", "--month", "2025-12", "--out", "bao-cao.xlsx", ...extra], cwd);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain('Tệp "bao-cao.xlsx" đã có; không ghi đè');
      expect(run.stderr).toContain("--force");
      expect(readFileSync(join(cwd, "bao-cao.xlsx"), "utf8")).toBe("báo cáo đã sửa tay");
    }
    const forced = nhiemvu(
      ["report", "--month", "2025-12", "--out", "bao-cao.xlsx", "--force"],
      cwd,
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(readBook(join(cwd, "bao-cao.xlsx")).SheetNames.length).toBeGreaterThan(1);
  });
});

describe("nhiemvu report --progress", () => {
  it("shows the rows read without a percentage and the writing with one, even for a small input; no control character", () => {
    const cwd = workdir();
    expect(nhiemvu(["tracking", "--out", "so.xlsx"], cwd).code).toBe(0);
    const run = nhiemvu(
      ["report", "so.xlsx", "--month", "12/2025", "--out", "r.xlsx", "--progress"],
      cwd,
    );
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    const reading = lines.filter((l) => l.startsWith("Đang đọc"));
    expect(reading.at(-1)).toMatch(/^Đang đọc: \d[\d.]* dòng$/);
    expect(reading.join("")).not.toContain("%");
    expect(lines.filter((l) => l.startsWith("Đang ghi báo cáo")).at(-1)).toMatch(
      /100% \((\d[\d.]*)\/\1\)$/,
    );
    // eslint-disable-next-line no-control-regex -- a log must not get cursor moves
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    expect(lines).not.toContain("");
  });
});

describe("nhiemvu report: usage errors", () => {
  it.each([
    [["--month", "2025-13"], "--month"],
    [["--as-of", "2025-02-30"], "--as-of"],
    [["--regime", "abc"], "--regime"],
    [["--form", "dang"], "--form"],
    [["--date", "2025-12-32"], "--date"],
    [["--signer", "Nguyễn Văn A"], "--signer"],
    [["--signer", "Bộ trưởng|"], "--signer"],
    [["--place", " "], "--place"],
  ])("%j → exit 2", (args, flag) => {
    const run = nhiemvu(["report", ...args], workdir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(flag);
  });
});

describe("nhiemvu report on tracking workbooks: bad input", () => {
  const cwd = workdir();
  const good = join(cwd, "so.xlsx");
  beforeAll(() => {
    expect(nhiemvu(["tracking", "--out", good], cwd).code).toBe(0);
  });

  const cases: [string, () => Buffer, string][] = [
    [
      "not an xlsx",
      () => Buffer.from("Mã nhiệm vụ,Nội dung\n"),
      "không phải là bảng tính Excel (.xlsx)",
    ],
    ["truncated", () => readFileSync(good).subarray(0, 4_000), "bị cắt cụt"],
    [
      "password-protected",
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(1_000),
          Buffer.from("EncryptedPackage", "utf16le"),
          Buffer.alloc(1_000),
        ]),
      "được bảo vệ bằng mật khẩu",
    ],
  ];
  it.each(cases)(
    "%s → Vietnamese error naming the file, exit 1, no output file",
    (_what, bytes, words) => {
      writeFileSync(join(cwd, "bad.xlsx"), bytes());
      const out = join(cwd, "out-bad");
      const run = nhiemvu(["report", "bad.xlsx", "--out", join(out, "r.xlsx")], cwd);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Tệp "bad.xlsx"');
      expect(run.stderr).toContain(words);
      expect(leftovers(out)).toEqual([]);
    },
  );

  it("another layout → names the missing columns", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["STT", "Tên việc", "Hạn"]);
    await wb.xlsx.writeFile(join(cwd, "khac.xlsx"));
    const run = nhiemvu(["report", "khac.xlsx", "--out", "out-khac/r.xlsx"], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tệp "khac.xlsx" không theo mẫu sổ theo dõi nhiệm vụ');
    expect(leftovers(join(cwd, "out-khac"))).toEqual([]);
  });

  it("a bad row → names sheet and cell; --skip-invalid reports and lists it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(good);
    const ws = wb.getWorksheet("Theo dõi nhiệm vụ");
    if (!ws) throw new Error("no tracking sheet");
    const col = (ws.getRow(1).values as unknown[]).indexOf("Ngày hoàn thành");
    ws.getRow(3).getCell(col).value = "31/02/2025";
    await wb.xlsx.writeFile(join(cwd, "dong-loi.xlsx"));

    const refused = nhiemvu(["report", "dong-loi.xlsx", "--out", "out-row/r.xlsx"], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `Tệp "dong-loi.xlsx", ô 'Theo dõi nhiệm vụ'!Q3: cột "Ngày hoàn thành": ngày không hợp lệ ("31/02/2025")`,
    );
    expect(refused.stderr).toContain("--skip-invalid");
    expect(leftovers(join(cwd, "out-row"))).toEqual([]);

    const skipped = nhiemvu(
      ["report", "dong-loi.xlsx", "--skip-invalid", "--out", "out-row/r.xlsx"],
      cwd,
    );
    expect(skipped.code).toBe(0);
    const book = readBook(join(cwd, "out-row", "r.xlsx"));
    expect(book.SheetNames).toContain("Dòng bị bỏ qua");
    expect(rows(book.Sheets["Dòng bị bỏ qua"])[1]).toEqual([
      "dong-loi.xlsx",
      "Theo dõi nhiệm vụ",
      "Q3",
      'cột "Ngày hoàn thành": ngày không hợp lệ ("31/02/2025")',
    ]);
    // The same report without the skipped row's task.
    const skippedCode = String(ws.getRow(3).getCell(1).value);
    expect(nhiemvu(["report", "so.xlsx", "--out", "out-row/full.xlsx"], cwd).code).toBe(0);
    const full = rows(readBook(join(cwd, "out-row", "full.xlsx")).Sheets[ALL]).slice(1);
    const kept = full.filter((r) => String(r[0]) !== skippedCode).length;
    expect(kept).toBeLessThan(full.length);
    expect(rows(book.Sheets[ALL]).length - 1).toBe(kept);
  });
});

describe("nhiemvu report: consolidation of units' workbooks", () => {
  it("matches by code, lists the conflicting completion date, the missing and the corrupt unit", async () => {
    const cwd = workdir();
    const { tasks } = defaultCatalogue();
    const [t1, t2, t3] = tasks;
    if (!t1 || !t2 || !t3) throw new Error("catalogue too small");
    mkdirSync(join(cwd, "in"));
    const { writeTrackingWorkbook } = await import("@nhiemvu/report");
    await writeTrackingWorkbook({ filename: join(cwd, "in", "a.xlsx") }, [
      { task: { ...t1, completedOn: "2025-12-01" } },
      { task: t2 },
    ]);
    await writeTrackingWorkbook({ filename: join(cwd, "in", "b.xlsx") }, [
      { task: { ...t1, completedOn: "2025-12-05" } },
      { task: t3 },
    ]);
    writeFileSync(join(cwd, "in", "hong.xlsx"), "hỏng");
    const run = nhiemvu(
      [
        "report",
        "Bộ Nội vụ=in/a.xlsx",
        "Bộ Tài chính=in/b.xlsx",
        "Bộ Y tế=in/khong-co.xlsx",
        "Bộ Tư pháp=in/hong.xlsx",
        "--month",
        "2025-12",
        "--out",
        "tong-hop.xlsx",
      ],
      cwd,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('đơn vị "Bộ Y tế" thiếu tệp');
    expect(run.stderr).toContain('đơn vị "Bộ Tư pháp" lỗi tệp');
    const wb = readBook(join(cwd, "tong-hop.xlsx"));
    expect(wb.SheetNames).toEqual(expect.arrayContaining(["Đơn vị báo cáo", "Số liệu không khớp"]));
    expect(rows(wb.Sheets[ALL]).length - 1).toBe(3);
    const conflictRows = rows(wb.Sheets["Số liệu không khớp"]).slice(1);
    expect(conflictRows.map((r) => r.slice(1))).toEqual([
      [
        "Ngày hoàn thành",
        "Bộ Nội vụ (a.xlsx): 01/12/2025; Bộ Tài chính (b.xlsx): 05/12/2025",
        "05/12/2025",
        t1.code,
      ],
    ]);
    // The task by its words (shortened on a word), its item and its document, not by its code.
    const [named] = conflictRows[0] ?? [];
    const [head, where] = String(named).split("… (");
    expect(t1.text.startsWith(head ?? "-")).toBe(true);
    expect(head?.length).toBeGreaterThan(40);
    expect(head?.length).toBeLessThan(80);
    expect(where).toBe(`mục ${t1.ref}, Văn bản không số ngày 29/08/2025)`);
    const units = rows(wb.Sheets["Đơn vị báo cáo"])
      .slice(1)
      .map((r) => [r[0], r[2], r[3]]);
    expect(units).toEqual([
      ["Bộ Nội vụ", "Đã đọc", 2],
      ["Bộ Tài chính", "Đã đọc", 2],
      ["Bộ Y tế", "Thiếu tệp", 0],
      ["Bộ Tư pháp", "Không đọc được", 0],
    ]);
    expect(periodFor("2025-12", "nd09").to).toBe("2025-12-14");
  });
});

describe("nhiemvu report --json: the figures for scripts", () => {
  const cwd = workdir();
  const json = (args: string[]) => {
    const run = nhiemvu(["report", ...args, "--json"], cwd);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as {
      period: { from: string; to: string; reportDue: string };
      counts: Record<string, number>;
      total: number;
      rates: { rateOfDue: { percent: number | null }; overdueRate: { percent: number | null } };
      byLead: { label: string; total: number }[];
      tasks: { code: string; documentId: string; status: string; occurrences?: unknown[] }[];
      issuedAfterCutOff: number;
    };
  };

  it("prints period, counts, rates, breakdowns and tasks, and writes no workbook", () => {
    const out = json(["--month", "2025-12"]);
    expect(out.period).toMatchObject({
      from: "2025-11-15",
      to: "2025-12-14",
      reportDue: "2025-12-25",
    });
    expect(Object.keys(out.counts)).toEqual([
      "done_on_time",
      "done_late",
      "open_on_time",
      "open_overdue",
      "no_deadline",
    ]);
    expect(Object.values(out.counts).reduce((a, b) => a + b, 0)).toBe(out.total);
    expect(out.tasks.some((t) => Array.isArray(t.occurrences))).toBe(true);
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("leaves out documents issued after the cut-off (221-KL/TW of 28/11/2025 in September)", () => {
    const out = json(["--month", "2025-09"]);
    expect(out.tasks.filter((t) => t.documentId.startsWith("221-KL/TW"))).toEqual([]);
    expect(out.issuedAfterCutOff).toBeGreaterThan(0);
    const empty = json(["--month", "1999-01"]);
    expect([empty.total, empty.tasks.length, empty.rates.rateOfDue.percent]).toEqual([0, 0, null]);
  });

  it("refuses an as-of outside the period, in Vietnamese", () => {
    const run = nhiemvu(["report", "--month", "2025-09", "--as-of", "2025-10-01", "--json"], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ở sau ngày chốt số liệu của kỳ Tháng 9/2025");
    const before = nhiemvu(["report", "--month", "2025-09", "--as-of", "2025-08-01"], cwd);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("ở trước kỳ báo cáo Tháng 9/2025");
  });
});
