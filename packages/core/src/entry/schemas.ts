/**
 * @nhiemvu/core/schemas — the zod schemas of every value that crosses a
 * boundary (task, document, deadline, agency, calendar year, regime, warning),
 * for validating JSON read from a file or sent by a user.
 */
export { IsoDate } from "../dates/civil-date.js";
export * from "../model/index.js";
export { CalendarDay, CalendarYear } from "../calendar/schema.js";
export { Agency, AgencyId, AgencyKind } from "../agency/agency.js";
export { ReportDueRule, ReportingRegime } from "../period/regime.js";
export { ExtractionWarning, ExtractionWarningCode } from "../extract/warnings.js";
