import { buildReportHeader } from "../model/header.js";
import type { TaskStatus } from "../model/status.js";
import type { DetailRow, ReportModel, StatusCounts } from "../model/types.js";

/** A hand-made model for renderer tests: independent of core's classification. */
export const LABELS: Record<TaskStatus, string> = {
  done_on_time: "Đã hoàn thành đúng hạn",
  done_late: "Đã hoàn thành quá hạn",
  open_on_time: "Chưa hoàn thành - trong hạn",
  open_overdue: "Chưa hoàn thành - quá hạn",
  no_deadline: "Không thời hạn",
};
export const ORDER: TaskStatus[] = [
  "done_on_time",
  "done_late",
  "open_on_time",
  "open_overdue",
  "no_deadline",
];

function row(partial: Partial<DetailRow> & Pick<DetailRow, "code" | "status">): DetailRow {
  return {
    document: "221-KL/TW ngày 28/11/2025",
    ref: "1",
    content: "Nội dung",
    lead: "Bộ Nội vụ",
    coordinating: "",
    deadlineText: "trong tháng 12/2025",
    due: "2025-12-31",
    completedOn: null,
    statusLabel: LABELS[partial.status],
    daysOverdue: null,
    note: "",
    ...partial,
  };
}

function counts(rows: readonly DetailRow[]): StatusCounts {
  const byStatus = Object.fromEntries(ORDER.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const r of rows) byStatus[r.status] += 1;
  return { byStatus, total: rows.length };
}

export function sampleModel(): ReportModel {
  const rows = [
    row({ code: "T1", status: "done_on_time", completedOn: "2025-11-10", due: "2025-11-30" }),
    row({
      code: "T2",
      status: "open_overdue",
      due: "2025-10-31",
      daysOverdue: 14,
      content: "=SUM(1)",
      lead: "Bộ Nội vụ; Đảng ủy Bộ Nội vụ",
    }),
    row({
      code: "T3",
      status: "no_deadline",
      due: null,
      deadlineText: "khẩn trương",
      lead: "Đảng ủy Bộ Nội vụ",
    }),
    row({
      code: "T4",
      status: "open_on_time",
      document: "183-KL/TW ngày 01/08/2025",
      due: "2025-12-01",
      lead: "+84 Văn phòng",
    }),
  ];
  const all = counts(rows);
  const doc = (key: string) => ({
    key,
    label: key,
    ...counts(rows.filter((r) => r.document === key)),
  });
  const lead = (key: string) => ({
    key,
    label: key,
    ...counts(rows.filter((r) => r.lead.split("; ").includes(key))),
  });
  return {
    header: buildReportHeader(
      {
        unit: "Đảng ủy Chính phủ",
        regimeId: "nd09",
        regimeName: "Nghị định 09/2019/NĐ-CP",
        period: {
          label: "Tháng 11/2025",
          from: "2025-10-15",
          to: "2025-11-14",
          reportDue: "2025-11-17",
        },
        asOf: "2025-11-14",
        figures: { total: 4, completed: 1, overdue: 1, rateOfDue: 50, rateOfAssigned: 25 },
      },
      { reportDate: "2025-11-17", recipients: ["Ban Tổ chức Trung ương"] },
    ),
    period: {
      month: "2025-11",
      kind: "month",
      regimeId: "nd09",
      regimeName: "Nghị định 09/2019/NĐ-CP",
      label: "Tháng 11/2025",
      from: "2025-10-15",
      to: "2025-11-14",
      reportDue: "2025-11-17",
      next: { label: "Tháng 12/2025", from: "2025-11-15", to: "2025-12-14" },
    },
    asOf: "2025-11-14",
    unit: "Đảng ủy Chính phủ",
    statusOrder: ORDER,
    statusLabels: LABELS,
    summary: {
      ...all,
      dueCount: 2,
      completed: 1,
      rateOfDue: { percent: 50, numerator: 1, denominator: 2, denominatorName: "nhiệm vụ đến hạn" },
      rateOfAssigned: {
        percent: 25,
        numerator: 1,
        denominator: 4,
        denominatorName: "tổng số nhiệm vụ được giao",
      },
      overdueRate: {
        percent: 25,
        numerator: 1,
        denominator: 4,
        denominatorName: "tổng số nhiệm vụ được giao",
      },
      rounding: "truncate",
      decimals: 2,
    },
    byDocument: [doc("183-KL/TW ngày 01/08/2025"), doc("221-KL/TW ngày 28/11/2025")],
    byLead: [lead("+84 Văn phòng"), lead("Bộ Nội vụ"), lead("Đảng ủy Bộ Nội vụ")],
    details: {
      all: { id: "all", title: "Tất cả nhiệm vụ", description: "", rows },
      overdue: { id: "overdue", title: "Quá hạn", description: "", rows: [rows[1] as DetailRow] },
      dueNext: {
        id: "dueNext",
        title: "Đến hạn kỳ sau",
        description: "",
        rows: [rows[3] as DetailRow],
      },
      completed: {
        id: "completed",
        title: "Hoàn thành",
        description: "",
        rows: [rows[0] as DetailRow],
      },
      unreadable: { id: "unreadable", title: "Chưa xác định", description: "", rows: [] },
    },
    tasks: [],
    issuedAfterCutOff: 0,
    skipped: [],
    conflicts: [],
    units: [],
  };
}
