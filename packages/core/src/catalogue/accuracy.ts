import type { AgencyRef } from "../model/agency-ref.js";
import type { Task } from "../model/task.js";
import { foldForMatch } from "../text/normalize.js";

/** How well extracted tasks match hand-checked ones. Shares are percentages (two decimals). */
export interface ExtractionAccuracy {
  expected: number;
  found: number;
  rightLead: number;
  dated: number;
  rightDue: number;
  foundShare: number;
  rightLeadShare: number;
  rightDueShare: number;
  /** Refs of expected tasks that were missed, or read with another lead or due date. */
  missed: string[];
  wrongLead: string[];
  wrongDue: string[];
  /** Refs of extracted tasks that the catalogue does not have. */
  extra: string[];
}

/** "[4]/3" and "4/3" are the same place: two copies of a text may bracket top-level numbers. */
export function comparableRef(ref: string): string {
  return ref.replace(/^\[(\d+)\]/u, "$1");
}

function leadKey(agencies: readonly AgencyRef[]): string {
  return agencies
    .map((a) => a.id ?? `?${foldForMatch(a.name)}`)
    .sort()
    .join("|");
}

const share = (n: number, of: number) => (of === 0 ? 100 : Math.floor((n / of) * 10_000) / 100);

/**
 * Compare an extractor's tasks with the catalogue's, matching by reference:
 * share of tasks found, with the same lead agencies, and (among tasks with a due
 * date) with the same original due date.
 */
export function compareExtraction(
  expected: readonly Task[],
  actual: readonly Task[],
): ExtractionAccuracy {
  const byRef = new Map(actual.map((t) => [comparableRef(t.ref), t]));
  const missed: string[] = [];
  const wrongLead: string[] = [];
  const wrongDue: string[] = [];
  let found = 0;
  let rightLead = 0;
  let dated = 0;
  let rightDue = 0;
  for (const want of expected) {
    const got = byRef.get(comparableRef(want.ref));
    if (want.originalDue !== null) dated += 1;
    if (!got) {
      missed.push(want.ref);
      continue;
    }
    found += 1;
    if (leadKey(got.lead) === leadKey(want.lead)) rightLead += 1;
    else wrongLead.push(want.ref);
    if (want.originalDue !== null) {
      if (got.originalDue === want.originalDue) rightDue += 1;
      else wrongDue.push(want.ref);
    }
  }
  const known = new Set(expected.map((t) => comparableRef(t.ref)));
  return {
    expected: expected.length,
    found,
    rightLead,
    dated,
    rightDue,
    foundShare: share(found, expected.length),
    rightLeadShare: share(rightLead, expected.length),
    rightDueShare: share(rightDue, dated),
    missed,
    wrongLead,
    wrongDue,
    extra: actual.map((t) => t.ref).filter((r) => !known.has(comparableRef(r))),
  };
}
