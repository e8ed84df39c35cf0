import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeReadError, readTrackingWorkbook, workerAvailable } from "@nhiemvu/report";
import { describe, expect, it } from "vitest";
import { craftXlsx } from "./fixtures/craft-xlsx.js";

/**
 * Hostile workbooks against the built reader (dist/, so the worker thread with
 * its heap cap is the one users get). Files are crafted here at run time.
 */
const dir = mkdtempSync(join(tmpdir(), "nhiemvu-bounds-"));
const HEADER =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Mã nhiệm vụ</t></is></c>` +
  `<c r="B1" t="inlineStr"><is><t>Ngày văn bản</t></is></c>` +
  `<c r="C1" t="inlineStr"><is><t>Nội dung nhiệm vụ</t></is></c>` +
  `<c r="D1" t="inlineStr"><is><t>Thời hạn (nguyên văn)</t></is></c></row>`;

function write(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** n empty-ish rows after the header: tiny on disk, a huge row count once inflated. */
function manyRows(n: number): string {
  const parts = [HEADER];
  for (let r = 2; r <= n + 1; r += 1) parts.push(`<row r="${r}"><c r="E${r}"><v>1</v></c></row>`);
  return parts.join("");
}

describe("bounded reading of untrusted workbooks (worker thread)", () => {
  it("runs in a worker thread in the built package", () => {
    expect(workerAvailable()).toBe(true);
  });

  it("stops a sheet with a huge row count at the row limit", async () => {
    const file = write("many-rows.xlsx", craftXlsx(manyRows(200_000)));
    const outcome = await readTrackingWorkbook(file, { limits: { maxRows: 50_000 } });
    expect(outcome).toMatchObject({ ok: false, error: { code: "row_limit", limit: 50_000 } });
    if (outcome.ok) return;
    expect(describeReadError(outcome.error)).toBe(
      `Tệp "${file}" có quá nhiều dòng (giới hạn 50000 dòng); dừng đọc.`,
    );
  });

  it("stops a shared-strings bomb at the worker's heap cap", async () => {
    // One 400 MB string: about 400 KB compressed, far beyond a 64 MB heap once parsed.
    const bomb = Buffer.alloc(400 * 1024 * 1024, "A");
    const sst = Buffer.concat([
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>`,
      ),
      bomb,
      Buffer.from(`</t></si></sst>`),
    ]);
    const file = write("bomb.xlsx", craftXlsx(HEADER, sst));
    const started = Date.now();
    const outcome = await readTrackingWorkbook(file, {
      limits: { maxHeapMb: 64, timeoutMs: 60_000 },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("memory_limit");
    expect(describeReadError(outcome.error)).toContain(
      "cần quá nhiều bộ nhớ để đọc (giới hạn 64 MB)",
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("refuses before inflating when the declared size is over the limit", async () => {
    const file = write("declared.xlsx", craftXlsx(manyRows(1_000)));
    const outcome = await readTrackingWorkbook(file, { limits: { maxUncompressedMb: 0.01 } });
    expect(outcome).toMatchObject({ ok: false, error: { code: "too_large" } });
  });

  it("stops a slow read at the wall-clock limit", async () => {
    const file = write("slow.xlsx", craftXlsx(manyRows(300_000)));
    const outcome = await readTrackingWorkbook(file, {
      limits: { timeoutMs: 200, maxRows: 10_000_000 },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: "time_limit", limit: 200 } });
  });
});
