import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldKnown, foldSameLength, isPlainText } from "./fold.js";

describe("isPlainText", () => {
  it.each([
    ["Trước ngày 31/8/2025", true],
    ["báo cáo Bộ Chính trị trong tháng 9/2025", true],
    ["trong quý IV/2025", true], // "quý" keeps its mark: no tone to move
    ["QUÝ IV", true],
    ["Đảng ủy", true],
    ["Đảng uỷ", false], // a tone to move
    ["hoà", false],
    ["QÚY IV", false], // "qú"
    ["quý\u00a0IV", false], // no-break space
    ["quý I\u20132026", false], // en dash
    ["２０２５", false], // full width
    ["Bộ".normalize("NFD"), false], // not NFC
  ])("%s → %s", (text, plain) => {
    expect(isPlainText(text)).toBe(plain);
  });

  it("plain text folds by lower case alone", () => {
    const pieces = [
      "Trước",
      "ngày",
      "Hoà",
      "ủy",
      "QÚY",
      "\u00a0",
      "–",
      "２",
      "İ",
      " ",
      "31/8",
      "Ủy",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join(" ").normalize("NFC");
        if (isPlainText(text)) expect(foldKnown(text, true)).toBe(foldSameLength(text));
      }),
      { numRuns: 2000 },
    );
  });
});
