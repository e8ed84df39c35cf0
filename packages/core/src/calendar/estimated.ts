import { addDays } from "date-fns/addDays";
import { fromIso, isoFromParts, toIso, type IsoDate } from "../dates/civil-date.js";
import { hungKingsDate, lunarNewYearDate } from "./lunar.js";
import type { CalendarDay, CalendarYear } from "./schema.js";

/** First year 24/11 Ngày Văn hóa Việt Nam is proposed as a day off. */
const CULTURE_DAY_FROM = 2026;

const HUNG_KINGS = "Giỗ Tổ Hùng Vương";

function isWeekend(iso: IsoDate): boolean {
  const day = fromIso(iso).getDay();
  return day === 0 || day === 6;
}

function plusDays(iso: IsoDate, n: number): IsoDate {
  return toIso(addDays(fromIso(iso), n));
}

function fixed(year: number, month: number, day: number): IsoDate {
  const iso = isoFromParts(year, month, day);
  if (iso === null) throw new RangeError(`no date ${year}-${month}-${day}`);
  return iso;
}

function isWeekday(iso: IsoDate): boolean {
  return !isWeekend(iso);
}

/** The first weekday on or after `iso`. */
function weekdayFrom(iso: IsoDate): IsoDate {
  let day = iso;
  while (isWeekend(day)) day = plusDays(day, 1);
  return day;
}

/**
 * The Tết block as the decisions of 2021–2026 set it: five weekdays off in a
 * row, starting the day before the eve (giao thừa) when that is a weekday,
 * else at the first weekday from the eve. Checked: 2021 10–16/2, 2022
 * 31/1–4/2, 2023 20–26/1, 2024 8–14/2, 2025 27–31/1, 2026 16–20/2. The
 * Labour Code's five days of Tết (art. 112(1)(b)) that fall on a weekend are
 * thus made up inside the block, not after it.
 */
function tetBlock(year: number): IsoDate[] {
  const eve = plusDays(lunarNewYearDate(year), -1);
  const dayBefore = plusDays(eve, -1);
  let day = isWeekday(dayBefore) ? dayBefore : weekdayFrom(eve);
  const days: IsoDate[] = [];
  while (days.length < 5) {
    if (isWeekday(day)) days.push(day);
    day = plusDays(day, 1);
  }
  return days;
}

/**
 * The usual swap (hoán đổi): a lone working weekday between a holiday and a
 * weekend is taken off and a Saturday is worked instead (2024: Monday 29/4 for
 * Saturday 4/5; 2025: Friday 2/5 for Saturday 26/4; 2026: Friday 2/1 for
 * Saturday 10/1, Monday 31/8 for Saturday 22/8). Which Saturday varies; the
 * estimate takes the nearest one outside the break in the same year, the
 * earlier on a tie (right for 2024, 2025 and January 2026; 2026 chose 22/8
 * where this gives 5/9). Marked estimated like every day of the year.
 */
function bridgeSwaps(
  year: number,
  off: ReadonlySet<IsoDate>,
): { dayOff: CalendarDay; worked: CalendarDay }[] {
  const isOff = (d: IsoDate) => isWeekend(d) || off.has(d);
  const swaps: { dayOff: CalendarDay; worked: CalendarDay }[] = [];
  const taken = new Set<IsoDate>();
  for (const holiday of [...off].sort()) {
    for (const bridge of [plusDays(holiday, 1), plusDays(holiday, -1)]) {
      if (!bridge.startsWith(`${year}-`) || isOff(bridge) || taken.has(bridge)) continue;
      const beyond = plusDays(bridge, bridge > holiday ? 1 : -1);
      if (!isWeekend(beyond)) continue;
      const saturday = nearestFreeSaturday(year, bridge, (d) => isOff(d) || taken.has(d));
      if (saturday === null) continue;
      taken.add(bridge);
      swaps.push({
        dayOff: { date: bridge, name: `Nghỉ hoán đổi (làm bù thứ Bảy ${dayMonth(saturday)})` },
        worked: { date: saturday, name: `Làm bù cho ngày ${dayMonth(bridge)}` },
      });
    }
  }
  return swaps;
}

