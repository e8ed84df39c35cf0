import type { ReadBudget } from "./budget.js";
import { decodeOoxmlText } from "./ooxml-text.js";
import { parseXmlPart } from "./xml.js";
import type { ZipParts } from "./zip.js";

export interface SheetRef {
  name: string;
  /** Zip entry of the sheet's XML. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  /** workbookPr date1904: serials count from 1904-01-01 (Mac Excel). */
  date1904: boolean;
  sharedStringsPart: string | null;
}

/** Raised when a part the workbook cannot do without is missing. */
export class PartMissing extends Error {}

const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" (also "/xl/…" and "../"). */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function readPart(
  zip: ZipParts,
  name: string,
  budget: ReadBudget,
  onUnsafe: () => never,
  open: (name: string, attributes: Record<string, string>) => void,
): Promise<boolean> {
  const entry = zip.entries.get(name);
  if (!entry) return false;
  await parseXmlPart(
    await zip.open(entry),
    budget,
    { open, close: () => {}, text: () => {} },
    onUnsafe,
  );
  return true;
}

async function readRels(
  zip: ZipParts,
  part: string,
  budget: ReadBudget,
  onUnsafe: () => never,
): Promise<Map<string, { type: string; target: string }>> {
  const rels = new Map<string, { type: string; target: string }>();
  await readPart(zip, relsOf(part), budget, onUnsafe, (name, a) => {
    if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
      rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
  });
  return rels;
}

/**
 * The workbook's sheets in their order with their real names, its date
 * system, and where its shared strings are: _rels/.rels → workbook.xml and
 * its rels (names not assumed: "xl/workbook.xml" is only the usual place).
 */
export async function readWorkbookInfo(
  zip: ZipParts,
  budget: ReadBudget,
  onUnsafe: () => never,
): Promise<WorkbookInfo> {
  const root = await readRels(zip, "", budget, onUnsafe);
  const main =
    [...root.values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
  const rels = await readRels(zip, main, budget, onUnsafe);
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  const found = await readPart(zip, main, budget, onUnsafe, (name, a) => {
    if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    else if (name === "sheet") {
      const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      if (a.name !== undefined && rid) declared.push({ name: decodeOoxmlText(a.name), rid });
    }
  });
  if (!found) throw new PartMissing(main);
  const sheets: SheetRef[] = [];
  for (const { name, rid } of declared) {
    const rel = rels.get(rid);
    if (rel && REL_WORKSHEET.test(rel.type) && zip.entries.has(rel.target))
      sheets.push({ name, part: rel.target });
  }
  const sst = [...rels.values()].find((r) => REL_SHARED_STRINGS.test(r.type))?.target;
  return { sheets, date1904, sharedStringsPart: sst && zip.entries.has(sst) ? sst : null };
}

/**
 * The shared-strings table, bounded by count and by bytes as it is read. A
 * string is the text of its runs (<t> directly in <si>, or in <r>), without
 * the phonetic guides (<rPh>) that are not part of the cell's value.
 */
export async function readSharedStrings(
  zip: ZipParts,
  part: string | null,
  budget: ReadBudget,
  onUnsafe: () => never,
): Promise<string[]> {
  const strings: string[] = [];
  if (part === null) return strings;
  const entry = zip.entries.get(part);
  if (!entry) return strings;
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  await parseXmlPart(
    await zip.open(entry),
    budget,
    {
      open(name, _a, selfClosing) {
        if (name === "si") {
          current = [];
          if (selfClosing) {
            budget.sharedString();
            strings.push("");
            current = null;
          }
        } else if (name === "rPh" && !selfClosing) phonetic += 1;
        else if (name === "t" && !selfClosing && phonetic === 0) inT = true;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
        else if (name === "si" && current) {
          budget.sharedString();
          strings.push(decodeOoxmlText(current.join("")));
          current = null;
        }
      },
      text(text) {
        if (!inT || !current) return;
        current.push(text);
        // Counted as they come, so one endless <si> is stopped too.
        budget.sharedStringText(Buffer.byteLength(text, "utf8"));
      },
    },
    onUnsafe,
  );
  return strings;
}
