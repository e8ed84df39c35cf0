import { parentPort } from "node:worker_threads";
import { classifyParseFailure, streamTrackingRows } from "./stream-rows.js";
import { TaskPacker } from "./task-transfer.js";
import type { WorkerJob, WorkerMessage } from "./worker-protocol.js";

/**
 * A long-lived reading worker: reads one untrusted workbook at a time, as the
 * pool sends them, under the heap cap the pool set (resourceLimits), and posts
 * its rows back in batches. Warm across files: modules loaded and code
 * compiled once, not once per workbook.
 */
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (job: WorkerJob) => {
  queue = queue.then(async () => {
    const { id, file } = job;
    const packer = new TaskPacker();
    try {
      const summary = await streamTrackingRows(file, job.limits, {
        tasks: (tasks) => post({ type: "tasks", id, ...packer.pack(tasks) }),
        rowErrors: (errors) => post({ type: "rowErrors", id, errors }),
        warnings: (warnings) => post({ type: "warnings", id, warnings }),
        progress: (rows) => post({ type: "progress", id, rows }),
      });
      post({ type: "done", id, ...summary });
    } catch (error) {
      post({ type: "failed", id, error: classifyParseFailure(file, error, job.limits) });
    }
  });
});
