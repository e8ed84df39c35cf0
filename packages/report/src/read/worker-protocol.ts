import type { SheetRowError } from "@nhiemvu/core";
import type { ReadError, ReadLimits, ReadWarning } from "./errors.js";
import type { StreamSummary } from "./stream-rows.js";
import type { PackedTasks } from "./task-transfer.js";

/** One file for a pooled worker to read. */
export interface WorkerJob {
  id: number;
  file: string;
  limits: ReadLimits;
}

/**
 * Messages from a reading worker, per job, in order: batches, then one of
 * done/failed. Tasks cross the thread packed (task-transfer.ts).
 */
export type WorkerMessage =
  | ({ type: "tasks"; id: number } & PackedTasks)
  | { type: "rowErrors"; id: number; errors: SheetRowError[] }
  | { type: "warnings"; id: number; warnings: ReadWarning[] }
  | { type: "progress"; id: number; rows: number }
  | ({ type: "done"; id: number } & StreamSummary)
  | { type: "failed"; id: number; error: ReadError };
