import { isoOfUtcDate, type SheetCellValue } from "@nhiemvu/core";

/**
 * A streamed exceljs cell value as the sheet layout wants it: text, a number
 * (dates stay Excel serials when styles are not read), or null. Formulas give
 * their cached result; rich text its plain text; errors nothing.
 */
export function toSheetCell(value: unknown): SheetCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoOfUtcDate(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("");
    }
    if ("result" in value) return toSheetCell(value.result);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value) return toSheetCell(value.text);
    if ("error" in value) return null;
  }
  return null;
}
