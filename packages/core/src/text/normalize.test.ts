import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatch, isPrecomposed, normalizeVietnamese, stripDiacritics } from "./normalize.js";

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

  it.each([
    ["OÀ", "ÒA"],
    ["hoặc", "hoặc"],
    ["thuở", "thuở"],
    ["xoè ra", "xòe ra"],
    ["QUÝ", "QUÝ"],
    ["Hoà-bình", "Hòa-bình"],
  ])("precomposed %s → %s", (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it("reads precomposed (NFC) and decomposed (NFD) input alike", () => {
    const syllables = ["hoà", "hòa", "HOÀ", "Hoạ", "khoẻ", "uỷ", "ỦY", "quý", "quỳ", "hoặc"];
    const pieces = [...syllables, "oá", "uý", "oẹ", "q", "a", " ", "-", "ban", "Thuỵ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const nfc = parts.join("").normalize("NFC");
        expect(isPrecomposed(nfc)).toBe(true);
        expect(normalizeVietnamese(nfc)).toBe(normalizeVietnamese(nfc.normalize("NFD")));
      }),
      { numRuns: 2000 },
    );
  });

  it("tells precomposed text from text with combining marks", () => {
    expect(isPrecomposed("Bộ Nội vụ, tháng 9/2025\n")).toBe(true);
    expect(isPrecomposed("Bộ Nội vụ".normalize("NFD"))).toBe(false);
    expect(isPrecomposed("Ω")).toBe(false);
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
