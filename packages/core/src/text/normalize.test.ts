import { describe, expect, it } from "vitest";
import { foldForMatch, normalizeVietnamese, stripDiacritics } from "./normalize.js";

describe("normalizeVietnamese", () => {
  it.each([
    ["Đảng uỷ Chính phủ", "Đảng ủy Chính phủ"],
    ["Đảng ủy Chính phủ", "Đảng ủy Chính phủ"],
    ["hoà", "hòa"],
    ["Hoà Bình", "Hòa Bình"],
    ["khoẻ", "khỏe"],
    ["THUỶ", "THỦY"],
  ])("folds the tone placement of %s to %s", (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it("keeps the mark on y after the consonant qu (quý stays quý)", () => {
    expect(normalizeVietnamese("quý IV")).toBe("quý IV");
  });

  it("does not touch oa/uy that are not syllable-final (hoàn, tuyến)", () => {
    expect(normalizeVietnamese("hoàn thành tuyến")).toBe("hoàn thành tuyến");
  });

  it("gives NFC output for NFD input", () => {
    const nfd = "Bộ Nội vụ, tháng 9/2025".normalize("NFD");
    expect(normalizeVietnamese(nfd)).toBe("Bộ Nội vụ, tháng 9/2025");
  });

  it("unifies en/em dashes and non-breaking spaces", () => {
    expect(normalizeVietnamese("quý I\u20132026\u00A0nay")).toBe("quý I-2026 nay");
  });
});

describe("foldForMatch", () => {
  it("makes case, spacing, tone placement and NFD irrelevant", () => {
    const a = foldForMatch("  Đảng  Uỷ   Bộ Nội vụ, ");
    const b = foldForMatch("đảng ủy bộ nội vụ".normalize("NFD"));
    expect(a).toBe(b);
  });
  it("keeps distinct names distinct", () => {
    expect(foldForMatch("Bộ Nội vụ")).not.toBe(foldForMatch("Đảng ủy Bộ Nội vụ"));
  });
});

describe("stripDiacritics", () => {
  it("maps đ to d and drops marks, so typos like 'tinh uỷ' can be caught", () => {
    expect(stripDiacritics("tỉnh ủy")).toBe(stripDiacritics("tinh uỷ"));
  });
});

// Hot paths fold case with toLowerCase()/toUpperCase() instead of the "vi" locale,
// which V8 looks up on every call. That is exact only while Vietnamese has no
// language-specific mapping (Unicode SpecialCasing.txt conditions only lt, tr
// and az): checked here for every code point and the context-dependent sigma.
describe("case mapping", () => {
  it("is the same with and without the Vietnamese locale", () => {
    const differs: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLocaleLowerCase("vi") !== ch.toLowerCase()) differs.push(`lower ${cp.toString(16)}`);
      if (ch.toLocaleUpperCase("vi") !== ch.toUpperCase()) differs.push(`upper ${cp.toString(16)}`);
    }
    for (const text of ["ỦY BAN NHÂN DÂN ĐẮK LẮK", "ΟΔΟΣ ΣΑΣ.", "İ ı i I", "ǅ ǈ ǋ ǲ"]) {
      if (text.toLocaleLowerCase("vi") !== text.toLowerCase()) differs.push(`lower ${text}`);
      if (text.toLocaleUpperCase("vi") !== text.toUpperCase()) differs.push(`upper ${text}`);
    }
    expect(differs).toEqual([]);
  });
});

describe("normalizeVietnamese without normalising", () => {
  // The characters normalizeVietnamese passes through without NFD/NFC (its SETTLED class).
  const settled: string[] = [];
  for (const [from, to] of [
    [0x0000, 0x024f],
    [0x1e00, 0x1eff],
    [0x2002, 0x206f],
    [0x20ab, 0x20ab],
  ] as const) {
    for (let cp = from; cp <= to; cp += 1) settled.push(String.fromCodePoint(cp));
  }
  /** The full rule: NFD, the tone moved to the first vowel of oa/oe/uy, NFC. */
  const reference = (text: string) =>
    text
      .normalize("NFD")
      .replace(
        /(?<![q])(o)(a)([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\u0300-\u036f])/giu,
        "$1$3$2",
      )
      .replace(
        /(?<![q])(o)(e)([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\u0300-\u036f])/giu,
        "$1$3$2",
      )
      .replace(
        /(?<![q])(u)(y)([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\u0300-\u036f])/giu,
        "$1$3$2",
      )
      .normalize("NFC")
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
      .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, " ");

  it("passes through only characters that NFC keeps, alone and next to each other", () => {
    const changed: string[] = [];
    for (const a of settled) {
      if (a.normalize("NFC") !== a || /^\p{M}/u.test(a.normalize("NFD"))) changed.push(a);
      for (const b of settled) if ((a + b).normalize("NFC") !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });

  it.each([
    ["hoà hợp, thuỷ lợi, khoẻ", "hòa hợp, thủy lợi, khỏe"],
    ["HOÀ BÌNH, UỶ BAN", "HÒA BÌNH, ỦY BAN"],
    ["Ho\u0300a Bi\u0300nh", "Hòa Bình"],
    ["quý IV, hoàn thành, tuyến", "quý IV, hoàn thành, tuyến"],
    ["Bộ Tài chính\u2013Bộ Y tế\u00a0số 12/2025", "Bộ Tài chính-Bộ Y tế số 12/2025"],
    ["\u2000\u2001\u212b", "  Å"],
  ])("gives the full rule's result for %j", (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
    expect(reference(input)).toBe(expected);
  });

  it("gives the full rule's result for every character of the BMP", () => {
    const differs: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (normalizeVietnamese(ch) !== reference(ch)) differs.push(cp.toString(16));
    }
    expect(differs).toEqual([]);
  });

  it("gives the full rule's result for every pair of passed-through characters", () => {
    const differs: string[] = [];
    const vowels = settled.filter((c) => /[ouOU]/u.test(c.normalize("NFD")));
    for (const a of vowels) {
      for (const b of settled)
        if (normalizeVietnamese(a + b) !== reference(a + b)) differs.push(a + b);
    }
    expect(differs).toEqual([]);
  });

  it("gives the full rule's result for o/u, a toned vowel and any passed-through character", () => {
    const differs: string[] = [];
    for (const a of ["o", "u", "O", "U"]) {
      for (const b of "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ") {
        for (const c of settled) {
          const text = `${a}${b}${c}`;
          if (normalizeVietnamese(text) !== reference(text)) differs.push(text);
        }
      }
    }
    expect(differs).toEqual([]);
  });
});
