import { columnLetter } from "@nhiemvu/core";
import { scanSpans } from "./xml-spans.js";

/**
 * Rewriting chosen cells of one worksheet part (xl/worksheets/sheetN.xml) and
 * nothing else: the part is parsed once with saxes for the character offsets
 * of its rows and cells, and only the `<c>` elements of the edited cells are
 * replaced (or inserted, in column order, where the row had none). Every other
 * character of the part — user cells, formulas, attributes, whitespace — is
 * copied as it was, so the part differs from the original only in those cells.
 */

/** What an edited cell holds: a number (dates are serials already), text, or nothing. */
export type CellContent =
  { type: "number"; value: number } | { type: "text"; value: string } | { type: "empty" };

export interface CellEdit {
  /** 1-based row and column. */
  row: number;
  column: number;
  content: CellContent;
  /**
   * The style id the cell is written with, given the one it would have: its
   * own `s`, or for a cell the sheet does not have yet, the style of the same
   * column in the nearest row above (else the column's default). Without it,
   * that style is kept.
   */
  style?: (current: string | null) => string | null;
}

interface CellSpan {
  column: number;
  start: number;
  end: number;
  style: string | null;
  /** Whether the cell holds a formula (an `<f>` child). */
  formula: boolean;
}

interface RowSpan {
  row: number;
  start: number;
  /** End of the open tag (after ">"), or of the whole element when self-closing. */
  openEnd: number;
  /** Start of "</row>"; equal to `end` when self-closing. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  cells: CellSpan[];
}

interface SheetLayout {
  /** Namespace prefix of the sheet's elements ("" or "x:"). */
  prefix: string;
  rows: RowSpan[];
  sheetData: {
    openEnd: number;
    closeStart: number;
    start: number;
    end: number;
    selfClosing: boolean;
  };
  /** Column default styles from `<cols>`: [min, max, style]. */
  columnStyles: [number, number, string][];
}

export class SheetXmlMalformed extends Error {}

/** "AB12" → column 28 (1-based), or null. */
export function columnOfRef(ref: string): number | null {
  const m = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref);
  if (!m?.[1]) return null;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function scan(xml: string): SheetLayout {
  const layout: SheetLayout = {
    prefix: "",
    rows: [],
    sheetData: { openEnd: -1, closeStart: -1, start: -1, end: -1, selfClosing: false },
    columnStyles: [],
  };
  const stack: string[] = [];
  let row: RowSpan | null = null;
  let cell: CellSpan | null = null;
  let lastRow = 0;
  let lastColumn = 0;
  scanSpans(
    xml,
    {
      open(name, tag, tagStart, end) {
        const parent = stack.at(-1);
        const attrs = tag.attributes as Record<string, string>;
        stack.push(name);
        if (name === "sheetData" && stack.length === 2) {
          layout.prefix = tag.name.slice(0, tag.name.length - name.length);
          Object.assign(layout.sheetData, {
            start: tagStart,
            openEnd: end,
            selfClosing: tag.isSelfClosing,
          });
        } else if (name === "col" && parent === "cols" && attrs.style !== undefined) {
          layout.columnStyles.push([Number(attrs.min), Number(attrs.max), attrs.style]);
        } else if (name === "row" && parent === "sheetData") {
          const r = attrs.r !== undefined ? Number(attrs.r) : lastRow + 1;
          if (!Number.isInteger(r) || r <= lastRow) throw new SheetXmlMalformed(`row ${attrs.r}`);
          lastRow = r;
          lastColumn = 0;
          row = {
            row: r,
            start: tagStart,
            openEnd: end,
            closeStart: end,
            end,
            selfClosing: tag.isSelfClosing,
            cells: [],
          };
        } else if (name === "c" && parent === "row" && row) {
          const column = attrs.r !== undefined ? columnOfRef(attrs.r) : lastColumn + 1;
          if (column === null || column <= lastColumn)
            throw new SheetXmlMalformed(`cell ${attrs.r}`);
          lastColumn = column;
          cell = { column, start: tagStart, end, style: attrs.s ?? null, formula: false };
        } else if (name === "f" && parent === "c" && cell) {
          cell.formula = true;
        }
      },
      close(_name, _tag, start, end) {
        const name = stack.pop();
        if (name === "c" && cell && stack.at(-1) === "row") {
          cell.end = end;
          row?.cells.push(cell);
          cell = null;
        } else if (name === "row" && row && stack.at(-1) === "sheetData") {
          row.closeStart = start;
          row.end = end;
          layout.rows.push(row);
          row = null;
        } else if (name === "sheetData" && stack.length === 1) {
          Object.assign(layout.sheetData, { closeStart: start, end });
        }
      },
    },
    SheetXmlMalformed,
  );
  if (layout.sheetData.end < 0) throw new SheetXmlMalformed("no sheetData");
  return layout;
}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (text: string) =>
  text.replace(XML_INVALID, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * One `<c>` element. Text is an inline string (`t="inlineStr"`), so the shared
 * string table is never touched and text that looks like a formula stays text.
 */
export function cellXml(
  prefix: string,
  row: number,
  column: number,
  style: string | null,
  content: CellContent,
): string {
  const c = `${prefix}c`;
  const head = `<${c} r="${columnLetter(column - 1)}${row}"${style === null ? "" : ` s="${escapeXml(style).replace(/"/g, "&quot;")}"`}`;
  switch (content.type) {
    case "empty":
      return `${head}/>`;
    case "number":
      return `${head}><${prefix}v>${String(content.value)}</${prefix}v></${c}>`;
    case "text":
      return `${head} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(content.value)}</${prefix}t></${prefix}is></${c}>`;
  }
}

