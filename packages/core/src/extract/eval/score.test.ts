import { describe, expect, it } from "vitest";
import {
  bigramOverlap,
  figuresOf,
  leadMatches,
  matchTasks,
  normaliseForScoring,
  scoreFile,
  wordBigrams,
  type GoldTask,
  type ScoredTask,
} from "./score.js";

const gold = (quote: string, over: Partial<GoldTask> = {}): GoldTask => ({
  file: "x.txt",
  ref: quote.slice(0, 8),
  lead: ["Bộ Tài chính"],
  deadlineKind: "none",
  due: null,
  quote,
  ...over,
});
const task = (text: string, over: Partial<ScoredTask> = {}): ScoredTask => ({
  text,
  lead: ["Bộ Tài chính"],
  kind: "none",
  due: null,
  ...over,
});

describe("normaliseForScoring", () => {
  it.each([
    ["**Uỷ ban**  nhân dân", "ủy ban nhân dân"],
    ["Thanh Hoá | Khánh Hoà", "thanh hóa khánh hòa"],
    ["NN\\-NQ/TW", "nn-nq/tw"],
    ["# Mục _một_\n\n tiếp", "mục một tiếp"],
    ["Đảng u\u0309y", "đảng ủy"],
  ])("%j → %j", (input, want) => {
    expect(normaliseForScoring(input)).toBe(want);
  });
});

describe("word bigrams", () => {
  it("counts the share of the quote's bigrams found in the text", () => {
    const q = wordBigrams("bộ tài chính chủ trì");
    expect(q.size).toBe(4);
    expect(bigramOverlap(q, wordBigrams("giao bộ tài chính chủ trì rà soát"))).toBe(1);
    expect(bigramOverlap(q, wordBigrams("bộ tài chính phối hợp"))).toBe(0.5);
  });
});

describe("matchTasks", () => {
  it("matches a quote contained in the task after normalisation", () => {
    const m = matchTasks(
      [gold("Bộ Tài chính chủ trì")],
      [task("1. **Bộ Tài  chính** chủ trì, rà soát")],
    );
    expect(m).toEqual([{ gold: 0, extracted: 0, how: "exact" }]);
  });

  it("matches at 70 % of the quote's bigrams but not below", () => {
    // quote: 10 bigrams; the text keeps 7 of them.
    const quote = "a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11";
    expect(matchTasks([gold(quote)], [task("a1 a2 a3 a4 a5 a6 a7 a8 x a10 a11")])).toHaveLength(1);
    expect(matchTasks([gold(quote)], [task("a1 a2 a3 a4 a5 a6 a7 x a9 x a11")])).toHaveLength(0);
  });

  it("gives a gold task to the shorter of two containing tasks, then the earlier", () => {
    const g = [gold("giao bộ tài chính")];
    const long = task("1. Giao Bộ Tài chính chủ trì và các nội dung khác rất dài");
    const short = task("Giao Bộ Tài chính chủ trì");
    expect(matchTasks(g, [long, short])[0]?.extracted).toBe(1);
    expect(matchTasks(g, [short, task("Giao Bộ Tài chính chủ trì")])[0]?.extracted).toBe(0);
  });

  it("lets one extracted blob match only one gold task", () => {
    const blob = task("1. Bộ Tài chính rà soát. 2. Bộ Y tế kiểm tra.");
    const m = matchTasks([gold("Bộ Tài chính rà soát"), gold("Bộ Y tế kiểm tra")], [blob]);
    expect(m).toHaveLength(1);
  });

  it("assigns exact containments before partial matches", () => {
    const g = [gold("b1 b2 b3 b4 b5 b6 b7 b8 b9 b10 b11"), gold("c1 c2 c3")];
    // Task 0 is a partial candidate of gold 0 and an exact one of gold 1; task 1 exact for gold 0.
    const e = [
      task("b1 b2 b3 b4 b5 b6 b7 b8 x c1 c2 c3"),
      task("b1 b2 b3 b4 b5 b6 b7 b8 b9 b10 b11 z"),
    ];
    const m = matchTasks(g, e);
    expect(m).toEqual([
      { gold: 0, extracted: 1, how: "exact" },
      { gold: 1, extracted: 0, how: "exact" },
    ]);
  });
});

describe("leadMatches", () => {
  it.each([
    [["Bộ Tài chính"], ["Bộ Tài chính"], true],
    [["Bộ trưởng Bộ Tài chính"], ["Bộ Tài chính"], true],
    [["Bộ"], ["Bộ Tài chính"], true],
    [["Bộ Y tế"], ["Bộ Tài chính"], false],
    [[], ["Bộ Tài chính"], false],
    [["Ủy ban nhân dân tỉnh Lai Châu"], ["Uỷ ban nhân dân tỉnh Lai Châu"], true],
  ])("%j against %j → %s", (got, want, ok) => {
    expect(leadMatches(got, gold("q", { lead: want }))).toBe(ok);
  });

  it("accepts a name from leadAccept, and an empty lead where gold names none", () => {
    expect(leadMatches(["Bộ Công an"], gold("q", { leadAccept: ["Bộ Công an"] }))).toBe(true);
    expect(leadMatches([], gold("q", { lead: [] }))).toBe(true);
  });
});

describe("scoreFile", () => {
  const doc = { file: "x.txt", symbol: "12-NQ/TW", date: "2025-11-20", form: "f" };
  const golds = [
    gold("Bộ Tài chính rà soát", { deadlineKind: "date", due: "2025-12-31" }),
    gold("Bộ Y tế kiểm tra", { lead: ["Bộ Y tế"], deadlineKind: "urgent", kindAccept: ["none"] }),
    gold("Bộ Nội vụ tổng hợp", { lead: ["Bộ Nội vụ"], deadlineKind: "date", due: "2026-01-15" }),
  ];
  const extracted = [
    task("1. Bộ Tài chính rà soát trong tháng 12/2025.", { kind: "date", due: "2025-12-31" }),
    task("2. Bộ Y tế kiểm tra.", { lead: ["Bộ Công an"], kind: "none" }),
    task("Lời văn không phải nhiệm vụ."),
  ];

  it("counts recall, precision, kind, lead, due, date and symbol", () => {
    const { counts, detail } = scoreFile(
      doc,
      golds,
      { symbol: "12\\-NQ/TW", date: "2025-11-20" },
      extracted,
    );
    expect(counts).toMatchObject({
      gold: 3,
      extracted: 3,
      matched: 2,
      rightLead: 1,
      rightKind: 2,
      dated: 2,
      datedMatched: 1,
      rightDue: 1,
      rightDate: 1,
      rightSymbol: 1,
    });
    expect(detail.missed).toEqual([golds[2]?.ref]);
    expect(detail.extra).toEqual(["Lời văn không phải nhiệm vụ."]);
    expect(figuresOf(counts)).toMatchObject({
      recall: 66.66,
      precision: 66.66,
      lead: 50,
      due: 100,
    });
  });

  it("marks a wrong date and a wrong symbol", () => {
    const { counts } = scoreFile(doc, golds, { symbol: "13-NQ/TW", date: "2000-01-01" }, extracted);
    expect(counts.rightDate).toBe(0);
    expect(counts.rightSymbol).toBe(0);
  });
});
