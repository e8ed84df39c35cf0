import type { SheetCellValue } from "@nhiemvu/core";
import type { ReadBudget } from "./budget.js";
import type { ReadWarningCode } from "./errors.js";
import { decodeOoxmlText } from "./ooxml-text.js";
import { parseXmlPart } from "./xml.js";
import type { Readable } from "node:stream";

/** Excel's last column (XFD). Cells claimed beyond it are no spreadsheet's. */
const MAX_COLUMNS = 16_384;
/**
 * Excel's last row (Excel specifications and limits: 1,048,576 rows per
 * sheet). A row numbered beyond it is no spreadsheet's: the part is damaged
 * or crafted, and it bounds how many blank rows one sheet can hold.
 */
export const MAX_SHEET_ROWS = 1_048_576;

/** Raised when a row is numbered past Excel's last row. */
export class RowPastSheetEnd extends Error {}

export interface SheetRowSink {
  /**
   * One row: 1-based row number, cells by 0-based column (holes are empty
   * cells). A row without any value (only styles or a height, as writers
   * leave below the data) comes with no cells at all.
   */
  row(rowNumber: number, cells: SheetCellValue[]): void;
  /**
   * A cell whose value is a formula's text, not its result. For a cell that
   * shares another cell's formula, `master` is that cell (when it was seen).
   */
  formula(
    code: ReadWarningCode,
    rowNumber: number,
    column: number,
    text: string,
    master?: { rowNumber: number; column: number },
  ): void;
}

/** "AB12" → 27 (0-based column), or -1. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/**
 * Stream one worksheet part into rows of plain cell values (§18.3.1.4 c,
 * §18.18.11 ST_CellType): shared strings looked up, inline strings joined
 * (without phonetic runs), booleans as TRUE/FALSE, numbers as numbers (dates
 * stay serials: without styles a reader cannot tell, the layout's date
 * columns can). A formula gives its cached value; without one, or when the
 * value is an error, the formula's text is kept and reported, so nothing a
 * user wrote in a cell disappears. A shared formula (§18.3.1.40, t="shared")
 * is written once, in the master cell at the top left of its range; the
 * other cells carry only its index (si): without a cached value they keep
 * the master's text and are reported as sharing the master's formula.
 * Cells without an "r" take the next column.
 * Only rows holding a value count against the row limit: the formatted but
 * empty rows a writer may leave down to the sheet's end cost a parse, not a
 * row of data (and Excel's last row bounds them).
 */
