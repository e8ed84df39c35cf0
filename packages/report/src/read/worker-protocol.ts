import type { SheetRowError, Task } from "@nhiemvu/core";
import type { ReadError, ReadLimits } from "./errors.js";

/** workerData of the reading worker. */
export interface WorkerInput {
  file: string;
  limits: Pick<ReadLimits, "maxRows" | "timeoutMs">;
}

/** Messages from the reading worker, in order: batches, then one of done/failed. */
export type WorkerMessage =
  | { type: "tasks"; tasks: Task[] }
  | { type: "rowErrors"; errors: SheetRowError[] }
  | { type: "progress"; rows: number }
  | { type: "done"; sheet: string; rows: number }
  | { type: "failed"; error: ReadError };
