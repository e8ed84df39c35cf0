import { estimatedYear } from "./estimated.js";
import { CalendarYear, type CalendarDay } from "./schema.js";
import { BUNDLED_YEARS, CALENDAR_DATA_VERSION } from "./years.js";

/**
 * The Vietnamese working-day calendar as a plain value: the decided year
 * tables by year, and whether pending holidays count. Years without a table
 * are estimated from the Labour Code on demand (see estimatedYear).
 */
export interface WorkingCalendar {
  /** Bundled data version, with "+YYYY" for each year a user added. */
  readonly version: string;
  readonly includePending: boolean;
  readonly years: Readonly<Record<number, CalendarYear>>;
}

function bundled(includePending: boolean): WorkingCalendar {
  return Object.freeze({
    version: CALENDAR_DATA_VERSION,
    includePending,
    years: Object.freeze(Object.fromEntries(BUNDLED_YEARS.map((t) => [t.year, t]))),
  });
}

let cachedDefault: WorkingCalendar | undefined;
let cachedWithPending: WorkingCalendar | undefined;

/**
 * The bundled calendar (decided years 2025–2026, other years estimated).
 * The same value is returned on every call, so lookups stay cached.
 * @example isWorkingDay("2026-11-24", defaultCalendar({ includePending: true })) // false
 */
export function defaultCalendar(opts: { includePending?: boolean } = {}): WorkingCalendar {
  if (opts.includePending === true) return (cachedWithPending ??= bundled(true));
  return (cachedDefault ??= bundled(false));
}

/**
 * A calendar with one year's government decision added (or replaced). The
 * table is validated by the `CalendarYear` schema; an invalid table throws
 * a ZodError (use `parseCalendarYear` first for data from a file).
 *
 * @example
 * // Lịch nghỉ năm 2027 theo quyết định của Chính phủ:
 * const cal = withYear(defaultCalendar(), {
 *   year: 2027,
 *   source: "Thông báo số …/TB-BNV về lịch nghỉ Tết năm 2027",
 *   daysOff: [
 *     { date: "2027-01-01", name: "Tết Dương lịch" },
 *     { date: "2027-02-05", name: "Tết Nguyên đán" },
 *     // … every weekday off, including substitute and swapped days
 *   ],
 *   workingDays: [{ date: "2027-02-20", name: "Làm bù" }],
 * });
 * isWorkingDay("2027-02-20", cal); // true (a Saturday worked in exchange)
 */
export function withYear(cal: WorkingCalendar, table: CalendarYear): WorkingCalendar {
  const checked = CalendarYear.parse(table);
  return Object.freeze({
    version: `${cal.version}+${checked.year}`,
    includePending: cal.includePending,
    years: Object.freeze({ ...cal.years, [checked.year]: checked }),
  });
}

/** What the calendar says about one year, indexed for lookups. */
export interface YearIndex {
  readonly table: CalendarYear;
  readonly daysOff: ReadonlyMap<string, CalendarDay>;
  readonly workingDays: ReadonlyMap<string, CalendarDay>;
}

const estimatedCache = new Map<number, CalendarYear>();
const indexCache = new WeakMap<WorkingCalendar, Map<number, YearIndex>>();

/** The table of a year: the calendar's own, or one estimated from the Labour Code. */
export function yearTable(cal: WorkingCalendar, year: number): CalendarYear {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`not a calendar year: ${JSON.stringify(year)}`);
  }
  const own = cal.years[year];
  if (own) return own;
  let estimated = estimatedCache.get(year);
  if (!estimated) {
    estimated = estimatedYear(year);
    estimatedCache.set(year, estimated);
  }
  return estimated;
}

/** Indexed view of a year (memoised per calendar value; calendars are immutable). */
export function yearIndex(cal: WorkingCalendar, year: number): YearIndex {
  let perCal = indexCache.get(cal);
  if (!perCal) {
    perCal = new Map();
    indexCache.set(cal, perCal);
  }
  const hit = perCal.get(year);
  if (hit) return hit;
  const table = yearTable(cal, year);
  const index: YearIndex = {
    table,
    daysOff: new Map(
      table.daysOff.filter((d) => d.pending !== true || cal.includePending).map((d) => [d.date, d]),
    ),
    workingDays: new Map(table.workingDays.map((d) => [d.date, d])),
  };
  perCal.set(year, index);
  return index;
}
