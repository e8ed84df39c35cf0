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
import { beforeAll, describe, expect, it } from "vitest";
import {
  craftWorkbook,
  headerRow,
  pack,
  packRepeated,
  SHEET_HEAD,
  SHEET_TAIL,
  SST_HEAD,
  SST_TAIL,
  textCell,
  TRACKING_HEADERS,
  type PackedEntry,
} from "./fixtures/craft-xlsx.js";

/**
 * Hostile and unusual workbooks against the built `nhiemvu report` (its
 * pooled worker threads with their heap cap are the ones users get). Every
 * file is crafted here at run time; none is committed. Each run gets its own
 * TMPDIR, and the test lists it, the input folder and the output folder
 * before and after: nothing may be left behind.
 */
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const MEASURED = fileURLToPath(new URL("./fixtures/measured-cli.mjs", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "nhiemvu-bounds-"));
const SECONDS = 10;
const MAX_RSS_MB = 500;

interface Run {
  code: number | null;
  stderr: string;
  stdout: string;
  seconds: number;
  rssMb: number;
  left: { tmp: string[]; input: string[]; out: string[] };
}

let n = 0;
/** `nhiemvu report <input> --out out/r.xlsx` in a fresh folder with its own TMPDIR. */
function report(name: string, bytes: Buffer | "directory", extra: string[] = []): Run {
  const cwd = join(root, `case-${(n += 1)}`);
  const tmp = join(cwd, "tmp");
  const out = join(cwd, "out");
  mkdirSync(tmp, { recursive: true });
  mkdirSync(out);
  const input = join(cwd, name);
  if (bytes === "directory") mkdirSync(input);
  else writeFileSync(input, bytes);
  const before = readdirSync(cwd).sort();
  const rssFile = join(root, `rss-${n}`);
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      MEASURED,
      MAIN,
      rssFile,
      "report",
      name,
      "--out",
      "out/r.xlsx",
      "--month",
      "2025-12",
      ...extra,
    ],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, TMPDIR: tmp, TZ: "Asia/Ho_Chi_Minh" },
      timeout: 60_000,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = readdirSync(cwd).sort();
  expect(after).toEqual(before);
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    seconds,
    rssMb: existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : Infinity,
    left: { tmp: readdirSync(tmp), input: [], out: readdirSync(out) },
  };
}

/** The contract for a file that cannot be read: a Vietnamese message naming it, fast, small, exit 1, nothing left. */
function expectRefused(run: Run, name: string, words: string) {
  expect(run.stderr).toContain(`"${name}"`);
  expect(run.stderr).toContain(words);
  expect(run.stderr).toBe(run.stderr.normalize("NFC"));
  expect(run.stderr).not.toMatch(/Error:|at .*\.js:\d+|undefined entity|worker exit/);
  expect(run.code).toBe(1);
  expect(run.seconds).toBeLessThan(SECONDS);
  expect(run.rssMb).toBeLessThan(MAX_RSS_MB);
  expect(run.left).toEqual({ tmp: [], input: [], out: [] });
}

/** A valid tracking row r (1-based) with the four required columns. */
function taskRow(r: number, code = `X@2025-11-28#${r}`): string {
  return (
    `<row r="${r}">${textCell(`A${r}`, code)}${textCell(`B${r}`, "28/11/2025")}` +
    `${textCell(`C${r}`, `Nhiệm vụ ${r} của Ban Thường vụ Thành ủy`)}${textCell(`D${r}`, "trong tháng 12/2025")}</row>`
  );
}

const sheet = (rows: string) => ({ name: "Theo dõi nhiệm vụ", data: headerRow() + rows });
const packedSheet = (data: PackedEntry) => ({ name: "Theo dõi nhiệm vụ", data });

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("zip bombs, honest and lying, in both part orders", async () => {
  const GB = 1024 * 1024 * 1024;
  // About 1.1 GB of valid-looking rows once inflated, 1.5 MB on disk.
  const rows = await packRepeated(
    "s",
    SHEET_HEAD + headerRow(),
    (i) => taskRow(i + 2),
    6_000_000,
    SHEET_TAIL,
  );
  const bomb = (declaredSize: number, order: "excel" | "exceljs") =>
    craftWorkbook({
      sheets: [{ name: "Theo dõi nhiệm vụ", data: { ...rows, declaredSize } }],
      order,
    });

  it.each(["excel", "exceljs"] as const)(
    "honest sizes (%s order): refused before inflating",
    (order) => {
      expect(rows.size).toBeGreaterThan(GB);
      const run = report("bom.xlsx", bomb(rows.size, order));
      expectRefused(run, "bom.xlsx", "quá lớn khi giải nén");
    },
  );

  it.each(["excel", "exceljs"] as const)(
    "lying sizes (%s order): stopped by the bytes really inflated",
    (order) => {
      const run = report("bom-noi-doi.xlsx", bomb(40_000, order));
      expectRefused(run, "bom-noi-doi.xlsx", "quá lớn khi giải nén");
    },
  );
});

