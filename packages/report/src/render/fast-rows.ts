import type { Workbook, Worksheet } from "exceljs";
import type { Style } from "exceljs";

/**
 * The hot loop of the 100k-row detail sheets, written as SpreadsheetML text
 * straight into exceljs's streaming worksheet (its zip, sheet frame, styles
 * and page setup stay exceljs's). Going through exceljs's Row/Cell objects
 * costs about as much again as the plain streaming writer; this path makes the
 * formatted report cost about what exceljs takes for the bare rows.
 *
 * Every text is an inline string (`t="inlineStr"`): never a formula, whatever
 * it starts with. Dates are Excel serials of the civil day, so they show the
 * same day in every time zone.
 *
 * It relies on two internals of exceljs 4's WorksheetWriter (`_write`,
 * `_rowZero`); `fastRowsSupported` checks them and callers fall back to
 * ordinary rows when they are missing.
 */

export type FastCell =
  { kind: "text"; value: string } | { kind: "number"; value: number | null } | { kind: "empty" };

interface StreamingSheetInternals {
  _write(text: string): void;
  _rowZero: number;
  _rows: unknown[];
}

interface StylesInternals {
  addStyleModel(style: Partial<Style>, cellType?: number): number;
}

/** exceljs's ValueType codes (Enums.ValueType) for style registration. */
const VALUE_TYPE = { number: 2, string: 3, date: 4 } as const;

/** What a streaming sheet writes into: exceljs's buffer, piped into archiver's entry stream. */
interface SheetStreamInternals {
  pipes?: {
    /** archiver's PassThrough is readable-stream 2's: `needDrain` lives on its state. */
    _writableState?: { needDrain?: boolean };
    writableNeedDrain?: boolean;
    once(event: "drain", listener: () => void): unknown;
  }[];
}

/**
 * Resolves when the zip has taken what the sheet wrote so far. exceljs's
 * sheet buffer writes on without heeding backpressure, so a sheet written in
 * one go is held whole in memory (about 400 MB of XML for 300,000 rows)
 * until the zip catches up; waiting here keeps a few chunks in flight.
 */
export async function sheetDrained(ws: Worksheet): Promise<void> {
  const stream = (ws as unknown as { _stream?: SheetStreamInternals })._stream;
  for (const pipe of stream?.pipes ?? []) {
    if (pipe.writableNeedDrain === true || pipe._writableState?.needDrain === true)
      await new Promise<void>((resolve) => pipe.once("drain", resolve));
  }
}

export function fastRowsSupported(ws: Worksheet): boolean {
  const s = ws as unknown as Partial<StreamingSheetInternals>;
  return typeof s._write === "function" && typeof s._rowZero === "number" && Array.isArray(s._rows);
}

/** The style index exceljs gives a style (registered once, reused for every cell). */
export function styleId(
  workbook: Workbook,
  style: Partial<Style>,
  type: keyof typeof VALUE_TYPE,
): number {
  const styles = (workbook as unknown as { styles: StylesInternals }).styles;
  return styles.addStyleModel(style, VALUE_TYPE[type]);
}

// eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these; they are dropped
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- see above
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MAX_CELL_TEXT = 32_767;

/** Text escaped for an XML text node; invalid characters dropped, cut to Excel's cell limit. */
export function xmlText(text: string): string {
  let t = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  if (!NEEDS_WORK.test(t)) return t;
  t = t.replace(INVALID, "");
  return t
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Column letters of the report's sheets (A–Z: they are narrower). */
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The letter of a 0-based column index below 26. */
export function letterOf(index: number): string {
  return LETTERS[index] ?? "A";
}

/** An inline-string cell (empty text: a styled empty cell, so borders still draw). */
export function textCellXml(ref: string, style: number, value: string): string {
  if (value === "") return `<c r="${ref}" s="${style}"/>`;
  const t = xmlText(value);
  // Leading/trailing spaces are kept only with xml:space="preserve".
  const space =
    t.charCodeAt(0) === 32 || t.charCodeAt(t.length - 1) === 32 ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${t}</t></is></c>`;
}

/** A number cell (a date is its Excel serial); null: a styled empty cell. */
export function numberCellXml(ref: string, style: number, value: number | null): string {
  return value === null || !Number.isFinite(value)
    ? `<c r="${ref}" s="${style}"/>`
    : `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

/** Renders the cells of row `r` (without the <row> element). */
export type RowCellsXml<T> = (item: T, r: number) => string;

/**
 * Writes rows after the rows exceljs has committed. Call `flush()` before
 * using exceljs rows again or committing the sheet.
 */
export class FastRowWriter<T> {
  private buffer = "";
  private pending = 0;
  private next: number;
  private readonly sheet: StreamingSheetInternals;

  constructor(
    ws: Worksheet,
    private readonly cells: RowCellsXml<T>,
  ) {
    this.sheet = ws as unknown as StreamingSheetInternals;
    if (this.sheet._rows.length > 0) throw new Error("commit exceljs rows before fast rows");
    this.next = this.sheet._rowZero;
  }

  /** Add a row; with `height` (points) it prints that tall (wrapped text). */
  add(item: T, height?: number): void {
    const r = this.next;
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    this.buffer += `<row r="${r}"${ht}>${this.cells(item, r)}</row>`;
    this.next += 1;
    this.pending += 1;
    if (this.pending >= 512) this.flush();
  }

  flush(): void {
    if (this.pending > 0) {
      this.sheet._write(this.buffer);
      this.buffer = "";
      this.pending = 0;
    }
    this.sheet._rowZero = this.next;
  }
}
