import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoFromParts } from "../dates/civil-date.js";
import { hungKingsDate, lunarNewYearDate, lunarToSolar, solarToLunar } from "./lunar.js";

describe("Vietnamese lunar calendar (UTC+7)", () => {
  it.each([
    [1985, "1985-01-21"],
    [2007, "2007-02-17"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    // The new moon of 2/2/2030 is at 16:07 UTC: 23:07 in Hà Nội, 00:07 on 3/2 in Beijing.
    [2030, "2030-02-02"],
  ])("Tết %i is %s", (year, iso) => {
    expect(lunarNewYearDate(year)).toBe(iso);
  });

  it.each([
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("Giỗ Tổ Hùng Vương %i is %s", (year, iso) => {
    expect(hungKingsDate(year)).toBe(iso);
  });

  it("computes in Vietnam's zone: Tết 1985, 2007 and 2030 differ from China's (UTC+8)", () => {
    expect(lunarNewYearDate(1985, 8)).toBe("1985-02-20");
    expect(lunarNewYearDate(2007, 8)).toBe("2007-02-18");
    expect(lunarNewYearDate(2030, 8)).toBe("2030-02-03");
  });

  it("finds the leap sixth month of Ất Tỵ (2025)", () => {
    expect(solarToLunar("2025-07-25")).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(solarToLunar("2025-07-24")).toEqual({ day: 30, month: 6, year: 2025, leap: false });
    expect(lunarToSolar({ day: 15, month: 8, year: 2025, leap: false })).toBe("2025-10-06");
  });

  it("puts the days before Tết in the previous lunar year", () => {
    expect(solarToLunar("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar("2026-02-17")).toEqual({ day: 1, month: 1, year: 2026, leap: false });
  });

  it("refuses lunar dates that do not exist", () => {
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 6, year: 2026, leap: true })).toBeNull();
    // The month before Tết 2026 has 29 days.
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
  });

  // The mean-month estimate lands one month late on these days (it gave "day 0").
  it.each([
    ["2054-05-07", { day: 30, month: 3, year: 2054, leap: false }],
    ["2062-04-09", { day: 30, month: 2, year: 2062, leap: false }],
  ])("%s, the day before a new moon, is the 30th of its lunar month", (iso, lunar) => {
    expect(solarToLunar(iso)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(iso);
  });

  it("round-trips every solar day 1900–2100 through the lunar calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73_000 }), (offset) => {
        const base = new Date(Date.UTC(1900, 0, 1 + offset));
        const iso = isoFromParts(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
        if (iso === null) return;
        expect(lunarToSolar(solarToLunar(iso))).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });
});
