import { describe, expect, it } from "vitest";
import type { CliIo } from "../command.js";
import { runCli } from "../run.js";

function fakeIo(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: () => Promise.resolve(stdin),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {},
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

async function run(argv: string[], stdin: string) {
  const f = fakeIo(stdin);
  const code = await runCli(["deadline", ...argv], f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

describe("nhiemvu deadline", () => {
  it("prints one JSON object per non-blank line", async () => {
    const r = await run(
      ["--ref", "2025-08-29", "--json"],
      "trong tháng 9/2025\n\n  \nchậm nhất trước ngày 25 hàng tháng\r\nkhẩn trương\nabc xyz\n",
    );
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l["input"], l["kind"], l["due"], l["bound"]])).toEqual([
      ["trong tháng 9/2025", "date", "2025-09-30", "inclusive"],
      ["chậm nhất trước ngày 25 hàng tháng", "recurring", "2025-09-25", "before"],
      ["khẩn trương", "urgent", null, null],
      ["abc xyz", "unparsed", null, null],
    ]);
    expect(lines[1]?.["recurrence"]).toBe("monthly:25");
    expect(lines[1]?.["deadline"]).toMatchObject({
      recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-29" },
    });
    expect(lines[3]?.["flags"]).toEqual(["unparsed"]);
  });

  it("recurring phrases print their schedule and the first occurrence on or after --ref", async () => {
    const r = await run(
      ["--ref", "2025-11-20", "--json"],
      "trước ngày 10/12 hàng năm\nthứ Hai hằng tuần\nchậm nhất ngày 08 (tám) của tháng cuối quý\n",
    );
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l["kind"], l["recurrence"], l["due"], l["bound"]])).toEqual([
      ["recurring", "yearly:12-10", "2025-12-10", "before"],
      ["recurring", "weekly:mon", "2025-11-24", "inclusive"],
      ["recurring", "quarterly:last-month:8", "2025-12-08", "inclusive"],
    ]);
  });

  it("prints aligned Vietnamese lines without --json", async () => {
    const r = await run(["--ref", "2025-08-29"], "trong tháng 9/2025\nabc\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "trong tháng 9/2025  →  30/09/2025 (đến hết ngày)\nabc                 →  không xác định\n",
    );
  });

  it("missing --ref is a usage error (exit 2) in Vietnamese", async () => {
    const r = await run(["--json"], "trong tháng 9/2025\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Thiếu --ref");
  });

  it("a malformed --ref is a usage error", async () => {
    const r = await run(["--ref", "2025-02-30"], "trong tháng 9/2025\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("YYYY-MM-DD");
  });

  it("no phrase on stdin is bad input (exit 1)", async () => {
    const r = await run(["--ref", "2025-08-29"], "\n  \n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Không có cụm từ thời hạn nào");
  });

  it("--help prints the Vietnamese help", async () => {
    const r = await run(["--help"], "");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("nhiemvu deadline --ref NGÀY");
  });
});
