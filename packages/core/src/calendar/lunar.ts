import { isoFromParts, type IsoDate } from "../dates/civil-date.js";

/**
 * Vietnamese lunisolar calendar (âm lịch) after Hồ Ngọc Đức's published
 * algorithm ("Thuật toán tính âm lịch"): new moons from Meeus' series, the
 * sun's longitude for the solar terms, months start on the day (in the given
 * zone) of the new moon, month 11 holds the winter solstice, and the leap month
 * is the first month of a 13-month year without a major solar term.
 *
 * The zone matters: Vietnam computes at UTC+7, China at UTC+8, which is why
 * Tết 1985 fell on 21/1 in Vietnam and on 20/2 in China.
 *
 * Accuracy: the series are truncated, so a new moon falling within minutes of
 * midnight can land on the wrong day. The author checked his tables for
 * 1800–2199; the tests here check known Tết and Giỗ Tổ dates between 1985 and 2030.
 */

/** Vietnam's time zone offset in hours, the default for every conversion. */
export const VIETNAM_TIME_ZONE = 7;

/** A lunar date; `leap` marks a day of the intercalary (nhuận) month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in the series). */
const EPOCH_NEW_MOON = 2415021.076998695;

const INT = Math.floor;

/** Julian day number of a proleptic Gregorian (Julian before 1582-10-15) date. */
export function julianDayOf(day: number, month: number, year: number): number {
  const a = INT((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd =
    day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  return jd < 2299161 ? day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083 : jd;
}

/** Civil date of a Julian day number. */
export function dateOfJulianDay(jd: number): { day: number; month: number; year: number } {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return {
    day: e - INT((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * INT(m / 10),
    year: b * 100 + d - 4800 + INT(m / 10),
  };
}

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's apparent longitude in radians (0 … 2π) at a fractional Julian day. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - Math.PI * 2 * INT(L / (Math.PI * 2));
}

/** Day number (in the zone) of the k-th new moon. */
function newMoonDay(k: number, zone: number): number {
  return INT(newMoon(k) + 0.5 + zone / 24);
}

/** Which of the 12 major solar terms (0–11, 30° each) the sun is in at the start of a day. */
function solarTermOf(dayNumber: number, zone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - zone / 24) / Math.PI) * 6);
}

/** Day number of the start of lunar month 11 (the month of the winter solstice) of a year. */
function lunarMonth11(year: number, zone: number): number {
  const off = julianDayOf(31, 12, year) - 2415021;
  const k = INT(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, zone);
  return solarTermOf(nm, zone) >= 9 ? newMoonDay(k - 1, zone) : nm;
}

/** Offset (months after month 11) of the leap month in a 13-month lunar year starting at a11. */
function leapMonthOffset(a11: number, zone: number): number {
  const k = INT((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = solarTermOf(newMoonDay(k + i, zone), zone);
  do {
    last = arc;
    i++;
    arc = solarTermOf(newMoonDay(k + i, zone), zone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * Lunar date of a solar (civil) date.
 * @example solarToLunar("2026-02-17") // { day: 1, month: 1, year: 2026, leap: false }
 */
export function solarToLunar(iso: IsoDate, zone = VIETNAM_TIME_ZONE): LunarDate {
  const [y, m, d] = iso.split("-").map(Number);
  const dayNumber = julianDayOf(d ?? 1, m ?? 1, y ?? 1);
  const year = y ?? 1;
  let k = INT((dayNumber - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, zone);
  // The mean-month estimate of k can be one too high when a new moon falls just
  // after local midnight (2054-05-07, 2062-04-09): step back until the month has begun.
  while (monthStart > dayNumber) {
    monthStart = newMoonDay(k, zone);
    k -= 1;
  }
  let a11 = lunarMonth11(year, zone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, zone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, zone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, zone);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * Solar date of a lunar date; null when it does not exist (a leap month that
 * is not the year's leap month, or day 30 of a 29-day month).
 * @example lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }) // "2026-04-26"
 */
export function lunarToSolar(lunar: LunarDate, zone = VIETNAM_TIME_ZONE): IsoDate | null {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || day < 1 || day > 30 || month < 1 || month > 12) return null;
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, zone), lunarMonth11(year, zone)]
      : [lunarMonth11(year, zone), lunarMonth11(year + 1, zone)];
  const k = INT(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, zone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, zone);
  const nextMonthStart = newMoonDay(k + off + 1, zone);
  if (monthStart + day - 1 >= nextMonthStart) return null;
  const civil = dateOfJulianDay(monthStart + day - 1);
  return isoFromParts(civil.year, civil.month, civil.day);
}

function requireSolar(lunar: LunarDate, zone: number): IsoDate {
  const iso = lunarToSolar(lunar, zone);
  // Day 1 of month 1 and day 10 of month 3 exist in every lunar year.
  if (iso === null) throw new RangeError(`no solar date for lunar ${JSON.stringify(lunar)}`);
  return iso;
}

/**
 * Tết Nguyên đán: the first day of the first lunar month of `year`.
 * @example lunarNewYearDate(2026) // "2026-02-17"
 */
export function lunarNewYearDate(year: number, zone = VIETNAM_TIME_ZONE): IsoDate {
  return requireSolar({ day: 1, month: 1, year, leap: false }, zone);
}

/**
 * Giỗ Tổ Hùng Vương: the 10th day of the third lunar month of `year`.
 * @example hungKingsDate(2025) // "2025-04-07"
 */
export function hungKingsDate(year: number, zone = VIETNAM_TIME_ZONE): IsoDate {
  return requireSolar({ day: 10, month: 3, year, leap: false }, zone);
}
