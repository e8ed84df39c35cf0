import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOfUtcDate } from "../dates/civil-date.js";
import { cellAddress, columnLetter, excelSerialToIso, isoToExcelSerial } from "./excel-date.js";

describe("Excel serials, 1900 date system", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2025-01-01", 45658],
    ["2025-11-28", 45989],
    ["9999-12-31", 2958465],
  ])("%s is serial %i", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it("has no date for serial 60, Excel's fictitious 29/02/1900", () => {
    expect(excelSerialToIso(60)).toBeNull();
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])(
    "has no date for serial %d",
    (serial) => {
      expect(excelSerialToIso(serial)).toBeNull();
    },
  );

  it("cannot write a date before 1900 (or no date) as a serial", () => {
    expect(isoToExcelSerial("1899-12-31")).toBeNull();
    expect(isoToExcelSerial("+010000-01-01")).toBeNull();
  });

  it("gives the same answers once more distinct days were converted than it remembers", () => {
    for (let serial = 40_000; serial < 65_000; serial += 1) {
      const iso = excelSerialToIso(serial + 0.5);
      expect(iso && isoToExcelSerial(iso)).toBe(serial);
    }
    expect(isoToExcelSerial("2025-11-28")).toBe(45989);
    expect(excelSerialToIso(45989)).toBe("2025-11-28");
    expect(() => isoToExcelSerial("2025-13-45")).toThrow(RangeError);
    expect(() => isoToExcelSerial("2025-13-45")).toThrow(RangeError);
  });

  it("drops the time of day", () => {
    expect(excelSerialToIso(45658.999)).toBe("2025-01-01");
  });

  const day = fc
    .integer({ min: 0, max: 2958463 })
    .map((n) => isoOfUtcDate(new Date(Date.UTC(1900, 0, 1) + n * 86_400_000)));

  it("round-trips every date from 1900 to 9999", () => {
    fc.assert(
      fc.property(day, (iso) => {
        const serial = isoToExcelSerial(iso);
        expect(serial).not.toBeNull();
        expect(excelSerialToIso(serial ?? 0)).toBe(iso);
      }),
      { numRuns: 100 },
    );
  });

  it("round-trips every serial but 60", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (serial) => {
          expect(isoToExcelSerial(excelSerialToIso(serial) ?? "")).toBe(serial);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("cell references", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it("quotes sheet names with spaces or non-ASCII letters", () => {
    expect(cellAddress("Theo dõi nhiệm vụ", 12, 12)).toBe("'Theo dõi nhiệm vụ'!M12");
    expect(cellAddress("Data", 0, 2)).toBe("Data!A2");
    expect(cellAddress("Anh's", 1, 3)).toBe("'Anh''s'!B3");
  });
});
