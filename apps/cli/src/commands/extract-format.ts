import {
  formatViDate,
  resolveDeadline,
  type AgencyRef,
  type ExtractionResult,
  type ExtractionWarning,
  type ExtractionWarningCode,
  type Task,
} from "@nhiemvu/core";

/** Vietnamese words for each extraction warning code: the one place the CLI says them. */
export const WARNING_LABELS: Record<ExtractionWarningCode, string> = {
  no_subject: "Không tìm thấy cơ quan chủ trì, cần người xác định",
  two_deadlines: "Có nhiều thời hạn khác nhau, đã lấy thời hạn đầu tiên",
  deadline_may_belong_to_previous_sentence: "Thời hạn nằm ở câu riêng, có thể thuộc câu trước",
  skipped_praise: "Bỏ qua: nội dung thống nhất, ghi nhận, biểu dương",
  skipped_permission: "Bỏ qua: nội dung đồng ý, cho phép",
  skipped_heading: "Đoạn dẫn của các mục con, không tính là nhiệm vụ riêng",
  skipped_no_action: "Bỏ qua: đoạn không giao việc",
  unknown_agency: "Cơ quan chưa có trong danh mục, giữ nguyên như văn bản",
  not_a_deadline_date: "Ngày không phải thời hạn (ngày họp, ngày văn bản được dẫn, năm chỉ tiêu…)",
  numbering_corrected: "Đã đọc lại số thứ tự mục bị lặp",
  footnote_unlinked: "Chú thích không gắn được với đoạn nào",
  document_date_missing: "Không tìm thấy ngày của văn bản; hãy dùng --date YYYY-MM-DD",
  document_year_inferred: "Ngày văn bản không ghi năm, đã suy ra năm",
  reference_date_conflict: "Văn bản được dẫn mang hai ngày khác nhau",
};

export function warningMessage(w: ExtractionWarning): string {
  return WARNING_LABELS[w.code];
}

/** The task as `nhiemvu extract --json` prints it. */
export function taskJson(task: Task) {
  const resolved = resolveDeadline(task.deadline);
  return {
    ref: task.ref,
    code: task.code,
    text: task.text,
    summary: task.summary,
    lead: task.lead,
    coordinating: task.coordinating,
    supervising: task.supervising,
    reportTo: task.reportTo,
    deadline: {
      text: task.deadline.text,
      kind: task.deadline.kind,
      due: task.originalDue,
      bound: resolved.bound,
      flags: task.deadline.flags,
    },
    ...(task.note ? { note: task.note } : {}),
  };
}

export function resultJson(result: ExtractionResult) {
  return {
    document: result.document,
    tasks: result.tasks.map(taskJson),
    warnings: result.warnings.map((w) => ({ ...w, message: warningMessage(w) })),
    footnotes: result.footnotes,
  };
}

const names = (list: readonly AgencyRef[]) => list.map((a) => a.name).join("; ");

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function dueCell(task: Task): string {
  if (task.originalDue === null) {
    if (task.deadline.kind === "urgent") return "khẩn trương";
    if (task.deadline.kind === "unparsed") return "không xác định";
    return "không thời hạn";
  }
  const bound = resolveDeadline(task.deadline).bound;
  return `${bound === "before" ? "trước " : ""}${formatViDate(task.originalDue)}`;
}

/** The readable table: one row per task, then the warnings. */
export function formatTable(result: ExtractionResult): string {
  const d = result.document;
  const lines: string[] = [];
  const name = [d.typeName, d.symbol?.symbol ?? "(không ghi số)"].filter(Boolean).join(" ");
  const date = d.date ? ` ngày ${formatViDate(d.date)}` : "";
  lines.push(`Văn bản: ${name}${date}${d.issuerName ? ` — ${d.issuerName}` : ""}`);
  if (d.title) lines.push(`Trích yếu: ${d.title}`);
  lines.push(`${result.tasks.length} nhiệm vụ, ${result.warnings.length} cảnh báo.`, "");

  const rows = result.tasks.map((t) => [
    t.ref,
    clip(names(t.lead) || "(chưa rõ)", 38),
    clip(t.deadline.text || "—", 28),
    dueCell(t),
    clip(t.summary, 70),
  ]);
  const header = ["Mục", "Chủ trì", "Thời hạn (theo văn bản)", "Hạn", "Nội dung"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  lines.push(line(header), widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) lines.push(line(r));

  if (result.warnings.length > 0) {
    lines.push("", "Cảnh báo:");
    for (const w of result.warnings) {
      const where = w.ref ? `[${w.ref}] ` : "";
      const what = w.detail ? `: ${w.detail}` : w.excerpt ? `: ${clip(w.excerpt, 80)}` : "";
      lines.push(`- ${where}${warningMessage(w)}${what}`);
    }
  }
  return lines.join("\n");
}
