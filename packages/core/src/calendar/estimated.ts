import { addDays } from "date-fns/addDays";
import { fromIso, isoFromParts, toIso, type IsoDate } from "../dates/civil-date.js";
import { hungKingsDate, lunarNewYearDate } from "./lunar.js";
import type { CalendarDay, CalendarYear } from "./schema.js";

/** First year 24/11 Ngày Văn hóa Việt Nam is proposed as a day off. */
const CULTURE_DAY_FROM = 2026;

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

/**
 * A year's days off estimated from the Labour Code 2019 (art. 112) when the
 * government has not yet decided the year: 1/1; Tết, 5 days (estimated as the
 * eve of the lunar new year and its first four days, as decided for 2026);
 * Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 with one adjacent day (3/9 when 2/9 is a
 * Thursday, making a four-day break, else 1/9). A holiday on a weekend gives a
 * substitute day on the next working day (art. 111(3)). Swapped days and
 * working Saturdays cannot be guessed, so there are none. Marked `estimated`.
 */
export function estimatedYear(year: number): CalendarYear {
  const tet = lunarNewYearDate(year);
  const nationalDay = fixed(year, 9, 2);
  const adjacent = fromIso(nationalDay).getDay() === 4 ? fixed(year, 9, 3) : fixed(year, 9, 1);
  const holidays: CalendarDay[] = [
    { date: fixed(year, 1, 1), name: "Tết Dương lịch" },
    ...[-1, 0, 1, 2, 3].map((n) => ({ date: plusDays(tet, n), name: "Tết Nguyên đán" })),
    { date: hungKingsDate(year), name: "Giỗ Tổ Hùng Vương" },
    { date: fixed(year, 4, 30), name: "Ngày Chiến thắng" },
    { date: fixed(year, 5, 1), name: "Ngày Quốc tế Lao động" },
    { date: adjacent, name: "Quốc khánh 2/9" },
    { date: nationalDay, name: "Quốc khánh 2/9" },
  ]
    // Tết can start on 31/12 of the previous year only in theory; keep the year's own days.
    .filter((d) => d.date.startsWith(`${year}-`))
    .sort((a, b) => (a.date < b.date ? -1 : 1));

  const taken = new Set(holidays.map((d) => d.date));
  const substitutes: CalendarDay[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = plusDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = plusDays(day, 1);
    if (!day.startsWith(`${year}-`)) continue;
    taken.add(day);
    substitutes.push({ date: day, name: `Nghỉ bù ${holiday.name}` });
  }

  const pending: CalendarDay[] =
    year >= CULTURE_DAY_FROM
      ? [{ date: fixed(year, 11, 24), name: "Ngày Văn hóa Việt Nam", pending: true }]
      : [];

  return {
    year,
    source: "Ước tính theo Bộ luật Lao động 2019 (Điều 112), chưa có quyết định của Chính phủ",
    estimated: true,
    daysOff: [...holidays, ...substitutes, ...pending].sort((a, b) => (a.date < b.date ? -1 : 1)),
    workingDays: [],
  };
}
