import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import type { DocumentSymbol } from "../model/document.js";
import { normalizeVietnamese } from "../text/normalize.js";
import { DOCUMENT_TYPE_ALTERNATIVE_NAMES, DOCUMENT_TYPE_NAMES } from "./codes.js";
import { parseDocumentSymbol, SYMBOL_PARTS } from "./symbol.js";

/**
 * A document cited in running text: "Kết luận số 183-KL/TW, ngày 01/8/2025".
 * Offsets index the NFC text; the span runs from the type name (when written)
 * to the date (when written next to the symbol), so that a caller can tell the
 * cited document's date from a deadline.
 */
export interface DocumentReferenceMention {
  start: number;
  end: number;
  text: string;
  symbol: DocumentSymbol;
  /** The type name written before the symbol ("Quy định"), null when none. */
  typeName: string | null;
  /** The date written right after the symbol, null when none. */
  date: IsoDate | null;
}

const { number: N, type: T, code: C } = SYMBOL_PARTS;
// Running-text forms: spaces only around the party dash ("322 - CV/ĐU"), as
// published; wider tolerance would swallow ordinary dates and ranges.
const SYMBOL_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])(?:` +
    String.raw`${N}/\d{4}/${T}-${C}(?:-${C})*` +
    String.raw`|${N}/${C}-${C}(?:-${C})*` +
    String.raw`|${N} ?- ?${T}/${C}` +
    String.raw`)(?![\p{L}\p{N}])`,
  "gu",
);

const TYPE_NAMES = [
  ...new Set([
    ...Object.values(DOCUMENT_TYPE_NAMES),
    ...Object.values(DOCUMENT_TYPE_ALTERNATIVE_NAMES).flat(),
  ]),
].sort((a, b) => b.length - a.length);
const TYPE_NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${TYPE_NAMES.join("|")})\s+(?:số\s+)?$`,
  "iu",
);

const DATE_AFTER = new RegExp(
  String.raw`^\s*(?:,|\()?\s*(?:ban hành\s+)?ngày\s+` +
    String.raw`(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})` +
    String.raw`|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`,
  "iu",
);

function canonicalTypeName(written: string): string {
  const lower = written.toLocaleLowerCase("vi");
  return TYPE_NAMES.find((name) => name.toLocaleLowerCase("vi") === lower) ?? written;
}

function dateAfter(rest: string): { date: IsoDate; length: number } | null {
  const m = DATE_AFTER.exec(rest);
  if (!m) return null;
  const [whole, d1, , m1, y1, d2, m2, y2] = m;
  const date = isoFromParts(Number(y1 ?? y2), Number(m1 ?? m2), Number(d1 ?? d2));
  return date ? { date, length: whole.length } : null;
}

/**
 * Every document symbol in a text, with the type name written before it and
 * the date written right after it ("…, ngày 01/8/2025", "(ngày 19-6-2025)").
 * @example findDocumentReferences("theo Kết luận số 183-KL/TW, ngày 01/8/2025")[0]?.date // "2025-08-01"
 */
export function findDocumentReferences(text: string): DocumentReferenceMention[] {
  const nfc = normalizeVietnamese(text);
  const mentions: DocumentReferenceMention[] = [];
  for (const match of nfc.matchAll(SYMBOL_IN_TEXT)) {
    const symbol = parseDocumentSymbol(match[0]);
    if (!symbol) continue;
    const symbolStart = match.index;
    const symbolEnd = symbolStart + match[0].length;
    const before = TYPE_NAME_BEFORE.exec(nfc.slice(Math.max(0, symbolStart - 40), symbolStart));
    const typeWritten = before?.[1];
    const start = before ? symbolStart - before[0].length : symbolStart;
    const after = dateAfter(nfc.slice(symbolEnd, symbolEnd + 60));
    const end = after ? symbolEnd + after.length : symbolEnd;
    mentions.push({
      start,
      end,
      text: nfc.slice(start, end),
      symbol,
      typeName: typeWritten ? canonicalTypeName(typeWritten) : null,
      date: after?.date ?? null,
    });
  }
  return mentions;
}
