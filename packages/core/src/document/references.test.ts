import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDocumentReferences } from "./references.js";

const brief = (text: string) =>
  findDocumentReferences(text).map((r) => [r.symbol.symbol, r.typeName, r.date]);

describe("findDocumentReferences", () => {
  it("takes the body's date of Kết luận 183, not the subject line's (322-CV/ĐU)", () => {
    expect(
      brief(
        "Bộ Chính trị, Ban Bí thư ban hành Kết luận số 183-KL/TW, ngày 01/8/2025 về tích cực triển khai",
      ),
    ).toEqual([["183-KL/TW", "Kết luận", "2025-08-01"]]);
    expect(brief("V/v triển khai Kết luận số 183-KL/TW,\nngày 25/7/2025 của Bộ Chính trị")).toEqual(
      [["183-KL/TW", "Kết luận", "2025-07-25"]],
    );
  });

  it("reads a date in parentheses with dashes (195-KL/TW)", () => {
    expect(brief("Kế hoạch số 02-KH/BCĐ (ngày 19-6-2025) của Ban Chỉ đạo Nghị quyết 57")).toEqual([
      ["02-KH/BCĐ", "Kế hoạch", "2025-06-19"],
    ]);
    expect(brief("Kết luận số 192-KL/TW (ngày 19-9-2025) của Bộ Chính trị")).toEqual([
      ["192-KL/TW", "Kết luận", "2025-09-19"],
    ]);
  });

  it("gives each of two cited rules its own date only where written (000 item 6)", () => {
    expect(
      brief("theo Quy định số 253-QĐ/TW và Quy định số 255-QĐ/TW, ngày 24/01/2025 của Ban Bí thư"),
    ).toEqual([
      ["253-QĐ/TW", "Quy định", null],
      ["255-QĐ/TW", "Quy định", "2025-01-24"],
    ]);
  });

  it("finds state symbols and symbols without a type name", () => {
    expect(brief("theo quy định tại Nghị định số 151 và Thông tư số 23/2025/TT-BNNMT.")).toEqual([
      ["23/2025/TT-BNNMT", "Thông tư", null],
    ]);
    expect(brief("tổng kết Nghị quyết 18-NQ/TW, Kế hoạch số 56-KH/BCĐ")).toEqual([
      ["18-NQ/TW", "Nghị quyết", null],
      ["56-KH/BCĐ", "Kế hoạch", null],
    ]);
    expect(brief("(Kết luận 221-KL/TW)")).toEqual([["221-KL/TW", "Kết luận", null]]);
  });

  it("reads the spaced number of the header and a report cited in parentheses", () => {
    expect(brief("Số 322 - CV/ĐU")).toEqual([["322-CV/ĐU", null, null]]);
    expect(brief("(Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị")).toEqual([
      ["565-BC/BTCTW", "Báo cáo", "2025-11-27"],
    ]);
  });

  it("spans from the type name to the date, in the NFC text", () => {
    const text = "Tại Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 của Ban Chỉ đạo";
    const [ref] = findDocumentReferences(text.normalize("NFD"));
    expect(ref?.text).toBe("Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025");
    expect(text.slice(ref?.start, ref?.end)).toBe(ref?.text);
  });

  it("does not take deadlines, months or quarters for symbols", () => {
    expect(
      brief("báo cáo Bộ Chính trị trong tháng 9/2025, quý IV/2025, trước ngày 30-10-2025"),
    ).toEqual([]);
  });

  it("never throws and gives the same result for NFC and NFD", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(findDocumentReferences(s.normalize("NFD"))).toEqual(
          findDocumentReferences(s.normalize("NFC")),
        );
      }),
      { numRuns: 100 },
    );
  });
});
