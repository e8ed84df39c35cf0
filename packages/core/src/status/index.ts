export { DUE_SOON_LABEL, STATUS_LABELS, TASK_STATUSES, type TaskStatus } from "./labels.js";
export {
  classifyOccurrences,
  classifyTask,
  type ClassifyOptions,
  type TaskClassification,
} from "./classify.js";
export {
  percent,
  summarize,
  type RateDenominator,
  type RateRounding,
  type StatusSummary,
} from "./summary.js";
