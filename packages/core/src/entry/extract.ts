/**
 * @nhiemvu/core/extract — tasks, lead agencies and deadlines read from the text
 * of a directive, with the agency registry and document symbols it relies on.
 */
export * from "../extract/index.js";
export * from "../agency/index.js";
export * from "../document/index.js";
export * from "../text/normalize.js";
export * from "../review/index.js";
