import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// End to end: `nhiemvu extract VĂN-BẢN --json > nv.json` then `nhiemvu report nv.json`,
// with the built CLI, against the same directive brought in through a tracking workbook.
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const SOURCES = fileURLToPath(new URL("../packages/core/catalogue-sources/", import.meta.url));

function nhiemvu(args: string[], cwd: string, input = "") {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Ho_Chi_Minh", NHIEMVU_TODAY: "2025-12-15" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `nhiemvu extract … --json`, saved as an officer's shell would save it. */
function extractTo(cwd: string, source: string, name: string, extra: string[] = []) {
  const r = nhiemvu(["extract", source, "--json", ...extra], cwd);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  writeFileSync(join(cwd, name), r.stdout);
  return JSON.parse(r.stdout) as {
    document: { id: string | null };
    tasks: { code: string }[];
  };
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("nhiemvu report on the JSON of nhiemvu extract (built binary)", () => {
  // A công văn with monthly reports (recurring deadlines) and a kết luận with dated ones.
  it.each(["002_dfb016a19d2361ee.txt", "004_0db2f7ce7a1ff3b5.txt"])(
    "%s: the same report as from a tracking workbook the directive was imported into",
    (seed) => {
      const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-extract-report-"));
      const source = join(SOURCES, seed);
      const extracted = extractTo(cwd, source, "nv.json");
      const fromJson = nhiemvu(["report", "nv.json", "--month", "12/2025", "--json"], cwd);
      expect(fromJson.stderr).toBe("");
      expect(fromJson.code).toBe(0);
      const report = JSON.parse(fromJson.stdout) as {
        total: number;
        tasks: { code: string; documentId: string }[];
      };
      // Every extracted task, under the document's symbol and date as the extract gives them.
      expect(report.tasks.map((t) => t.code).sort()).toEqual(
        extracted.tasks.map((t) => t.code).sort(),
      );
      expect(new Set(report.tasks.map((t) => t.documentId))).toEqual(
        new Set([extracted.document.id]),
      );

      expect(nhiemvu(["tracking", "--blank", "--out", "so.xlsx"], cwd).code).toBe(0);
      expect(nhiemvu(["import", source, "--into", "so.xlsx"], cwd).code).toBe(0);
      const fromBook = nhiemvu(["report", "so.xlsx", "--month", "12/2025", "--json"], cwd);
      expect(fromBook.code).toBe(0);
      expect(JSON.parse(fromJson.stdout)).toEqual(JSON.parse(fromBook.stdout));

      // Piped: nhiemvu extract VĂN-BẢN --json | nhiemvu report -
      const json = nhiemvu(["extract", source, "--json"], cwd).stdout;
      const piped = nhiemvu(["report", "-", "--month", "12/2025", "--json"], cwd, json);
      expect(piped.stderr).toBe("");
      expect(piped.code).toBe(0);
      expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(fromJson.stdout));

      // And the workbook report itself.
      const written = nhiemvu(["report", "nv.json", "--month", "12/2025", "--out", "bc.xlsx"], cwd);
      expect(written.stderr).toBe("");
      expect(written.code).toBe(0);
      expect(written.stdout).toContain(`Tổng số ${report.total} nhiệm vụ`);
      expect(existsSync(join(cwd, "bc.xlsx"))).toBe(true);
    },
    60_000,
  );

  it("a directive without a date: says what is missing and what to run instead", () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-extract-report-"));
    writeFileSync(
      join(cwd, "chi-thi.txt"),
      "KẾT LUẬN\n\n1. Giao Bộ Nội vụ chủ trì rà soát, báo cáo Chính phủ trong tháng 12/2025.\n",
    );
    expect(extractTo(cwd, "chi-thi.txt", "nv.json").document.id).toBeNull();
    const r = nhiemvu(["report", "nv.json", "--out", "bc.xlsx"], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("tại document.id:");
    expect(r.stderr).toContain("không ghi ngày ban hành");
    expect(r.stderr).toContain('"nhiemvu extract VĂN-BẢN.txt --json --date dd/mm/yyyy"');
    expect(r.stderr).toContain('"nhiemvu import VĂN-BẢN.txt --into SỔ.xlsx --date dd/mm/yyyy"');
    expect(readdirSync(cwd).sort()).toEqual(["chi-thi.txt", "nv.json"]);
    const piped = nhiemvu(["report", "-"], cwd, readFileSync(join(cwd, "nv.json"), "utf8"));
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/^Lỗi: Đầu vào chuẩn là kết quả của "nhiemvu extract --json"/u);
    expect(piped.stderr).toContain("tại document.id:");

    // With the date given, the same text makes a report.
    extractTo(cwd, "chi-thi.txt", "nv.json", ["--date", "05/12/2025"]);
    const dated = nhiemvu(["report", "nv.json", "--json"], cwd);
    expect(dated.stderr).toBe("");
    expect(dated.code).toBe(0);
    expect(JSON.parse(dated.stdout)).toMatchObject({
      tasks: [{ code: "không-số@2025-12-05#1", due: "2025-12-31", status: "open_on_time" }],
    });
  });
});
