import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  dayInfo,
  defaultCalendar,
  estimatedYear,
  isWorkingDay,
  parseCalendarYear,
  rollBackToWorkingDay,
  rollForwardToWorkingDay,
  withYear,
  workingDaysBetween,
  type CalendarYear,
} from "./index.js";

describe("decided days off 2025–2026 (domain brief §4)", () => {
  it.each([
    "2025-01-01",
    "2025-01-27",
    "2025-01-28",
    "2025-01-29",
    "2025-01-30",
    "2025-01-31",
    "2025-04-07",
    "2025-04-30",
    "2025-05-01",
    "2025-05-02",
    "2025-09-01",
    "2025-09-02",
    "2026-01-01",
    "2026-01-02",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-04-27",
    "2026-04-30",
    "2026-05-01",
    "2026-08-31",
    "2026-09-01",
    "2026-09-02",
  ])("%s is a day off", (iso) => {
    expect(isWorkingDay(iso)).toBe(false);
    expect(dayInfo(iso).estimated).toBe(false);
  });

  it.each(["2025-04-26", "2026-01-10", "2026-08-22"])("Saturday %s is worked (làm bù)", (iso) => {
    expect(new Date(`${iso}T12:00:00Z`).getUTCDay()).toBe(6);
    expect(isWorkingDay(iso)).toBe(true);
  });

  it.each([
    "2025-01-02",
    "2025-01-24",
    "2025-02-03",
    "2025-04-08",
    "2025-05-05",
    "2025-09-03",
    "2026-01-05",
    "2026-02-13",
    "2026-02-23",
    "2026-04-28",
    "2026-05-04",
    "2026-08-28",
    "2026-09-03",
  ])("ordinary weekday %s next to a holiday is worked", (iso) => {
    expect(isWorkingDay(iso)).toBe(true);
  });

  it.each(["2025-04-27", "2025-10-11", "2025-10-12", "2026-01-11", "2026-08-23", "2026-12-26"])(
    "weekend day %s is off",
    (iso) => {
      expect(isWorkingDay(iso)).toBe(false);
    },
  );

  it("names the day off", () => {
    expect(dayInfo("2026-02-17")).toEqual({
      date: "2026-02-17",
      working: false,
      name: "Tết Nguyên đán",
      estimated: false,
    });
  });
});

describe("24/11 Ngày Văn hóa Việt Nam (pending)", () => {
  it("is a working day by default", () => {
    expect(isWorkingDay("2026-11-24")).toBe(true);
  });
  it("is a day off when pending holidays are switched on", () => {
    const cal = defaultCalendar({ includePending: true });
    expect(isWorkingDay("2026-11-24", cal)).toBe(false);
    expect(addWorkingDays("2026-11-23", 1, cal)).toBe("2026-11-25");
    expect(addWorkingDays("2026-11-23", 1)).toBe("2026-11-24");
  });
  it("is pending in estimated years too", () => {
    expect(isWorkingDay("2027-11-24")).toBe(true);
    expect(isWorkingDay("2027-11-24", defaultCalendar({ includePending: true }))).toBe(false);
  });
});

describe("addWorkingDays (anchor day not counted)", () => {
  it.each<[string, number, string]>([
    ["2026-02-13", 1, "2026-02-23"],
    ["2026-02-12", 3, "2026-02-24"],
    ["2026-02-23", -1, "2026-02-13"],
    ["2025-04-28", 2, "2025-05-05"],
    ["2025-04-25", 1, "2025-04-26"],
    ["2026-04-29", 1, "2026-05-04"],
    ["2025-08-29", 1, "2025-09-03"],
    ["2025-08-01", 15, "2025-08-22"],
    ["2025-12-31", 1, "2026-01-05"],
    ["2026-01-05", 0, "2026-01-05"],
  ])("%s + %i working days = %s", (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
    expect(workingDaysBetween(from, expected)).toBe(n);
  });
  it("refuses fractional day counts", () => {
    expect(() => addWorkingDays("2025-01-02", 1.5)).toThrow(RangeError);
  });
});

