import type { DetailRow } from "../model/types.js";
import type { StyleName } from "./styles.js";

/**
 * Columns of every detail sheet, in order. The summary's COUNTIFS formulas
 * address the "all tasks" sheet by these letters, so they live in one place.
 */
export interface DetailColumn {
  key: keyof DetailRow;
  letter: string;
  header: string;
  /** Width in characters, sized for Vietnamese text with wrap. */
  width: number;
  kind: "text" | "textCenter" | "date" | "integer";
  /** Kept in the workbook, not printed. */
  hidden?: boolean;
}

export const DETAIL_COLUMNS: readonly DetailColumn[] = [
  // The task code matches rows across edits; it is kept for the reader but
  // hidden, so it never prints.
  { key: "code", letter: "A", header: "Mã nhiệm vụ", width: 22, kind: "text", hidden: true },
  { key: "document", letter: "B", header: "Văn bản giao nhiệm vụ", width: 15, kind: "text" },
  { key: "ref", letter: "C", header: "Mục", width: 6, kind: "textCenter" },
  { key: "content", letter: "D", header: "Nội dung nhiệm vụ", width: 36, kind: "text" },
  { key: "lead", letter: "E", header: "Cơ quan chủ trì", width: 15, kind: "text" },
  { key: "coordinating", letter: "F", header: "Cơ quan phối hợp", width: 13, kind: "text" },
  { key: "deadlineText", letter: "G", header: "Thời hạn (theo văn bản)", width: 14, kind: "text" },
  { key: "due", letter: "H", header: "Hạn hoàn thành", width: 11, kind: "date" },
  { key: "completedOn", letter: "I", header: "Ngày hoàn thành", width: 11, kind: "date" },
  { key: "statusLabel", letter: "J", header: "Tình trạng", width: 12, kind: "textCenter" },
  { key: "daysOverdue", letter: "K", header: "Số ngày quá hạn", width: 7, kind: "integer" },
  { key: "note", letter: "L", header: "Ghi chú", width: 11, kind: "text" },
];

function letterOf(key: keyof DetailRow): string {
  const column = DETAIL_COLUMNS.find((c) => c.key === key);
  if (!column) throw new Error(`no detail column ${key}`);
  return column.letter;
}

/** Letters the summary formulas count over. */
export const COUNT_COLUMNS = {
  status: letterOf("statusLabel"),
  document: letterOf("document"),
  lead: letterOf("lead"),
} as const;

/** The columns that print. */
export const PRINTED_DETAIL_COLUMNS = DETAIL_COLUMNS.filter((c) => !c.hidden);

export const LAST_DETAIL_LETTER = DETAIL_COLUMNS[DETAIL_COLUMNS.length - 1]?.letter ?? "A";

export const KIND_STYLE: Record<DetailColumn["kind"], StyleName> = {
  text: "text",
  textCenter: "textCenter",
  date: "date",
  integer: "integer",
};
