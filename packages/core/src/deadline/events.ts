import type { IsoDate } from "../dates/civil-date.js";

/**
 * Events that directives name as deadlines, with the date used for them. Only
 * dates that are publicly fixed belong here; an event missing from the table
 * keeps its words and is flagged event_date_unknown. A Hội nghị Trung ương with
 * its month written ("vào tháng 11-2025") needs no entry: the month's end is used.
 * Tết Nguyên đán comes from the lunar calendar, not from this table.
 */
export interface EventEntry {
  /** `congress-<n>` (Đại hội Đảng toàn quốc) or `plenum-<n>` (Hội nghị Trung ương). */
  id: string;
  /** Vietnamese name as a reader knows it. */
  label: string;
  /** First day of the event. */
  date: IsoDate;
  /** Where the date comes from. */
  source: string;
}

export const EVENT_TABLE: readonly EventEntry[] = [
  {
    id: "congress-14",
    label: "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    date: "2026-01-19",
    source: "opening day announced by the Central Committee (project domain brief)",
  },
];

/** The table's date for an event id, if any. */
export function eventTableDate(id: string): IsoDate | undefined {
  return EVENT_TABLE.find((e) => e.id === id)?.date;
}

const STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"] as const;
const BRANCHES = [
  ["tý"],
  ["sửu"],
  ["dần"],
  ["mão", "mẹo"],
  ["thìn"],
  ["tỵ", "tị"],
  ["ngọ"],
  ["mùi"],
  ["thân"],
  ["dậu"],
  ["tuất"],
  ["hợi"],
] as const;

/**
 * The first lunar year named by a stem-and-branch pair ("Bính Ngọ" → 2026) that
 * starts no earlier than `fromYear`; null for a pair that names no year.
 */
export function sexagenaryYear(stem: string, branch: string, fromYear: number): number | null {
  for (let y = fromYear; y < fromYear + 60; y += 1) {
    const s = STEMS[(((y - 4) % 10) + 10) % 10];
    const b = BRANCHES[(((y - 4) % 12) + 12) % 12];
    if (s === stem && b !== undefined && (b as readonly string[]).includes(branch)) return y;
  }
  return null;
}
