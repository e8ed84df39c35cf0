import { utcDateOf } from "@nhiemvu/core";
import type { CellRichTextValue, CellValue } from "exceljs";

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32_767;
/** Characters XML 1.0 cannot carry; a pasted control character must not corrupt the file. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, "g");
/** Text a spreadsheet could take for a formula (CSV/formula injection). */
const FORMULA_LIKE = /^[=+\-@]/;

/**
 * A user's text as a cell value that can only ever be text. Text that starts
 * with = + - @ is written as an inline rich-text string (`t="inlineStr"`), the
 * unambiguous "this is a string" form, never as a formula.
 * @example textCell("=SUM(1)") // { richText: [{ text: "=SUM(1)" }] }
 */
export function textCell(text: string): string | CellRichTextValue {
  let clean = text;
  if (XML_INVALID.test(clean)) clean = clean.replace(XML_INVALID_ALL, "");
  if (clean.length > MAX_CELL_TEXT) clean = clean.slice(0, MAX_CELL_TEXT);
  return FORMULA_LIKE.test(clean) ? { richText: [{ text: clean }] } : clean;
}

/**
 * A civil date as a cell value: the UTC midnight of that day, so exceljs writes
 * the serial of that day whatever the machine's time zone.
 */
export function dateCell(iso: string | null): CellValue {
  return iso ? utcDateOf(iso) : null;
}
