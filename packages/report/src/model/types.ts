import type { IsoDate } from "@nhiemvu/core";
import type { TaskStatus } from "./status.js";

/**
 * The report as plain data: everything the renderer writes, computed once by
 * buildReportModel. No exceljs here, so it can be snapshot-tested and reused.
 */

/** The official header block (Hướng dẫn 36-HD/VPTW), already in its final words. */
export interface ReportHeader {
  /** Issuing body, capitals, top left. */
  issuingBody: string;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM", top right. */
  partyLine: string;
  /** "Số …-BC/…" under the issuing body. */
  numberLine: string;
  /** Italic "Hà Nội, ngày 05 tháng 12 năm 2025". */
  placeDateLine: string;
  /** Bold capitals "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ …". */
  title: string;
  /** "Tháng 11/2025 (từ ngày 15/10/2025 đến ngày 14/11/2025) — Nghị định 09/2019/NĐ-CP". */
  periodLine: string;
  /** "Số liệu tính đến hết ngày 14/11/2025". */
  cutOffLine: string;
}

export interface ReportPeriodInfo {
  /** The report month, "YYYY-MM". */
  month: string;
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
  /** Free note, plus "Sắp đến hạn" when due within the warning window. */
  note: string;
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
  /** Percent with two decimals (98.62 for 98,62 %). */
  percent: number;
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
  rounding: "truncate" | "round";
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
  code: string;
  field: string;
  values: { unit: string; value: string }[];
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
  skipped: readonly SkippedRow[];
  conflicts: readonly ConflictRow[];
  units: readonly UnitRow[];
}
