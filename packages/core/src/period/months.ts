/** A report month "YYYY-MM" split into numbers. */
export interface YearMonth {
  year: number;
  month: number;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * "YYYY-MM" as numbers, or null when it is not a month.
 * @example parseReportMonth("2025-11") // { year: 2025, month: 11 }
 */
export function parseReportMonth(text: string): YearMonth | null {
  const m = MONTH_RE.exec(text);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** "YYYY-MM" of numbers (month may run past 12 or below 1; the year carries). */
export function formatReportMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/**
 * Every month from `from` to `to` inclusive ("YYYY-MM"); empty when to < from
 * or either is not a month.
 * @example monthsBetween("2025-11", "2026-02") // ["2025-11", "2025-12", "2026-01", "2026-02"]
 */
export function monthsBetween(from: string, to: string): string[] {
  const a = parseReportMonth(from);
  const b = parseReportMonth(to);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let i = a.year * 12 + a.month; i <= b.year * 12 + b.month; i++) {
    out.push(formatReportMonth(0, i));
  }
  return out;
}

export type PeriodKind = "month" | "quarter" | "half_year" | "nine_months" | "year";

const ROMAN = ["I", "II", "III", "IV"] as const;

/**
 * Vietnamese name of the period of `kind` holding a month: "Tháng 11/2025",
 * "Quý IV/2025", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "9 tháng năm 2025", "Năm 2025".
 * @example periodLabel("quarter", { year: 2025, month: 11 }) // "Quý IV/2025"
 */
export function periodLabel(kind: PeriodKind, ym: YearMonth): string {
  switch (kind) {
    case "month":
      return `Tháng ${ym.month}/${ym.year}`;
    case "quarter":
      return `Quý ${ROMAN[Math.floor((ym.month - 1) / 3)] ?? ""}/${ym.year}`;
    case "half_year":
      return `6 tháng ${ym.month <= 6 ? "đầu" : "cuối"} năm ${ym.year}`;
    case "nine_months":
      return `9 tháng năm ${ym.year}`;
    case "year":
      return `Năm ${ym.year}`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}
