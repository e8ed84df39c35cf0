import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertIsoDate,
  compareIso,
  daysBetween,
  daysInMonth,
  formatViDate,
  fromIso,
  IsoDate,
  isIsoDate,
  isoFromParts,
  isoOfUtcDate,
  toIso,
  utcDateOf,
} from "./civil-date.js";

describe("civil dates", () => {
  it("round-trips ISO through a local Date in any zone", () => {
    for (const iso of ["2025-01-01", "2025-03-09", "2025-11-02", "2026-12-31"]) {
      expect(toIso(fromIso(iso))).toBe(iso);
    }
  });
  it("rejects days that do not exist", () => {
    expect(isoFromParts(2025, 2, 29)).toBeNull();
    expect(isoFromParts(2024, 2, 29)).toBe("2024-02-29");
    expect(isoFromParts(2025, 13, 1)).toBeNull();
  });
  it("writes spreadsheet instants at UTC midnight so the day never shifts", () => {
    expect(utcDateOf("2025-09-30").toISOString()).toBe("2025-09-30T00:00:00.000Z");
    expect(isoOfUtcDate(utcDateOf("2025-12-31"))).toBe("2025-12-31");
  });
  it("counts days between dates across month ends", () => {
    expect(daysBetween("2025-08-31", "2025-09-30")).toBe(30);
    expect(daysBetween("2025-12-31", "2025-12-01")).toBe(-30);
  });
  it("orders ISO dates as dates", () => {
    expect(compareIso("2025-09-30", "2025-10-01")).toBeLessThan(0);
  });
  it("formats dd/mm/yyyy with leading zeros", () => {
    expect(formatViDate("2025-08-03")).toBe("03/08/2025");
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["2025-04-31", false],
    ["2025-12-31", true],
    ["2025-13-01", false],
    ["2025-1-01", false],
    ["20250101", false],
    ["2025-0a-01", false],
    ["2025/01/01", false],
    ["2025-01-01\n", false],
    ["+025-01-01", false],
    ["２０２５-01-01", false],
  ])("%s → %s", (text, real) => {
    expect(isIsoDate(text)).toBe(real);
  });

  it("agrees with the IsoDate schema on every day-shaped string", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isIsoDate(text)).toBe(IsoDate.safeParse(text).success);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("daysInMonth", () => {
  it.each([
    [2025, 1, 31],
    [2025, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 12, 31],
  ])("%i-%i → %i", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("isoFromParts by arithmetic", () => {
  it("gives the day a UTC Date gives, for every day of 1999–2101", () => {
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const d = new Date(t);
      const iso = d.toISOString().slice(0, 10);
      expect(isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(iso);
    }
  });
  it.each([
    [2025, 4, 31],
    [2025, 0, 1],
    [2025, 1, 0],
    [99, 1, 1],
    [10_000, 1, 1],
    [2025.5, 1, 1],
  ])("%d-%d-%d → null", (y, m, d) => {
    expect(isoFromParts(y, m, d)).toBeNull();
  });
  it("pads years before 1000", () => {
    expect(isoFromParts(100, 3, 1)).toBe("0100-03-01");
  });
});

describe("assertIsoDate", () => {
  it.each(["2025-02-29", "2025-13-01", "2025-1-01", "2025-04-31"])("throws on %s", (text) => {
    expect(() => assertIsoDate(text)).toThrow(`not an ISO date (YYYY-MM-DD): "${text}"`);
  });
  it("passes a real day", () => {
    expect(() => assertIsoDate("2024-02-29")).not.toThrow();
  });
});
