import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { posix } from "node:path";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl from "yauzl";
import yazl from "yazl";
import { SheetXmlMalformed, patchSheetXml, type CellEdit } from "./sheet-xml.js";

/**
 * Patching an xlsx at the zip level: every entry is copied with its name,
 * order, date and compression, and its bytes unchanged, except the one
 * worksheet part that holds the edited cells (see sheet-xml.ts). The shared
 * strings, styles, tables, validations and every other sheet are never
 * re-serialised, so a refresh cannot disturb what it does not own.
 */

export class XlsxPatchError extends Error {}

interface Entry {
  name: string;
  data: Buffer;
  mtime: Date;
  mode: number;
  compress: boolean;
  directory: boolean;
}

async function readEntries(file: string): Promise<Entry[]> {
  const zip = await yauzl.openPromise(file, {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
    strictFileNames: false,
  });
  try {
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      const directory = entry.fileName.endsWith("/");
      const chunks: Buffer[] = [];
      if (!directory) {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
      }
      entries.push({
        name: entry.fileName,
        data: Buffer.concat(chunks),
        mtime: entry.getLastModDate(),
        mode: (entry.externalFileAttributes >>> 16) & 0xffff,
        compress: entry.compressionMethod !== 0,
        directory,
      });
    }
    return entries;
  } finally {
    zip.close();
  }
}

function parseXml(
  xml: string,
  open: (name: string, attributes: Record<string, string>) => void,
): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag: SaxesTagPlain) =>
    open(tag.name.slice(tag.name.indexOf(":") + 1), tag.attributes as Record<string, string>),
  );
  parser.write(xml).close();
  if (failure) throw new XlsxPatchError((failure as Error).message);
}

const normal = (name: string) => name.replace(/^\/+/, "").replace(/\\/g, "/");

/** The worksheet part of `sheetName` and whether the workbook counts dates from 1904. */
function locateSheet(
  entries: readonly Entry[],
  sheetName: string,
): { part: string; date1904: boolean } {
  const text = (name: string) =>
    entries.find((e) => normal(e.name) === name)?.data.toString("utf8");
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) throw new XlsxPatchError("no workbook part");
  let id: string | null = null;
  let date1904 = false;
  parseXml(workbook, (name, attrs) => {
    if (name === "sheet" && attrs.name === sheetName && id === null)
      id = Object.entries(attrs).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? null;
    if (name === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
  });
  let target: string | null = null;
  parseXml(rels, (name, attrs) => {
    if (name === "Relationship" && attrs.Id === id) target = attrs.Target ?? null;
  });
  if (target === null) throw new XlsxPatchError(`no part for sheet ${sheetName}`);
  const resolved: string = (target as string).startsWith("/")
    ? normal(target)
    : posix.normalize(posix.join("xl", target));
  return { part: resolved, date1904 };
}

/** How a patch sees the workbook before it writes: what a date cell must hold. */
export interface PatchContext {
  date1904: boolean;
}

/**
 * Copy `source` to `target` with `edits(context)` applied to the cells of
 * `sheetName`; `target` should be a temporary file the caller renames.
 * Returns how many cells were written.
 */
export async function patchXlsxCells(
  source: string,
  target: string,
  sheetName: string,
  edits: (context: PatchContext) => readonly CellEdit[],
): Promise<number> {
  const entries = await readEntries(source);
  const { part, date1904 } = locateSheet(entries, sheetName);
  const sheet = entries.find((e) => normal(e.name) === part);
  if (!sheet) throw new XlsxPatchError(`missing part ${part}`);
  const list = edits({ date1904 });
  // A UTF-8 round trip is lossless for the untouched characters (a BOM is kept as U+FEFF).
  try {
    sheet.data = Buffer.from(patchSheetXml(sheet.data.toString("utf8"), list), "utf8");
  } catch (error) {
    if (error instanceof SheetXmlMalformed) throw new XlsxPatchError(error.message);
    throw error;
  }
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    if (entry.directory) zip.addEmptyDirectory(entry.name, { mtime: entry.mtime });
    else
      zip.addBuffer(entry.data, entry.name, {
        mtime: entry.mtime,
        compress: entry.compress,
        // Only a regular file's mode is kept; other writers leave it 0 (yazl's default then).
        ...((entry.mode & 0o170000) === 0o100000 ? { mode: entry.mode } : {}),
      });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  return list.length;
}