function dayMonth(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

/** The nearest Saturday to `bridge` whose neighbours are not part of the break. */
function nearestFreeSaturday(
  year: number,
  bridge: IsoDate,
  inBreak: (d: IsoDate) => boolean,
): IsoDate | null {
  for (let distance = 1; distance <= 21; distance += 1) {
    for (const day of [plusDays(bridge, -distance), plusDays(bridge, distance)]) {
      if (!day.startsWith(`${year}-`) || fromIso(day).getDay() !== 6) continue;
      // A Saturday touching the break (the day before or after it is off) is part of the long weekend.
      if (inBreak(plusDays(day, -1)) || breakReaches(day, bridge, inBreak)) continue;
      return day;
    }
  }
  return null;
}

/** True when the Saturday is contiguous with the break around the bridge. */
function breakReaches(
  saturday: IsoDate,
  bridge: IsoDate,
  inBreak: (d: IsoDate) => boolean,
): boolean {
  const step = saturday < bridge ? 1 : -1;
  for (let day = plusDays(saturday, step); day !== bridge; day = plusDays(day, step)) {
    if (!inBreak(day)) return false;
  }
  return true;
}

/**
 * A year's days off estimated when the government has not yet decided the
 * year, as the decisions of recent years did: Labour Code 2019 art. 112 —
 * 1/1; Tết, five weekdays (see tetBlock); Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9
 * with one adjacent day (3/9 when 2/9 is a Thursday, making a four-day break,
 * else 1/9). A holiday on a weekend gives a substitute day on the next working
 * day (art. 111(3)); a lone working day between a holiday and a weekend is
 * swapped for a Saturday (see bridgeSwaps). Marked `estimated`; a decided
 * table replaces it (withYear).
 */
export function estimatedYear(year: number): CalendarYear {
  const nationalDay = fixed(year, 9, 2);
  const adjacent = fromIso(nationalDay).getDay() === 4 ? fixed(year, 9, 3) : fixed(year, 9, 1);
  const holidays: CalendarDay[] = [
    { date: fixed(year, 1, 1), name: "Tết Dương lịch" },
    { date: hungKingsDate(year), name: HUNG_KINGS },
    { date: fixed(year, 4, 30), name: "Ngày Chiến thắng" },
    { date: fixed(year, 5, 1), name: "Ngày Quốc tế Lao động" },
    { date: adjacent, name: "Quốc khánh 2/9" },
    { date: nationalDay, name: "Quốc khánh 2/9" },
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  // The Tết block may start in the last days of the previous solar year only in theory.
  const tet: CalendarDay[] = tetBlock(year)
    .filter((d) => d.startsWith(`${year}-`))
    .map((date) => ({ date, name: "Tết Nguyên đán" }));

  const taken = new Set([...holidays, ...tet].map((d) => d.date));
  const substitutes: CalendarDay[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = plusDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = plusDays(day, 1);
    if (!day.startsWith(`${year}-`)) continue;
    taken.add(day);
    substitutes.push({ date: day, name: `Nghỉ bù ${holiday.name}` });
  }
  // Decisions swap around 1/1, 30/4–1/5 and 2/9, never around Giỗ Tổ alone (2024: Thursday 18/4 only).
  const offWeekdays = new Set(
    [...holidays, ...substitutes]
      .filter((d) => !d.name.includes(HUNG_KINGS))
      .map((d) => d.date)
      .filter((d) => isWeekday(d)),
  );
  const swaps = bridgeSwaps(year, offWeekdays);

  const pending: CalendarDay[] =
    year >= CULTURE_DAY_FROM
      ? [{ date: fixed(year, 11, 24), name: "Ngày Văn hóa Việt Nam", pending: true }]
      : [];

  const daysOff = [
    ...holidays.filter((d) => isWeekday(d.date)),
    ...tet,
    ...substitutes,
    ...swaps.map((s) => s.dayOff),
    ...pending,
  ];
  return {
    year,
    source:
      "Ước tính theo Bộ luật Lao động 2019 (Điều 111, 112) và cách bố trí lịch nghỉ của các năm gần đây; chưa có quyết định của Chính phủ",
    estimated: true,
    daysOff: daysOff.sort((a, b) => (a.date < b.date ? -1 : 1)),
    workingDays: swaps.map((s) => s.worked).sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}
