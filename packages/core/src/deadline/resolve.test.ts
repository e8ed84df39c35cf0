import { describe, expect, it } from "vitest";
import { defaultCalendar } from "../calendar/calendar.js";
import type { Deadline, DeadlineBound, RelativeDeadline } from "../model/deadline.js";
import { DEFAULT_DEADLINE_POLICY, policyWith } from "./policy.js";
import { resolveDeadline } from "./resolve.js";

const onDate = (date: string, bound: DeadlineBound): Deadline => ({
  kind: "date",
  text: "",
  flags: [],
  date,
  precision: "day",
  bound,
});

const relative = (
  amount: number,
  unit: RelativeDeadline["unit"],
  anchorDate?: string,
): RelativeDeadline => ({
  kind: "relative",
  text: "",
  flags: anchorDate === undefined ? ["unclear_anchor"] : [],
  amount,
  unit,
  anchor: anchorDate === undefined ? { text: "" } : { text: "ngày ký", date: anchorDate },
});

describe("policy", () => {
  it("defaults follow contracts.md", () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual({
      beforeBoundCountsDueDay: true,
      rollForwardDirectiveDue: false,
      rollForwardRelativePeriods: true,
      dueSoonWorkingDays: 5,
    });
  });
  it("overrides only what is given", () => {
    expect(policyWith({ dueSoonWorkingDays: 3, rollForwardDirectiveDue: undefined })).toEqual({
      ...DEFAULT_DEADLINE_POLICY,
      dueSoonWorkingDays: 3,
    });
  });
});

describe("named dates", () => {
  it("chậm nhất ngày D: due and last on-time day are D", () => {
    expect(resolveDeadline(onDate("2025-09-30", "inclusive"))).toEqual({
      due: "2025-09-30",
      bound: "inclusive",
      lastOnTimeDay: "2025-09-30",
      flags: [],
    });
  });

  it("trước ngày D: on time on D by default, by D−1 when the policy reads it literally", () => {
    const d = onDate("2025-08-31", "before");
    expect(resolveDeadline(d)).toMatchObject({ due: "2025-08-31", lastOnTimeDay: "2025-08-31" });
    expect(resolveDeadline(d, { policy: { beforeBoundCountsDueDay: false } })).toMatchObject({
      due: "2025-08-31",
      bound: "before",
      lastOnTimeDay: "2025-08-30",
    });
  });

  it("a directive's date on a day off stays unless rollForwardDirectiveDue", () => {
    const d = onDate("2025-08-30", "inclusive");
    expect(resolveDeadline(d).lastOnTimeDay).toBe("2025-08-30");
    expect(resolveDeadline(d, { policy: { rollForwardDirectiveDue: true } })).toMatchObject({
      due: "2025-08-30",
      lastOnTimeDay: "2025-09-03",
    });
  });

  it("trước ngày 2/9/2025 read literally and rolled forward: 1/9 is off, so 3/9", () => {
    const d = onDate("2025-09-02", "before");
    expect(
      resolveDeadline(d, {
        policy: { beforeBoundCountsDueDay: false, rollForwardDirectiveDue: true },
      }).lastOnTimeDay,
    ).toBe("2025-09-03");
  });

  it("keeps the parser's flags", () => {
    const d: Deadline = { ...onDate("2025-10-07", "inclusive"), flags: ["ambiguous"] };
    expect(resolveDeadline(d).flags).toEqual(["ambiguous"]);
  });
});

