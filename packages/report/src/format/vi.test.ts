import { describe, expect, it } from "vitest";
import { placeDateLine, upperVi, viDate, viInteger, viPercent } from "./vi.js";

describe("placeDateLine", () => {
  it.each([
    ["2025-12-05", "Hà Nội, ngày 05 tháng 12 năm 2025"],
    ["2026-01-20", "Hà Nội, ngày 20 tháng 01 năm 2026"],
    ["2026-02-01", "Hà Nội, ngày 01 tháng 02 năm 2026"],
    ["2026-03-09", "Hà Nội, ngày 09 tháng 3 năm 2026"],
    ["2025-11-14", "Hà Nội, ngày 14 tháng 11 năm 2025"],
  ])("%s → %s", (iso, line) => {
    expect(placeDateLine("Hà Nội", iso)).toBe(line);
  });
});

describe("Vietnamese numbers and dates", () => {
  it("writes dd/mm/yyyy and nothing for no date", () => {
    expect(viDate("2025-08-03")).toBe("03/08/2025");
    expect(viDate(null)).toBe("");
  });
  it("writes 98,62% with a decimal comma", () => {
    expect(viPercent(98.62)).toBe("98,62%");
    expect(viPercent(0)).toBe("0,00%");
  });
  it("groups thousands with dots", () => {
    expect(viInteger(16274)).toBe("16.274");
    expect(viInteger(999)).toBe("999");
  });
  it("capitalises Vietnamese letters in NFC, whatever the input form", () => {
    expect(upperVi("Đảng uỷ Chính phủ".normalize("NFD"))).toBe("ĐẢNG UỶ CHÍNH PHỦ");
  });
});
