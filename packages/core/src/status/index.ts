export { DUE_SOON_LABEL, STATUS_LABELS, TASK_STATUSES, type TaskStatus } from "./labels.js";
export {
  classifyOccurrences,
  classifyTask,
  type ClassifyOptions,
  type TaskClassification,
} from "./classify.js";
export {
  DEFAULT_RATE_SETTINGS,
  percent,
  percentFormula,
  summarize,
  type Rate,
  type RateDenominator,
  type RateId,
  type RateRounding,
  type RateSettings,
  type StatusSummary,
} from "./summary.js";
export {
  evaluateTask,
  issuedBy,
  type EvaluateOptions,
  type EvaluationWarning,
  type EvaluationWarningCode,
  type LateExtensionPolicy,
  type OccurrenceEvaluation,
  type TaskEvaluation,
} from "./evaluate.js";
export { EVALUATION_WARNING_LABELS, describeEvaluationWarning } from "./warning-labels.js";
