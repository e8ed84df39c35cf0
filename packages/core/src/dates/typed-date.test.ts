import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTypedDate, parseTypedMonth } from "./typed-date.js";

describe("parseTypedDate", () => {
  it.each([
    ["14/11/2025", "2025-11-14"],
    ["5/2/2026", "2026-02-05"],
    ["05-02-2026", "2026-02-05"],
    ["05.02.2026", "2026-02-05"],
    ["2026-02-05", "2026-02-05"],
  ])("%s is %s (day first, as Vietnamese documents write it)", (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each(["31/02/2026", "2026-13-01", "14/11", "hôm nay", ""])("%s is no date", (typed) => {
    expect(parseTypedDate(typed)).toBeNull();
  });

  it("reads back every real day written dd/mm/yyyy", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2200, 0, 1)),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-");
          expect(parseTypedDate(`${day}/${m}/${y}`)).toBe(iso);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseTypedMonth", () => {
  it.each([
    ["9/2025", "2025-09"],
    ["09/2025", "2025-09"],
    ["2025-09", "2025-09"],
  ])("%s is %s", (typed, month) => {
    expect(parseTypedMonth(typed)).toBe(month);
  });

  it.each(["13/2025", "0/2025", "2025", "14/11/2025"])("%s is no month", (typed) => {
    expect(parseTypedMonth(typed)).toBeNull();
  });
});
