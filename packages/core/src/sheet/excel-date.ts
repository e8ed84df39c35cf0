import { daysBetween, isoOfUtcDate, type IsoDate } from "../dates/civil-date.js";

const DAY_MS = 86_400_000;
// Excel's 1900 date system counts from 1899-12-31 = 0 and, copying Lotus 1-2-3,
// treats 1900 as a leap year: serial 60 is the non-existent 29/02/1900, so every
// serial from 61 (01/03/1900) on is one more than the day count from 31/12/1899.
const EPOCH = "1899-12-30";
const FIRST_SERIAL = 1; // 1900-01-01
const FAKE_LEAP_DAY = 60;
const LAST_SERIAL = 2_958_465; // 9999-12-31

// Conversions already made, both ways: sheets repeat a few hundred days over
// 100,000 rows. Bounded: a sheet of all-different days starts them afresh.
const SERIAL_CACHE_LIMIT = 20_000;
const serialOfIso = new Map<string, number | null>();
const isoOfSerialDay = new Map<number, IsoDate>();

/**
 * Excel serial number (1900 date system) of a civil date; null before 1900-01-01,
 * which Excel cannot show as a date, and for text that is no ISO date.
 * @example isoToExcelSerial("2025-01-01") // 45658
 * @example isoToExcelSerial("1900-02-28") // 59
 */
export function isoToExcelSerial(iso: IsoDate): number | null {
  // A report writes the same few hundred days in every date cell of 100,000 rows.
  let serial = serialOfIso.get(iso);
  if (serial === undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso < "1900-01-01") serial = null;
    else {
      const days = daysBetween(EPOCH, iso);
      serial = iso < "1900-03-01" ? days - 1 : days;
    }
    if (serialOfIso.size >= SERIAL_CACHE_LIMIT) serialOfIso.clear();
    serialOfIso.set(iso, serial);
  }
  return serial;
}

/**
 * Civil date of an Excel serial (1900 date system); the time of day is dropped.
 * Null for serials that are no date: below 1, 60 (the fictitious 29/02/1900),
 * beyond 31/12/9999, or not finite.
 * @example excelSerialToIso(45658) // "2025-01-01"
 * @example excelSerialToIso(45658.75) // "2025-01-01"
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < FIRST_SERIAL || day === FAKE_LEAP_DAY || day > LAST_SERIAL) return null;
  // A sheet's date cells repeat a few hundred days over thousands of rows.
  let iso = isoOfSerialDay.get(day);
  if (iso === undefined) {
    const offset = day < FAKE_LEAP_DAY ? day + 1 : day;
    iso = isoOfUtcDate(new Date(Date.UTC(1899, 11, 30) + offset * DAY_MS));
    if (isoOfSerialDay.size >= SERIAL_CACHE_LIMIT) isoOfSerialDay.clear();
    isoOfSerialDay.set(day, iso);
  }
  return iso;
}

/**
 * Column letters of a 0-based column index.
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`column index ${index}`);
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A1 reference to a cell, with the sheet name quoted as Excel writes it.
 * @example cellAddress("Theo dõi nhiệm vụ", 12, 12) // "'Theo dõi nhiệm vụ'!M12"
 */
export function cellAddress(sheetName: string, columnIndex: number, rowNumber: number): string {
  const cell = `${columnLetter(columnIndex)}${rowNumber}`;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName);
  return plain ? `${sheetName}!${cell}` : `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}
