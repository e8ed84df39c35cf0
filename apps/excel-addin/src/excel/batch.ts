import { columnLetter } from "@nhiemvu/core";
import type { BlockWrite } from "../plan/types.js";
import type { ExcelContext, SupportCheck, WorksheetApi } from "./excel-api.js";

/**
 * Excel on the web rejects a request over 5 MB. Writes are sized against a
 * budget below it: the rest of the request (addresses, formats of other
 * objects, the protocol's own JSON) needs room too.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

const encoder = new TextEncoder();
/** UTF-8 size of a value as JSON: what it weighs in the request. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** A1 address of a block's rows [from, to) (sheet-relative, no sheet name). */
export function blockAddress(block: BlockWrite, from = 0, to = block.values.length): string {
  const width = block.formats.length;
  const first = `${columnLetter(block.column)}${block.row + from + 1}`;
  const last = `${columnLetter(block.column + width - 1)}${block.row + to}`;
  return `${first}:${last}`;
}

/**
 * Queues operations and syncs only when the next one would push the request
 * past the budget; calculation is suspended for each request (ExcelApi 1.6,
 * guarded), so N rows cost a constant number of syncs up to the limit.
 */
export class Batcher {
  private used = 0;
  private pending = false;
  syncs = 0;

  constructor(
    private readonly context: ExcelContext,
    private readonly supports: SupportCheck,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Make room for `bytes` of queued writes, syncing first if they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending && this.used + bytes > this.budget) await this.flush();
    if (!this.pending) {
      if (this.supports("ExcelApi", "1.6")) {
        this.context.workbook.application.suspendApiCalculationUntilNextSync();
      }
      this.pending = true;
    }
    this.used += bytes;
  }

  /** Send what is queued (also used for reads, whose results come back on sync). */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs += 1;
    this.used = 0;
    this.pending = false;
  }

  /** Queue a block's formats then values, split by rows where it exceeds the budget. */
  async writeBlock(sheet: WorksheetApi, block: BlockWrite): Promise<void> {
    const formatBytes = jsonBytes(block.formats);
    let from = 0;
    while (from < block.values.length) {
      let to = from;
      let bytes = 0;
      while (to < block.values.length) {
        const rowBytes = jsonBytes(block.values[to]) + formatBytes;
        if (to > from && bytes + rowBytes > this.budget) break;
        bytes += rowBytes;
        to += 1;
      }
      await this.reserve(bytes);
      const range = sheet.getRange(blockAddress(block, from, to));
      // Formats first: "9/2025" written into a text cell stays text.
      range.numberFormat = block.values.slice(from, to).map(() => [...block.formats]);
      range.values = block.values.slice(from, to);
      from = to;
    }
  }
}
