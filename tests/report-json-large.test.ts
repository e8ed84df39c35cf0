import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * `nhiemvu report` on a JSON export of 300,000 tasks, made here at run time:
 * it used to crash with "Maximum call stack size exceeded" above about
 * 125,000 tasks (a spread of the whole array) and to hold the text, the parsed
 * document and zod's copies together.
 */
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const MEASURED = fileURLToPath(new URL("./fixtures/measured-cli.mjs", import.meta.url));
const COUNT = 300_000;
const AGENCIES = [
  "Bộ Nội vụ",
  "Bộ Tài chính",
  "Văn phòng Chính phủ",
  "Ủy ban nhân dân tỉnh Lào Cai",
];

function task(i: number): object {
  const month = 1 + (i % 12);
  const due = `2025-${String(month).padStart(2, "0")}-28`;
  return {
    code: `${100 + (i % 40)}-KL/TW@2025-01-15#${i + 1}`,
    documentId: `${100 + (i % 40)}-KL/TW@2025-01-15`,
    ref: String(i + 1),
    text: `Khẩn trương hoàn thiện đề án sắp xếp tổ chức bộ máy, báo cáo kết quả thực hiện số ${i + 1}`,
    summary: "",
    lead: [{ id: null, name: AGENCIES[i % AGENCIES.length] }],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      text: `trong tháng ${month}/2025`,
      flags: [],
      date: due,
      precision: "day",
      bound: "inclusive",
    },
    originalDue: due,
    currentDue: due,
    extensions: [],
    completedOn: i % 3 === 0 ? due : null,
    progress: [],
  };
}

describe("a JSON export of 300,000 tasks", () => {
  it("makes a report", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-json-large-"));
    const file = join(cwd, "xuat.json");
    const out = createWriteStream(file);
    out.write("[");
    for (let i = 0; i < COUNT; i += 1) {
      if (!out.write(`${i ? "," : ""}${JSON.stringify(task(i))}`)) await once(out, "drain");
    }
    out.end("]");
    await once(out, "finish");
    const rss = join(cwd, "rss");
    const r = spawnSync(
      process.execPath,
      [MEASURED, MAIN, rss, "report", "xuat.json", "--month", "2025-11", "--out", "r.xlsx"],
      { cwd, encoding: "utf8", env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" }, timeout: 300_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Tổng số ${(300_000).toLocaleString("vi-VN")} nhiệm vụ`);
    expect(existsSync(join(cwd, "r.xlsx"))).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(["r.xlsx", "rss", "xuat.json"]);
    // The bound: the bench's json-report measured 436 MB peak (1,022 MB before
    // the shared task parts, the drained sheet streams and the leaner evaluateTask).
    expect(Number(readFileSync(rss, "utf8")) / 1024).toBeLessThan(500);
  }, 300_000);

  it("stopped by SIGTERM mid-write, leaves no temporary file next to the output", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "nhiemvu-json-sigterm-"));
    const file = join(cwd, "xuat.json");
    const out = createWriteStream(file);
    out.write("[");
    for (let i = 0; i < 100_000; i += 1) {
      if (!out.write(`${i ? "," : ""}${JSON.stringify(task(i))}`)) await once(out, "drain");
    }
    out.end("]");
    await once(out, "finish");
    const child = spawn(
      process.execPath,
      [MAIN, "report", "xuat.json", "--month", "2025-11", "--out", "r.xlsx"],
      { cwd, env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" }, stdio: "ignore" },
    );
    const exited = once(child, "exit");
    // Wait for the report's temporary file, then stop the process as Ctrl-C or a service manager would.
    const started = Date.now();
    while (!readdirSync(cwd).some((f) => f.endsWith(".tmp")) && Date.now() - started < 120_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(cwd).some((f) => f.endsWith(".tmp"))).toBe(true);
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(143);
    expect(readdirSync(cwd)).toEqual(["xuat.json"]);
  }, 300_000);
});
