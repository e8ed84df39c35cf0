import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import yauzl from "yauzl";
import yazl from "yazl";
import { afterAll, describe, expect, it } from "vitest";
import { patchXlsxCells } from "./xlsx-patch.js";

/**
 * A workbook as Excel leaves it after formulas were typed into what the tracker
 * computes: a calculation chain, and a date column with no styled cell yet.
 * Patched at the zip level, then read back by SheetJS and by LibreOffice.
 */

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;
const CHAIN_TYPE = `${REL}/calcChain`;

const parts = (chain: string | null): Record<string, string> => ({
  "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${chain === null ? "" : `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>`}</Types>`,
  "_rels/.rels": `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Theo dõi" sheetId="3" r:id="rId1"/><sheet name="Khác" sheetId="4" r:id="rId2"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>${chain === null ? "" : `<Relationship Id="rId4" Type="${CHAIN_TYPE}" Target="calcChain.xml"/>`}</Relationships>`,
  // A2 text, B2 a formula where the tracker writes a due date, C2 a formula it leaves; no cell of column D.
  "xl/worksheets/sheet1.xml": `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nội dung</t></is></c></row><row r="2"><c r="A2" s="1" t="inlineStr"><is><t>Giao Bộ Tư pháp</t></is></c><c r="B2" s="1"><f>DATE(2025,11,15)</f><v>45976</v></c><c r="C2"><f>LEN(A2)</f><v>15</v></c></row></sheetData></worksheet>`,
  "xl/worksheets/sheet2.xml": `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`,
  "xl/styles.xml": `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border/><border><left style="thin"/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs></styleSheet>`,
  ...(chain === null
    ? {}
    : { "xl/calcChain.xml": `${DECL}<calcChain xmlns="${MAIN}">${chain}</calcChain>` }),
});

const dir = mkdtempSync(join(tmpdir(), "nv-patch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function xlsx(name: string, chain: string | null): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [part, text] of Object.entries(parts(chain)))
    zip.addBuffer(Buffer.from(text, "utf8"), part, { mtime: new Date(2025, 0, 1) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

async function entries(file: string): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const out = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      out.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
    }
  } finally {
    zip.close();
  }
  return out;
}

const DUE = 45976; // 15/11/2025

/** The tracker's refresh of row 2: B2 and the new D2 get a due date, as a date. */
async function refresh(source: string, target: string) {
  return patchXlsxCells(source, target, "Theo dõi", (context) =>
    [2, 4].map((column) => ({
      row: 2,
      column,
      content: { type: "number" as const, value: DUE },
      style: (style: string | null) => context.dateStyle(style, "dd/mm/yyyy"),
    })),
  );
}

describe("patchXlsxCells: dates always show as dates; overwritten formulas leave the chain", () => {
  it("keeps the other entries of the chain, and every part it need not touch", async () => {
    const source = await xlsx("kept.xlsx", `<c r="B2" i="3"/><c r="C2"/><c r="B2" i="4"/>`);
    const target = join(dir, "kept-out.xlsx");
    expect(await refresh(source, target)).toBe(2);
    const before = await entries(source);
    const after = await entries(target);
    expect(after.get("xl/calcChain.xml")).toBe(
      before.get("xl/calcChain.xml")?.replace(`<c r="B2" i="3"/><c r="C2"/>`, `<c r="C2" i="3"/>`),
    );
    for (const part of [
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet2.xml",
    ])
      expect(after.get(part), part).toBe(before.get(part));
    // B2 (text style) and D2 (no style) each get a date twin of their style: two new xfs, one format.
    const styles = after.get("xl/styles.xml") ?? "";
    expect(styles).toContain(
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>`,
    );
    expect(styles).toContain(`<cellXfs count="4">`);
    const sheet = after.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).toContain(`<c r="B2" s="2"><v>${DUE}</v></c><c r="C2"><f>LEN(A2)</f>`);
    expect(sheet).toContain(`<c r="D2" s="3"><v>${DUE}</v></c>`);
  });

  it("drops an emptied chain with its relationship and content type", async () => {
    const source = await xlsx("dropped.xlsx", `<c r="B2" i="3"/>`);
    const target = join(dir, "dropped-out.xlsx");
    await refresh(source, target);
    const before = await entries(source);
    const after = await entries(target);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/_rels/workbook.xml.rels")).toBe(
      before
        .get("xl/_rels/workbook.xml.rels")
        ?.replace(`<Relationship Id="rId4" Type="${CHAIN_TYPE}" Target="calcChain.xml"/>`, ""),
    );
    expect(after.get("[Content_Types].xml")).not.toContain("calcChain");
    expect(after.get("[Content_Types].xml")?.length).toBeLessThan(
      before.get("[Content_Types].xml")?.length ?? 0,
    );
  });

  it("an independent reader (SheetJS) sees both cells as dd/mm/yyyy dates", async () => {
    const target = join(dir, "kept-out.xlsx");
    const ws = XLSX.read(readFileSync(target), { cellNF: true }).Sheets["Theo dõi"] ?? {};
    for (const ref of ["B2", "D2"]) {
      const cell = ws[ref] as XLSX.CellObject;
      expect([cell.v, cell.z, cell.w], ref).toEqual([DUE, "dd/mm/yyyy", "15/11/2025"]);
      expect(cell.f, ref).toBeUndefined();
    }
  });

  it.skipIf(!SOFFICE)(
    "LibreOffice opens the patched workbook and shows both dates as 15/11/2025",
    () => {
      const out = join(dir, "csv");
      for (const name of ["kept-out.xlsx", "dropped-out.xlsx"]) {
        const r = spawnSync(
          SOFFICE ?? "soffice",
          [
            `-env:UserInstallation=file://${join(dir, "profile")}`,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            out,
            join(dir, name),
          ],
          { encoding: "utf8", timeout: 120_000 },
        );
        expect(r.status, r.stderr).toBe(0);
        const csv = readFileSync(join(out, name.replace(/\.xlsx$/, ".csv")), "utf8");
        expect(csv.split(/\r?\n/)[1]).toBe(`"Giao Bộ Tư pháp",15/11/2025,15,15/11/2025`);
      }
    },
    120_000,
  );
});
