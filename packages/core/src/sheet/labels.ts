import { DUE_SOON_LABEL } from "../status/labels.js";
import type { DeadlineFlag, DeadlineKind } from "../model/deadline.js";

/** Vietnamese names of deadline kinds, as the "Loại thời hạn" column shows them. */
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  date: "Mốc thời gian",
  recurring: "Định kỳ",
  relative: "Trong thời hạn (kể từ)",
  event: "Theo sự kiện",
  urgent: "Khẩn trương",
  ongoing: "Thường xuyên",
  unparsed: "Không xác định",
};

/** Vietnamese wording of deadline flags, as the "Cảnh báo" column shows them. */
export const DEADLINE_FLAG_LABELS: Readonly<Record<DeadlineFlag, string>> = {
  ambiguous: "thời hạn có nhiều cách hiểu",
  year_inferred: "năm của thời hạn được suy ra",
  unclear_anchor: "chưa rõ mốc tính thời hạn",
  start_of_obligation: "là thời điểm bắt đầu, không phải hạn",
  event_date_unknown: "chưa rõ ngày của sự kiện",
  unparsed: "không xác định được thời hạn",
  multiple_deadlines: "có nhiều thời hạn",
  no_reference_date: "không có ngày văn bản để tính thời hạn",
};

/** Other warnings of the "Cảnh báo" column. */
export const SHEET_WARNING_LABELS = {
  dueSoon: DUE_SOON_LABEL,
  noLead: "chưa có cơ quan chủ trì",
  unknownAgencies: "cơ quan chưa có trong danh mục",
} as const;
