import { formatViDate, isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { excelSerialToIso } from "./excel-date.js";

/** A cell as readers hand it over: text, number (Excel serial for dates), or empty. */
export type SheetCellValue = string | number | null;

/** Text of a cell: NFC, trimmed; "" when empty. Numbers read as typed ("3"). */
export function cellText(value: SheetCellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return (typeof value === "number" ? String(value) : value).normalize("NFC").trim();
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/;
const VI_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/**
 * Date of a cell: an Excel serial, an ISO date, or "dd/mm/yyyy" (also with "-"
 * or "." — what a person types into a cell formatted as text). `undefined` for
 * a value that is no date, null for an empty cell.
 */
export function cellDate(value: SheetCellValue | undefined): IsoDate | null | undefined {
  if (typeof value === "number") return excelSerialToIso(value) ?? undefined;
  const text = cellText(value);
  if (text === "") return null;
  const iso = ISO.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  const vi = VI_DATE.exec(text);
  if (vi) return isoFromParts(Number(vi[4]), Number(vi[3]), Number(vi[1])) ?? undefined;
  return undefined;
}

/** Agency names of a cell, split on ";" or line breaks. */
export function splitNames(value: SheetCellValue | undefined): string[] {
  return cellText(value)
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** Names joined for a cell. */
export const joinNames = (names: readonly string[]): string => names.join("; ");

const EXTENSION =
  /^(.*?)[,\s]*\(?\s*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*\)?$/iu;

/** The approving document and its date as one cell: "123-CV/ĐU, ngày 05/09/2025". */
export function formatExtensionDocument(approvedBy: string, approvedOn: IsoDate): string {
  return `${approvedBy}, ngày ${formatViDate(approvedOn)}`;
}

/** Inverse of formatExtensionDocument; null unless both a document and a date are written. */
export function parseExtensionDocument(
  text: string,
): { approvedBy: string; approvedOn: IsoDate } | null {
  const m = EXTENSION.exec(text);
  if (!m) return null;
  const approvedBy = (m[1] ?? "").trim();
  const approvedOn = isoFromParts(Number(m[4]), Number(m[3]), Number(m[2]));
  return approvedBy && approvedOn ? { approvedBy, approvedOn } : null;
}
