import { foldForMatch, TRACKING_SHEET, type SheetColumnKey } from "@nhiemvu/core";

/** Headers a sheet must have to be read as a tracking sheet (the rest are optional). */
const REQUIRED: readonly SheetColumnKey[] = ["documentSymbol", "documentDate", "text"];

const keyByHeader = new Map<string, SheetColumnKey>(
  TRACKING_SHEET.columns.map((c) => [foldForMatch(c.header), c.key]),
);

/** Which column holds which key, from a header row; headers may be in any order. */
export interface HeaderMap {
  /** 1-based column number → key. */
  columns: Map<number, SheetColumnKey>;
  missing: SheetColumnKey[];
}

/** Text of a header cell, whatever exceljs hands over. */
function headerText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    const runs = (value as { richText: { text: string }[] }).richText;
    return runs.map((r) => r.text).join("");
  }
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Map a header row onto the layout by folded header text (case, accents and
 * spacing do not matter), so a user who reorders or hides columns is still read.
 */
export function mapHeaders(values: readonly unknown[]): HeaderMap {
  const columns = new Map<number, SheetColumnKey>();
  values.forEach((value, index) => {
    const key = keyByHeader.get(foldForMatch(headerText(value)));
    if (key && ![...columns.values()].includes(key)) columns.set(index, key);
  });
  const found = new Set(columns.values());
  return { columns, missing: REQUIRED.filter((k) => !found.has(k)) };
}

/** Header of a key, for messages. */
export function headerOf(key: SheetColumnKey): string {
  return TRACKING_SHEET.columns.find((c) => c.key === key)?.header ?? key;
}
