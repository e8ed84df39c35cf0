import { describe, expect, it } from "vitest";
import { fromIso, utcDateOf } from "../dates/civil-date.js";
import { parseDeadline } from "../deadline/parse.js";
import { defaultCalendar, yearTable } from "./calendar.js";
import {
  addWorkingDays,
  dayInfo,
  isWorkingDay,
  rollBackToWorkingDay,
  rollForwardToWorkingDay,
  workingDaysBetween,
} from "./working-days.js";

// One rule for every rule taking a date: a value that is not a real YYYY-MM-DD
// day is rejected with a RangeError that quotes it, never rolled over or guessed.
describe("invalid dates are rejected with a RangeError quoting the input", () => {
  const cases: [string, () => unknown, string][] = [
    ["addWorkingDays with month 13", () => addWorkingDays("2025-13-45", 2), "2025-13-45"],
    ["addWorkingDays with 0 days", () => addWorkingDays("2025-02-30", 0), "2025-02-30"],
    ["isWorkingDay with dd/mm/yyyy", () => isWorkingDay("30/09/2025"), "30/09/2025"],
    ["dayInfo with 31 April", () => dayInfo("2025-04-31"), "2025-04-31"],
    ["rollForwardToWorkingDay", () => rollForwardToWorkingDay("2025-9-30"), "2025-9-30"],
    ["rollBackToWorkingDay", () => rollBackToWorkingDay(""), '""'],
    ["workingDaysBetween, bad second date", () => workingDaysBetween("2025-09-30", "abc"), "abc"],
    ["workingDaysBetween, bad first date", () => workingDaysBetween("abc", "2025-09-30"), "abc"],
    ["workingDaysBetween, same bad date", () => workingDaysBetween("x", "x"), '"x"'],
    ["fromIso with 29 Feb of a common year", () => fromIso("2025-02-29"), "2025-02-29"],
    ["utcDateOf with day 00", () => utcDateOf("2025-09-00"), "2025-09-00"],
    [
      "parseDeadline's documentDate in dd/mm/yyyy",
      () => parseDeadline("trong quý IV/2025", { documentDate: "29/08/2025" }),
      "29/08/2025",
    ],
  ];
  it.each(cases)("%s", (_name, call, quoted) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(quoted);
  });

  it("a year that is not a whole number has no table", () => {
    expect(() => yearTable(defaultCalendar(), 2025.5)).toThrow(RangeError);
    expect(() => yearTable(defaultCalendar(), 2025.5)).toThrow("2025.5");
  });

  it("29 February of a leap year is a real day", () => {
    expect(fromIso("2024-02-29").getDate()).toBe(29);
    expect(workingDaysBetween("2024-02-28", "2024-02-29")).toBe(1);
  });

  it("a bad deadline phrase is still returned unparsed, not thrown", () => {
    expect(parseDeadline("khi nào xong", { documentDate: "2025-08-29" }).kind).toBe("unparsed");
  });
});