export async function streamSheetRows(
  stream: Readable,
  sharedStrings: readonly string[],
  budget: ReadBudget,
  sink: SheetRowSink,
  onUnsafe: () => never,
): Promise<void> {
  let rowNumber = 0;
  let cells: SheetCellValue[] = [];
  let inRow = false;
  let column = -1;
  let type = "n";
  // The text of the cell's <v>, <f> and inline <t> elements (null: no such element).
  let value: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  /** Where text goes now: nowhere, the value, the formula or the inline string. */
  let capture: 0 | 1 | 2 | 3 = 0;
  let inSheetData = false;
  let phonetic = 0;
  let rowHasValue = false;
  /** The cell's <f t="shared" si>, or null. */
  let sharedIndex: string | null = null;
  /** Shared formulas of this sheet by si: the master's text and cell. */
  const masters = new Map<string, { text: string; rowNumber: number; column: number }>();

  const endRow = () => {
    if (rowHasValue) budget.row();
    sink.row(rowNumber, cells);
  };

  const endCell = () => {
    const v = value;
    const f = formula;
    let cell: SheetCellValue = null;
    const formulaText = f ? `=${decodeOoxmlText(f)}` : null;
    let master: { text: string; rowNumber: number; column: number } | undefined;
    if (sharedIndex !== null) {
      if (formulaText !== null) masters.set(sharedIndex, { text: formulaText, rowNumber, column });
      else master = masters.get(sharedIndex);
    }
    if (type === "inlineStr") {
      cell = inline === null ? (v === null ? null : decodeOoxmlText(v)) : decodeOoxmlText(inline);
    } else if (type === "e") {
      cell = formulaText ?? v;
      if (cell !== null) sink.formula("formula_error", rowNumber, column, cell);
    } else if (v === null || (v === "" && f !== null && type !== "str")) {
      if (formulaText === null && sharedIndex !== null) {
        // A cell sharing a formula it does not spell out: the master's words, said so.
        cell = master?.text ?? null;
        sink.formula("formula_shared_no_value", rowNumber, column, cell ?? "", master);
      } else {
        cell = formulaText;
        if (cell !== null) sink.formula("formula_no_value", rowNumber, column, cell);
      }
    } else if (type === "s") {
      const index = Number(v);
      cell = Number.isInteger(index) ? (sharedStrings[index] ?? null) : null;
    } else if (type === "str" || type === "d") {
      cell = decodeOoxmlText(v);
    } else if (type === "b") {
      cell = v === "1" || v === "true" ? "TRUE" : "FALSE";
    } else {
      const n = Number(v);
      cell = v.trim() !== "" && Number.isFinite(n) ? n : v;
    }
    if (cell !== null && column >= 0 && column < MAX_COLUMNS) {
      cells[column] = cell;
      rowHasValue = true;
    }
  };

  await parseXmlPart(
    stream,
    budget,
    {
      open(name, a, selfClosing) {
        if (!inSheetData) {
          if (name === "sheetData") inSheetData = !selfClosing;
          // The used range every writer declares before the rows (§18.3.1.35):
          // a sheet that says it is over the row limit is refused at once.
          else if (name === "dimension" && a.ref) {
            const last = /(\d+)$/.exec(a.ref);
            if (last && budget.rows + Number(last[1]) > budget.limits.maxRows)
              budget.fail("row_limit", budget.limits.maxRows);
          }
          return;
        }
        switch (name) {
          case "row": {
            const r = a.r === undefined ? NaN : Number(a.r);
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            if (rowNumber > MAX_SHEET_ROWS) throw new RowPastSheetEnd();
            cells = [];
            column = -1;
            rowHasValue = false;
            inRow = true;
            if (selfClosing) {
              inRow = false;
              endRow();
            }
            break;
          }
          case "c": {
            budget.cell();
            const ref = a.r === undefined ? -1 : columnOf(a.r);
            column = ref >= 0 ? ref : column + 1;
            type = a.t ?? "n";
            value = null;
            formula = null;
            sharedIndex = null;
            inline = null;
            phonetic = 0;
            if (selfClosing) endCell();
            break;
          }
          case "v":
            value = "";
            capture = selfClosing ? 0 : 1;
            break;
          case "f":
            formula = "";
            sharedIndex = a.t === "shared" && a.si !== undefined ? a.si : null;
            capture = selfClosing ? 0 : 2;
            break;
          case "is":
            inline = "";
            break;
          case "rPh":
            if (!selfClosing) phonetic += 1;
            break;
          case "t":
            if (inline !== null && phonetic === 0 && !selfClosing) capture = 3;
            break;
          default:
            break;
        }
      },
      close(name) {
        if (!inSheetData) return;
        switch (name) {
          case "v":
          case "f":
          case "t":
            capture = 0;
            break;
          case "rPh":
            phonetic = Math.max(0, phonetic - 1);
            break;
          case "c":
            capture = 0;
            endCell();
            break;
          case "row":
            if (inRow) endRow();
            inRow = false;
            break;
          case "sheetData":
            inSheetData = false;
            break;
          default:
            break;
        }
      },
      text(text) {
        if (capture === 1) value += text;
        else if (capture === 2) formula += text;
        else if (capture === 3) inline += text;
      },
    },
    onUnsafe,
  );
}
