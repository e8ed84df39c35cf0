import type { AgencyRegistry } from "../agency/registry.js";
import type { IsoDate } from "../dates/civil-date.js";
import { findDeadlines } from "../deadline/find.js";
import { parseDeadline } from "../deadline/parse.js";
import type { AgencyRef } from "../model/agency-ref.js";
import type { Deadline } from "../model/deadline.js";

/** "UBND" is written out: the abbreviation of Ủy ban nhân dân in every directive. */
export function expandAbbreviations(text: string): string {
  return text.replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, "Ủy ban nhân dân");
}

/**
 * The bodies named in a lead or coordinating cell: one per ";"-separated part
 * ("Bộ CHQS tỉnh; UBND cấp xã"), a known body by its registry entry, another kept
 * as written. A group written with commas ("Các sở, ngành, UBND xã, phường") stays one name.
 */
export function agenciesOfCell(cell: string, registry: AgencyRegistry): AgencyRef[] {
  const out: AgencyRef[] = [];
  for (const raw of expandAbbreviations(cell).split(/\s*;\s*/u)) {
    const part = raw.replace(/[.,\s]+$/u, "").trim();
    if (part.length === 0) continue;
    const mention = registry.scan(part).find((m) => m.start === 0 && m.end >= part.length - 1);
    out.push(mention ? mention.ref : { id: null, name: part });
  }
  return out;
}

const yearEnd = (text: string, year: number): Deadline => ({
  kind: "date",
  text,
  flags: [],
  date: `${String(year).padStart(4, "0")}-12-31` as IsoDate,
  precision: "year",
  bound: "inclusive",
});

/**
 * The deadline a table's time cell names. The cell is the phrase: "Quý IV/2025",
 * "Thường xuyên"; a bare year ("2025") means by the end of that year; a span
 * ("Năm 2025 - 2026", "Quý IV/2025- Quý II/2026") is due at its end. Null for
 * an empty cell.
 */
export function deadlineOfCell(cell: string, documentDate: IsoDate | undefined): Deadline | null {
  const text = cell.replace(/\s+/g, " ").trim();
  if (text.length === 0) return null;
  const bareYear = /^(?:năm\s+)?((?:19|20)\d{2})\.?$/iu.exec(text);
  if (bareYear) return yearEnd(text, Number(bareYear[1]));
  const parsed = parseDeadline(text, { documentDate });
  if (parsed.kind !== "unparsed") return parsed;
  const found = findDeadlines(text, { documentDate })[0];
  if (found) return found.deadline;
  // A span: the end counts.
  const pieces = text.split(/\s*[-–]\s*/u);
  const last = pieces[pieces.length - 1] ?? "";
  if (pieces.length > 1 && last.length > 0) {
    const end = /^(?:19|20)\d{2}$/u.test(last)
      ? yearEnd(text, Number(last))
      : parseDeadline(last, { documentDate });
    if (end.kind !== "unparsed") return { ...end, text } as Deadline;
  }
  return parsed;
}
