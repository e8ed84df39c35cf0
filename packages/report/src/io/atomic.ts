import { randomBytes } from "node:crypto";
import { rmSync, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The target of a write is an existing directory: nothing is written. */
export class OutputIsDirectory extends Error {
  constructor(readonly target: string) {
    super("output is a directory");
  }
}

/** Temporary files being written now, removed if the process is stopped (Ctrl-C, SIGTERM). */
const live = new Set<string>();
const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

function onSignal(signal: keyof typeof SIGNALS): void {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
  process.exit(SIGNALS[signal]);
}

function track(temp: string): void {
  if (live.size === 0)
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[])
      process.on(signal, onSignal);
  live.add(temp);
}

function untrack(temp: string): void {
  live.delete(temp);
  if (live.size === 0)
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[])
      process.off(signal, onSignal);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Write a file all or nothing: `write` fills a temporary file in the same
 * directory (same file system, so the rename is atomic), which replaces the
 * target only on success. On any failure, and when the process is stopped by
 * SIGINT or SIGTERM mid-write, the temporary file is removed and no output is
 * left behind. A target that is a directory is refused before anything is written.
 */
export async function writeAtomically<T>(
  target: string,
  write: (tempPath: string) => Promise<T>,
): Promise<T> {
  if (isDirectory(target)) throw new OutputIsDirectory(target);
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  track(temp);
  try {
    const result = await write(temp);
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrack(temp);
  }
}
