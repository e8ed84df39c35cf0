import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";

/** catalogue → `nhiemvu tracking` → `nhiemvu report` gives the report the catalogue gives. */
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const nhiemvu = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" },
  });

/** Rows of every sheet of a report, by sheet name. */
function sheets(file: string): Record<string, unknown[][]> {
  const wb = XLSX.read(readFileSync(file));
  return Object.fromEntries(
    wb.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] ?? {}, { header: 1, raw: true }),
    ]),
  );
}

describe("catalogue → tracking workbook → report", () => {
  it("moves no task with no deadline words to 'Thời hạn chưa xác định'", () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-catalogue-rt-"));
    expect(nhiemvu(["tracking", "--out", "so.xlsx", "--as-of", "2025-12-14"], cwd).status).toBe(0);
    expect(
      nhiemvu(["report", "so.xlsx", "--month", "2025-12", "--out", "r.xlsx"], cwd).status,
    ).toBe(0);
    expect(nhiemvu(["report", "--month", "2025-12", "--out", "c.xlsx"], cwd).status).toBe(0);
    const fromBook = sheets(join(cwd, "r.xlsx"));
    const fromCatalogue = sheets(join(cwd, "c.xlsx"));
    const name = "Thời hạn chưa xác định";
    expect(fromBook[name]?.length).toBe(fromCatalogue[name]?.length);
  });
});