/** The nearest style of `column` above `row`, else the column's default from `<cols>`. */
function neighbourStyle(layout: SheetLayout, rowIndex: number, column: number): string | null {
  for (let i = rowIndex; i >= 0; i -= 1) {
    const found = layout.rows[i]?.cells.find((c) => c.column === column);
    if (found?.style) return found.style;
  }
  return layout.columnStyles.find(([min, max]) => min <= column && column <= max)?.[2] ?? null;
}

/** A patched worksheet part, and the cells whose formula the patch replaced ("K5"). */
export interface SheetPatch {
  xml: string;
  formulasReplaced: string[];
}

/**
 * The part with `edits` applied. Edits of the same cell: the last wins. Rows
 * the part lacks are added in row order.
 */
export function patchSheetXml(xml: string, edits: readonly CellEdit[]): string {
  return patchSheetPart(xml, edits).xml;
}

/** patchSheetXml, also telling which formula cells were overwritten (for the calculation chain). */
export function patchSheetPart(xml: string, edits: readonly CellEdit[]): SheetPatch {
  if (edits.length === 0) return { xml, formulasReplaced: [] };
  const formulasReplaced: string[] = [];
  const layout = scan(xml);
  const { prefix } = layout;
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const edit of edits) {
    const cells = byRow.get(edit.row) ?? new Map<number, CellEdit>();
    cells.set(edit.column, edit);
    byRow.set(edit.row, cells);
  }
  const splices: { start: number; end: number; text: string }[] = [];
  const rowIndex = new Map(layout.rows.map((r, i) => [r.row, i]));
  const newCell = (edit: CellEdit, index: number) => {
    const neighbour = neighbourStyle(layout, index, edit.column);
    const style = edit.style ? edit.style(neighbour) : neighbour;
    return cellXml(prefix, edit.row, edit.column, style, edit.content);
  };
  const emptySheetRows: string[] = [];
  for (const [r, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const index = rowIndex.get(r);
    const span = index === undefined ? undefined : layout.rows[index];
    const ordered = [...cells.values()].sort((a, b) => a.column - b.column);
    if (!span || index === undefined) {
      // A row the part lacks: before the first later row, else at the end of sheetData.
      const before = layout.rows.findIndex((x) => x.row > r);
      const above = (before < 0 ? layout.rows.length : before) - 1;
      const text = `<${prefix}row r="${r}">${ordered.map((e) => newCell(e, above)).join("")}</${prefix}row>`;
      if (layout.sheetData.selfClosing) emptySheetRows.push(text);
      else {
        const at = layout.rows[before]?.start ?? layout.sheetData.closeStart;
        splices.push({ start: at, end: at, text });
      }
      continue;
    }
    const inserts: string[] = [];
    for (const edit of ordered) {
      const existing = span.cells.find((c) => c.column === edit.column);
      if (existing) {
        const style = edit.style ? edit.style(existing.style) : existing.style;
        if (existing.formula) formulasReplaced.push(`${columnLetter(edit.column - 1)}${r}`);
        const text = cellXml(prefix, r, edit.column, style, edit.content);
        splices.push({ start: existing.start, end: existing.end, text });
        continue;
      }
      const text = newCell(edit, index);
      if (span.selfClosing) {
        inserts.push(text);
        continue;
      }
      const next = span.cells.find((c) => c.column > edit.column);
      const at = next?.start ?? span.closeStart;
      splices.push({ start: at, end: at, text });
    }
    if (span.selfClosing && inserts.length > 0) {
      const open = xml.slice(span.start, span.end).replace(/\s*\/>$/, ">");
      splices.push({
        start: span.start,
        end: span.end,
        text: `${open}${inserts.join("")}</${prefix}row>`,
      });
    }
  }
  if (emptySheetRows.length > 0) {
    const { start, end } = layout.sheetData;
    const open = xml.slice(start, end).replace(/\s*\/>$/, ">");
    splices.push({ start, end, text: `${open}${emptySheetRows.join("")}</${prefix}sheetData>` });
  }
  // Stable by position: inserts at one place keep the column order they were pushed in.
  const ordered = splices
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  let out = "";
  let cursor = 0;
  for (const s of ordered) {
    out += xml.slice(cursor, s.start) + s.text;
    cursor = s.end;
  }
  return { xml: out + xml.slice(cursor), formulasReplaced };
}
