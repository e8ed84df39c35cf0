export * from "./deadline.js";
export * from "./agency-ref.js";
export * from "./task.js";
export * from "./document.js";
export * from "./task-code.js";
