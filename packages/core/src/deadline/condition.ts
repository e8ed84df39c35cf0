import type { DeadlineValue } from "./candidate.js";
import { flagList } from "./candidate.js";

/**
 * A time cell that names a condition instead of a date: a task table's "Thời
 * gian hoàn thành" column, or a "Thời hạn:" line, writes "Sau khi Nghị định …
 * ban hành", "Sau khi có Quy chế của TW", "Ngay sau Hội nghị quán triệt …",
 * "Khi có phát sinh", "Theo tiến độ xây dựng dự thảo …", "Theo Kế hoạch riêng"
 * when the task waits on another act. That is an event deadline whose date is
 * not known yet (flag event_date_unknown): not overdue, not a date to guess, and
 * not an unreadable cell. Only a phrase the condition heads counts, and only
 * when nothing else in it reads as a deadline (parse.ts): in running text "sau
 * khi được phê duyệt, …" is the order of the work, not its deadline.
 * `folded` is `original` folded (fold.ts), the same length.
 */
export function conditionEvent(original: string, folded: string): DeadlineValue | null {
  const m = CONDITION_HEAD.exec(folded);
  if (m === null) return null;
  // "Ngay sau Hội nghị …" names the event itself; "Sau khi có Quy chế …", "Khi
  // có phát sinh", "Theo Kế hoạch riêng" name it only with their first words.
  const from = m.groups?.["noun"] !== undefined ? m[0].length : (m.groups?.["marks"]?.length ?? 0);
  const event = withoutTrailing(original.slice(from)).replace(/\s+/gu, " ");
  // One clause: a cell that goes on to a colon (even a last one), a semicolon or
  // another sentence is running text ("Sau khi nghe báo cáo …, Phó Thủ tướng có ý kiến như sau:").
  if (!/[\p{L}\p{N}]/u.test(event) || /[:;]|\.\s/u.test(event)) return null;
  return { kind: "event", event, bound: "inclusive", flags: flagList("event_date_unknown") };
}

/**
 * The text without its closing spaces, full stops, commas and semicolons: a walk
 * from the end (a `[…]+$` regex retried at every start is quadratic on a long run).
 */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

const TRAILING = /^[\s.;,]$/u;

/**
 * The words a condition starts with, after any list mark or punctuation: "(ngay)
 * sau khi", "(ngay) sau" before a noun (not before a count or a unit: "sau 30
 * ngày" with no start is no deadline at all), "khi", "theo" before the plan,
 * schedule, roadmap or request it follows. "khi nào" asks when ("khi nào xong"):
 * no condition.
 */
const CONDITION_HEAD =
  /^(?<marks>[\s\-–+*•(]*)(?:(?:ngay\s+)?sau\s+khi|(?<noun>(?:ngay\s+)?sau)(?!\s+(?:\d|(?:khi|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])))|khi(?!\s+nào(?![\p{L}\p{M}]))|theo\s+(?:tiến\s+độ|kế\s+hoạch|lộ\s+trình|yêu\s+cầu))\s+(?=[\p{L}\p{N}])/u;
