import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { posix } from "node:path";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl from "yauzl";
import yazl from "yazl";
import { CalcChainMalformed, removeFromCalcChain } from "./calc-chain.js";
import { SheetXmlMalformed, patchSheetPart, type CellEdit } from "./sheet-xml.js";
import { StylesPart, StylesXmlMalformed } from "./styles-xml.js";
import { scanSpans } from "./xml-spans.js";

/**
 * Patching an xlsx at the zip level: every entry is copied with its name,
 * order, date and compression, and its bytes unchanged, except the one
 * worksheet part that holds the edited cells (see sheet-xml.ts). The shared
 * strings, tables, validations and every other sheet are never re-serialised,
 * so a refresh cannot disturb what it does not own. Two parts change only when
 * the edit needs it: the styles part gains one date style when a date lands
 * in a cell whose style shows none (styles-xml.ts), and the calculation chain
 * loses the entries of formula cells the edit overwrote (calc-chain.ts; with
 * its relationship and content type when no entry is left).
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

interface SheetLocation {
  part: string;
  /** The sheet's `sheetId`, which the calculation chain names it by. */
  sheetId: string | null;
  date1904: boolean;
  /** The workbook's parts by relationship type (the last segment of its URI): styles, calcChain. */
  related: Map<string, { id: string; part: string }>;
}

const partOf = (target: string) =>
  target.startsWith("/") ? normal(target) : posix.normalize(posix.join("xl", target));

/** The worksheet part of `sheetName`, its id, the 1904 flag and the workbook's other parts. */
function locateSheet(entries: readonly Entry[], sheetName: string): SheetLocation {
  const text = (name: string) =>
    entries.find((e) => normal(e.name) === name)?.data.toString("utf8");
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) throw new XlsxPatchError("no workbook part");
  let id: string | null = null;
  let sheetId: string | null = null;
  let date1904 = false;
  parseXml(workbook, (name, attrs) => {
    if (name === "sheet" && attrs.name === sheetName && id === null) {
      id = Object.entries(attrs).find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? null;
      sheetId = attrs.sheetId ?? null;
    }
    if (name === "workbookPr") date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
  });
  let target: string | null = null;
  const related = new Map<string, { id: string; part: string }>();
  parseXml(rels, (name, attrs) => {
    if (name !== "Relationship") return;
    if (attrs.Id === id) target = attrs.Target ?? null;
    const type = attrs.Type?.split("/").at(-1);
    if (type && attrs.Target && attrs.Id && attrs.TargetMode !== "External")
      related.set(type, { id: attrs.Id, part: partOf(attrs.Target) });
  });
  if (target === null) throw new XlsxPatchError(`no part for sheet ${sheetName}`);
  return { part: partOf(target), sheetId, date1904, related };
}

/** The text with the one element named `name` whose attribute `key` is `value` cut out. */
function withoutElement(xml: string, name: string, key: string, value: string): string {
  let cut: [number, number] | null = null;
  scanSpans(
    xml,
    {
      open(local, tag, start, end) {
        const attrs = tag.attributes as Record<string, string>;
        // Only self-closing elements are cut (Relationship and Override always are).
        if (cut === null && local === name && attrs[key] === value && tag.isSelfClosing)
          cut = [start, end];
      },
    },
    XlsxPatchError,
  );
  const found = cut as [number, number] | null;
  if (found === null) return xml;
  return xml.slice(0, found[0]) + xml.slice(found[1]);
}

/** How a patch sees the workbook before it writes: what a date cell must hold. */
export interface PatchContext {
  date1904: boolean;
  /**
   * A style id that shows a date, for a cell that would have `style`: that
   * style when its number format is a date, else one like it with the number
   * format `code` (added to the styles part once per style).
   */
  dateStyle(style: string | null, code: string): string | null;
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
  let entries = await readEntries(source);
  let count = 0;
  const { part, sheetId, date1904, related } = locateSheet(entries, sheetName);
  const entryOf = (name: string | undefined) =>
    name === undefined ? undefined : entries.find((e) => normal(e.name) === name);
  const sheet = entryOf(part);
  if (!sheet) throw new XlsxPatchError(`missing part ${part}`);
  const stylesEntry = entryOf(related.get("styles")?.part);
  let styles: StylesPart | null = null;
  const dateStyle = (style: string | null, code: string) => {
    // Without a styles part there is no style to lean on: the cell keeps what it has.
    if (!stylesEntry) return style;
    styles ??= new StylesPart(stylesEntry.data.toString("utf8"));
    return styles.dateStyle(style, code);
  };
  try {
    const list = edits({ date1904, dateStyle });
    // A UTF-8 round trip is lossless for the untouched characters (a BOM is kept as U+FEFF).
    const patched = patchSheetPart(sheet.data.toString("utf8"), list);
    sheet.data = Buffer.from(patched.xml, "utf8");
    const written = styles as StylesPart | null;
    if (stylesEntry && written?.changed) stylesEntry.data = Buffer.from(written.toXml(), "utf8");
    const chain = related.get("calcChain");
    const chainEntry = entryOf(chain?.part);
    if (chain && chainEntry && sheetId !== null && patched.formulasReplaced.length > 0) {
      const kept = removeFromCalcChain(
        chainEntry.data.toString("utf8"),
        sheetId,
        new Set(patched.formulasReplaced),
      );
      if (kept !== null) chainEntry.data = Buffer.from(kept, "utf8");
      else {
        // No formula left in the chain: the part goes, with its relationship and content type.
        entries = entries.filter((e) => e !== chainEntry);
        const rels = entryOf("xl/_rels/workbook.xml.rels");
        if (rels)
          rels.data = Buffer.from(
            withoutElement(rels.data.toString("utf8"), "Relationship", "Id", chain.id),
            "utf8",
          );
        const types = entryOf("[Content_Types].xml");
        if (types)
          types.data = Buffer.from(
            withoutElement(types.data.toString("utf8"), "Override", "PartName", `/${chain.part}`),
            "utf8",
          );
      }
    }
    count = list.length;
  } catch (error) {
    if (
      error instanceof SheetXmlMalformed ||
      error instanceof StylesXmlMalformed ||
      error instanceof CalcChainMalformed
    )
      throw new XlsxPatchError(error.message);
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
  return count;
}
