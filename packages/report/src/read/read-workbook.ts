import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SheetRowError, Task } from "@nhiemvu/core";
import { DEFAULT_READ_LIMITS, type ReadError, type ReadLimits } from "./errors.js";
import { sniffWorkbook } from "./sniff.js";
import { classifyParseFailure, ReadAbort, streamTrackingRows } from "./stream-rows.js";
import type { WorkerInput, WorkerMessage } from "./worker-protocol.js";

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /**
   * Read in a worker thread with a heap cap and a hard timeout (default). Off
   * only where the compiled worker is not available (unit tests on sources).
   */
  isolate?: boolean;
  onTasks?: (tasks: Task[]) => void;
  onProgress?: (rowsSeen: number) => void;
}

export type ReadOutcome =
  | {
      ok: true;
      file: string;
      sheet: string;
      rows: number;
      tasks: number;
      rowErrors: SheetRowError[];
    }
  | { ok: false; error: ReadError };

const WORKER_URL = new URL("./worker.js", import.meta.url);

/** True when the compiled worker sits next to this module (dist/, not src/). */
export function workerAvailable(): boolean {
  return WORKER_URL.protocol === "file:" && existsSync(fileURLToPath(WORKER_URL));
}

function inWorker(file: string, limits: ReadLimits, options: ReadOptions): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    const rowErrors: SheetRowError[] = [];
    let taskCount = 0;
    let settled = false;
    const input: WorkerInput = {
      file,
      limits: { maxRows: limits.maxRows, timeoutMs: limits.timeoutMs },
    };
    const worker = new Worker(WORKER_URL, {
      workerData: input,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.maxHeapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.maxHeapMb / 8))),
      },
      stdout: true,
      stderr: true,
    });
    const finish = (outcome: ReadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    // The hard stop: a parse stuck inside one huge XML node never reaches the
    // worker's own clock check, so the parent ends the thread.
    const timer = setTimeout(
      () => finish({ ok: false, error: { code: "time_limit", file, limit: limits.timeoutMs } }),
      limits.timeoutMs + 1_000,
    );
    worker.on("message", (message: WorkerMessage) => {
      switch (message.type) {
        case "tasks":
          taskCount += message.tasks.length;
          options.onTasks?.(message.tasks);
          break;
        case "rowErrors":
          rowErrors.push(...message.errors);
          break;
        case "progress":
          options.onProgress?.(message.rows);
          break;
        case "done":
          finish({
            ok: true,
            file,
            sheet: message.sheet,
            rows: message.rows,
            tasks: taskCount,
            rowErrors,
          });
          break;
        case "failed":
          finish({ ok: false, error: message.error });
          break;
        default: {
          const never: never = message;
          return never;
        }
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      finish({
        ok: false,
        error:
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { code: "memory_limit", file, limit: limits.maxHeapMb }
            : classifyParseFailure(file, error),
      });
    });
    worker.on("exit", (code) => {
      finish({ ok: false, error: { code: "corrupt", file, detail: `worker exit ${code}` } });
    });
  });
}

async function inProcess(
  file: string,
  limits: ReadLimits,
  options: ReadOptions,
): Promise<ReadOutcome> {
  const rowErrors: SheetRowError[] = [];
  let taskCount = 0;
  try {
    const summary = await streamTrackingRows(file, limits, {
      tasks: (tasks) => {
        taskCount += tasks.length;
        options.onTasks?.(tasks);
      },
      rowErrors: (errors) => rowErrors.push(...errors),
      ...(options.onProgress ? { progress: options.onProgress } : {}),
    });
    return { ok: true, file, ...summary, tasks: taskCount, rowErrors };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof ReadAbort ? error.error : classifyParseFailure(file, error),
    };
  }
}

/**
 * Read one tracking workbook, bounded: a cheap look at the file first (not an
 * xlsx, encrypted, truncated, declared size over the limit), then a streaming
 * read in a worker thread with a heap cap, a row limit and a wall-clock
 * timeout. Tasks arrive through `onTasks` in batches; bad rows come back as
 * errors naming their cell. Never throws for a bad file.
 */
export async function readTrackingWorkbook(
  file: string,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const sniffed = await sniffWorkbook(file, limits);
  if (sniffed) return { ok: false, error: sniffed };
  const isolate = options.isolate ?? workerAvailable();
  return isolate ? inWorker(file, limits, options) : inProcess(file, limits, options);
}
