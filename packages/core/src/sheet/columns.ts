import { defaultAgencyRegistry } from "../agency/registry.js";
import { DEADLINE_KINDS } from "../model/deadline.js";
import { DEADLINE_KIND_LABELS } from "./labels.js";
import { STATUS_LABELS, TASK_STATUSES } from "../status/labels.js";

/**
 * Who writes a column: `key` is the task code rows are matched by (hidden);
 * `user` cells are the officer's and are never overwritten; `computed` cells
 * are recomputed by the add-in's refresh and by the report generator.
 */
export type SheetColumnKind = "key" | "user" | "computed";
/** How a cell is written: dates as Excel dates, text as text ("@"), integers. */
export type SheetColumnType = "text" | "date" | "integer" | "list";
export type ValidationListName = "statuses" | "deadlineKinds" | "agencies";

export interface SheetColumn<K extends string = string> {
  key: K;
  /** Vietnamese header, exactly as in the header row. */
  header: string;
  /** Width in Excel character units. */
  width: number;
  kind: SheetColumnKind;
  type: SheetColumnType;
  /** Excel number format: "@" keeps "9/2025" and "=…" as text. */
  numFmt: string;
  /** Validation list: enforced for `type: "list"`, a suggestion (any value allowed)
   *  for text columns that hold several "; "-joined names. */
  list?: ValidationListName;
  hidden?: boolean;
}

const TEXT = "@";
const DATE = "dd/mm/yyyy";

const col = <K extends string>(
  key: K,
  header: string,
  width: number,
  kind: SheetColumnKind,
  type: SheetColumnType,
  extra: Partial<Pick<SheetColumn, "list" | "hidden">> = {},
): SheetColumn<K> => ({
  key,
  header,
  width,
  kind,
  type,
  numFmt: type === "date" ? DATE : type === "integer" ? "0" : TEXT,
  ...extra,
});

/** The columns, in sheet order. Keys are stable; headers are what users see. */
export const SHEET_COLUMNS = [
  col("code", "Mã nhiệm vụ", 30, "key", "text", { hidden: true }),
  col("documentSymbol", "Số hiệu văn bản", 16, "user", "text"),
  col("documentDate", "Ngày văn bản", 12, "user", "date"),
  col("ref", "Số hiệu mục", 10, "user", "text"),
  col("text", "Nội dung nhiệm vụ", 60, "user", "text"),
  col("summary", "Tóm tắt", 30, "user", "text"),
  col("lead", "Cơ quan chủ trì", 28, "user", "text", { list: "agencies" }),
  col("coordinating", "Cơ quan phối hợp", 28, "user", "text", { list: "agencies" }),
  col("supervising", "Cơ quan chỉ đạo", 24, "user", "text", { list: "agencies" }),
  col("reportTo", "Cơ quan nhận báo cáo", 24, "user", "text", { list: "agencies" }),
  col("deadlineText", "Thời hạn (nguyên văn)", 28, "user", "text"),
  col("deadlineKind", "Loại thời hạn", 16, "computed", "list", { list: "deadlineKinds" }),
  col("originalDue", "Hạn ban đầu", 12, "computed", "date"),
  col("extendedDue", "Hạn gia hạn", 12, "user", "date"),
  col("extensionDocument", "Văn bản gia hạn", 30, "user", "text"),
  col("currentDue", "Hạn hiện tại", 12, "computed", "date"),
  col("completedOn", "Ngày hoàn thành", 12, "user", "date"),
  col("note", "Tiến độ, ghi chú", 40, "user", "text"),
  col("status", "Tình trạng", 26, "computed", "list", { list: "statuses" }),
  col("daysOverdue", "Số ngày quá hạn", 10, "computed", "integer"),
  col("warnings", "Cảnh báo", 34, "computed", "text"),
] as const;

export type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];

export interface TrackingSheetLayout {
  sheetName: string;
  tableName: string;
  /** 1-based row of the headers; data starts on the next row. */
  headerRow: number;
  /** Hidden sheet holding the validation lists (Excel's inline list source is
   *  limited to 255 characters and splits on commas, which agency names contain). */
  listsSheetName: string;
  columns: readonly SheetColumn<SheetColumnKey>[];
  validationLists: Readonly<Record<ValidationListName, readonly string[]>>;
}

let agencyNames: readonly string[] | undefined;

/**
 * The tracking sheet (sổ theo dõi nhiệm vụ): one definition for the Excel
 * add-in, `nhiemvu tracking` and the report generator's reader.
 */
export const TRACKING_SHEET: TrackingSheetLayout = {
  sheetName: "Theo dõi nhiệm vụ",
  tableName: "NhiemVu",
  headerRow: 1,
  listsSheetName: "Danh mục",
  columns: SHEET_COLUMNS,
  validationLists: {
    statuses: TASK_STATUSES.map((status) => STATUS_LABELS[status]),
    deadlineKinds: DEADLINE_KINDS.map((kind) => DEADLINE_KIND_LABELS[kind]),
    // Built on first read: the registry is not built at import time.
    get agencies() {
      agencyNames ??= defaultAgencyRegistry()
        .all()
        .map((agency) => agency.name);
      return agencyNames;
    },
  },
};

/** 0-based index of a column in the sheet. */
export function columnIndex(key: SheetColumnKey): number {
  return SHEET_COLUMNS.findIndex((column) => column.key === key);
}

/** The column of a key. */
export function sheetColumn(key: SheetColumnKey): SheetColumn<SheetColumnKey> {
  const column = SHEET_COLUMNS[columnIndex(key)];
  if (!column) throw new RangeError(`unknown column ${key}`);
  return column;
}
