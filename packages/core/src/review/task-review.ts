import { formatViDate, type IsoDate } from "../dates/civil-date.js";
import { resolveDeadline } from "../deadline/resolve.js";
import type { ExtractionWarning } from "../extract/warnings.js";
import type { DeadlineFlag } from "../model/deadline.js";
import type { Task } from "../model/task.js";
import { viDatesIn } from "./vi-dates.js";

/**
 * What an officer must check before a found task goes into the tracking
 * workbook. The one home of "what is uncertain" in an extraction: the CLI's
 * `nhiemvu extract` and the add-in's import review both show this.
 * - no_lead: no body found to act (the lead is empty)
 * - unknown_agency: a body not in the registry, kept as written
 * - deadline_unparsed: deadline words that could not be understood
 * - no_reference_date: the document's date is unknown, so the due date cannot be counted
 * - multiple_deadlines: the item names more than one deadline (the first is used)
 * - deadline_elsewhere: the deadline sits in a sentence of its own, maybe the previous one's
 * - deadline_ambiguous / year_inferred / unclear_anchor / event_date_unknown /
 *   start_of_obligation: the deadline reader's own doubts (see DeadlineFlag)
 */
export type ReviewDoubtCode =
  | "no_lead"
  | "unknown_agency"
  | "deadline_unparsed"
  | "no_reference_date"
  | "multiple_deadlines"
  | "deadline_elsewhere"
  | "deadline_ambiguous"
  | "year_inferred"
  | "unclear_anchor"
  | "event_date_unknown"
  | "start_of_obligation";

/** Which part of the review a doubt is about, to put the mark next to it. */
export type ReviewField = "lead" | "deadline";

export interface ReviewDoubt {
  code: ReviewDoubtCode;
  field: ReviewField;
  /** Vietnamese, one short sentence (a tooltip or a line under the task). */
  label: string;
}

export const REVIEW_DOUBT_LABELS: Readonly<Record<ReviewDoubtCode, string>> = {
  no_lead: "Chưa tìm thấy cơ quan chủ trì",
  unknown_agency: "Cơ quan chưa có trong danh mục",
  deadline_unparsed: "Chưa hiểu được thời hạn",
  no_reference_date: "Không có ngày văn bản nên chưa tính được hạn",
  multiple_deadlines: "Có nhiều thời hạn, đã lấy thời hạn đầu tiên",
  deadline_elsewhere: "Thời hạn nằm ở câu riêng, có thể thuộc câu trước",
  deadline_ambiguous: "Thời hạn có nhiều cách hiểu",
  year_inferred: "Năm của thời hạn được suy ra",
  unclear_anchor: "Chưa rõ mốc tính thời hạn",
  event_date_unknown: "Chưa rõ ngày của sự kiện",
  start_of_obligation: "Là thời điểm bắt đầu, không phải hạn",
};

const FLAG_DOUBTS: Partial<Record<DeadlineFlag, ReviewDoubtCode>> = {
  unparsed: "deadline_unparsed",
  no_reference_date: "no_reference_date",
  multiple_deadlines: "multiple_deadlines",
  ambiguous: "deadline_ambiguous",
  year_inferred: "year_inferred",
  unclear_anchor: "unclear_anchor",
  event_date_unknown: "event_date_unknown",
  start_of_obligation: "start_of_obligation",
};

const WARNING_DOUBTS: Partial<Record<ExtractionWarning["code"], ReviewDoubtCode>> = {
  no_subject: "no_lead",
  unknown_agency: "unknown_agency",
  two_deadlines: "multiple_deadlines",
  deadline_may_belong_to_previous_sentence: "deadline_elsewhere",
};

const LEAD_DOUBTS: ReadonlySet<ReviewDoubtCode> = new Set(["no_lead", "unknown_agency"]);

/** A found task as it is shown for review. */
export interface TaskReview {
  ref: string;
  code: string;
  /** The whole task text (NFC); shorten it for display with shortenText. */
  text: string;
  /** Lead bodies, "; "-joined; "" when none was found. */
  lead: string;
  /** The deadline as the document words it; "" when it names none. */
  deadlineWords: string;
  due: IsoDate | null;
  /** The due date as dd/mm/yyyy ("trước 15/11/2025"), or what stands for it. */
  dueText: string;
  /** What is uncertain, each once, lead doubts first. */
  doubts: ReviewDoubt[];
}

function dueText(task: Task): string {
  if (task.originalDue !== null) {
    const bound = resolveDeadline(task.deadline).bound;
    return `${bound === "before" ? "trước " : ""}${formatViDate(task.originalDue)}`;
  }
  if (task.deadline.text.trim() === "") return "không thời hạn";
  switch (task.deadline.kind) {
    case "urgent":
      return "khẩn trương";
    case "ongoing":
      return "thường xuyên";
    case "unparsed":
      return "chưa xác định";
    case "event":
      return "theo sự kiện";
    default:
      return "chưa tính được";
  }
}

/**
 * Review of one task: its text, lead, deadline words and due, and every doubt
 * from the reading itself (empty lead, deadline flags) and from the
 * extraction warnings about the same item.
 */
export function reviewTask(task: Task, warnings: readonly ExtractionWarning[] = []): TaskReview {
  const codes = new Set<ReviewDoubtCode>();
  if (task.lead.length === 0) codes.add("no_lead");
  if (task.deadline.kind === "unparsed" && task.deadline.text.trim() !== "")
    codes.add("deadline_unparsed");
  for (const flag of task.deadline.flags) {
    const code = FLAG_DOUBTS[flag];
    if (code) codes.add(code);
  }
  for (const w of warnings) {
    if (w.ref !== task.ref) continue;
    const code = WARNING_DOUBTS[w.code];
    if (code) codes.add(code);
  }
  const doubts = [...codes]
    .map((code): ReviewDoubt => ({
      code,
      field: LEAD_DOUBTS.has(code) ? "lead" : "deadline",
      label: REVIEW_DOUBT_LABELS[code],
    }))
    .sort((a, b) => (a.field === b.field ? 0 : a.field === "lead" ? -1 : 1));
  return {
    ref: task.ref,
    code: task.code,
    text: task.text.normalize("NFC"),
    lead: task.lead.map((a) => a.name).join("; "),
    deadlineWords: viDatesIn(task.deadline.text.replace(/\s+/gu, " ").trim()),
    due: task.originalDue,
    dueText: dueText(task),
    doubts,
  };
}

/** Every task of an extraction reviewed, in document order. */
export function reviewTasks(
  tasks: readonly Task[],
  warnings: readonly ExtractionWarning[],
): TaskReview[] {
  return tasks.map((task) => reviewTask(task, warnings));
}
