import {
  formatViDate,
  type Deadline,
  type DeadlineFlag,
  type RecurrenceFrequency,
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
  recurrence?: Extract<Deadline, { kind: "recurring" }>["recurrence"];
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
    ...(deadline.kind === "recurring" ? { recurrence: deadline.recurrence } : {}),
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
      const r = deadline.recurrence;
      const day =
        r.byMonthDay === undefined
          ? "cuối kỳ"
          : `${r.bound === "before" ? "trước " : ""}ngày ${r.byMonthDay}`;
      const next = resolved.due === null ? "" : `, kỳ tới ${formatViDate(resolved.due)}`;
      return `định kỳ ${FREQ_LABELS[r.freq]} (${day})${next}`;
    }
    case "relative":
      return `${deadline.amount} ${UNIT_LABELS[deadline.unit]} kể từ ${deadline.anchor.text || "mốc chưa rõ"}: ${dueWords(resolved)}`;
    case "event":
      return `${deadline.event}: ${dueWords(resolved)}`;
    case "date":
      return dueWords(resolved);
  }
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
