import Table from "cli-table3";
import {
  DOUBT_MARK,
  describeExtractionWarning,
  formatViDate,
  reviewTask,
  shortenText,
  type ExtractionResult,
  type ExtractionWarning,
  type TaskReview,
} from "@nhiemvu/core";

/** Width when the output is no terminal and COLUMNS is not set. */
export const DEFAULT_WIDTH = 100;
/** Longest task text shown in the table (the JSON has the whole text). */
const MAX_TASK_TEXT = 160;

/** A warning as the CLI says it: core's words, and the flag that helps when the date is missing. */
export function warningMessage(w: ExtractionWarning): string {
  const text = describeExtractionWarning(w);
  return w.code === "document_date_missing" ? `${text} (ghi --date dd/mm/yyyy)` : text;
}

/** No colours: what the table prints is text only, with no escape sequence. */
const PLAIN = { head: [], border: [] };

/**
 * Text wrapped to `width` terminal columns on word boundaries (cli-table3
 * measures each character's width, so Vietnamese letters and marks count right).
 */
function wrap(text: string, width: number, indent = ""): string[] {
  const table = new Table({
    chars: {
      top: "",
      "top-mid": "",
      "top-left": "",
      "top-right": "",
      bottom: "",
      "bottom-mid": "",
      "bottom-left": "",
      "bottom-right": "",
      left: "",
      "left-mid": "",
      mid: "",
      "mid-mid": "",
      right: "",
      "right-mid": "",
      middle: "",
    },
    style: { ...PLAIN, "padding-left": 0, "padding-right": 0 },
    colWidths: [Math.max(10, width - indent.length)],
    wordWrap: true,
  });
  table.push([text]);
  return table
    .toString()
    .split("\n")
    .map((line, i) => `${i === 0 ? "" : indent}${line.trimEnd()}`)
    .filter((line) => line.trim() !== "");
}

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));

/** Column widths (padding included) for a table of `width` columns with 5 columns and 6 borders. */
function columnWidths(reviews: readonly TaskReview[], width: number): number[] {
  const ref = clamp(Math.max(3, ...reviews.map((r) => r.ref.length)) + 2, 5, 10);
  const due = clamp(Math.max(3, ...reviews.map((r) => r.dueText.length)) + 2, 8, 18);
  const rest = Math.max(30, width - 6 - ref - due);
  const lead = Math.max(10, Math.floor(rest * 0.25));
  const words = Math.max(10, Math.floor(rest * 0.25));
  return [ref, rest - lead - words, lead, words, due];
}

const marked = (text: string, doubt: boolean) => (doubt ? `${DOUBT_MARK} ${text}` : text);

/** The table of tasks for review: text, lead, deadline words, due, and what to check. */
function taskTable(reviews: readonly TaskReview[], width: number): string {
  const table = new Table({
    head: ["Mục", "Nội dung", "Chủ trì", "Thời hạn (theo văn bản)", "Hạn"],
    colWidths: columnWidths(reviews, width),
    wordWrap: true,
    style: PLAIN,
  });
  for (const r of reviews) {
    const on = (field: "lead" | "deadline") => r.doubts.some((d) => d.field === field);
    table.push([
      r.ref || "—",
      shortenText(r.text, MAX_TASK_TEXT),
      marked(r.lead || "(chưa rõ)", on("lead")),
      marked(r.deadlineWords || "—", on("deadline")),
      r.dueText,
    ]);
    if (r.doubts.length > 0)
      table.push([
        {
          colSpan: 5,
          content: `${DOUBT_MARK} Cần xem: ${r.doubts.map((d) => d.label).join("; ")}`,
        },
      ]);
  }
  return table.toString();
}

/**
 * The readable output: the document, one table row per task (with the
 * uncertain readings marked), then the warnings — every line at most `width`
 * terminal columns wide.
 */
export function formatTable(result: ExtractionResult, width = DEFAULT_WIDTH): string {
  const d = result.document;
  const lines: string[] = [];
  const name = [d.typeName, d.symbol?.symbol ?? "(không ghi số)"].filter(Boolean).join(" ");
  const date = d.date ? ` ngày ${formatViDate(d.date)}` : "";
  lines.push(...wrap(`Văn bản: ${name}${date}${d.issuerName ? ` — ${d.issuerName}` : ""}`, width));
  if (d.title) lines.push(...wrap(`Trích yếu: ${d.title}`, width, "  "));
  const reviews = result.tasks.map((task) => reviewTask(task, result.warnings));
  const doubtful = reviews.filter((r) => r.doubts.length > 0).length;
  lines.push(
    ...wrap(
      `${result.tasks.length} nhiệm vụ, ${result.warnings.length} cảnh báo${doubtful > 0 ? `; ${doubtful} nhiệm vụ có chỗ cần xem (${DOUBT_MARK})` : ""}.`,
      width,
    ),
    "",
  );
  if (reviews.length > 0) lines.push(taskTable(reviews, width));

  if (result.warnings.length > 0) {
    lines.push("", "Cảnh báo:");
    for (const w of result.warnings) {
      const where = w.ref ? `[${w.ref}] ` : "";
      const excerpt = !w.detail && w.excerpt ? `: ${shortenText(w.excerpt, 80)}` : "";
      lines.push(...wrap(`- ${where}${warningMessage(w)}${excerpt}`, width, "  "));
    }
  }
  return lines.join("\n");
}
