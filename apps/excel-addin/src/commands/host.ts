import { TRACKING_SHEET } from "@nhiemvu/core";
import { readTable } from "../excel/apply.js";
import type { ApplyResult } from "../excel/errors.js";
import type { ExcelContext, SupportCheck } from "../excel/excel-api.js";
import { APPLY_ERROR_MESSAGES, planErrorMessage } from "../messages.js";
import { readTrackingTable, type TrackingTable } from "../plan/table.js";

/**
 * The pane's actions: plan (pure) → apply (Excel) with every failure turned
 * into a Vietnamese message. Nothing here touches Office globals; the host is
 * passed in (Excel.run in the pane, the fake workbook in tests).
 */

export interface Host {
  run<T>(job: (context: ExcelContext) => Promise<T>): Promise<T>;
  supports: SupportCheck;
  /** Request budget in bytes (tests shrink it). */
  budget?: number;
}

export type Outcome<T> = { ok: true; value: T; syncs: number } | { ok: false; message: string };

export const failed = <T>(result: ApplyResult<unknown> & { ok: false }): Outcome<T> => ({
  ok: false,
  message: APPLY_ERROR_MESSAGES[result.error.code],
});

export const optionsOf = (host: Host) => ({
  supports: host.supports,
  ...(host.budget ? { budget: host.budget } : {}),
});

/** Read the tracking table and match its headers, then hand it to `use`. */
export async function withTable<T>(
  host: Host,
  context: ExcelContext,
  use: (table: TrackingTable, readSyncs: number) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const read = await readTable(context, TRACKING_SHEET.tableName, optionsOf(host));
  if (!read.ok) return failed(read);
  const table = readTrackingTable(read.value);
  if (!table.ok) return { ok: false, message: planErrorMessage(table.error) };
  return use(table.plan, read.syncs);
}
