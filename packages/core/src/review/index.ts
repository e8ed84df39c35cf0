export { DOUBT_MARK, EXTRACTION_WARNING_LABELS, NOT_TASK_REASON_LABELS } from "./labels.js";
export { describeExtractionWarning, warningDetail } from "./describe-warning.js";
export { shortenText } from "./shorten.js";
export { viDatesIn } from "./vi-dates.js";
export {
  REVIEW_DOUBT_LABELS,
  reviewTask,
  reviewTasks,
  type ReviewDoubt,
  type ReviewDoubtCode,
  type ReviewField,
  type TaskReview,
} from "./task-review.js";
