import type { IsoDate, PeriodKind, RateRounding, TaskEvaluation } from "@nhiemvu/core";
import type { TaskStatus } from "./status.js";

/**
 * The report as plain data: everything the renderer writes, computed once by
 * buildReportModel. No exceljs here, so it can be snapshot-tested and reused.
 */

/**
 * Which official form the report takes: a State body's (Nghị định
 * 30/2020/NĐ-CP) or a Party body's (Hướng dẫn 36-HD/VPTW). See model/header.ts.
 */
export type ReportForm = "party" | "state";

/** The signature block: quyền hạn, chức vụ, họ tên. */
export interface ReportSigner {
  /** "T/M BAN THƯỜNG VỤ", "KT. BỘ TRƯỞNG", or "" when the head signs in their own right. */
  authority: string;
  /** "BÍ THƯ", "BỘ TRƯỞNG" (capitals), or a dotted placeholder. */
  position: string;
  /** "Nguyễn Văn A", or a dotted placeholder. */
  name: string;
}

/** The official header block and closing, already in their final words. */
export interface ReportHeader {
  form: ReportForm;
  /** Issuing body, capitals, top left. */
  issuingBody: string;
  /** Under the issuing body: "*" on the Party form, "" on the State form (a short rule). */
  issuingMark: string;
  /** Top right: "ĐẢNG CỘNG SẢN VIỆT NAM" (Party) or the Quốc hiệu (State). */
  partyLine: string;
  /** Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" under the Quốc hiệu; "" on the Party form. */
  motto: string;
  /** "Số:      /BC-BNV" (State) or "Số      -BC/ĐUCP" (Party). */
  numberLine: string;
  /** Italic "Hà Nội, ngày 15 tháng 12 năm 2025". */
  placeDateLine: string;
  /** The report's date (the place-and-date line's). */
  reportDate: IsoDate;
  /** Tên loại: "BÁO CÁO". */
  docType: string;
  /** Trích yếu, bold under the type: "Tình hình thực hiện nhiệm vụ … tháng 12/2025". */
  subject: string;
  /** Type and subject on one line, capitals (workbook title). */
  title: string;
  /** "Kỳ báo cáo: Tháng 11/2025 (từ ngày 15/10/2025 đến ngày 14/11/2025) — …". */
  periodLine: string;
  /** "Số liệu tính đến hết ngày 14/11/2025; hạn gửi báo cáo: …". */
  cutOffLine: string;
  /** The short narrative before the tables, with the figures. */
  intro: string;
  /** "Nơi nhận", in order, the file copy last; without "- " and the closing ";"/".". */
  recipients: readonly string[];
  signer: ReportSigner;
}

export interface ReportPeriodInfo {
  /** The report month, "YYYY-MM". */
  month: string;
  kind: PeriodKind;
  regimeId: string;
  regimeName: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
  reportDue: IsoDate;
  /** The next period (for "đến hạn kỳ sau"). */
  next: { label: string; from: IsoDate; to: IsoDate };
}

/** One line of a detail sheet: a task as the officer reads it. */
export interface DetailRow {
  code: string;
  /** "221-KL/TW ngày 28/11/2025" or the document id. */
  document: string;
  ref: string;
  content: string;
  /** Lead agencies joined by "; " ("(chưa xác định)" when none). */
  lead: string;
  coordinating: string;
  deadlineText: string;
  due: IsoDate | null;
  completedOn: IsoDate | null;
  status: TaskStatus;
  statusLabel: string;
  daysOverdue: number | null;
  /** Free note, the occurrence of a recurring task, "Sắp đến hạn", and the evaluation's warnings. */
  note: string;
  /** Recurring tasks: the period of the occurrence this row counts. */
  occurrence?: { periodStart: IsoDate; periodEnd: IsoDate };
}

/** Counts per status for one group (a document, a lead agency, or everything). */
export interface StatusCounts {
  byStatus: Record<TaskStatus, number>;
  total: number;
}

export interface BreakdownRow extends StatusCounts {
  /** What the Excel formula matches on the detail sheet (exact cell text). */
  key: string;
  /** What the summary shows. */
  label: string;
}

export interface Rate {
  /** Percent (98.62 for 98,62 %), cut as `rounding` and `decimals` say; null when the denominator is 0. */
  percent: number | null;
  numerator: number;
  denominator: number;
  /** Vietnamese name of the denominator, shown beside the figure. */
  denominatorName: string;
}

export interface ReportSummary extends StatusCounts {
  /** completed + overdue-open: "nhiệm vụ đến hạn". */
  dueCount: number;
  completed: number;
  rateOfDue: Rate;
  rateOfAssigned: Rate;
  /** open_overdue / total assigned: the headline "quá hạn" share. */
  overdueRate: Rate;
  rounding: RateRounding;
  decimals: number;
}

/** One task as judged for the report (what `nhiemvu report --json` prints per task). */
export interface ReportTask {
  code: string;
  ref: string;
  documentId: string;
  status: TaskEvaluation["status"];
  due: IsoDate | null;
  daysOverdue: number | null;
  /** Recurring: each occurrence counted in the period. */
  occurrences?: {
    periodStart: IsoDate;
    periodEnd: IsoDate;
    due: IsoDate;
    status: TaskEvaluation["status"];
    doneOn: IsoDate | null;
    daysOverdue: number | null;
  }[];
}

export type DetailSheetId = "all" | "overdue" | "dueNext" | "completed" | "unreadable";

export interface DetailSheet {
  id: DetailSheetId;
  title: string;
  /** Why the list exists, one Vietnamese sentence under the title. */
  description: string;
  rows: readonly DetailRow[];
}

/** A row the reader could not use and the user chose to skip (--skip-invalid). */
export interface SkippedRow {
  file: string;
  sheet: string;
  cell: string;
  message: string;
}

/** Same task, different completion dates in two units' workbooks. */
export interface ConflictRow {
  /** The task as a reader knows it: its text, shortened, with its item and document. */
  task: string;
  code: string;
  field: string;
  /** Each unit's value, with the file it came from (its base name). */
  values: { unit: string; file: string; value: string }[];
  chosen: string;
}

/** A unit's workbook: read, missing, or unreadable, and why. */
export interface UnitRow {
  unit: string;
  file: string;
  state: "read" | "missing" | "unreadable";
  rows: number;
  message: string;
}

export interface ReportModel {
  header: ReportHeader;
  period: ReportPeriodInfo;
  asOf: IsoDate;
  unit: string;
  statusOrder: readonly TaskStatus[];
  statusLabels: Record<TaskStatus, string>;
  summary: ReportSummary;
  byDocument: readonly BreakdownRow[];
  byLead: readonly BreakdownRow[];
  details: Record<DetailSheetId, DetailSheet>;
  /** Every task in the report with its own status (a recurring task: the oldest occurrence owed). */
  tasks: readonly ReportTask[];
  /** Tasks left out because their document is dated after the as-of day. */
  issuedAfterCutOff: number;
  skipped: readonly SkippedRow[];
  conflicts: readonly ConflictRow[];
  units: readonly UnitRow[];
}
