import type { AgencyRegistry } from "../agency/registry.js";
import type { IsoDate } from "../dates/civil-date.js";
import { findDeadlines } from "../deadline/find.js";
import { parseDeadline } from "../deadline/parse.js";
import type { AgencyRef } from "../model/agency-ref.js";
import type { Deadline } from "../model/deadline.js";
import { columnOf } from "./table.js";

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
    const opening = registry.scan(part).find((m) => m.start === 0);
    const mention = opening && opening.end >= part.length - 1 ? opening : undefined;
    // A part that runs on into a sentence ("Sở X tiến hành rà soát …") keeps the body it opens with.
    const sentence = part.split(/\s+/u).length > 12;
    if (mention) out.push(mention.ref);
    else if (sentence && opening) out.push(opening.ref);
    else out.push({ id: null, name: part });
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

/** What a labelled line under an item sets, as a task table's column would. */
export interface ItemField {
  column: "lead" | "coordinating" | "deadline" | "content" | "product";
  /** The words after the label and its colon. */
  value: string;
  /** The whole line, label included, as the task text shows it. */
  line: string;
}

/** "Cơ quan chủ trì: …", "Thời hạn hoàn thành: …", "Sản phẩm: …": a label of at most six words, a colon, a value. */
const FIELD_LINE = /^([\p{L}][\p{L} /]{1,50}?)\s*:\s*(\S[\s\S]*)$/u;
const FIELD_HEAD =
  /^(?:cơ quan|đơn vị|thời gian|thời hạn|tiến độ|chủ trì|phối hợp|trách nhiệm|nội dung|sản phẩm|kết quả)/u;
const CONTENT_LABEL = /^nội dung(?: thực hiện| công việc| nhiệm vụ)?$/u;
const PRODUCT_LABEL = /^(?:sản phẩm|kết quả|sản phẩm đầu ra|kết quả đầu ra)(?: dự kiến)?$/u;

/**
 * A line under an item that fills one of its fields, the way plans lay an item
 * out when they have no table: "- Cơ quan chủ trì: Sở Tư pháp." "- Cơ quan phối
 * hợp: các sở, ngành." "- Thời gian thực hiện: Quý IV năm 2025." The labels are
 * those of a task table's header (columnOf), plus "Nội dung" and "Sản phẩm".
 * Null for any other line ("Về kinh phí: Các địa phương …" is an item of its own).
 * @example itemField("Cơ quan phối hợp: Sở Tư pháp.")?.column // "coordinating"
 */
export function itemField(text: string): ItemField | null {
  const m = FIELD_LINE.exec(text.trim());
  const label = (m?.[1] ?? "").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  const value = (m?.[2] ?? "").trim();
  if (!m || label.split(" ").length > 6 || value.length === 0 || !FIELD_HEAD.test(label))
    return null;
  const line = text.trim();
  if (CONTENT_LABEL.test(label)) return { column: "content", value, line };
  if (PRODUCT_LABEL.test(label)) return { column: "product", value, line };
  const column = columnOf(label);
  if (column === "lead" || column === "coordinating" || column === "deadline")
    return { column, value, line };
  return null;
}
