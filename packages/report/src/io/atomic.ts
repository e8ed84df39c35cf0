import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Write a file all or nothing: `write` fills a temporary file in the same
 * directory (same file system, so the rename is atomic), which replaces the
 * target only on success. On any failure the temporary file is removed and
 * no output is left behind.
 */
export async function writeAtomically<T>(
  target: string,
  write: (tempPath: string) => Promise<T>,
): Promise<T> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const result = await write(temp);
    await rename(temp, target);
    return result;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
