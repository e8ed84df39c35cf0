/**
 * @nhiemvu/core/deadline — reading deadline phrases ("trong quý IV/2025",
 * "chậm nhất ngày 25 hằng tháng") and resolving them to a due date. The
 * `Deadline` schemas themselves are in @nhiemvu/core/schemas.
 */
export * from "../deadline/index.js";
export type * from "../model/deadline.js";