describe("crafted parts", () => {
  it("a 4 GB shared-strings table (sizes claimed small) is stopped by count as it is read", async () => {
    const sst: PackedEntry = await packRepeated(
      "sst",
      SST_HEAD,
      (i) => `<si><t>${i % 10}</t></si>`,
      4_000_000,
      SST_TAIL,
    );
    const run = report(
      "chuoi.xlsx",
      craftWorkbook({
        sheets: [sheet(taskRow(2))],
        sharedStrings: { ...sst, declaredSize: sst.size },
      }),
    );
    expectRefused(run, "chuoi.xlsx", "bảng chuỗi dùng chung quá lớn");
  });

  it("a 4 GB shared-strings table declaring its size is refused before inflating", async () => {
    const sst = await packRepeated(
      "sst",
      SST_HEAD,
      () => `<si><t>a</t></si>`,
      100_000,
      SST_TAIL,
      0xffffffff,
    );
    const run = report(
      "chuoi-4gb.xlsx",
      craftWorkbook({ sheets: [sheet(taskRow(2))], sharedStrings: sst }),
    );
    expectRefused(run, "chuoi-4gb.xlsx", "quá lớn khi giải nén");
  });

  it("one huge cell is stopped at the cell limit, not buffered", async () => {
    const cell = await packRepeated(
      "s",
      SHEET_HEAD + headerRow() + `<row r="2"><c r="C2" t="inlineStr"><is><t>`,
      () => "Nhiệm vụ ".repeat(1000),
      20_000,
      `</t></is></c></row>` + SHEET_TAIL,
    );
    const run = report("o-lon.xlsx", craftWorkbook({ sheets: [{ name: "T", data: cell }] }));
    expectRefused(run, "o-lon.xlsx", "có một ô quá lớn");
  });

  it("2 million valid rows are stopped at the row limit their sheet declares", async () => {
    const rows = await packRepeated(
      "s",
      SHEET_HEAD.replace("<sheetData>", `<dimension ref="A1:D2000001"/><sheetData>`) + headerRow(),
      (i) => taskRow(i + 2).replace(/ r="[A-Z]+\d+"/g, ""),
      2_000_000,
      SHEET_TAIL,
    );
    const run = report(
      "hai-trieu-dong.xlsx",
      craftWorkbook({ sheets: [{ name: "T", data: rows }] }),
    );
    expectRefused(run, "hai-trieu-dong.xlsx", "có quá nhiều dòng");
  });

  it("billion laughs", () => {
    const laughs =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">` +
      Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`,
      ).join("") +
      `]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${headerRow()}<row r="2"><c r="C2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const run = report(
      "cuoi.xlsx",
      craftWorkbook({
        sheets: [{ name: "T", data: packed(laughs) }],
      }),
    );
    expectRefused(run, "cuoi.xlsx", "DOCTYPE");
  });

  it("XXE", () => {
    const xxe =
      `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${headerRow()}<row r="2"><c r="C2" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    const run = report(
      "xxe.xlsx",
      craftWorkbook({
        sheets: [{ name: "T", data: packed(xxe) }],
      }),
    );
    expectRefused(run, "xxe.xlsx", "DOCTYPE");
    expect(run.stderr).not.toContain("root:");
  });

  it("an encrypted workbook (an OLE container with EncryptedPackage)", () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from("EncryptionInfo", "utf16le"),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(4096),
    ]);
    expectRefused(report("mat-khau.xlsx", ole), "mat-khau.xlsx", "được bảo vệ bằng mật khẩu");
  });

  it("an old .xls workbook", () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(8192),
    ]);
    expectRefused(report("cu.xls", xls), "cu.xls", "bảng tính Excel cũ (.xls)");
  });

  it("a whole sheet of invalid rows: every cell named, nothing written", async () => {
    const rows = await packRepeated(
      "s",
      SHEET_HEAD + headerRow([...TRACKING_HEADERS, "Ngày hoàn thành"]),
      (i) => taskRow(i + 2).replace("</row>", textCell(`E${i + 2}`, "31/02/2025") + "</row>"),
      30_000,
      SHEET_TAIL,
    );
    const run = report(
      "sai-ca-trang.xlsx",
      craftWorkbook({ sheets: [{ name: "Sổ", data: rows }] }),
    );
    expectRefused(run, "sai-ca-trang.xlsx", "Có 30000 ô không hợp lệ");
    expect(run.stderr).toContain("'Sổ'!E2");
  });

  it("a directory given as the input, and as --out", () => {
    expectRefused(report("thu-muc.xlsx", "directory"), "thu-muc.xlsx", "là một thư mục");
    const book = craftWorkbook({ sheets: [sheet(taskRow(2))] });
    const run = report("so.xlsx", book, ["--out", "."]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"." là một thư mục');
    expect(run.left).toEqual({ tmp: [], input: [], out: [] });
  });
});

describe("workbooks that are valid but unusual", () => {
  /** A run that succeeds: exit 0, the report written, nothing else left. */
  function expectReport(run: Run) {
    expect(run.code).toBe(0);
    expect(run.seconds).toBeLessThan(SECONDS);
    expect(run.rssMb).toBeLessThan(MAX_RSS_MB);
    expect(run.left).toEqual({ tmp: [], input: [], out: ["r.xlsx"] });
  }

  it("a 1904-date workbook", () => {
    const serial = (Date.UTC(2025, 10, 28) - Date.UTC(1904, 0, 1)) / 86_400_000;
    const book = craftWorkbook({
      date1904: true,
      sheets: [
        sheet(taskRow(2).replace(textCell("B2", "28/11/2025"), `<c r="B2"><v>${serial}</v></c>`)),
      ],
    });
    const run = report("mac.xlsx", book);
    expectReport(run);
    expect(run.stdout).toContain("Tổng số 1 nhiệm vụ");
  });

  it("a second tracking sheet is read too", () => {
    const book = craftWorkbook({
      sheets: [
        sheet(taskRow(2) + taskRow(3)),
        { name: "Sheet2", data: headerRow() + taskRow(2, "Y#1") },
      ],
    });
    const run = report("hai-trang.xlsx", book);
    expectReport(run);
    expect(run.stdout).toContain("Tổng số 3 nhiệm vụ");
  });

  it("data followed by formatted empty rows down to Excel's last row, no <dimension>: read to the real end", async () => {
    // As a writer leaves them below the data: a height and a style, no value.
    const empty = (r: number) =>
      `<row r="${r}" s="1" customFormat="1" ht="15" customHeight="1"><c r="C${r}" s="1"/></row>`;
    const rows = await packRepeated(
      "s",
      SHEET_HEAD + headerRow() + taskRow(2) + taskRow(3) + taskRow(4),
      (i) => empty(i + 5),
      1_048_576 - 4,
      SHEET_TAIL,
    );
    const run = report("dong-trong.xlsx", craftWorkbook({ sheets: [packedSheet(rows)] }));
    expectReport(run);
    expect(run.stdout).toContain("Tổng số 3 nhiệm vụ");
  });

  it("a row numbered past Excel's last row is a damaged sheet", () => {
    const book = craftWorkbook({
      sheets: [sheet(taskRow(2) + `<row r="1048577"><c r="C1048577"/></row>`)],
    });
    const run = report("qua-dong-cuoi.xlsx", book);
    expectRefused(run, "qua-dong-cuoi.xlsx", "bị hỏng");
  });

  it("a duplicated code is counted once, with one warning naming the file and both rows", () => {
    const book = craftWorkbook({
      sheets: [sheet(taskRow(2, "D#1") + taskRow(3, "D#1") + taskRow(4))],
    });
    const run = report("trung-ma.xlsx", book);
    expectReport(run);
    expect(run.stdout).toContain("Tổng số 2 nhiệm vụ");
    const warnings = run.stderr.split("\n").filter((l) => l.includes("trùng"));
    expect(warnings).toEqual([
      `Cảnh báo: Tệp "trung-ma.xlsx", ô 'Theo dõi nhiệm vụ'!A3: mã nhiệm vụ "D#1" trùng với dòng 'Theo dõi nhiệm vụ'!A2; chỉ tính một lần.`,
    ]);
  });
});

function packed(text: string): PackedEntry {
  return pack({ name: "s", data: text });
}
