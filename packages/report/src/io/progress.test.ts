import { describe, expect, it } from "vitest";
import { progressBar, progressLine } from "./progress.js";

// eslint-disable-next-line no-control-regex -- what must never reach a log file
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe("progressLine", () => {
  it("a known total: bar, percentage, done/total in Vietnamese digits", () => {
    expect(progressLine("Đang ghi", 10_000, 100_000)).toMatch(
      /^Đang ghi \[###-{27}\]\s+10% \(10\.000\/100\.000\)$/,
    );
    expect(progressLine("Đang ghi", 100_000, 100_000)).toContain("100%");
  });

  it("an unknown total: the rows seen, no percentage", () => {
    expect(progressLine("Đang đọc", 500, null)).toBe("Đang đọc: 500 dòng");
    expect(progressLine("Đang đọc", 12_000, 0)).toBe("Đang đọc: 12.000 dòng");
  });
});

describe("progressBar", () => {
  it("to a log (no terminal): plain lines only, the final count always printed", () => {
    const out: string[] = [];
    const bar = progressBar({ write: (s) => out.push(s), isTTY: false }, null, "Đang đọc");
    bar.update(120);
    bar.done(500);
    const text = out.join("");
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain("%");
    expect(text.trimEnd().split("\n").at(-1)).toBe("Đang đọc: 500 dòng");
  });

  it("a small input with --progress still shows its line", () => {
    const out: string[] = [];
    progressBar({ write: (s) => out.push(s), isTTY: false }, 3, "Đang ghi báo cáo").done(3);
    expect(out.join("")).toContain("100% (3/3)");
  });

  it("on a terminal the line is redrawn in place, cut to the width, and ends with a newline", () => {
    const out: string[] = [];
    const bar = progressBar(
      { write: (s) => out.push(s), isTTY: true, columns: 80 },
      200,
      "Đang ghi",
    );
    bar.update(100);
    bar.done(200);
    const text = out.join("");
    expect(text).toContain("0% (0/200)");
    expect(text).toContain("100% (200/200)");
    expect(text.endsWith("\n")).toBe(true);
    const narrow: string[] = [];
    progressBar({ write: (s) => narrow.push(s), isTTY: true, columns: 20 }, 200, "Đang ghi").done(
      200,
    );
    expect(narrow.join("")).toContain("Đang ghi 100% (200/");
    expect(narrow.join("")).not.toContain("#");
  });
});
