import { addDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromIso, toIso } from "../dates/civil-date.js";
import type { Recurrence } from "../model/deadline.js";
import { expandRecurrence, nextOccurrence, occurrenceAt } from "./recurrence.js";

const dues = (r: Recurrence, from: string, to: string) =>
  expandRecurrence(r, { from, to }).map((o) => o.due);

describe("expandRecurrence", () => {
  it("chậm nhất trước ngày 25 hàng tháng: one occurrence per month, due the 25th, bound before", () => {
    const r: Recurrence = { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" };
    expect(expandRecurrence(r, { from: "2025-08-01", to: "2025-10-31" })).toEqual([
      { periodStart: "2025-08-01", periodEnd: "2025-08-31", due: "2025-08-25", bound: "before" },
      { periodStart: "2025-09-01", periodEnd: "2025-09-30", due: "2025-09-25", bound: "before" },
      { periodStart: "2025-10-01", periodEnd: "2025-10-31", due: "2025-10-25", bound: "before" },
    ]);
  });

  it("owes nothing for a period whose due date precedes the directive", () => {
    const r: Recurrence = { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-29" };
    expect(dues(r, "2025-08-01", "2025-10-31")).toEqual(["2025-09-25", "2025-10-25"]);
  });

  it("clamps day 31 to the month's last day", () => {
    const r: Recurrence = { freq: "monthly", byMonthDay: 31, bound: "inclusive" };
    expect(dues(r, "2026-01-01", "2026-04-30")).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
    ]);
    expect(dues(r, "2028-02-01", "2028-02-29")).toEqual(["2028-02-29"]);
  });

  it("hằng quý: due the quarter's last day, periods are calendar quarters", () => {
    const r: Recurrence = { freq: "quarterly", bound: "inclusive" };
    expect(expandRecurrence(r, { from: "2025-01-01", to: "2025-12-31" })).toEqual([
      { periodStart: "2025-01-01", periodEnd: "2025-03-31", due: "2025-03-31", bound: "inclusive" },
      { periodStart: "2025-04-01", periodEnd: "2025-06-30", due: "2025-06-30", bound: "inclusive" },
      { periodStart: "2025-07-01", periodEnd: "2025-09-30", due: "2025-09-30", bound: "inclusive" },
      { periodStart: "2025-10-01", periodEnd: "2025-12-31", due: "2025-12-31", bound: "inclusive" },
    ]);
  });

  it("a quarterly day of month is in the quarter's last month", () => {
    const r: Recurrence = { freq: "quarterly", byMonthDay: 20, bound: "before" };
    expect(dues(r, "2025-01-01", "2025-12-31")).toEqual([
      "2025-03-20",
      "2025-06-20",
      "2025-09-20",
      "2025-12-20",
    ]);
  });

  it("6 tháng một lần: halves of the year", () => {
    const r: Recurrence = { freq: "half_yearly", bound: "inclusive" };
    expect(expandRecurrence(r, { from: "2025-06-30", to: "2026-06-30" })).toEqual([
      { periodStart: "2025-01-01", periodEnd: "2025-06-30", due: "2025-06-30", bound: "inclusive" },
      { periodStart: "2025-07-01", periodEnd: "2025-12-31", due: "2025-12-31", bound: "inclusive" },
      { periodStart: "2026-01-01", periodEnd: "2026-06-30", due: "2026-06-30", bound: "inclusive" },
    ]);
  });

  it("trước ngày 15/12 hằng năm: yearly, due 15 December", () => {
    const r: Recurrence = { freq: "yearly", byMonthDay: 15, bound: "before", start: "2025-08-03" };
    expect(expandRecurrence(r, { from: "2025-01-01", to: "2027-12-31" })).toEqual([
      { periodStart: "2025-01-01", periodEnd: "2025-12-31", due: "2025-12-15", bound: "before" },
      { periodStart: "2026-01-01", periodEnd: "2026-12-31", due: "2026-12-15", bound: "before" },
      { periodStart: "2027-01-01", periodEnd: "2027-12-31", due: "2027-12-15", bound: "before" },
    ]);
  });

  it("includes due dates on both ends of the range and nothing for an empty range", () => {
    const r: Recurrence = { freq: "monthly", byMonthDay: 25, bound: "before" };
    expect(dues(r, "2025-09-25", "2025-10-25")).toEqual(["2025-09-25", "2025-10-25"]);
    expect(dues(r, "2025-09-26", "2025-10-24")).toEqual([]);
    expect(dues(r, "2025-10-31", "2025-10-01")).toEqual([]);
  });

  it("splits a range into adjoining ranges without losing or repeating an occurrence", () => {
    const freqs = ["monthly", "quarterly", "half_yearly", "yearly"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...freqs),
        fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        (freq, byMonthDay, startOffset, len1, len2) => {
          const r: Recurrence = {
            freq,
            bound: "inclusive",
            ...(byMonthDay === undefined ? {} : { byMonthDay }),
          };
          const a = toIso(addDays(fromIso("2024-01-01"), startOffset));
          const b = toIso(addDays(fromIso(a), len1));
          const c = toIso(addDays(fromIso(b), len2 + 1));
          const whole = expandRecurrence(r, { from: a, to: c });
          const parts = [
            ...expandRecurrence(r, { from: a, to: b }),
            ...expandRecurrence(r, { from: toIso(addDays(fromIso(b), 1)), to: c }),
          ];
          expect(parts).toEqual(whole);
          for (const o of whole) {
            expect(o.periodStart <= o.due && o.due <= o.periodEnd).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("occurrence in force", () => {
  const r: Recurrence = { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-29" };
  it("is the period holding the date, even after its due day", () => {
    expect(occurrenceAt(r, "2025-11-28")?.due).toBe("2025-11-25");
    expect(occurrenceAt(r, "2025-11-01")?.due).toBe("2025-11-25");
  });
  it("is the first owed one before the obligation's first due date", () => {
    expect(occurrenceAt(r, "2025-08-30")?.due).toBe("2025-09-25");
    expect(occurrenceAt(r, "2025-01-10")?.due).toBe("2025-09-25");
  });
  it("the next occurrence is due on or after the date", () => {
    expect(nextOccurrence(r, "2025-09-25")?.due).toBe("2025-09-25");
    expect(nextOccurrence(r, "2025-09-26")?.due).toBe("2025-10-25");
    expect(nextOccurrence({ freq: "yearly", bound: "inclusive" }, "2026-01-01")?.due).toBe(
      "2026-12-31",
    );
  });
});
