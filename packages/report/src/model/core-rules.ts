import {
  evaluateTask,
  periodFor,
  REGIMES,
  STATUS_LABELS,
  summarize,
  type RegimeId,
} from "@nhiemvu/core";
import type { ReportRules } from "./rules.js";

/** The report's rules, wired to core in this one place. */

export const REGIME_IDS = Object.keys(REGIMES) as RegimeId[];

export function isRegimeId(id: string): id is RegimeId {
  return (REGIME_IDS as string[]).includes(id);
}

function regimeOf(id: string): RegimeId {
  if (!isRegimeId(id)) throw new RangeError(`unknown reporting regime: ${id}`);
  return id;
}

export function coreRules(): ReportRules {
  return {
    evaluate: evaluateTask,
    period: (month, regimeId, kind) => periodFor(month, regimeOf(regimeId), kind),
    regimeName: (id) => REGIMES[regimeOf(id)].name,
    statusLabels: { ...STATUS_LABELS },
    summarize,
  };
}
