import {
  compareIso,
  formatReportMonth,
  type DirectiveDocument,
  type IsoDate,
  type Task,
} from "@nhiemvu/core";
import { viDate } from "../format/vi.js";
import { buildReportHeader, type HeaderOptions } from "./header.js";
import type { ReportRules } from "./rules.js";
import { STATUS_ORDER, type TaskStatus } from "./status.js";
import type {
  BreakdownRow,
  ConflictRow,
  DetailRow,
  ReportModel,
  SkippedRow,
  StatusCounts,
  UnitRow,
} from "./types.js";

export interface ReportOptions extends HeaderOptions {
  /** Report month, "YYYY-MM". */
  month: string;
  /** Data as of this day; default the period's cut-off (reproducible). */
  asOf?: IsoDate;
  regime: string;
  /** The reporting unit (issuing body of the report). */
  unit: string;
  /** Documents, to label tasks by symbol and date. */
  documents?: readonly DirectiveDocument[];
  rounding?: "truncate" | "round";
  skipped?: readonly SkippedRow[];
  conflicts?: readonly ConflictRow[];
  units?: readonly UnitRow[];
}

export const NO_LEAD = "(chưa xác định cơ quan chủ trì)";

/** "221-KL/TW ngày 28/11/2025" from a document, or from an id "symbol@date". */
export function documentLabel(id: string, doc?: DirectiveDocument): string {
  if (doc) {
    const name = doc.symbol?.symbol ?? `${doc.typeName} ${doc.issuerName}`;
    return `${name} ngày ${viDate(doc.date)}`;
  }
  const at = id.lastIndexOf("@");
  const date = id.slice(at + 1);
  if (at > 0 && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const symbol = id.slice(0, at);
    return `${symbol === "không-số" ? "Văn bản không số" : symbol} ngày ${viDate(date)}`;
  }
  return id;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return formatReportMonth(y, m + 1);
}

function emptyCounts(): StatusCounts {
  const byStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<
    TaskStatus,
    number
  >;
  return { byStatus, total: 0 };
}

function add(counts: StatusCounts, status: TaskStatus): void {
  counts.byStatus[status] += 1;
  counts.total += 1;
}

const NO_DATE_KINDS = new Set(["urgent", "ongoing"]);

/**
 * The report as plain data: each task classified as of the cut-off, the
 * counts by status with both rates, breakdowns by document and by lead
 * agency, and the detail lists. Pure: the same tasks and options give the
 * same model, whenever it runs.
 */
