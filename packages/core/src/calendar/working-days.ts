import { addDays } from "date-fns/addDays";
import { assertIsoDate, fromIso, toIso, type IsoDate } from "../dates/civil-date.js";
import { defaultCalendar, yearIndex, type WorkingCalendar } from "./calendar.js";

/** Why a day is or is not worked, for messages and cell notes. */
export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** Name of the holiday or làm-bù entry; null for an ordinary weekday or weekend. */
  name: string | null;
  /** True when the year's table was estimated from the Labour Code. */
  estimated: boolean;
}

/**
 * What the calendar says about a day.
 * @example dayInfo("2025-04-26").name // "Làm bù cho ngày 02/5"
 */
export function dayInfo(d: IsoDate, cal: WorkingCalendar = defaultCalendar()): DayInfo {
  const date = fromIso(d);
  const index = yearIndex(cal, date.getFullYear());
  const estimated = index.table.estimated === true;
  const worked = index.workingDays.get(d);
  if (worked) return { date: d, working: true, name: worked.name, estimated };
  const off = index.daysOff.get(d);
  if (off) return { date: d, working: false, name: off.name, estimated };
  const weekday = date.getDay();
  return { date: d, working: weekday !== 0 && weekday !== 6, name: null, estimated };
}

/**
 * True on a day civil servants work: Monday–Friday except days off, plus
 * weekend days worked in exchange (làm bù).
 * @example isWorkingDay("2026-02-17") // false (Tết)
 */
export function isWorkingDay(d: IsoDate, cal: WorkingCalendar = defaultCalendar()): boolean {
  return dayInfo(d, cal).working;
}

function step(d: IsoDate, n: number): IsoDate {
  return toIso(addDays(fromIso(d), n));
}

/**
 * The day `n` working days after `d` (before it when n < 0). The anchor day
 * itself is not counted (Civil Code 2015 art. 147), so n = 1 is the next
 * working day even when `d` is a working day; n = 0 returns `d`.
 * @example addWorkingDays("2026-02-13", 1) // "2026-02-23" (over Tết)
 */
export function addWorkingDays(
  d: IsoDate,
  n: number,
  cal: WorkingCalendar = defaultCalendar(),
): IsoDate {
  assertIsoDate(d);
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  const direction = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = d;
  while (left > 0) {
    day = step(day, direction);
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

/**
 * `d` when it is a working day, else the next working day: Civil Code 2015
 * art. 148 — a period whose last day is a day off ends at the end of the next
 * working day.
 * @example rollForwardToWorkingDay("2025-08-30") // "2025-09-03"
 */
export function rollForwardToWorkingDay(
  d: IsoDate,
  cal: WorkingCalendar = defaultCalendar(),
): IsoDate {
  let day = d;
  while (!isWorkingDay(day, cal)) day = step(day, 1);
  return day;
}

/**
 * `d` when it is a working day, else the working day before it: the last day
 * to send something due "before" a day off.
 * @example rollBackToWorkingDay("2026-01-24") // "2026-01-23"
 */
export function rollBackToWorkingDay(
  d: IsoDate,
  cal: WorkingCalendar = defaultCalendar(),
): IsoDate {
  let day = d;
  while (!isWorkingDay(day, cal)) day = step(day, -1);
  return day;
}

/**
 * Working days after `a` up to and including `b` (negative when b < a), so
 * that `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 * @example workingDaysBetween("2025-04-29", "2025-05-05") // 1
 */
export function workingDaysBetween(
  a: IsoDate,
  b: IsoDate,
  cal: WorkingCalendar = defaultCalendar(),
): number {
  assertIsoDate(a);
  assertIsoDate(b);
  if (a === b) return 0;
  const [from, to, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = step(from, 1); day <= to; day = step(day, 1)) {
    if (isWorkingDay(day, cal)) count++;
  }
  return sign * count;
}
