import { describe, expect, it } from "vitest";
import { progressBar } from "./progress.js";

describe("progressBar", () => {
  it("redraws one line, at most every 100 ms, always at the end", () => {
    const out: string[] = [];
    let t = 0;
    const bar = progressBar(
      (s) => out.push(s),
      100_000,
      "Đang ghi",
      () => t,
    );
    bar.update(10_000);
    t = 50;
    bar.update(20_000); // throttled
    t = 200;
    bar.update(100_000);
    bar.done();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\rĐang ghi \[###-{27}\]\s+10% \(10\.000\/100\.000\)$/);
    expect(out[1]).toContain("100%");
    expect(out[2]).toBe("\n");
  });
});
