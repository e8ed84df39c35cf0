import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomically } from "./atomic.js";

describe("writeAtomically", () => {
  it("replaces the target only when the write succeeds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-atomic-"));
    const target = join(dir, "r.xlsx");
    writeFileSync(target, "old");
    await writeAtomically(target, async (temp) => writeFileSync(temp, "new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["r.xlsx"]);
  });

  it("leaves no file behind when the write fails half way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-atomic-"));
    const target = join(dir, "sub", "r.xlsx");
    await expect(
      writeAtomically(target, async (temp) => {
        writeFileSync(temp, "half");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(dir, "sub"))).toEqual([]);
  });
});
