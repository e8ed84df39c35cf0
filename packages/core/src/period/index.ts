export { REGIMES, ReportDueRule, ReportingRegime, customRegime, type RegimeId } from "./regime.js";
export { checkAsOf, periodFor, type AsOfCheck, type ReportingPeriod } from "./period.js";
export {
  formatReportMonth,
  monthsBetween,
  parseReportMonth,
  periodLabel,
  type PeriodKind,
  type YearMonth,
} from "./months.js";
