import { scanSpans } from "./xml-spans.js";

/**
 * The calculation chain (xl/calcChain.xml) lists every formula cell; a cell in
 * it that holds no formula any more makes Excel repair the workbook. Its `<c>`
 * entries carry the cell (`r`) and the sheet id (`i`), which an entry may leave
 * out to mean "the same sheet as the previous entry" (ECMA-376 Part 1,
 * §18.6.1 c (Cell)).
 */

export class CalcChainMalformed extends Error {}

interface ChainEntry {
  start: number;
  end: number;
  ref: string;
  /** The sheet id as written, or null when inherited from the entry before. */
  written: string | null;
  /** The sheet id in effect. */
  sheet: string | null;
}

function entries(xml: string): ChainEntry[] {
  const found: ChainEntry[] = [];
  let depth = 0;
  let sheet: string | null = null;
  scanSpans(
    xml,
    {
      open(name, tag, start) {
        depth += 1;
        if (depth !== 2 || name !== "c") return;
        const attrs = tag.attributes as Record<string, string>;
        const written = attrs.i ?? null;
        if (written !== null) sheet = written;
        found.push({ start, end: -1, ref: attrs.r ?? "", written, sheet });
      },
      close(_name, _tag, _start, end) {
        depth -= 1;
        const last = found.at(-1);
        if (depth === 1 && last && last.end < 0) last.end = end;
      },
    },
    CalcChainMalformed,
  );
  return found;
}

/**
 * The chain without the entries of `refs` on sheet `sheetId`, or null when no
 * entry is left (the part is then to be removed). An entry that inherited its
 * sheet from a removed one gets the sheet id written out; every other
 * character is kept. The same text when nothing matched.
 */
export function removeFromCalcChain(
  xml: string,
  sheetId: string,
  refs: ReadonlySet<string>,
): string | null {
  const all = entries(xml);
  const drop = all.map((e) => e.sheet === sheetId && refs.has(e.ref.replace(/\$/g, "")));
  if (!drop.includes(true)) return xml;
  if (drop.every(Boolean)) return null;
  let out = "";
  let cursor = 0;
  let previous: string | null = null;
  all.forEach((entry, index) => {
    if (drop[index]) {
      out += xml.slice(cursor, entry.start);
      cursor = entry.end;
      return;
    }
    if (entry.written === null && entry.sheet !== previous && entry.sheet !== null) {
      const tag = xml.slice(entry.start, entry.end);
      out +=
        xml.slice(cursor, entry.start) +
        tag.replace(/^(<[^>]*?)(\s*\/?>)/, `$1 i="${entry.sheet}"$2`);
      cursor = entry.end;
    }
    previous = entry.sheet;
  });
  return out + xml.slice(cursor);
}
