import {
  checkAsOf,
  compareIso,
  defaultAgencyRegistry,
  describeEvaluationWarning,
  foldForMatch,
  formatReportMonth,
  issuedBy,
  type AgencyRef,
  type AgencyRegistry,
  type DirectiveDocument,
  type IsoDate,
  type LateExtensionPolicy,
  type PeriodKind,
  type RateSettings,
  type Task,
  type TaskEvaluation,
} from "@nhiemvu/core";
import { viDate } from "../format/vi.js";
import { coreRules } from "./core-rules.js";
import { buildReportHeader, type HeaderOptions } from "./header.js";
import type { ReportRules } from "./rules.js";
import { STATUS_ORDER, type TaskStatus } from "./status.js";
import type {
  BreakdownRow,
  ConflictRow,
  DetailRow,
  Rate,
  ReportModel,
  ReportTask,
  SkippedRow,
  StatusCounts,
  UnitRow,
} from "./types.js";

export interface ReportOptions extends HeaderOptions {
  /** Report month, "YYYY-MM" (any month of the period for longer kinds). */
  month: string;
  /** Period kind; default the month. */
  kind?: PeriodKind;
  /** Data as of this day, inside the period; default the period's cut-off (reproducible). */
  asOf?: IsoDate;
  regime: string;
  /** The reporting unit (issuing body of the report). */
  unit: string;
  /** Documents, to label tasks by symbol and date. */
  documents?: readonly DirectiveDocument[];
  /** Rate rounding and decimals; default core's DEFAULT_RATE_SETTINGS (rounded, two decimals). */
  rates?: Partial<RateSettings>;
  /** @deprecated use rates.rounding */
  rounding?: RateSettings["rounding"];
  lateExtensions?: LateExtensionPolicy;
  /** Registry agencies are grouped by (default core's). */
  registry?: AgencyRegistry;
  skipped?: readonly SkippedRow[];
  conflicts?: readonly ConflictRow[];
  units?: readonly UnitRow[];
}