describe("rollForwardToWorkingDay (Civil Code 2015 art. 148)", () => {
  it.each<[string, string]>([
    ["2025-08-30", "2025-09-03"],
    ["2025-09-03", "2025-09-03"],
    ["2026-02-14", "2026-02-23"],
    ["2025-04-26", "2025-04-26"],
    ["2025-05-31", "2025-06-02"],
  ])("%s → %s", (from, expected) => {
    expect(rollForwardToWorkingDay(from)).toBe(expected);
  });
});

describe("rollBackToWorkingDay", () => {
  it.each<[string, string]>([
    ["2026-01-24", "2026-01-23"],
    ["2026-02-22", "2026-02-13"],
    ["2025-05-04", "2025-04-29"],
    ["2025-04-26", "2025-04-26"],
  ])("%s → %s", (from, expected) => {
    expect(rollBackToWorkingDay(from)).toBe(expected);
  });
});

describe("workingDaysBetween", () => {
  it("counts a normal month and is antisymmetric", () => {
    expect(workingDaysBetween("2025-09-30", "2025-10-31")).toBe(23);
    expect(workingDaysBetween("2025-10-31", "2025-09-30")).toBe(-23);
  });
  it("counts 2025 as 250 working days (261 weekdays − 12 days off + 1 làm bù)", () => {
    expect(workingDaysBetween("2024-12-31", "2025-12-31")).toBe(250);
  });
});

describe("estimated years (Labour Code, no decision)", () => {
  it("reproduces 2026's decided days off except the two swaps", () => {
    const offWeekdays = (t: CalendarYear) =>
      t.daysOff
        .filter((d) => d.pending !== true)
        .map((d) => d.date)
        .filter((iso) => ![0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay()))
        .sort();
    const decided = defaultCalendar().years[2026];
    expect(decided).toBeDefined();
    if (!decided) return;
    expect([...offWeekdays(estimatedYear(2026)), "2026-01-02", "2026-08-31"].sort()).toEqual(
      offWeekdays(decided),
    );
  });

  it("computes Tết 2027 from the lunar calendar, with substitute days for the weekend", () => {
    const t = estimatedYear(2027);
    expect(t.estimated).toBe(true);
    expect(t.daysOff.filter((d) => d.name.includes("Tết Nguyên đán")).map((d) => d.date)).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
    ]);
    expect(dayInfo("2027-02-08")).toMatchObject({ working: false, estimated: true });
    expect(parseCalendarYear(t).ok).toBe(true);
  });

  it("gives the Labour Code's eleven holidays", () => {
    const t = estimatedYear(2031);
    expect(
      t.daysOff.filter((d) => !d.name.startsWith("Nghỉ bù") && d.pending !== true),
    ).toHaveLength(11);
  });
});

describe("withYear: adding a year's decision", () => {
  const table2027: CalendarYear = {
    year: 2027,
    source: "Quyết định giả định cho kiểm thử",
    daysOff: [{ date: "2027-02-12", name: "Tết Nguyên đán" }],
    workingDays: [{ date: "2027-02-20", name: "Làm bù cho ngày 12/02" }],
  };

  it("replaces the estimate for that year and leaves the original calendar alone", () => {
    const cal = withYear(defaultCalendar(), table2027);
    expect(isWorkingDay("2027-02-12", cal)).toBe(false);
    expect(isWorkingDay("2027-02-20", cal)).toBe(true);
    expect(isWorkingDay("2027-02-08", cal)).toBe(true);
    expect(dayInfo("2027-02-12", cal).estimated).toBe(false);
    expect(cal.version).toMatch(/\+2027$/);
    expect(isWorkingDay("2027-02-20")).toBe(false);
  });

  it("rejects a table whose working day is a weekday or in another year", () => {
    const bad = {
      ...table2027,
      daysOff: [{ date: "2028-01-03", name: "x" }],
      workingDays: [{ date: "2027-02-17", name: "y" }],
    };
    expect(() => withYear(defaultCalendar(), bad)).toThrow();
    const parsed = parseCalendarYear(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.code).toBe("calendar_year_invalid");
    expect(parsed.issues.map((i) => i.path).sort()).toEqual([
      "daysOff.0.date",
      "workingDays.0.date",
    ]);
  });
});