describe("relative periods (anchor day not counted)", () => {
  it.each<[RelativeDeadline, string, string]>([
    [relative(15, "day", "2025-08-03"), "2025-08-18", "2025-08-18"],
    // 30/8/2025 is a Saturday; 31/8 Sunday, 1–2/9 Quốc khánh: art. 148 ends it on 3/9.
    [relative(15, "day", "2025-08-15"), "2025-08-30", "2025-09-03"],
    // Saturday 26/4/2025 is worked; 30/4–4/5 off.
    [relative(10, "working_day", "2025-04-25"), "2025-05-13", "2025-05-13"],
    [relative(15, "working_day", "2026-02-05"), "2026-03-05", "2026-03-05"],
    [relative(3, "month", "2025-11-30"), "2026-02-28", "2026-03-02"],
    [relative(1, "year", "2025-09-02"), "2026-09-02", "2026-09-03"],
  ])("%# → due %s, last on time %s", (d, due, last) => {
    expect(resolveDeadline(d)).toEqual({
      due,
      bound: "inclusive",
      lastOnTimeDay: last,
      flags: [],
    });
  });

  it("does not roll a period when rollForwardRelativePeriods is off", () => {
    expect(
      resolveDeadline(relative(15, "day", "2025-08-15"), {
        policy: { rollForwardRelativePeriods: false },
      }).lastOnTimeDay,
    ).toBe("2025-08-30");
  });

  it("counts with the caller's calendar (pending 24/11 switched on)", () => {
    const d = relative(1, "working_day", "2026-11-23");
    expect(resolveDeadline(d).due).toBe("2026-11-24");
    expect(resolveDeadline(d, { calendar: defaultCalendar({ includePending: true }) }).due).toBe(
      "2026-11-25",
    );
  });

  it("has no date without an anchor date (sau 5 năm)", () => {
    expect(resolveDeadline(relative(5, "year"))).toEqual({
      due: null,
      bound: null,
      lastOnTimeDay: null,
      flags: ["unclear_anchor"],
    });
  });
});

describe("recurring", () => {
  const monthly25: Deadline = {
    kind: "recurring",
    text: "chậm nhất trước ngày 25 hàng tháng",
    flags: [],
    recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-29" },
  };

  it.each<[string | undefined, string]>([
    ["2025-08-29", "2025-09-25"],
    ["2025-09-25", "2025-09-25"],
    ["2025-09-26", "2025-10-25"],
    ["2025-12-31", "2026-01-25"],
    [undefined, "2025-09-25"],
  ])("as of %s the next report is due %s", (asOf, due) => {
    const r = resolveDeadline(monthly25, asOf === undefined ? {} : { asOf });
    expect(r).toEqual({ due, bound: "before", lastOnTimeDay: due, flags: [] });
  });

  it("before-bound policy applies to occurrences", () => {
    expect(
      resolveDeadline(monthly25, {
        asOf: "2025-10-01",
        policy: { beforeBoundCountsDueDay: false },
      }).lastOnTimeDay,
    ).toBe("2025-10-24");
  });

  it("has no date with neither a start nor asOf", () => {
    const d: Deadline = {
      kind: "recurring",
      text: "hằng quý",
      flags: [],
      recurrence: { freq: "quarterly", bound: "inclusive" },
    };
    expect(resolveDeadline(d).due).toBeNull();
    expect(resolveDeadline(d, { asOf: "2025-11-15" }).due).toBe("2025-12-31");
  });
});

describe("dates that are not there", () => {
  it.each<Deadline>([
    { kind: "urgent", text: "khẩn trương", flags: [] },
    { kind: "ongoing", text: "thường xuyên", flags: [] },
    { kind: "unparsed", text: "abc", flags: ["unparsed"] },
    {
      kind: "event",
      text: "trước Tết",
      flags: ["event_date_unknown"],
      event: "Tết",
      bound: "before",
    },
  ])("$kind has no due date", (d) => {
    expect(resolveDeadline(d, { asOf: "2025-10-01" })).toEqual({
      due: null,
      bound: null,
      lastOnTimeDay: null,
      flags: d.flags,
    });
  });

  it("an event with a date resolves like a named date", () => {
    const d: Deadline = {
      kind: "event",
      text: "trước Đại hội XIV",
      flags: [],
      event: "Đại hội XIV",
      date: "2026-01-19",
      bound: "before",
    };
    expect(resolveDeadline(d, { policy: { beforeBoundCountsDueDay: false } })).toEqual({
      due: "2026-01-19",
      bound: "before",
      lastOnTimeDay: "2026-01-18",
      flags: [],
    });
  });

  it("trước Đại hội XIV known from the event table ends the day before the event", () => {
    const d: Deadline = {
      kind: "event",
      text: "trước Đại hội XIV",
      flags: [],
      event: "Đại hội XIV",
      eventDate: "2026-01-19",
      bound: "before",
    };
    expect(resolveDeadline(d)).toMatchObject({ due: "2026-01-18", bound: "inclusive" });
    expect(resolveDeadline({ ...d, bound: "inclusive" })).toMatchObject({ due: "2026-01-19" });
    expect(resolveDeadline(d, { useEventDates: false })).toMatchObject({ due: null });
  });
});
