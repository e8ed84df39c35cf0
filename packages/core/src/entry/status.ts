/**
 * @nhiemvu/core/status — a task's status on a day (on time, overdue, …), the
 * month's summary figures and the reporting periods they are counted over.
 */
export * from "../status/index.js";
export * from "../period/index.js";
export type * from "../model/task.js";
