// foldKey's tone placement, and the word lists matched on folded text written in folded form.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foldKey } from "./agency-phrase.js";
import { extractDirective } from "./extract.js";

describe("foldKey", () => {
  it.each([
    // Open syllables have two tone placements: folded to one.
    ["Hoà bình", "hòa bình"],
    ["khoá học", "khóa học"],
    ["Uỷ ban nhân dân", "ủy ban nhân dân"],
    // Closed syllables have one: kept as written.
    ["Hoàn thành", "hoàn thành"],
    ["Tập đoàn", "tập đoàn"],
    ["toàn diện", "toàn diện"],
    ["khoán", "khoán"],
  ])("%j → %j", (text, folded) => expect(foldKey(text)).toBe(folded));

  it("every word written in a rule file that reads folded text is in folded form", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const offending: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const source = readFileSync(dir + f, "utf8");
      if (!source.includes("foldKey")) continue;
      for (const line of source.split("\n")) {
        // Comments, and foldKey's own rewriting.
        if (/^\s*(?:\/\/|\*|\/\*)|\.replace\(\/(?:uỷ|o[àáảãạ])/u.test(line)) continue;
        for (const word of line.toLowerCase().match(/\p{L}+/gu) ?? [])
          if (foldKey(word) !== word) offending.push(`${f}: ${word}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("'Các Tập đoàn …' opens a body's name", () => {
    const r = extractDirective(
      "CHỈ THỊ\n\n1. Các Tập đoàn kinh tế nhà nước chủ động rà soát các dự án đầu tư.\n",
      { documentDate: "2025-10-01" },
    );
    expect(r.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([
      ["Các Tập đoàn kinh tế nhà nước"],
    ]);
  });
});
