import {
  cellAddress,
  columnLetter,
  matchHeaders,
  SHEET_COLUMNS,
  TRACKING_SHEET,
  type HeaderMatch,
  type SheetRowError,
  type Task,
} from "@nhiemvu/core";
import { ReadAbort, ReadBudget } from "./budget.js";
import type { ReadError, ReadLimits, ReadWarning } from "./errors.js";
import { RowPastSheetEnd, streamSheetRows } from "./sheet-rows.js";
import { excerpt, RowContext, rowResult } from "./to-task.js";

let threadContext: RowContext | undefined;
/** One row context per thread, kept across files (warm caches). */
const sharedContext = () => (threadContext ??= new RowContext());
import { PartMissing, readSharedStrings, readWorkbookInfo } from "./workbook-parts.js";
import { XmlMalformed } from "./xml.js";
import { openZip, ZipTooManyEntries, type ZipParts } from "./zip.js";

export { ReadAbort } from "./budget.js";

/** What the streaming reader hands over as it goes. */
export interface RowSink {
  tasks(batch: Task[]): void;
  rowErrors(batch: SheetRowError[]): void;
  warnings?(batch: ReadWarning[]): void;
  progress?(rowsSeen: number): void;
}

export interface StreamSummary {
  /** Tracking sheets read, in workbook order. */
  sheets: string[];
  /** Data rows seen (blank rows excluded). */
  rows: number;
  /** What was really read: inflated bytes, shared strings, rows and cells. */
  counts: { inflatedBytes: number; sharedStrings: number; rows: number; cells: number };
}

const BATCH = 2_000;
/** Columns the reader does not take from the sheet (it computes them). */
const COMPUTED = new Set<string>(
  SHEET_COLUMNS.filter((c) => c.kind === "computed").map((c) => c.key),
);

/** Thrown inside a sheet that turned out not to be a tracking sheet, to stop inflating it. */
class SkipSheet extends Error {}
/** A header row is looked for among the sheet's first rows (a title may sit above it). */
const HEADER_SEARCH_ROWS = 10;
/** Warnings kept per file; the rest are counted in the last one's place. */
const MAX_WARNINGS = 200;

/** A string that shares no memory with the text it was cut from. */
const flatCopy = (s: string) => Buffer.from(s, "utf8").toString("utf8");

/** A failure of the zip or XML layer → a stable code; never the library's English for the user. */
export function classifyParseFailure(
  file: string,
  error: unknown,
  limits?: Pick<ReadLimits, "maxUncompressedMb">,
): ReadError {
  if (error instanceof ReadAbort) return error.error;
  if (error instanceof ZipTooManyEntries) return { code: "corrupt", file };
  if (error instanceof PartMissing) return { code: "not_xlsx", file, detail: "zip" };
  if (error instanceof XmlMalformed || error instanceof RowPastSheetEnd)
    return { code: "corrupt", file };
  const message = error instanceof Error ? error.message : String(error);
  // yauzl: a part inflated to more than it declared (a zip that lies about its sizes).
  if (/too many bytes in the stream|exceeds/i.test(message))
    return { code: "too_large", file, ...(limits ? { limit: limits.maxUncompressedMb } : {}) };
  if (
    /end of central directory|unexpected end|truncat|not enough bytes|invalid signature/i.test(
      message,
    )
  )
    return { code: "truncated", file };
  if (/encrypt/i.test(message)) return { code: "encrypted", file };
  return { code: "corrupt", file };
}

/**
 * Read every tracking sheet of one workbook, streaming each sheet part once
 * from the zip (yauzl: random access, no temp file), bounded by `limits` as it
 * goes. A sheet is a tracking sheet when one of its first rows has the
 * layout's headers, whatever the sheet's name. Rows become tasks through
 * core's rowToTask; a task code seen again in the same file is left out and
 * reported once per row.
 */
