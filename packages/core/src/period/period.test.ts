import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../calendar/calendar.js";
import { isWorkingDay } from "../calendar/working-days.js";
import { fromIso, toIso } from "../dates/civil-date.js";
import { monthsBetween, parseReportMonth, periodLabel, type PeriodKind } from "./months.js";
import { checkAsOf, periodFor } from "./period.js";
import { REGIMES, customRegime, type RegimeId } from "./regime.js";

type Row = [string, PeriodKind, string, string, string, string];

describe("Nghị định 09/2019 (nd09): data 15th → 14th (Điều 12), report by the 25th of the period's last month (Điều 13.1)", () => {
  it.each<Row>([
    ["2025-11", "month", "Tháng 11/2025", "2025-10-15", "2025-11-14", "2025-11-25"],
    ["2025-08", "month", "Tháng 8/2025", "2025-07-15", "2025-08-14", "2025-08-25"],
    ["2025-12", "month", "Tháng 12/2025", "2025-11-15", "2025-12-14", "2025-12-25"],
    // 25/1/2025 is a Saturday: by Friday 24/1.
    ["2025-01", "month", "Tháng 1/2025", "2024-12-15", "2025-01-14", "2025-01-24"],
    // 25/1/2026 is a Sunday: by Friday 23/1.
    ["2026-01", "month", "Tháng 1/2026", "2025-12-15", "2026-01-14", "2026-01-23"],
    ["2026-02", "month", "Tháng 2/2026", "2026-01-15", "2026-02-14", "2026-02-25"],
    // 25/10/2025 is a Saturday: by Friday 24/10.
    ["2025-10", "month", "Tháng 10/2025", "2025-09-15", "2025-10-14", "2025-10-24"],
    ["2025-11", "quarter", "Quý IV/2025", "2025-09-15", "2025-12-14", "2025-12-25"],
    ["2025-05", "quarter", "Quý II/2025", "2025-03-15", "2025-06-14", "2025-06-25"],
    ["2026-01", "quarter", "Quý I/2026", "2025-12-15", "2026-03-14", "2026-03-25"],
    ["2025-03", "half_year", "6 tháng đầu năm 2025", "2024-12-15", "2025-06-14", "2025-06-25"],
    ["2025-11", "half_year", "6 tháng cuối năm 2025", "2025-06-15", "2025-12-14", "2025-12-25"],
    ["2025-02", "nine_months", "9 tháng năm 2025", "2024-12-15", "2025-09-14", "2025-09-25"],
    ["2025-11", "nine_months", "9 tháng năm 2025", "2024-12-15", "2025-09-14", "2025-09-25"],
    // 25/9/2027 is a Saturday: by Friday 24/9.
    ["2027-09", "nine_months", "9 tháng năm 2027", "2026-12-15", "2027-09-14", "2027-09-24"],
    ["2025-07", "year", "Năm 2025", "2024-12-15", "2025-12-14", "2025-12-25"],
    ["2026-12", "year", "Năm 2026", "2025-12-15", "2026-12-14", "2026-12-25"],
  ])("%s %s → %s, %s – %s, due %s", (month, kind, label, from, to, reportDue) => {
    expect(periodFor(month, "nd09", kind)).toEqual({
      regimeId: "nd09",
      kind,
      label,
      from,
      to,
      reportDue,
    });
  });
});

describe("party regime (dang): report before the 25th (322-CV/ĐU item 4), cut-off the 20th (a default)", () => {
  it.each<Row>([
    ["2025-11", "month", "Tháng 11/2025", "2025-10-21", "2025-11-20", "2025-11-24"],
    // 24/8/2025 is a Sunday and 23/8 a Saturday: send by Friday 22/8.
    ["2025-08", "month", "Tháng 8/2025", "2025-07-21", "2025-08-20", "2025-08-22"],
    ["2026-01", "month", "Tháng 1/2026", "2025-12-21", "2026-01-20", "2026-01-23"],
    ["2026-02", "month", "Tháng 2/2026", "2026-01-21", "2026-02-20", "2026-02-24"],
    ["2025-11", "quarter", "Quý IV/2025", "2025-09-21", "2025-12-20", "2025-12-24"],
    ["2025-02", "half_year", "6 tháng đầu năm 2025", "2024-12-21", "2025-06-20", "2025-06-24"],
    ["2025-08", "half_year", "6 tháng cuối năm 2025", "2025-06-21", "2025-12-20", "2025-12-24"],
    ["2026-05", "year", "Năm 2026", "2025-12-21", "2026-12-20", "2026-12-24"],
    ["2025-09", "nine_months", "9 tháng năm 2025", "2024-12-21", "2025-09-20", "2025-09-24"],
  ])("%s %s → %s, %s – %s, due %s", (month, kind, label, from, to, reportDue) => {
    expect(periodFor(month, REGIMES.dang, kind)).toEqual({
      regimeId: "dang",
      kind,
      label,
      from,
      to,
      reportDue,
    });
  });

  it("moves the due day back when 24/11 (pending) is switched on", () => {
    expect(periodFor("2026-11", "dang").reportDue).toBe("2026-11-24");
    expect(
      periodFor("2026-11", "dang", "month", { calendar: defaultCalendar({ includePending: true }) })
        .reportDue,
    ).toBe("2026-11-23");
  });
});

