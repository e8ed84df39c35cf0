/**
 * COUNTIFS formulas for the summary sheet. Criteria are literals with "=" in
 * front (so a value starting with "<" or ">" is not an operator) and with the
 * wildcards ~ * ? escaped, so a criterion matches exactly the cell text.
 */

/** Excel refuses criteria longer than 255 characters. */
const MAX_CRITERION = 255;

/** A formula string literal: quotes doubled. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Escape COUNTIFS wildcards so the text matches itself only. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** A sheet-qualified whole-column reference: 'Tất cả nhiệm vụ'!$J:$J. */
export function columnRef(sheet: string, column: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$${column}:$${column}`;
}

/** One COUNTIFS condition: a range and a criterion pattern (already escaped). */
export interface Condition {
  range: string;
  pattern: string;
}

/** COUNTIFS(range1,"=p1",range2,"=p2"), or null when a criterion is too long for Excel. */
export function countIfs(conditions: readonly Condition[]): string | null {
  const parts: string[] = [];
  for (const { range, pattern } of conditions) {
    const criterion = `=${pattern}`;
    if (criterion.length > MAX_CRITERION) return null;
    parts.push(range, excelString(criterion));
  }
  return `COUNTIFS(${parts.join(",")})`;
}

/** Exact match of a whole cell. */
export function exact(range: string, text: string): Condition {
  return { range, pattern: escapeWildcards(text) };
}

/**
 * The four patterns under which `name` appears in a "; "-joined list
 * ("A", "A; …", "… ; A", "…; A; …"): counting each gives tasks naming `name`
 * exactly once, never a longer name that merely contains it.
 */
export function listMemberPatterns(range: string, name: string, separator = "; "): Condition[] {
  const n = escapeWildcards(name);
  const s = escapeWildcards(separator);
  return [
    { range, pattern: n },
    { range, pattern: `${n}${s}*` },
    { range, pattern: `*${s}${n}` },
    { range, pattern: `*${s}${n}${s}*` },
  ];
}

/** Sum of COUNTIFS, one per alternative member pattern, each AND-ed with `extra`. */
export function countListMember(
  range: string,
  name: string,
  extra: readonly Condition[],
): string | null {
  const terms: string[] = [];
  for (const member of listMemberPatterns(range, name)) {
    const term = countIfs([member, ...extra]);
    if (term === null) return null;
    terms.push(term);
  }
  return terms.join("+");
}
