import {
  compareIso,
  formatReportMonth,
  periodFor,
  type IsoDate,
  type RegimeId,
  type Task,
} from "@nhiemvu/core";

/** The latest date the data knows of: document dates, completions, progress notes, extensions. */
export function latestDataDate(tasks: Iterable<Task>): IsoDate | null {
  let latest: IsoDate | null = null;
  const see = (d: string | null | undefined) => {
    if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && (latest === null || compareIso(d, latest) > 0))
      latest = d;
  };
  for (const t of tasks) {
    see(t.documentId.slice(t.documentId.lastIndexOf("@") + 1));
    see(t.completedOn);
    for (const p of t.progress) see(p.date);
    for (const e of t.extensions) see(e.approvedOn);
  }
  return latest;
}

/**
 * The report month for data known up to `latest`: the first month whose
 * period's cut-off is on or after it, so the newest document and completion
 * are inside the report. Deterministic: no clock.
 * @example defaultReportMonth("2025-11-28", "nd09") // "2025-12" (cut-off 14/12/2025)
 * @example defaultReportMonth("2025-11-10", "nd09") // "2025-11" (cut-off 14/11/2025)
 */
export function defaultReportMonth(latest: IsoDate, regime: RegimeId): string {
  const [y, m] = latest.split("-").map(Number) as [number, number];
  for (let i = 0; i < 3; i += 1) {
    const month = formatReportMonth(y, m + i);
    if (compareIso(periodFor(month, regime).to, latest) >= 0) return month;
  }
  return formatReportMonth(y, m + 3);
}

/**
 * The reporting unit when none is named — the CLI's and the pane's one default:
 * a body that reports under the regime, the Government's office for Nghị định
 * 09/2019/NĐ-CP (a State regime, so the State form), the Government's Party
 * committee for the Party's regime (the Party form).
 */
export const DEFAULT_REPORT_UNIT: Readonly<Record<string, string>> = {
  nd09: "Văn phòng Chính phủ",
  dang: "Đảng ủy Chính phủ",
};
