export { REGIMES, ReportDueRule, ReportingRegime, customRegime, type RegimeId } from "./regime.js";
export { periodFor, type ReportingPeriod } from "./period.js";
export {
  formatReportMonth,
  monthsBetween,
  parseReportMonth,
  periodLabel,
  type PeriodKind,
  type YearMonth,
} from "./months.js";
