import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReadError, ReadLimits } from "./errors.js";
import type { WorkerJob, WorkerMessage } from "./worker-protocol.js";

/** What the pool reports of one job, as the worker sends it. */
export interface JobListener {
  message(message: Exclude<WorkerMessage, { type: "done" | "failed" }>): void;
  /** The job's end: the worker's done/failed, or the pool's own verdict (heap, time, crash). */
  end(
    result: Extract<WorkerMessage, { type: "done" }> | { type: "failed"; error: ReadError },
  ): void;
}

interface Slot {
  worker: Worker;
  job: {
    id: number;
    listener: JobListener;
    timer: NodeJS.Timeout;
    file: string;
    limits: ReadLimits;
  } | null;
}

/**
 * Long-lived reading workers, as many as the machine has cores (or files),
 * reused from file to file. A worker is replaced only when a bound ends it:
 * its heap cap (the thread dies), the hard timeout (a parse stuck inside one
 * huge XML node never reaches the reader's own clock check) or a crash. Idle
 * workers do not keep the process alive.
 */
export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { job: WorkerJob; listener: JobListener }[] = [];
  private nextId = 1;

  constructor(
    private readonly url: URL,
    private readonly heapMb: number,
    private readonly size: number = Math.max(1, availableParallelism()),
  ) {}

  read(file: string, limits: ReadLimits, listener: JobListener): void {
    this.waiting.push({ job: { id: this.nextId++, file, limits }, listener });
    this.pump();
  }

  /** End every worker (tests, and a process that wants to exit at once). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.waiting.shift();
      if (!next) return;
      this.start(slot, next.job, next.listener);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, {
      resourceLimits: {
        maxOldGenerationSizeMb: this.heapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(this.heapMb / 8))),
      },
      stdout: true,
      stderr: true,
    });
    const slot: Slot = { worker, job: null };
    this.slots.push(slot);
    worker.on("message", (message: WorkerMessage) => {
      const job = slot.job;
      if (!job || message.id !== job.id) return;
      if (message.type === "done" || message.type === "failed") {
        this.finish(slot, message, false);
      } else job.listener.message(message);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const job = slot.job;
      if (!job) return this.retire(slot);
      this.finish(
        slot,
        {
          type: "failed",
          error:
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? { code: "memory_limit", file: job.file, limit: this.heapMb }
              : { code: "corrupt", file: job.file },
        },
        true,
      );
    });
    worker.on("exit", () => {
      const job = slot.job;
      if (job)
        this.finish(slot, { type: "failed", error: { code: "corrupt", file: job.file } }, true);
      else this.retire(slot);
    });
    worker.unref();
    return slot;
  }

  private start(slot: Slot, job: WorkerJob, listener: JobListener): void {
    const timer = setTimeout(
      () =>
        this.finish(
          slot,
          {
            type: "failed",
            error: { code: "time_limit", file: job.file, limit: job.limits.timeoutMs },
          },
          true,
        ),
      job.limits.timeoutMs + 1_000,
    );
    slot.job = { id: job.id, listener, timer, file: job.file, limits: job.limits };
    slot.worker.ref();
    slot.worker.postMessage(job);
  }

  private finish(
    slot: Slot,
    result: Extract<WorkerMessage, { type: "done" }> | { type: "failed"; error: ReadError },
    kill: boolean,
  ): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    slot.job = null;
    if (kill) {
      this.retire(slot);
      void slot.worker.terminate();
    } else slot.worker.unref();
    job.listener.end(result);
    this.pump();
  }

  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
