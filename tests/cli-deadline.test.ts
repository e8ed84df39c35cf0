import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// End to end: the built CLI binary, as a user or a checking script runs it.
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));

function nhiemvu(args: string[], stdin: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, TZ: "America/Los_Angeles" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("nhiemvu deadline (built binary)", () => {
  it("reads the domain table's phrases and prints one JSON object each (exit 0)", () => {
    const phrases = [
      "trong tháng 9/2025",
      "trong quý IV/2025",
      "quý I-2026",
      "trước ngày 31/8/2025",
      "chậm nhất vào ngày 15/10/2025",
      "trong tuần đầu tháng 10-2025",
      "chậm nhất trước ngày 25 hàng tháng",
      "trong thời hạn 15 ngày làm việc kể từ ngày ký",
      "tại Hội nghị Trung ương 14 vào tháng 11-2025",
      "ngay từ năm học 2025 - 2026",
      "khẩn trương",
      "thường xuyên",
      "không biết khi nào",
    ];
    const r = nhiemvu(["deadline", "--ref", "2025-08-29", "--json"], phrases.join("\n") + "\n");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l["input"])).toEqual(phrases);
    expect(lines.map((l) => [l["kind"], l["due"], l["bound"]])).toEqual([
      ["date", "2025-09-30", "inclusive"],
      ["date", "2025-12-31", "inclusive"],
      ["date", "2026-03-31", "inclusive"],
      ["date", "2025-08-31", "before"],
      ["date", "2025-10-15", "inclusive"],
      ["date", "2025-10-07", "inclusive"],
      ["recurring", "2025-09-25", "before"],
      ["relative", expect.stringMatching(/^2025-09-\d\d$/), "inclusive"],
      ["event", "2025-11-30", "inclusive"],
      ["ongoing", null, null],
      ["urgent", null, null],
      ["ongoing", null, null],
      ["unparsed", null, null],
    ]);
    expect(lines[5]?.["flags"]).toContain("ambiguous");
    expect(lines[6]?.["recurrence"]).toBe("monthly:25");
    expect(lines[9]?.["flags"]).toContain("start_of_obligation");
    expect(lines[12]?.["flags"]).toEqual(["unparsed"]);
  });

  it("gives the same answers for NFD input and odd dashes", () => {
    const nfc = nhiemvu(["deadline", "--ref", "2025-08-29", "--json"], "trong quý I-2026\n");
    const nfd = nhiemvu(
      ["deadline", "--ref", "2025-08-29", "--json"],
      "trong quý I\u20132026\n".normalize("NFD"),
    );
    const pick = (s: string) =>
      jsonLines(s).map((l) => [l["kind"], l["due"], l["bound"], l["flags"]]);
    expect(pick(nfd.stdout)).toEqual(pick(nfc.stdout));
  });

  it("prints aligned Vietnamese lines without --json", () => {
    const r = nhiemvu(["deadline", "--ref", "2025-08-29"], "trong tháng 9/2025\nabc\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "trong tháng 9/2025  →  30/09/2025 (đến hết ngày)\nabc                 →  không xác định\n",
    );
  });

  it("exits 2 with a Vietnamese message when --ref is missing", () => {
    const r = nhiemvu(["deadline", "--json"], "trong tháng 9/2025\n");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Thiếu --ref");
  });

  it("exits 2 on an unknown option", () => {
    const r = nhiemvu(["deadline", "--ref", "2025-08-29", "--xyz"], "x\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Tham số không hợp lệ");
  });

  it("exits 1 with a Vietnamese message when stdin holds no phrase", () => {
    const r = nhiemvu(["deadline", "--ref", "2025-08-29"], "\n \n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Không có cụm từ thời hạn nào");
  });
});
