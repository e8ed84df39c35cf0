export { parseDeadline, type ParseOptions } from "./parse.js";
export { findDeadlines, type DeadlineMention, type FindOptions } from "./find.js";
export { EVENT_TABLE, type EventEntry } from "./events.js";
export * from "./policy.js";
export * from "./recurrence.js";
export * from "./resolve.js";