/** An as-of day outside the report's period (code from core's checkAsOf); apps word it. */
export class ReportAsOfError extends RangeError {
  constructor(
    readonly code: "as_of_before_period" | "as_of_after_period",
    readonly asOf: IsoDate,
    readonly from: IsoDate,
    readonly to: IsoDate,
  ) {
    super(`${code}: ${asOf} not in ${from}..${to}`);
    this.name = "ReportAsOfError";
  }
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

function monthAfter(iso: IsoDate): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
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
 * Groups named things by identity, printed with one spelling. Agencies group
 * by registry id (printed with the registry's name); unknown names and
 * document labels by their folded spelling (case, "uỷ"/"ủy", spacing), printed
 * as first seen. Every label is distinct even ignoring case, so COUNTIFS —
 * which ignores case — counts each group's rows only, in Excel and LibreOffice.
 */
class Groups {
  private readonly byKey = new Map<string, string>();
  private readonly bySpelling = new Map<string, string>();
  private readonly byFold = new Map<string, string>();

  label(key: string | null, spelling: () => string): string {
    const known = key === null ? undefined : this.byKey.get(key);
    if (known !== undefined) return known;
    const written = spelling();
    let label = this.bySpelling.get(written);
    if (label === undefined) {
      const fold = foldForMatch(written);
      label = this.byFold.get(fold) ?? written.normalize("NFC").trim();
      this.byFold.set(fold, label);
      this.bySpelling.set(written, label);
    }
    if (key !== null) this.byKey.set(key, label);
    return label;
  }
}

function leadLabels(
  refs: readonly AgencyRef[],
  groups: Groups,
  registry: AgencyRegistry,
): string[] {
  const labels = refs
    .filter((ref) => ref.name.trim() !== "" || ref.id !== null)
    .map((ref) =>
      groups.label(
        ref.id,
        () => (ref.id === null ? undefined : registry.get(ref.id)?.name) ?? ref.name,
      ),
    );
  return [...new Set(labels)];
}

/** "tháng 10/2025" for a one-month occurrence, else "từ dd/mm/yyyy đến dd/mm/yyyy". */
function occurrenceLabel(o: { periodStart: IsoDate; periodEnd: IsoDate }): string {
  const [y, m] = o.periodStart.split("-");
  if (o.periodStart.slice(0, 7) === o.periodEnd.slice(0, 7)) return `kỳ tháng ${Number(m)}/${y}`;
  return `kỳ từ ${viDate(o.periodStart)} đến ${viDate(o.periodEnd)}`;
}

interface Entry {
  status: TaskStatus;
  due: IsoDate | null;
  daysOverdue: number | null;
  dueSoon: boolean;
  completedOn: IsoDate | null;
  occurrence?: { periodStart: IsoDate; periodEnd: IsoDate };
}

/** What the report counts for a task: one entry per occurrence listed, else the task itself. */
function entriesOf(e: TaskEvaluation): Entry[] {
  if (e.occurrences.length > 0) {
    return e.occurrences.map((o) => ({
      status: o.status,
      due: o.due,
      daysOverdue: o.daysOverdue,
      dueSoon: o.dueSoon,
      completedOn: o.doneOn,
      occurrence: { periodStart: o.periodStart, periodEnd: o.periodEnd },
    }));
  }
  return [
    {
      status: e.status,
      due: e.due,
      daysOverdue: e.daysOverdue,
      dueSoon: e.dueSoon,
      completedOn: e.completedOn,
    },
  ];
}

function reportTask(task: Task, e: TaskEvaluation): ReportTask {
  const out: ReportTask = {
    code: task.code,
    ref: task.ref,
    documentId: task.documentId,
    status: e.status,
    due: e.due,
    daysOverdue: e.daysOverdue,
  };
  if (task.deadline.kind === "recurring") {
    out.occurrences = e.occurrences.map((o) => ({
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      due: o.due,
      status: o.status,
      doneOn: o.doneOn,
      daysOverdue: o.daysOverdue,
    }));
  }
  return out;
}

/**
 * The report as plain data. Every task is judged by core's evaluateTask as of
 * the as-of day (default the cut-off), which must lie in the period; a task
 * whose document is dated after the as-of day is left out. A recurring task
 * counts once per occurrence due in the period and per earlier one still
 * owed at its start (a missed report stays overdue until sent). Counts and
 * rates come from core's summarize; breakdowns group agencies by registry id.
 * Pure: the same tasks and options give the same model, whenever it runs.
 * Throws ReportAsOfError for an as-of day outside the period.
 */
export function buildReportModel(
  tasks: Iterable<Task>,
  options: ReportOptions,
  rules: ReportRules = coreRules(),
): ReportModel {
  const kind = options.kind ?? "month";
  const period = rules.period(options.month, options.regime, kind);
  const next = rules.period(monthAfter(period.to), options.regime, kind);
  const asOf = options.asOf ?? period.to;
  const inPeriod = checkAsOf(period, asOf);
  if (!inPeriod.ok) throw new ReportAsOfError(inPeriod.code, asOf, period.from, period.to);
  const labels = rules.statusLabels;
  const registry = options.registry ?? defaultAgencyRegistry();
  const docs = new Map((options.documents ?? []).map((d) => [d.id, d]));
  const docGroups = new Groups();
  const leadGroups = new Groups();
  const rateSettings: Partial<RateSettings> = {
    ...(options.rounding ? { rounding: options.rounding } : {}),
    ...options.rates,
  };
  const range = { from: period.from, to: period.to };

  const all: DetailRow[] = [];
  const overdue: DetailRow[] = [];
  const dueNext: DetailRow[] = [];
  const completed: DetailRow[] = [];
  const unreadable: DetailRow[] = [];
  const entries: { status: TaskStatus }[] = [];
  const byDocument = new Map<string, StatusCounts>();
  const byLead = new Map<string, StatusCounts>();
  const judged: ReportTask[] = [];
  let issuedAfterCutOff = 0;

  for (const task of tasks) {
    if (!issuedBy(task, asOf)) {
      issuedAfterCutOff += 1;
      continue;
    }
    const e = rules.evaluate(task, asOf, {
      range,
      ...(options.lateExtensions ? { lateExtensions: options.lateExtensions } : {}),
    });
    judged.push(reportTask(task, e));
    const document = docGroups.label(task.documentId, () =>
      documentLabel(task.documentId, docs.get(task.documentId)),
    );
    const leads = leadLabels(task.lead, leadGroups, registry);
    const warnings = e.warnings.map(describeEvaluationWarning);
    for (const entry of entriesOf(e)) {
      const notes = [
        task.note ?? "",
        entry.occurrence ? occurrenceLabel(entry.occurrence) : "",
        entry.dueSoon ? "Sắp đến hạn" : "",
        ...warnings,
      ].filter(Boolean);
      const row: DetailRow = {
        code: task.code,
        document,
        ref: task.ref,
        content: task.summary || task.text,
        lead: leads.length > 0 ? leads.join("; ") : NO_LEAD,
        coordinating: task.coordinating.map((a) => a.name).join("; "),
        deadlineText: task.deadline.text,
        due: entry.due,
        completedOn: entry.completedOn,
        status: entry.status,
        statusLabel: labels[entry.status],
        daysOverdue: entry.status === "open_overdue" ? entry.daysOverdue : null,
        note: notes.join("; "),
        ...(entry.occurrence ? { occurrence: entry.occurrence } : {}),
      };
      all.push(row);
      entries.push(entry);
      const docCounts = byDocument.get(document) ?? emptyCounts();
      add(docCounts, entry.status);
      byDocument.set(document, docCounts);
      for (const lead of leads.length > 0 ? leads : [NO_LEAD]) {
        const leadCounts = byLead.get(lead) ?? emptyCounts();
        add(leadCounts, entry.status);
        byLead.set(lead, leadCounts);
      }
      if (entry.status === "open_overdue") overdue.push(row);
      if (
        (entry.status === "open_on_time" || entry.status === "open_overdue") &&
        entry.due !== null &&
        compareIso(entry.due, period.to) > 0 &&
        compareIso(entry.due, next.to) <= 0
      ) {
        dueNext.push(row);
      }
      if (
        entry.completedOn &&
        compareIso(entry.completedOn, period.from) >= 0 &&
        compareIso(entry.completedOn, period.to) <= 0
      ) {
        completed.push(row);
      }
      if (
        task.deadline.kind === "unparsed" ||
        (entry.due === null &&
          entry.status === "no_deadline" &&
          !NO_DATE_KINDS.has(task.deadline.kind))
      ) {
        unreadable.push(row);
      }
    }
  }
  overdue.sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
  dueNext.sort((a, b) => compareIso(a.due ?? "", b.due ?? ""));

  const breakdown = (map: Map<string, StatusCounts>): BreakdownRow[] =>
    [...map].map(([key, counts]) => ({ key, label: key, ...counts }));
  const leadRows = breakdown(byLead).sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label, "vi"),
  );

  const s = rules.summarize(entries, rateSettings);
  const rate = (id: "rateOfDue" | "rateOfAssigned" | "overdueRate"): Rate => ({
    percent: s.rates[id].percent,
    numerator: s.rates[id].numerator,
    denominator: s.rates[id].denominator.count,
    denominatorName: s.rates[id].denominator.name,
  });
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
          total: s.total,
          completed: s.completed,
          overdue: s.counts.open_overdue,
          rateOfDue: s.rates.rateOfDue.percent,
          rateOfAssigned: s.rates.rateOfAssigned.percent,
        },
      },
      options,
    ),
    period: {
      month: options.month,
      kind,
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
      byStatus: s.counts,
      total: s.total,
      dueCount: s.dueCount,
      completed: s.completed,
      rateOfDue: rate("rateOfDue"),
      rateOfAssigned: rate("rateOfAssigned"),
      overdueRate: rate("overdueRate"),
      rounding: s.rounding,
      decimals: s.decimals,
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
    tasks: judged,
    issuedAfterCutOff,
    skipped: options.skipped ?? [],
    conflicts: options.conflicts ?? [],
    units: options.units ?? [],
  };
}
