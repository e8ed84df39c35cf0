import { writeFileSync } from "node:fs";
import yauzl from "yauzl";
import yazl from "yazl";

/**
 * An xlsx as its bytes: every zip entry inflated, and the `<c>` elements of a
 * worksheet part as written. Read independently of the code under test (no
 * saxes, no patcher), so a byte-level comparison means what it says.
 */

export async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    const entries = new Map<string, Buffer>();
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      if (!entry.fileName.endsWith("/")) {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      }
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
    return entries;
  } finally {
    zip.close();
  }
}

/** The part name of a sheet, through workbook.xml and its relationships. */
export function sheetPart(entries: Map<string, Buffer>, sheetName: string): string {
  const workbook = entries.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = entries.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const escaped = sheetName.replace(/&/g, "&amp;");
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${escaped}"`));
  const id = /\br:id="([^"]+)"/.exec(sheet ?? "")?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${id}"`));
  const target = /\bTarget="([^"]+)"/.exec(rel ?? "")?.[1] ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Every `<c>` element of a worksheet part, by its reference, byte for byte. */
export function cellElements(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  const pattern = /<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
  for (const m of xml.matchAll(pattern)) if (m[1]) cells.set(m[1], m[0]);
  return cells;
}

/** Write `entries` as a zip, in their order (an xlsx as a hand-edited fixture). */
export async function writeZip(file: string, entries: Map<string, Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries)
    if (name.endsWith("/")) zip.addEmptyDirectory(name);
    else zip.addBuffer(data, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  writeFileSync(file, Buffer.concat(chunks));
}
