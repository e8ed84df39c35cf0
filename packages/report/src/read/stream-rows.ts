import ExcelJS from "exceljs";
import {
  isBlankRow,
  matchHeaders,
  rowFromCells,
  rowToTask,
  TRACKING_SHEET,
  type HeaderMatch,
  type SheetRowError,
  type Task,
} from "@nhiemvu/core";
import { toSheetCell } from "./cell.js";
import type { ReadError, ReadLimits } from "./errors.js";

/** What the streaming reader hands over as it goes. */
export interface RowSink {
  tasks(batch: Task[]): void;
  rowErrors(batch: SheetRowError[]): void;
  progress?(rowsSeen: number): void;
}

export interface StreamSummary {
  sheet: string;
  rows: number;
}

const BATCH = 2_000;

/** Raised inside the reader to stop it with a read error. */
export class ReadAbort extends Error {
  constructor(readonly error: ReadError) {
    super(error.code);
  }
}

/** Map exceljs's "unexpected end"/inflate failures onto our codes. */
export function classifyParseFailure(file: string, error: unknown): ReadError {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (file|data)|unexpected end|FILE_ENDED|truncat/i.test(message)) {
    return { code: "truncated", file };
  }
  return { code: "corrupt", file, detail: message.slice(0, 200) };
}

/**
 * Stream the tracking sheet of one workbook row by row (exceljs WorkbookReader:
 * shared strings cached, styles ignored, so dates arrive as Excel serials).
 * The first sheet whose header row has the layout's headers is read. Counts every row against `maxRows` and
 * checks the clock every few hundred rows; the worker around it enforces the
 * heap cap and a hard timeout.
 */
export async function streamTrackingRows(
  file: string,
  limits: Pick<ReadLimits, "maxRows" | "timeoutMs">,
  sink: RowSink,
  clock: () => number = Date.now,
): Promise<StreamSummary> {
  const deadline = clock() + limits.timeoutMs;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    worksheets: "emit",
    styles: "ignore",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let rowsSeen = 0;
  let chosen: StreamSummary | null = null;
  const sheetsSeen: string[] = [];
  let lastMissing: string[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as ExcelJS.stream.xlsx.WorksheetReader & {
      name?: string;
      id?: number;
    };
    const name = ws.name ?? `Sheet${ws.id ?? sheetsSeen.length + 1}`;
    sheetsSeen.push(name);
    let headers: HeaderMatch | null = null;
    let dataRows = 0;
    let tasks: Task[] = [];
    let errors: SheetRowError[] = [];
    // Later sheets are still streamed through (an exceljs entry must be drained)
    // and counted against the row limit, but not mapped.
    let wanted = chosen === null;
    for await (const row of ws) {
      rowsSeen += 1;
      if (rowsSeen > limits.maxRows) {
        throw new ReadAbort({ code: "row_limit", file, limit: limits.maxRows });
      }
      if (rowsSeen % 500 === 0) {
        if (clock() > deadline) {
          throw new ReadAbort({ code: "time_limit", file, limit: limits.timeoutMs });
        }
        sink.progress?.(rowsSeen);
      }
      if (!wanted) continue;
      // exceljs rows are sparse and 1-based; holes stay holes (read as empty).
      const values = ((row as ExcelJS.Row).values as unknown[]).map(toSheetCell);
      const rowNumber = (row as ExcelJS.Row).number;
      if (headers === null) {
        if (rowNumber < TRACKING_SHEET.headerRow) continue;
        headers = matchHeaders(values);
        if (headers.missing.length > 0) {
          lastMissing = headers.missing;
          wanted = false;
        }
        continue;
      }
      const cells = rowFromCells(values, headers.positions);
      if (isBlankRow(cells)) continue;
      dataRows += 1;
      const result = rowToTask(cells, { sheetName: name, rowNumber });
      if (result.ok) tasks.push(result.task);
      else errors.push(...result.errors);
      if (tasks.length >= BATCH) {
        sink.tasks(tasks);
        tasks = [];
      }
      if (errors.length >= BATCH) {
        sink.rowErrors(errors);
        errors = [];
      }
    }
    if (wanted && headers) {
      if (tasks.length > 0) sink.tasks(tasks);
      if (errors.length > 0) sink.rowErrors(errors);
      chosen = { sheet: name, rows: dataRows };
    }
  }
  if (!chosen) {
    throw new ReadAbort({
      code: "wrong_layout",
      file,
      detail: lastMissing.length > 0 ? lastMissing.join(",") : sheetsSeen.join(","),
    });
  }
  return chosen;
}
