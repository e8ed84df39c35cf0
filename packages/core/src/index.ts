/**
 * @nhiemvu/core — the domain library: documents, tasks, agencies, Vietnamese
 * deadline rules, the working-day calendar, status classification, reporting
 * periods, extraction from directive text and the tracking-sheet layout.
 * Importing it builds the zod schemas of the modules it loads and no data table
 * (agencies, calendar years, catalogue are built on first use). Smaller entry
 * points: @nhiemvu/core/calendar, /deadline, /status, /extract, /schemas.
 * Test and bench data (seed phrases, catalogue sources, accuracy) are internal.
 */
export * from "./dates/civil-date.js";
export * from "./dates/typed-date.js";
export * from "./text/normalize.js";
export * from "./model/index.js";
export * from "./deadline/index.js";
export * from "./calendar/index.js";
export * from "./status/index.js";
export * from "./period/index.js";
export * from "./agency/index.js";
export * from "./document/index.js";
export * from "./sheet/index.js";
export * from "./extract/index.js";
export * from "./review/index.js";
export * from "./catalogue/index.js";
