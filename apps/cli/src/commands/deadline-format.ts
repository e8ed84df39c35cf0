import {
  formatRecurrence,
  formatViDate,
  type Deadline,
  type DeadlineFlag,
  type Recurrence,
  type RecurrenceFrequency,
  type Weekday,
  type ResolvedDeadline,
} from "@nhiemvu/core";

/** Vietnamese words for each deadline flag code: the one place the CLI says them. */
export const FLAG_LABELS: Record<DeadlineFlag, string> = {
  ambiguous: "cách hiểu chưa chắc chắn, cần người kiểm tra",
  year_inferred: "không ghi năm, đã suy ra năm",
  unclear_anchor: "chưa rõ mốc bắt đầu tính",
  start_of_obligation: "là thời điểm bắt đầu thực hiện, không phải hạn",
  event_date_unknown: "chưa rõ ngày diễn ra sự kiện",
  unparsed: "không xác định",
  multiple_deadlines: "có nhiều thời hạn, đã lấy thời hạn đầu tiên",
  no_reference_date: "không có ngày văn bản, chưa quy ra ngày được",
};

const FREQ_LABELS: Record<RecurrenceFrequency, string> = {
  daily: "hằng ngày",
  weekly: "hằng tuần",
  monthly: "hằng tháng",
  quarterly: "hằng quý",
  half_yearly: "6 tháng một lần",
  yearly: "hằng năm",
};

const UNIT_LABELS: Record<"day" | "working_day" | "month" | "year" | "hour", string> = {
  hour: "giờ",
  day: "ngày",
  working_day: "ngày làm việc",
  month: "tháng",
  year: "năm",
};

/** One JSON line of `nhiemvu deadline --json`. */
export interface DeadlineJsonLine {
  input: string;
  kind: Deadline["kind"];
  due: string | null;
  bound: ResolvedDeadline["bound"];
  lastOnTimeDay: string | null;
  flags: DeadlineFlag[];
  /**
   * Recurring deadlines only: the schedule in one readable line (formatRecurrence,
   * documented in the README): "monthly:25", "quarterly:last-month:8",
   * "weekly:mon", "yearly:12-10", "half-yearly:06-05", …; several rules of one duty
   * are joined by " + ". The full rule object stays in `deadline.recurrence`.
   */
  recurrence?: string;
  deadline: Deadline;
}

export function toJsonLine(
  input: string,
  deadline: Deadline,
  resolved: ResolvedDeadline,
): DeadlineJsonLine {
  return {
    input,
    kind: deadline.kind,
    due: resolved.due,
    bound: resolved.bound,
    lastOnTimeDay: resolved.lastOnTimeDay,
    flags: resolved.flags,
    ...(deadline.kind === "recurring"
      ? {
          recurrence: [deadline.recurrence, ...(deadline.more ?? [])]
            .map(formatRecurrence)
            .join(" + "),
        }
      : {}),
    deadline,
  };
}

function dueWords(resolved: ResolvedDeadline): string {
  if (resolved.due === null) return "chưa có ngày";
  const when = formatViDate(resolved.due);
  return resolved.bound === "before" ? `${when} (trước ngày này)` : `${when} (đến hết ngày)`;
}

/** What the phrase means, in Vietnamese, right of the arrow. */
export function describe(deadline: Deadline, resolved: ResolvedDeadline): string {
  switch (deadline.kind) {
    case "unparsed":
      return "không xác định";
    case "urgent":
      return "khẩn trương, không có ngày cụ thể";
    case "ongoing":
      return deadline.flags.includes("start_of_obligation")
        ? "thực hiện từ thời điểm nêu, không có hạn"
        : "thực hiện thường xuyên, không có hạn";
    case "recurring": {
      const next = resolved.due === null ? "" : `, kỳ tới ${formatViDate(resolved.due)}`;
      return `định kỳ ${[deadline.recurrence, ...(deadline.more ?? [])].map(scheduleWords).join("; ")}${next}`;
    }
    case "relative":
      return `${deadline.amount} ${UNIT_LABELS[deadline.unit]} kể từ ${deadline.anchor.text || "mốc chưa rõ"}: ${dueWords(resolved)}`;
    case "event":
      return `${deadline.event}: ${dueWords(resolved)}`;
    case "date":
      return dueWords(resolved);
  }
}

const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: "thứ Hai",
  tue: "thứ Ba",
  wed: "thứ Tư",
  thu: "thứ Năm",
  fri: "thứ Sáu",
  sat: "thứ Bảy",
  sun: "Chủ nhật",
};

/** One rule in Vietnamese: "hằng tháng (trước ngày 25)", "hằng tuần (thứ Hai)". */
function scheduleWords(r: Recurrence): string {
  const before = r.bound === "before" ? "trước " : "";
  if (r.freq === "daily") return FREQ_LABELS.daily;
  if (r.freq === "weekly")
    return `${FREQ_LABELS.weekly} (${before}${WEEKDAY_LABELS[r.byWeekday ?? "sun"]})`;
  const months =
    r.byMonth === undefined || r.freq === "monthly" ? "" : ` tháng ${r.byMonth.join(", ")}`;
  const day = r.byMonthDay === undefined ? "cuối kỳ" : `${before}ngày ${r.byMonthDay}${months}`;
  return `${FREQ_LABELS[r.freq]} (${day})`;
}

/** Flags worth a reader's attention (unparsed is already said by "không xác định"). */
function flagWords(flags: readonly DeadlineFlag[]): string {
  const shown = flags.filter((f) => f !== "unparsed").map((f) => FLAG_LABELS[f]);
  return shown.length === 0 ? "" : `  [${shown.join("; ")}]`;
}

/** Aligned plain lines: the phrase, an arrow, the meaning and any flags. */
export function formatPlainLines(
  rows: ReadonlyArray<{ input: string; deadline: Deadline; resolved: ResolvedDeadline }>,
): string[] {
  const width = Math.max(0, ...rows.map((r) => [...r.input.normalize("NFC")].length));
  return rows.map((r) => {
    const shown = r.input.normalize("NFC");
    const pad = " ".repeat(width - [...shown].length);
    return `${shown}${pad}  →  ${describe(r.deadline, r.resolved)}${flagWords(r.resolved.flags)}`;
  });
}
