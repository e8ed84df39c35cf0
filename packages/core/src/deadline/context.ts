/**
 * Context rules that tell a date which is not a deadline from one that is, by
 * reading the words just before a candidate phrase (folded text, see fold.ts).
 */

const LOOKBACK = 90;

/** The current clause up to `index`: back to the last ";", line break or sentence end. */
export function clauseBefore(folded: string, index: number): string {
  const from = Math.max(0, index - LOOKBACK);
  const window = folded.slice(from, index);
  const cut = Math.max(window.lastIndexOf(";"), window.lastIndexOf("\n"), lastSentenceEnd(window));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

function lastSentenceEnd(text: string): number {
  // A "." followed by a space ends a sentence; "15.12" does not.
  let found = -1;
  for (let i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) found = i;
  return found;
}

/** "các mục tiêu, chỉ tiêu … trong năm 2025": a target year, not a deadline. */
export function isTargetYear(folded: string, start: number): boolean {
  return /(?<![\p{L}\p{M}])(?:mục tiêu|chỉ tiêu)(?![\p{L}\p{M}])/u.test(
    clauseBefore(folded, start),
  );
}

/**
 * "tình hình … trong tháng 8/2025": the period a report covers — unless a verb of
 * delivery comes after "tình hình" ("tình hình …, báo cáo Bộ Chính trị trong tháng 9").
 */
export function isReportPeriod(folded: string, start: number): boolean {
  const clause = clauseBefore(folded, start);
  const at = clause.lastIndexOf("tình hình");
  if (at < 0) return false;
  return !/(?:báo cáo|trình|hoàn thành|ban hành|gửi)(?![\p{L}\p{M}])/u.test(clause.slice(at));
}

/** "tầm nhìn đến năm 2045", "định hướng đến năm 2030": a horizon, not a deadline. */
export function isHorizon(folded: string, start: number): boolean {
  return /(?:tầm nhìn|định hướng)\s*$/u.test(folded.slice(Math.max(0, start - 20), start));
}

/**
 * "tại phiên họp vào ngày 29/8/2025", "Lễ chính thức vào ngày 2/9/2025": the date
 * a meeting or ceremony is held.
 */
export function isSessionDate(folded: string, start: number): boolean {
  return /(?:phiên họp|cuộc họp|kỳ họp|buổi làm việc|hội nghị|(?<![\p{L}\p{M}])lễ(?:\s+[\p{L}\p{M}]+){0,2})\s*(?:,\s*)?$/u.test(
    folded.slice(Math.max(0, start - 30), start),
  );
}

/**
 * A state of progress, not a deadline: "đến ngày 21/10/2025, chủ đầu tư mới
 * hoàn thành …", "tính đến ngày …", "đến ngày D đã có 15 bộ"; or a deadline
 * reported as missed: "chưa hoàn thành … trong tháng 3/2025".
 */
export function isProgressReport(folded: string, start: number, end: number): boolean {
  // Each regex runs only when its first word is there (checked by substring; the
  // clause is a part of the LOOKBACK window before the phrase).
  const from = Math.max(0, start - LOOKBACK);
  if (occursIn(folded, "chưa", from, start) || occursIn(folded, "không", from, start)) {
    if (MISSED.test(clauseBefore(folded, start))) return true;
  }
  const near = folded.slice(Math.max(0, start - 10), end);
  if (!near.includes("đến") || !REACHED.test(near)) return false;
  return STATE_AFTER.test(folded.slice(end, end + 60));
}

// Searches only the window: an unbounded indexOf scanned to the text's end for
// every date, quadratic over a long text without the word.
function occursIn(text: string, word: string, from: number, to: number): boolean {
  return text.slice(from, to).includes(word);
}

const MISSED = /(?:chưa|không)\s+(?:hoàn thành|xong|kịp)(?![^]*(?:phải|cần|yêu cầu|đề nghị))/u;
const REACHED = /(?:^|\s)đến\s/u;
const STATE_AFTER = /^\s*(?:,\s*)?(?:[\p{L}\p{M}\d]+\s+){0,6}(?:mới|đã|vẫn|chỉ)\s/u;

/** "Kết luận số 183-KL/TW, vào ngày 01/8/2025": the date of a cited document. */
export function isCitationDate(folded: string, start: number): boolean {
  return /(?:\d+[/-][\p{L}\p{M}]+(?:[/-][\p{L}\p{M}]+)*|số\s+\d+\S*)\s*[,(]?\s*$/u.test(
    folded.slice(Math.max(0, start - 40), start),
  );
}

/** "từ ngày 1/7/2025 đến ngày 31/8/2025": the end of a span, not a due date. */
export function isRangeEnd(folded: string, start: number): boolean {
  return /(?<![\p{L}\p{M}])từ\s+(?:ngày\s*|tháng\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?\s*$/u.test(
    folded.slice(Math.max(0, start - 40), start),
  );
}
