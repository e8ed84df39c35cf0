import { z } from "zod";
import { IsoDate } from "../dates/civil-date.js";
import { AgencyRef } from "./agency-ref.js";
import { Deadline } from "./deadline.js";

/** A change of due date (gia hạn): the new date, the approving document, when. */
export const DeadlineExtension = /* @__PURE__ */ z.strictObject({
  newDue: IsoDate,
  approvedBy: z.string().min(1),
  approvedOn: IsoDate,
  note: z.string().optional(),
});
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;

/** A progress report on a task (tiến độ): date, what was done, evidence document. */
export const ProgressUpdate = /* @__PURE__ */ z.strictObject({
  date: IsoDate,
  note: z.string().min(1),
  evidence: z.string().optional(),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdate>;

/**
 * One actionable assignment of a directive. Stable `code` identifies it across
 * workbooks and edits; `ref` is its place in the document's numbering.
 */
export const Task = /* @__PURE__ */ z.strictObject({
  /** Stable code, e.g. "221-KL/TW@2025-11-28#4.2". */
  code: z.string().min(1),
  /** Identity of the source document: symbol + date (see documentId). */
  documentId: z.string().min(1),
  /** Reference in the document's numbering: "5(iii)", "2.a(3)", "[4]". */
  ref: z.string(),
  text: z.string().min(1),
  summary: z.string(),
  /** chủ trì = lead: the body that must act. */
  lead: z.array(AgencyRef),
  /** phối hợp = coordinating. */
  coordinating: z.array(AgencyRef),
  /** lãnh đạo, chỉ đạo = supervising: the body told to direct the lead. */
  supervising: z.array(AgencyRef),
  /** báo cáo X = report-to. */
  reportTo: z.array(AgencyRef),
  deadline: Deadline,
  /** Due date resolved from the deadline as first written (null for no-date kinds). */
  originalDue: IsoDate.nullable(),
  /** Due date in force: originalDue, or the last extension's. Status is judged against it. */
  currentDue: IsoDate.nullable(),
  extensions: z.array(DeadlineExtension),
  completedOn: IsoDate.nullable(),
  progress: z.array(ProgressUpdate),
  /** Free notes of the user (ghi chú). */
  note: z.string().optional(),
});
export type Task = z.infer<typeof Task>;
