import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SheetRowError, Task } from "@nhiemvu/core";
import {
  DEFAULT_READ_LIMITS,
  type ReadError,
  type ReadLimits,
  type ReadWarning,
} from "./errors.js";
import { ReaderPool } from "./pool.js";
import { sniffWorkbook } from "./sniff.js";
import { TaskUnpacker } from "./task-transfer.js";
import { classifyParseFailure, streamTrackingRows, type StreamSummary } from "./stream-rows.js";

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /**
   * Read in a pooled worker thread with a heap cap and a hard timeout
   * (default). Off only where the compiled worker is not available (unit
   * tests on sources).
   */
  isolate?: boolean;
  onTasks?: (tasks: Task[]) => void;
  onProgress?: (rowsSeen: number) => void;
}

export type ReadOutcome =
  | ({
      ok: true;
      file: string;
      /** The first tracking sheet read (all of them in `sheets`). */
      sheet: string;
      tasks: number;
      rowErrors: SheetRowError[];
      warnings: ReadWarning[];
    } & StreamSummary)
  | { ok: false; error: ReadError };

const WORKER_URL = new URL("./worker.js", import.meta.url);

/** True when the compiled worker sits next to this module (dist/, not src/). */
export function workerAvailable(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}

const pools = new Map<number, ReaderPool>();

/** The process's reading workers for a heap cap, made on first use and kept warm. */
function poolFor(heapMb: number): ReaderPool {
  let pool = pools.get(heapMb);
  if (!pool) {
    pool = new ReaderPool(WORKER_URL, heapMb);
    pools.set(heapMb, pool);
  }
  return pool;
}

/** End the reading workers now (they never keep the process alive; tests may still want them gone). */
export async function closeReaders(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close()));
}

function inWorker(file: string, limits: ReadLimits, options: ReadOptions): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    const rowErrors: SheetRowError[] = [];
    const warnings: ReadWarning[] = [];
    let taskCount = 0;
    const unpacker = new TaskUnpacker();
    poolFor(limits.maxHeapMb).read(file, limits, {
      message(message) {
        switch (message.type) {
          case "tasks": {
            const tasks = unpacker.unpack(message);
            taskCount += tasks.length;
            options.onTasks?.(tasks);
            break;
          }
          case "rowErrors":
            for (const e of message.errors) rowErrors.push(e);
            break;
          case "warnings":
            for (const w of message.warnings) warnings.push(w);
            break;
          case "progress":
            options.onProgress?.(message.rows);
            break;
          default: {
            const never: never = message;
            return never;
          }
        }
      },
      end(result) {
        if (result.type === "failed") return resolve({ ok: false, error: result.error });
        const { sheets, rows, counts } = result;
        resolve({
          ok: true,
          file,
          sheet: sheets[0] ?? "",
          sheets,
          rows,
          counts,
          tasks: taskCount,
          rowErrors,
          warnings,
        });
      },
    });
  });
}

async function inProcess(
  file: string,
  limits: ReadLimits,
  options: ReadOptions,
): Promise<ReadOutcome> {
  const rowErrors: SheetRowError[] = [];
  const warnings: ReadWarning[] = [];
  let taskCount = 0;
  try {
    const summary = await streamTrackingRows(file, limits, {
      tasks: (tasks) => {
        taskCount += tasks.length;
        options.onTasks?.(tasks);
      },
      rowErrors: (errors) => {
        for (const e of errors) rowErrors.push(e);
      },
      warnings: (batch) => {
        for (const w of batch) warnings.push(w);
      },
      ...(options.onProgress ? { progress: options.onProgress } : {}),
    });
    return {
      ok: true,
      file,
      sheet: summary.sheets[0] ?? "",
      ...summary,
      tasks: taskCount,
      rowErrors,
      warnings,
    };
  } catch (error) {
    return { ok: false, error: classifyParseFailure(file, error, limits) };
  }
}

/**
 * Read one tracking workbook, bounded: a cheap look at the file first (a
 * directory, not an xlsx, encrypted, an old .xls), then a streaming read in a
 * pooled worker thread with a heap cap, counting inflated bytes, shared
 * strings, rows, cells and time. Tasks arrive through `onTasks` in batches;
 * bad rows come back as errors naming their cell. Never throws for a bad file.
 */
export async function readTrackingWorkbook(
  file: string,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const sniffed = await sniffWorkbook(file);
  if (sniffed) return { ok: false, error: sniffed };
  const isolate = options.isolate ?? workerAvailable();
  return isolate ? inWorker(file, limits, options) : inProcess(file, limits, options);
}