describe("periods tile the calendar", () => {
  it.each<RegimeId>(["nd09", "dang"])(
    "%s: each month starts the day after the previous cut-off; reports fall on working days after it",
    (regime) => {
      const months = monthsBetween("2024-12", "2027-01");
      for (const [i, month] of months.entries()) {
        const p = periodFor(month, regime);
        expect(p.reportDue > p.to).toBe(true);
        expect(isWorkingDay(p.reportDue)).toBe(true);
        const next = months[i + 1];
        if (next === undefined) continue;
        expect(periodFor(next, regime).from).toBe(toIso(addDays(fromIso(p.to), 1)));
      }
      const year = periodFor("2026-06", regime, "year");
      expect(year.from).toBe(periodFor("2026-01", regime).from);
      expect(year.to).toBe(periodFor("2026-12", regime).to);
    },
  );
});

describe("custom regimes (cut-off and due day are settings)", () => {
  it("takes another cut-off day", () => {
    const r = customRegime(REGIMES.dang, { id: "dang-18", cutOffDay: 18 });
    expect(periodFor("2025-11", r)).toMatchObject({
      regimeId: "dang-18",
      from: "2025-10-19",
      to: "2025-11-18",
      reportDue: "2025-11-24",
    });
  });

  it("takes more working days after the cut-off", () => {
    const r = customRegime(REGIMES.nd09, {
      reportDue: { kind: "working_days_after_cut_off", workingDays: 3 },
    });
    expect(periodFor("2025-11", r).reportDue).toBe("2025-11-19");
  });

  it("supports calendar months with the report due early next month", () => {
    const r = customRegime(REGIMES.dang, {
      id: "calendar-months",
      cutOffDay: "end_of_month",
      reportDue: { kind: "day_of_month", day: 5, bound: "inclusive", monthsAfterCutOff: 1 },
    });
    expect(periodFor("2026-02", r)).toMatchObject({
      from: "2026-02-01",
      to: "2026-02-28",
      reportDue: "2026-03-05",
    });
    expect(periodFor("2025-12", r, "quarter")).toMatchObject({
      label: "Quý IV/2025",
      from: "2025-10-01",
      to: "2025-12-31",
      reportDue: "2026-01-05",
    });
  });

  it("refuses a report due before its cut-off", () => {
    expect(() => customRegime(REGIMES.dang, { cutOffDay: 25 })).toThrow(/after the cut-off/);
    expect(() => customRegime(REGIMES.dang, { cutOffDay: "end_of_month" })).toThrow();
  });
});

describe("months and labels", () => {
  it("lists the months of a range across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(monthsBetween("2025-11", "2025-11")).toEqual(["2025-11"]);
    expect(monthsBetween("2026-02", "2025-11")).toEqual([]);
    expect(monthsBetween("2025-13", "2026-01")).toEqual([]);
  });

  it("reads only real months", () => {
    expect(parseReportMonth("2025-11")).toEqual({ year: 2025, month: 11 });
    expect(parseReportMonth("2025-13")).toBeNull();
    expect(parseReportMonth("2025-1")).toBeNull();
    expect(() => periodFor("2025-13", "nd09")).toThrow(RangeError);
  });

  it.each<[PeriodKind, number, string]>([
    ["month", 9, "Tháng 9/2025"],
    ["quarter", 1, "Quý I/2025"],
    ["quarter", 6, "Quý II/2025"],
    ["quarter", 9, "Quý III/2025"],
    ["quarter", 12, "Quý IV/2025"],
    ["half_year", 6, "6 tháng đầu năm 2025"],
    ["half_year", 7, "6 tháng cuối năm 2025"],
    ["nine_months", 4, "9 tháng năm 2025"],
    ["year", 1, "Năm 2025"],
  ])("%s holding month %i is labelled %s", (kind, month, label) => {
    expect(periodLabel(kind, { year: 2025, month })).toBe(label);
    expect(label).toBe(label.normalize("NFC"));
  });
});

describe("as-of date inside the period", () => {
  const november = periodFor("2025-11", "nd09");
  it.each<[string, string]>([
    ["2025-10-14", "as_of_before_period"],
    ["2025-11-15", "as_of_after_period"],
    ["1999-01-31", "as_of_before_period"],
  ])("as of %s: %s", (asOf, code) => {
    expect(checkAsOf(november, asOf)).toEqual({
      ok: false,
      code,
      asOf,
      from: "2025-10-15",
      to: "2025-11-14",
    });
  });
  it.each(["2025-10-15", "2025-11-01", "2025-11-14"])("as of %s is accepted", (asOf) => {
    expect(checkAsOf(november, asOf)).toEqual({ ok: true });
  });
});