export function buildReportModel(
  tasks: Iterable<Task>,
  options: ReportOptions,
  rules: ReportRules,
): ReportModel {
  const period = rules.period(options.month, options.regime);
  const next = rules.period(nextMonth(options.month), options.regime);
  const asOf = options.asOf ?? period.to;
  const labels = rules.statusLabels;
  const docs = new Map((options.documents ?? []).map((d) => [d.id, d]));
  const docLabels = new Map<string, string>();

  const all: DetailRow[] = [];
  const overdue: DetailRow[] = [];
  const dueNext: DetailRow[] = [];
  const completed: DetailRow[] = [];
  const unreadable: DetailRow[] = [];
  const total = emptyCounts();
  const byDocument = new Map<string, StatusCounts>();
  const byLead = new Map<string, StatusCounts>();

  for (const task of tasks) {
    const c = rules.classify(task, asOf);
    let document = docLabels.get(task.documentId);
    if (document === undefined) {
      document = documentLabel(task.documentId, docs.get(task.documentId));
      docLabels.set(task.documentId, document);
    }
    const leads = [
      ...new Set(task.lead.map((a) => a.name.normalize("NFC").trim()).filter(Boolean)),
    ];
    // A completion after the cut-off was not known at the cut-off.
    const completedOn =
      task.completedOn && compareIso(task.completedOn, asOf) <= 0 ? task.completedOn : null;
    const notes = [task.note ?? "", c.dueSoon ? "Sắp đến hạn" : ""].filter(Boolean);
    const row: DetailRow = {
      code: task.code,
      document,
      ref: task.ref,
      content: task.summary || task.text,
      lead: leads.length > 0 ? leads.join("; ") : NO_LEAD,
      coordinating: task.coordinating.map((a) => a.name).join("; "),
      deadlineText: task.deadline.text,
      due: c.due,
      completedOn,
      status: c.status,
      statusLabel: labels[c.status],
      daysOverdue: c.status === "open_overdue" ? c.daysOverdue : null,
      note: notes.join("; "),
    };
    all.push(row);
    add(total, c.status);
    const docCounts = byDocument.get(document) ?? emptyCounts();
    add(docCounts, c.status);
    byDocument.set(document, docCounts);
    for (const lead of leads.length > 0 ? leads : [NO_LEAD]) {
      const leadCounts = byLead.get(lead) ?? emptyCounts();
      add(leadCounts, c.status);
      byLead.set(lead, leadCounts);
    }
    if (c.status === "open_overdue") overdue.push(row);
    if (
      (c.status === "open_on_time" || c.status === "open_overdue") &&
      c.due !== null &&
      compareIso(c.due, period.to) > 0 &&
      compareIso(c.due, next.to) <= 0
    ) {
      dueNext.push(row);
    }
    if (
      completedOn &&
      compareIso(completedOn, period.from) >= 0 &&
      compareIso(completedOn, period.to) <= 0
    ) {
      completed.push(row);
    }
    if (
      task.deadline.kind === "unparsed" ||
      (c.due === null && !NO_DATE_KINDS.has(task.deadline.kind))
    ) {
      unreadable.push(row);
    }
  }
  overdue.sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  dueNext.sort((a, b) => compareIso(a.due ?? "", b.due ?? ""));

  const breakdown = (map: Map<string, StatusCounts>): BreakdownRow[] =>
    [...map].map(([key, counts]) => ({ key, label: key, ...counts }));
  const leadRows = breakdown(byLead).sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label, "vi"),
  );

  const rounding = options.rounding ?? "truncate";
  const rates = rules.rates(total.byStatus, rounding);
  const done = total.byStatus.done_on_time + total.byStatus.done_late;
  const dueCount = done + total.byStatus.open_overdue;
  const regimeName = rules.regimeName(options.regime);

  return {
    header: buildReportHeader(
      {
        unit: options.unit,
        regimeId: period.regimeId,
        regimeName,
        period,
        asOf,
        figures: {
          total: total.total,
          completed: done,
          overdue: total.byStatus.open_overdue,
          rateOfDue: rates.rateOfDue,
          rateOfAssigned: rates.rateOfAssigned,
        },
      },
      options,
    ),
    period: {
      month: options.month,
      regimeId: period.regimeId,
      regimeName,
      label: period.label,
      from: period.from,
      to: period.to,
      reportDue: period.reportDue,
      next: { label: next.label, from: next.from, to: next.to },
    },
    asOf,
    unit: options.unit,
    statusOrder: STATUS_ORDER,
    statusLabels: labels,
    summary: {
      ...total,
      dueCount,
      completed: done,
      rateOfDue: {
        percent: rates.rateOfDue,
        numerator: done,
        denominator: dueCount,
        denominatorName: "số nhiệm vụ đến hạn (đã hoàn thành + chưa hoàn thành quá hạn)",
      },
      rateOfAssigned: {
        percent: rates.rateOfAssigned,
        numerator: done,
        denominator: total.total,
        denominatorName: "tổng số nhiệm vụ được giao",
      },
      rounding,
    },
    byDocument: breakdown(byDocument),
    byLead: leadRows,
    details: {
      all: {
        id: "all",
        title: "Tất cả nhiệm vụ",
        description: `Tình trạng tính đến ngày ${viDate(asOf)}`,
        rows: all,
      },
      overdue: {
        id: "overdue",
        title: "Nhiệm vụ chưa hoàn thành, quá hạn",
        description: "Sắp xếp theo số ngày quá hạn, nhiều nhất trước",
        rows: overdue,
      },
      dueNext: {
        id: "dueNext",
        title: `Nhiệm vụ đến hạn trong kỳ sau (${next.label})`,
        description: `Hạn từ ${viDate(next.from)} đến ${viDate(next.to)}`,
        rows: dueNext,
      },
      completed: {
        id: "completed",
        title: `Nhiệm vụ hoàn thành trong kỳ (${period.label})`,
        description: `Hoàn thành từ ${viDate(period.from)} đến ${viDate(period.to)}`,
        rows: completed,
      },
      unreadable: {
        id: "unreadable",
        title: "Nhiệm vụ chưa xác định được thời hạn",
        description: "Cần người kiểm tra và ghi lại thời hạn",
        rows: unreadable,
      },
    },
    skipped: options.skipped ?? [],
    conflicts: options.conflicts ?? [],
    units: options.units ?? [],
  };
}