export async function streamTrackingRows(
  file: string,
  limits: ReadLimits,
  sink: RowSink,
  clock: () => number = Date.now,
  context: RowContext = sharedContext(),
): Promise<StreamSummary> {
  const budget = new ReadBudget(file, limits, clock);
  const unsafe = (): never => budget.fail("unsafe_xml");
  const zip: ZipParts = await openZip(file);
  try {
    if (zip.declaredBytes > limits.maxUncompressedMb * 1024 * 1024)
      budget.fail("too_large", limits.maxUncompressedMb);
    const info = await readWorkbookInfo(zip, budget, unsafe);
    const shared = await readSharedStrings(zip, info.sharedStringsPart, budget, unsafe);
    const sheets: string[] = [];
    let rows = 0;
    let lastMissing: string[] = [];
    // Where each code was first seen: sheet, column and row packed in one number
    // (a flat copy of the code as key: a slice would keep the parser's whole chunk alive).
    const firstOfCode = new Map<string, number>();
    const placeOf = (packed: number) => {
      const s = info.sheets[Math.floor(packed / 2 ** 35)];
      return cellAddress(s?.name ?? "", Math.floor(packed / 2 ** 21) % 2 ** 14, packed % 2 ** 21);
    };
    let warnings: ReadWarning[] = [];
    let warningsSent = 0;
    const warn = (w: ReadWarning) => {
      if (warningsSent + warnings.length >= MAX_WARNINGS) return;
      warnings.push(w);
    };
    for (const [sheetIndex, sheet] of info.sheets.entries()) {
      const entry = zip.entries.get(sheet.part);
      if (!entry) continue;
      let headers: HeaderMatch | null = null;
      let tasks: Task[] = [];
      let errors: SheetRowError[] = [];
      let dataRows = 0;
      const flush = () => {
        if (tasks.length > 0) sink.tasks(tasks);
        if (errors.length > 0) sink.rowErrors(errors);
        if (warnings.length > 0) {
          sink.warnings?.(warnings);
          warningsSent += warnings.length;
        }
        tasks = [];
        errors = [];
        warnings = [];
        sink.progress?.(rows + dataRows);
      };
      const pendingFormulas: { column: number; warning: ReadWarning }[] = [];
      let readColumns = new Set<number>();
      try {
        await streamSheetRows(
          await zip.open(entry),
          shared,
          budget,
          {
            formula(code, rowNumber, column, text, master) {
              const w: ReadWarning = {
                code,
                sheet: sheet.name,
                cell: `${columnLetter(column)}${rowNumber}`,
                address: cellAddress(sheet.name, column, rowNumber),
                value: excerpt(text),
                ...(master
                  ? { master: cellAddress(sheet.name, master.column, master.rowNumber) }
                  : {}),
              };
              // Kept until the row ends: only a tracking row's cells in the layout's columns count.
              pendingFormulas.push({ column, warning: w });
            },
            row(rowNumber, cells) {
              const formulas = pendingFormulas.splice(0);
              // A row without any value (styles only): nothing to read, however many follow.
              if (cells.length === 0 && headers !== null) return;
              if (headers === null) {
                if (rowNumber < TRACKING_SHEET.headerRow) return;
                // Not a tracking sheet: stop inflating it.
                if (rowNumber >= TRACKING_SHEET.headerRow + HEADER_SEARCH_ROWS)
                  throw new SkipSheet();
                const match = matchHeaders(cells);
                if (match.missing.length === 0) {
                  headers = match;
                  readColumns = new Set(
                    Object.entries(match.positions)
                      .filter(([key]) => !COMPUTED.has(key))
                      .map(([, position]) => position),
                  );
                } else if (lastMissing.length === 0 || match.missing.length < lastMissing.length)
                  lastMissing = match.missing;
                return;
              }
              const at = { sheetName: sheet.name, rowNumber };
              const result = rowResult(cells, headers, at, info.date1904, context);
              if (result.kind !== "blank")
                for (const f of formulas) if (readColumns.has(f.column)) warn(f.warning);
              switch (result.kind) {
                case "blank":
                  return;
                case "errors":
                  dataRows += 1;
                  errors.push(...result.errors);
                  break;
                case "task": {
                  dataRows += 1;
                  const { task } = result;
                  const first = firstOfCode.get(task.code);
                  const codeColumn = headers.positions.code ?? 0;
                  if (first !== undefined) {
                    warn({
                      code: "duplicate_code",
                      sheet: sheet.name,
                      cell: `${columnLetter(codeColumn)}${rowNumber}`,
                      address: cellAddress(sheet.name, codeColumn, rowNumber),
                      value: excerpt(task.code),
                      first: placeOf(first),
                    });
                    break;
                  }
                  firstOfCode.set(
                    flatCopy(task.code),
                    sheetIndex * 2 ** 35 + codeColumn * 2 ** 21 + rowNumber,
                  );
                  tasks.push(task);
                  break;
                }
                default: {
                  const never: never = result;
                  return never;
                }
              }
              if (tasks.length >= BATCH || errors.length >= BATCH) flush();
            },
          },
          unsafe,
        );
      } catch (error) {
        if (!(error instanceof SkipSheet)) throw error;
      }
      if (headers) {
        sheets.push(sheet.name);
        rows += dataRows;
        flush();
      }
    }
    if (sheets.length === 0) {
      throw new ReadAbort({
        code: "wrong_layout",
        file,
        detail: (lastMissing.length > 0 ? lastMissing : info.sheets.map((s) => s.name)).join(","),
      });
    }
    return {
      sheets,
      rows,
      counts: {
        inflatedBytes: budget.inflatedBytes,
        sharedStrings: budget.sharedStrings,
        rows: budget.rows,
        cells: budget.cells,
      },
    };
  } finally {
    zip.close();
  }
}
