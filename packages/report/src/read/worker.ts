import { parentPort, workerData } from "node:worker_threads";
import { classifyParseFailure, ReadAbort, streamTrackingRows } from "./stream-rows.js";
import type { WorkerInput, WorkerMessage } from "./worker-protocol.js";

/**
 * Worker entry: stream one untrusted workbook under the heap cap its parent
 * set (resourceLimits) and post tasks back in batches, so neither a huge nor
 * a crafted file can take the parent's memory.
 */
const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

streamTrackingRows(input.file, input.limits, {
  tasks: (tasks) => post({ type: "tasks", tasks }),
  rowErrors: (errors) => post({ type: "rowErrors", errors }),
  progress: (rows) => post({ type: "progress", rows }),
}).then(
  (summary) => post({ type: "done", ...summary }),
  (error: unknown) =>
    post({
      type: "failed",
      error: error instanceof ReadAbort ? error.error : classifyParseFailure(input.file, error),
    }),
);
