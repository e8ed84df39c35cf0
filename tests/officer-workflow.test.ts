import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRACKING_SHEET, utcDateOf } from "@nhiemvu/core";
import * as XLSX from "@e965/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import { appendTasks, checkSheet, refreshStatus } from "../apps/excel-addin/src/commands/index.js";
import { fakeHost } from "../apps/excel-addin/test-support/host.js";
import { MAIN, nhiemvu, openInFakeExcel, readBook } from "./support/workbooks.js";
import { cellElements, sheetPart, writeZip, zipEntries } from "./support/xlsx-parts.js";

/**
 * One officer's month, with the tools an officer has: a blank tracking workbook
 * from the CLI, opened and refreshed by the add-in's commands (fake Excel), a
 * directive imported twice, edits saved by LibreOffice, a CLI refresh that
 * leaves every cell the officer owns as it was, and the report of three units.
 */

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const SHEET = TRACKING_SHEET.sheetName;
const at = (key: string) => TRACKING_SHEET.columns.findIndex((c) => c.key === key);

const DIRECTIVE = [
  "BAN CHẤP HÀNH TRUNG ƯƠNG",
  "*",
  "Số 998-KL/TW",
  "",
  "Hà Nội, ngày 20 tháng 10 năm 2025",
  "",
  "KẾT LUẬN",
  "CỦA BỘ CHÍNH TRỊ",
  "",
  "Bộ Chính trị kết luận như sau:",
  "",
  "1. Giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát tổ chức bộ máy, báo cáo Bộ Chính trị trong tháng 11/2025.",
  "",
  "2. Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo nghị định về phân cấp, trình Chính phủ trước ngày 15/11/2025.",
  "",
  "3. Giao Bộ Tài chính chủ trì tổng kết việc thực hiện cơ chế tài chính đặc thù, báo cáo Chính phủ trong quý I/2026.",
].join("\n");

