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

describe("estimated years: as the decisions of recent years did", () => {
  const weekdaysOff = (t: CalendarYear) =>
    t.daysOff
      .filter((d) => d.pending !== true)
      .map((d) => d.date)
      .filter((iso) => ![0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay()))
      .sort();

  // Weekdays off for civil servants as each year's decision (Thủ tướng / Bộ LĐTBXH,
  // Bộ Nội vụ notices) set them, typed by hand from those notices.
  it.each<[number, string[], string[]]>([
    [
      2021,
      [
        "01-01",
        "02-10",
        "02-11",
        "02-12",
        "02-15",
        "02-16",
        "04-21",
        "04-30",
        "05-03",
        "09-02",
        "09-03",
      ],
      [],
    ],
    [
      2022,
      [
        "01-03",
        "01-31",
        "02-01",
        "02-02",
        "02-03",
        "02-04",
        "04-11",
        "05-02",
        "05-03",
        "09-01",
        "09-02",
      ],
      [],
    ],
    [
      2023,
      [
        "01-02",
        "01-20",
        "01-23",
        "01-24",
        "01-25",
        "01-26",
        "05-01",
        "05-02",
        "05-03",
        "09-01",
        "09-04",
      ],
      [],
    ],
    // Tết on Saturday 10/2: 8–14/2 off; 29/4 off for Saturday 4/5 worked.
    [
      2024,
      [
        "01-01",
        "02-08",
        "02-09",
        "02-12",
        "02-13",
        "02-14",
        "04-18",
        "04-29",
        "04-30",
        "05-01",
        "09-02",
        "09-03",
      ],
      ["05-04"],
    ],
    [
      2025,
      [
        "01-01",
        "01-27",
        "01-28",
        "01-29",
        "01-30",
        "01-31",
        "04-07",
        "04-30",
        "05-01",
        "05-02",
        "09-01",
        "09-02",
      ],
      ["04-26"],
    ],
  ])("reproduces %i's decision", (year, off, worked) => {
    const t = estimatedYear(year);
    expect(weekdaysOff(t)).toEqual(off.map((d) => `${year}-${d}`));
    expect(t.workingDays.map((d) => d.date)).toEqual(worked.map((d) => `${year}-${d}`));
  });

  it("reproduces 2026's days off; of its two swapped Saturdays, 10/1 but not 22/8", () => {
    const decided = defaultCalendar().years[2026];
    expect(decided).toBeDefined();
    if (!decided) return;
    const t = estimatedYear(2026);
    expect(weekdaysOff(t)).toEqual(weekdaysOff(decided));
    expect(t.workingDays.map((d) => d.date)).toEqual(["2026-01-10", "2026-09-05"]);
  });

  it("estimates 2027 (mùng 1 Tết on Saturday 6/2): Tết off Thursday 4/2 to Wednesday 10/2", () => {
    const t = estimatedYear(2027);
    expect(t.estimated).toBe(true);
    expect(t.daysOff.filter((d) => d.name === "Tết Nguyên đán").map((d) => d.date)).toEqual([
      "2027-02-04",
      "2027-02-05",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
    ]);
    // 1/5/2027 is a Saturday: Monday 3/5 off in its place (Labour Code art. 111(3)).
    expect(weekdaysOff(t)).toEqual(
      [
        "01-01",
        "02-04",
        "02-05",
        "02-08",
        "02-09",
        "02-10",
        "04-16",
        "04-30",
        "05-03",
        "09-02",
        "09-03",
      ].map((d) => `2027-${d}`),
    );
    expect(dayInfo("2027-02-08")).toMatchObject({ working: false, estimated: true });
    expect(dayInfo("2027-02-11")).toMatchObject({ working: true, estimated: true });
    expect(parseCalendarYear(t).ok).toBe(true);
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
