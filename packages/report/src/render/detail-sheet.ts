import { isoToExcelSerial } from "@nhiemvu/core";
import type { Workbook, Worksheet } from "exceljs";
import type { DetailRow, DetailSheet } from "../model/types.js";
import { dateCell, textCell } from "./cell-value.js";
import {
  DETAIL_COLUMNS,
  KIND_STYLE,
  LAST_DETAIL_LETTER,
  PRINTED_DETAIL_COLUMNS,
} from "./detail-columns.js";
import {
  FastRowWriter,
  fastRowsSupported,
  letterOf,
  numberCellXml,
  sheetDrained,
  styleId,
  textCellXml,
  type RowCellsXml,
} from "./fast-rows.js";
import { columnPoints, pageHeader, readableLandscapeA4 } from "./page.js";
import { STYLES } from "./styles.js";
import { charsPerLine, heightForLines, wrappedLines } from "./text-fit.js";

/** Rows written between two yields to the event loop, so the zip stream drains. */
const ROWS_PER_SLICE = 2_000;

export type ProgressListener = (rowsWritten: number) => void;

const columnStyles = DETAIL_COLUMNS.map((c) => STYLES[KIND_STYLE[c.kind]]);

/** Type size of the lists (≥ 10 pt once scaled to the page width, see readableLandscapeA4). */
const FONT_SIZE = 12;

/** The printed text columns and how many characters each fits on a line. */
const WRAPPED = PRINTED_DETAIL_COLUMNS.filter(
  (c) => c.kind === "text" || c.kind === "textCenter",
).map((c) => ({ key: c.key, perLine: charsPerLine(columnPoints(c.width), { size: FONT_SIZE }) }));

/**
 * The height a detail row prints at: its tallest wrapped cell. Without it
 * LibreOffice keeps the default height and the wrapped lines overlap.
 */
function detailRowHeight(row: DetailRow): number {
  // A row is printed in the full list and in its status's list: measured once.
  let height = heights.get(row);
  if (height === undefined) {
    height = measureRowHeight(row);
    heights.set(row, height);
  }
  return height;
}

const heights = new WeakMap<DetailRow, number>();

function measureRowHeight(row: DetailRow): number {
  let lines = 1;
  for (const { key, perLine } of WRAPPED) {
    const v = row[key];
    if (typeof v !== "string" || v.length <= perLine) continue;
    const n = wrappedLines(v, perLine);
    if (n > lines) lines = n;
  }
  return heightForLines(lines, FONT_SIZE);
}

const HEADER_HEIGHT = heightForLines(
  Math.max(
    ...PRINTED_DETAIL_COLUMNS.map((c) =>
      wrappedLines(c.header, charsPerLine(columnPoints(c.width), { size: FONT_SIZE, bold: true })),
    ),
  ),
  FONT_SIZE,
);

function cellValues(row: DetailRow): unknown[] {
  return DETAIL_COLUMNS.map((c) => {
    switch (c.kind) {
      case "date":
        return dateCell(row[c.key] as string | null);
      case "integer":
        return row[c.key];
      case "text":
      case "textCenter":
        return textCell(String(row[c.key] ?? ""));
      default: {
        const never: never = c.kind;
        return never;
      }
    }
  });
}

/** The cells of one detail row as SpreadsheetML, one renderer per column, built once. */
function detailRowXml(ids: readonly number[]): RowCellsXml<DetailRow> {
  const cells = DETAIL_COLUMNS.map((c, i) => {
    const letter = letterOf(i);
    const style = ids[i] ?? 0;
    const key = c.key;
    switch (c.kind) {
      case "date":
        return (row: DetailRow, r: number) => {
          const v = row[key];
          return numberCellXml(
            `${letter}${r}`,
            style,
            typeof v === "string" ? isoToExcelSerial(v) : null,
          );
        };
      case "integer":
        return (row: DetailRow, r: number) => {
          const v = row[key];
          return numberCellXml(`${letter}${r}`, style, typeof v === "number" ? v : null);
        };
      case "text":
      case "textCenter":
        return (row: DetailRow, r: number) => {
          const v = row[key];
          return textCellXml(`${letter}${r}`, style, v === null ? "" : String(v));
        };
      default: {
        const never: never = c.kind;
        return never;
      }
    }
  });
  return (row, r) => {
    let xml = "";
    for (const cell of cells) xml += cell(row, r);
    return xml;
  };
}

/** Set the shared style objects on a committed-soon row (see styles.ts for why shared). */
function styleRow(ws: Worksheet, rowNumber: number, styles: readonly object[]): void {
  const row = ws.getRow(rowNumber);
  for (let i = 0; i < styles.length; i += 1) {
    row.getCell(i + 1).style = styles[i] as never;
  }
  row.commit();
}

/**
 * Write one detail sheet with the streaming writer: header row frozen and
 * repeated on printed pages, autofilter over the list, fixed widths with wrap
 * and row heights that fit it, dates as dd/mm/yyyy, the task code hidden, A4
 * landscape at a scale that keeps the type at 10 pt or more.
 */
export async function writeDetailSheet(
  workbook: Workbook,
  name: string,
  sheet: DetailSheet,
  onRows?: ProgressListener,
): Promise<void> {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: readableLandscapeA4(
      PRINTED_DETAIL_COLUMNS.map((c) => c.width),
      FONT_SIZE,
      "1:1",
    ),
    headerFooter: pageHeader(sheet.title),
  });
  ws.columns = DETAIL_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    hidden: c.hidden ?? false,
  }));
  const lastRow = Math.max(1, sheet.rows.length + 1);
  ws.autoFilter = `A1:${LAST_DETAIL_LETTER}${lastRow}`;

  ws.addRow(DETAIL_COLUMNS.map((c) => c.header)).height = HEADER_HEIGHT;
  styleRow(
    ws,
    1,
    DETAIL_COLUMNS.map(() => STYLES.headerCell),
  );

  let written = 0;
  const tick = async () => {
    written += 1;
    if (written % ROWS_PER_SLICE === 0) {
      onRows?.(ROWS_PER_SLICE);
      await sheetDrained(ws);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  if (fastRowsSupported(ws)) {
    const ids = DETAIL_COLUMNS.map((c) =>
      styleId(
        workbook,
        STYLES[KIND_STYLE[c.kind]],
        c.kind === "date" ? "date" : c.kind === "integer" ? "number" : "string",
      ),
    );
    const fast = new FastRowWriter(ws, detailRowXml(ids));
    for (const detail of sheet.rows) {
      fast.add(detail, detailRowHeight(detail));
      await tick();
    }
    fast.flush();
  } else {
    for (const detail of sheet.rows) {
      const row = ws.addRow(cellValues(detail));
      row.height = detailRowHeight(detail);
      for (let i = 0; i < columnStyles.length; i += 1) {
        row.getCell(i + 1).style = columnStyles[i] as never;
      }
      row.commit();
      await tick();
    }
  }
  onRows?.(written % ROWS_PER_SLICE);
  if (sheet.rows.length === 0) {
    const row = ws.addRow(["(Không có nhiệm vụ nào)"]);
    row.getCell(1).style = STYLES.text as never;
    row.commit();
  }
  ws.commit();
}