/** Every cell of the tracking sheet as an independent reader (SheetJS) sees it: type, value, format. */
function cellsOf(file: string): Map<string, string> {
  const wb = XLSX.read(readFileSync(file), { cellNF: true, cellDates: false });
  const ws = wb.Sheets[SHEET] ?? {};
  const cells = new Map<string, string>();
  for (const [address, cell] of Object.entries(ws)) {
    if (address.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    cells.set(address, JSON.stringify([c.t, c.v, c.z ?? null]));
  }
  return cells;
}

const userColumns = TRACKING_SHEET.columns.flatMap((c, i) =>
  c.kind === "computed" ? [] : [XLSX.utils.encode_col(i)],
);

/**
 * Run `nhiemvu refresh` and check, byte for byte, that it wrote nothing but
 * computed cells: every zip entry other than the tracking sheet's part is
 * identical (but the parts in `mayChange`, which the caller checks), and so is
 * every `<c>` element of a user column (or its absence).
 * Returns how many computed cells changed.
 */
async function refreshKeepsBytes(
  cwd: string,
  file: string,
  asOf: string,
  mayChange: ReadonlySet<string> = new Set(),
): Promise<number> {
  const path = join(cwd, file);
  const before = await zipEntries(path);
  const part = sheetPart(before, SHEET);
  const result = nhiemvu(["refresh", file, "--as-of", asOf], cwd);
  expect(result.code, result.stderr).toBe(0);
  const after = await zipEntries(path);
  expect([...after.keys()]).toEqual(
    [...before.keys()].filter((k) => after.has(k) || !mayChange.has(k)),
  );
  for (const [name, bytes] of before)
    if (name !== part && !mayChange.has(name))
      expect(after.get(name)?.equals(bytes), name).toBe(true);
  const cellsBefore = cellElements(before.get(part)?.toString("utf8") ?? "");
  const cellsAfter = cellElements(after.get(part)?.toString("utf8") ?? "");
  let user = 0;
  let computed = 0;
  for (const ref of new Set([...cellsBefore.keys(), ...cellsAfter.keys()])) {
    if (userColumns.includes(ref.replace(/\d+$/, ""))) {
      expect(cellsAfter.get(ref), ref).toBe(cellsBefore.get(ref));
      user += 1;
    } else if (cellsAfter.get(ref) !== cellsBefore.get(ref)) computed += 1;
  }
  expect(user).toBeGreaterThanOrEqual(3 * 8);
  // Outside the cells, the sheet's XML is the same too (rows, columns, validations, formats).
  const strip = (xml: string) =>
    xml.replace(/<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g, "");
  expect(strip(after.get(part)?.toString("utf8") ?? "")).toBe(
    strip(before.get(part)?.toString("utf8") ?? ""),
  );
  return computed;
}

function libreOfficeConvert(file: string, outDir: string, to: string, ext: string): string {
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    SOFFICE ?? "soffice",
    [
      `-env:UserInstallation=file://${join(outDir, "profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  const out = join(outDir, (file.split("/").at(-1) ?? "").replace(/\.xlsx$/, `.${ext}`));
  if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed: ${r.stderr}`);
  return out;
}

function libreOfficeResave(file: string, outDir: string): string {
  return libreOfficeConvert(file, outDir, "xlsx", "xlsx");
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("an officer's month, CLI and add-in on one workbook", () => {
  it.skipIf(!SOFFICE)(
    "blank → add-in refresh → import twice → LibreOffice edits → refresh → report of three units",
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-officer-"));
      writeFileSync(join(cwd, "kl-998.txt"), DIRECTIVE);

      // 1. A blank workbook from the CLI, opened by the add-in's commands.
      expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd).code).toBe(0);
      const fake = await openInFakeExcel(join(cwd, "so.xlsx"));
      const host = fakeHost(fake);
      const check = await checkSheet(host);
      expect(check.ok, JSON.stringify(check)).toBe(true);
      const paneRefresh = await refreshStatus(host, "2025-11-14");
      expect(paneRefresh.ok).toBe(true);
      // The pane can append into the CLI's table too (no "Không tìm thấy bảng NhiemVu").
      expect((await appendTasks(host, [], "2025-11-14")).ok).toBe(false);

      // 2. The directive imported twice: three rows, no duplicate.
      const first = nhiemvu(
        ["import", "kl-998.txt", "--into", "so.xlsx", "--as-of", "14/11/2025"],
        cwd,
      );
      expect(first.stdout, first.stderr).toContain("Đã thêm 3 nhiệm vụ");
      const second = nhiemvu(["import", "kl-998.txt", "--into", "so.xlsx"], cwd);
      expect(second.stdout).toContain("Không có nhiệm vụ mới");
      const imported = await openInFakeExcel(join(cwd, "so.xlsx"));
      expect(imported.tables[0]?.rows()).toHaveLength(3);

      // A refresh of the CLI-written workbook: computed cells only, byte for byte.
      expect(await refreshKeepsBytes(cwd, "so.xlsx", "14/11/2025")).toBeGreaterThanOrEqual(0);

      // 3. The officer's edits, saved by LibreOffice: a completion date, a note, a formula-looking note.
      const book = await readBook(join(cwd, "so.xlsx"));
      const ws = book.getWorksheet(SHEET);
      if (!ws) throw new Error("no tracking sheet");
      ws.getRow(2).getCell(at("completedOn") + 1).value = utcDateOf("2025-11-20");
      ws.getRow(2).getCell(at("note") + 1).value = "Đã gửi báo cáo số 12/BC-BNV";
      ws.getRow(3).getCell(at("note") + 1).value = "=đang lấy ý kiến";
      await book.xlsx.writeFile(join(cwd, "edited.xlsx"));
      const saved = libreOfficeResave(join(cwd, "edited.xlsx"), join(cwd, "lo"));
      copyFileSync(saved, join(cwd, "so.xlsx"));

      // 4. nhiemvu refresh: computed cells follow the edits, no user cell changes.
      const before = cellsOf(join(cwd, "so.xlsx"));
      // After LibreOffice's save: the statuses change, every other byte stays.
      expect(await refreshKeepsBytes(cwd, "so.xlsx", "14/12/2025")).toBeGreaterThan(0);
      const after = cellsOf(join(cwd, "so.xlsx"));
      let compared = 0;
      for (const [address, cell] of before) {
        if (!userColumns.includes(address.replace(/\d+$/, ""))) continue;
        expect(after.get(address), address).toBe(cell);
        compared += 1;
      }
      expect(compared).toBeGreaterThanOrEqual(3 * 8);
      for (const address of after.keys())
        if (userColumns.includes(address.replace(/\d+$/, "")))
          expect(before.has(address), address).toBe(true);
      const status = XLSX.utils.encode_col(at("status"));
      const note = XLSX.utils.encode_col(at("note"));
      expect(JSON.parse(after.get(`${status}2`) ?? "[]")[1]).toBe("Đã hoàn thành đúng hạn");
      expect(JSON.parse(after.get(`${status}3`) ?? "[]")[1]).toBe("Chưa hoàn thành - quá hạn");
      expect(JSON.parse(after.get(`${note}3`) ?? "[]").slice(0, 2)).toEqual([
        "s",
        "=đang lấy ý kiến",
      ]);

      // 5. The month's report from three units' copies.
      for (const unit of ["bnv", "btp", "btc"])
        copyFileSync(join(cwd, "so.xlsx"), join(cwd, `${unit}.xlsx`));
      const report = nhiemvu(
        [
          "report",
          "Bộ Nội vụ=bnv.xlsx",
          "Bộ Tư pháp=btp.xlsx",
          "Bộ Tài chính=btc.xlsx",
          "--month",
          "11/2025",
          "--out",
          "bao-cao.xlsx",
        ],
        cwd,
      );
      expect(report.code, report.stderr).toBe(0);
      expect(report.stdout).toContain("Tháng 11/2025");
      expect(report.stdout).toContain("Tổng số 3 nhiệm vụ");
      expect(existsSync(join(cwd, "bao-cao.xlsx"))).toBe(true);
    },
  );

  it.skipIf(!SOFFICE)(
    "refresh after Excel: a formula in a computed cell leaves the calculation chain, dates with no date format get one",
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-excel-"));
      writeFileSync(join(cwd, "kl-998.txt"), DIRECTIVE);
      expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd).code).toBe(0);
      const imported = nhiemvu(["import", "kl-998.txt", "--into", "so.xlsx"], cwd);
      expect(imported.code, imported.stderr).toBe(0);

      // What Excel can leave: the officer typed a formula over "Hạn hiện tại" of row 2 (Excel
      // lists it in calcChain.xml), and "Hạn ban đầu" lost its cells and column format.
      const original = XLSX.utils.encode_col(at("originalDue"));
      const current = XLSX.utils.encode_col(at("currentDue"));
      const entries = await zipEntries(join(cwd, "so.xlsx"));
      const part = sheetPart(entries, SHEET);
      const workbook = entries.get("xl/workbook.xml")?.toString("utf8") ?? "";
      const sheetId = new RegExp(`sheetId="(\\d+)"[^>]*name="${SHEET}"`).exec(workbook)?.[1];
      expect(sheetId).toBeDefined();
      const column = at("originalDue") + 1;
      let xml = entries.get(part)?.toString("utf8") ?? "";
      xml = xml
        // Every "Hạn ban đầu" cell below the header.
        .replace(new RegExp(`<c r="${original}(?!1")\\d+"[^>]*?(?:/>|>.*?</c>)`, "g"), "")
        .replace(new RegExp(`(<col min="${column}" max="\\d+"[^>]*?) style="\\d+"`), "$1")
        .replace(
          new RegExp(`<c r="${current}2"[^>]*?(?:/>|>.*?</c>)`),
          `<c r="${current}2"><f>DATE(2025,11,30)</f><v>46000</v></c>`,
        )
        // Rows 3–4: a formula filled down (shared), whose values are already right.
        .replace(
          new RegExp(`<c r="${current}3"([^>]*?)>(.*?)</c>`),
          `<c r="${current}3"$1><f t="shared" ref="${current}3:${current}4" si="0">${current}3+0</f>$2</c>`,
        )
        .replace(
          new RegExp(`<c r="${current}4"([^>]*?)>(.*?)</c>`),
          `<c r="${current}4"$1><f t="shared" si="0"/>$2</c>`,
        );
      expect(xml).toContain("<f>DATE(2025,11,30)</f>");
      expect(xml).toContain(`<f t="shared" si="0"/>`);
      entries.set(part, Buffer.from(xml, "utf8"));
      const rel = `<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>`;
      const type = `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>`;
      const text = (name: string) => entries.get(name)?.toString("utf8") ?? "";
      entries.set(
        "xl/_rels/workbook.xml.rels",
        Buffer.from(
          text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `${rel}</Relationships>`),
        ),
      );
      entries.set(
        "[Content_Types].xml",
        Buffer.from(text("[Content_Types].xml").replace("</Types>", `${type}</Types>`)),
      );
      entries.set(
        "xl/calcChain.xml",
        Buffer.from(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="${current}2" i="${sheetId}"/><c r="${current}3"/><c r="${current}4"/></calcChain>`,
        ),
      );
      await writeZip(join(cwd, "so.xlsx"), entries);
      const stylesBefore = text("xl/styles.xml");

      const changed = await refreshKeepsBytes(
        cwd,
        "so.xlsx",
        "14/12/2025",
        new Set([
          "xl/styles.xml",
          "xl/calcChain.xml",
          "xl/_rels/workbook.xml.rels",
          "[Content_Types].xml",
        ]),
      );
      // Three due dates written, three formulas replaced by their values.
      expect(changed).toBeGreaterThanOrEqual(6);
      const after = await zipEntries(join(cwd, "so.xlsx"));
      const afterText = (name: string) => after.get(name)?.toString("utf8") ?? "";
      // The chain held only that cell: it goes, with its relationship and content type.
      expect(after.has("xl/calcChain.xml")).toBe(false);
      expect(afterText("xl/_rels/workbook.xml.rels")).toBe(
        text("xl/_rels/workbook.xml.rels").replace(rel, ""),
      );
      expect(afterText("[Content_Types].xml")).toBe(text("[Content_Types].xml").replace(type, ""));
      // One date style more; every style that was there is kept as it was.
      const xfs = (styles: string) => /<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)?.[1] ?? "";
      expect(xfs(afterText("xl/styles.xml")).startsWith(xfs(stylesBefore))).toBe(true);
      expect(afterText("xl/styles.xml").length).toBeGreaterThan(stylesBefore.length);

      // SheetJS and LibreOffice, each on its own, read dates shown as dd/mm/yyyy, and no formula.
      const cells =
        XLSX.read(readFileSync(join(cwd, "so.xlsx")), { cellNF: true }).Sheets[SHEET] ?? {};
      for (const ref of [
        `${original}2`,
        `${original}3`,
        `${original}4`,
        `${current}2`,
        `${current}3`,
        `${current}4`,
      ]) {
        const cell = cells[ref] as XLSX.CellObject | undefined;
        expect([cell?.t, cell?.z, cell?.f], ref).toEqual(["n", "dd/mm/yyyy", undefined]);
        expect(cell?.w, ref).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      }
      const csv = readFileSync(
        libreOfficeConvert(
          join(cwd, "so.xlsx"),
          join(cwd, "lo"),
          "csv:Text - txt - csv (StarCalc):9,34,76,1",
          "csv",
        ),
        "utf8",
      );
      // Tab-separated: the task texts hold commas.
      const rows = csv.split(/\r?\n/).map((line) => line.split("\t"));
      expect(rows[1]?.[at("originalDue")]).toBe("30/11/2025");
      expect(rows[2]?.[at("originalDue")]).toBe("15/11/2025");
      expect(rows[1]?.[at("currentDue")]).toBe("30/11/2025");
    },
  );
});
