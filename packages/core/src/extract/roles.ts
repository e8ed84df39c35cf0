import type { AgencyMention } from "../agency/registry.js";
import type { AgencyRef } from "../model/agency-ref.js";
import { foldKey, readAgencyPhrase } from "./agency-phrase.js";

/**
 * Roles named in an assignment's words (domain brief §2): chủ trì = lead,
 * phối hợp = coordinating, "X lãnh đạo, chỉ đạo Y" = X supervising Y,
 * "báo cáo Z" = report-to.
 */
export interface Roles {
  lead: AgencyRef[];
  supervising: AgencyRef[];
  coordinating: AgencyRef[];
  reportTo: AgencyRef[];
  /** "X chỉ đạo: (i) Bộ A …": sub-items with a subject of their own are supervised by X. */
  directsChildren: boolean;
  /** Where the lead's action starts (after "X lãnh đạo, chỉ đạo Y" when Y leads). */
  actionAt: number;
}

const DIRECTS =
  /^\s*(?:(?:tiếp tục|tập trung|khẩn trương|trực tiếp|có trách nhiệm)\s+)*(?:lãnh đạo\s*,?\s*)?chỉ đạo(?![\p{L}])(\s*:)?/u;
const COORDINATES =
  /(?<![\p{L}])phối hợp(?:\s*,?\s*(?:chặt chẽ|sát sao|thường xuyên|tốt|hiệu quả))*\s+(?:(?:với|cùng)\s+)?/gu;
const REPORTS = /(?<![\p{L}])báo cáo\s+(?:(?:gửi|lên|về)\s+)?(?:(?:các đồng chí|đồng chí)\s+)?/gu;

/** Agencies without repeats (same id, or same name when unknown). */
export function uniqueAgencies(list: readonly AgencyRef[]): AgencyRef[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = a.id ?? `?${foldKey(a.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function listsAfter(
  re: RegExp,
  text: string,
  mentions: readonly AgencyMention[],
  from: number,
  requireKnownFirst: boolean,
): AgencyRef[] {
  const folded = foldKey(text);
  const out: AgencyRef[] = [];
  re.lastIndex = from;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const phrase = readAgencyPhrase(text, m.index + m[0].length, mentions, { requireKnownFirst });
    if (phrase) out.push(...phrase.agencies);
  }
  return out;
}

/**
 * Read the roles of one assignment. `subject` is the body the words address
 * (null when the item names none) and `predicateAt` where its predicate starts.
 * @example readRoles("Bộ Nội vụ chủ trì, phối hợp với Bộ Y tế …", …).coordinating // [Bộ Y tế]
 */
export function readRoles(
  text: string,
  subject: AgencyRef[] | null,
  predicateAt: number,
  mentions: readonly AgencyMention[],
): Roles {
  const folded = foldKey(text);
  let lead = subject ?? [];
  let supervising: AgencyRef[] = [];
  let directsChildren = false;
  let actionAt = predicateAt;
  const directs = DIRECTS.exec(folded.slice(predicateAt));
  if (subject && directs) {
    const after = predicateAt + directs[0].length;
    const directed = directs[1]
      ? null
      : readAgencyPhrase(text, after, mentions, { requireKnownFirst: true });
    if (directed) {
      lead = directed.agencies;
      supervising = subject;
      actionAt = directed.end;
    } else {
      directsChildren = /:\s*$/u.test(text);
    }
  }
  return {
    lead: uniqueAgencies(lead),
    supervising: uniqueAgencies(supervising),
    coordinating: uniqueAgencies(listsAfter(COORDINATES, text, mentions, predicateAt, false)),
    reportTo: uniqueAgencies(listsAfter(REPORTS, text, mentions, predicateAt, true)),
    directsChildren,
    actionAt,
  };
}
