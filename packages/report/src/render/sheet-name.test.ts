import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidSheetName, safeSheetName } from "./sheet-name.js";

describe("safeSheetName", () => {
  it("replaces the slash of 'Tháng 9/2025'", () => {
    expect(safeSheetName("Tháng 9/2025")).toBe("Tháng 9-2025");
  });
  it("cuts to 31 characters", () => {
    const name = safeSheetName("Nhiệm vụ chưa hoàn thành quá hạn tính đến ngày cắt số liệu");
    expect([...name]).toHaveLength(31);
  });
  it("makes names unique, ignoring case", () => {
    expect(safeSheetName("Xung đột", ["xung đột"])).toBe("Xung đột (2)");
  });
  it("never returns an invalid name, for any input", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (text, taken) => {
        expect(isValidSheetName(safeSheetName(text, taken))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
