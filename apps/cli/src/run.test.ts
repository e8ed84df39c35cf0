import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";
import type { CliIo } from "./command.js";

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readStdin: async () => "",
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    env: {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe("nhiemvu", () => {
  it("--version prints the package version", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nhiemvu \d+\.\d+\.\d+\n$/);
  });

  it("help report prints the report command's help with examples, not the main help", async () => {
    const r = await run(["help", "report"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nhiemvu report — /);
    expect(r.stdout).toContain("Ví dụ:");
  });

  it.each(["report", "tracking", "import", "refresh"])("%s --help has examples", async (name) => {
    expect((await run([name, "--help"])).stdout).toContain(`Ví dụ:\n  nhiemvu ${name}`);
  });

  it("an unknown flag is named in Vietnamese, without Node's English", async () => {
    const r = await run(["tracking", "--outt", "x.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Tham số không hợp lệ: không có tùy chọn --outt");
    expect(r.stderr).not.toMatch(/positional|Unknown option/);
  });

  it("a flag without its value says so", async () => {
    const r = await run(["refresh", "so.xlsx", "--as-of"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tùy chọn --as-of cần một giá trị");
  });

  it("a date that is no day is refused with the forms it takes", async () => {
    const r = await run(["refresh", "so.xlsx", "--as-of", "31/02/2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("dd/mm/yyyy hoặc YYYY-MM-DD");
  });

  it("help of an unknown command names it", async () => {
    const r = await run(["help", "baocao"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Lệnh không tồn tại: "baocao"');
  });
});

describe("nhiemvu deadline", () => {
  it("reads a phrase given as an argument, with the date as officers write it", async () => {
    const r = await run(["deadline", "--ref", "29/08/2025", "trong tháng 9/2025"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("30/09/2025");
  });
});
