import { dayAt, inYear } from "./date-parts.js";
import { dateValue, scanLead, scanMatches, type FormScanner } from "./candidate.js";
import { isCitationDate, isRangeEnd, isSessionDate } from "./context.js";
import { S, WB, dateGroups, datePattern, scanner } from "./lexicon.js";

/**
 * Explicit dates: "trước ngày 31/8/2025" (bound before), "trước 30-10-2025",
 * "trước 15.12" (year inferred), "chậm nhất ngày D", "chậm nhất vào ngày D",
 * "đến D", "đến hết ngày D", "vào ngày D", "trong ngày D" (inclusive), and the
 * long form "ngày 31 tháng 12 năm 2025". A date with no deadline word is bare.
 */
const PREFIX = String.raw`(?<pre>chậm${S}nhất${S}(?:là${S})?(?:(?:vào|đến|trước|trong)${S})?|trước${S}|đến${S}(?:hết${S})?|hết${S}|vào${S}|trong${S}|hạn${S}chót${S}(?:là${S})?|không${S}muộn${S}hơn${S}|là${S}(?=ngày))`;

/**
 * What may stand between the deadline word and the date: a clock time ("trước
 * 16h30 ngày", "trước 15 giờ ngày", "trước 08h00"), a part of the day ("vào chiều
 * 18-4"), "ngày mai", a weekday ("vào Thứ Bảy ngày 7/3/2026"). The due day is the
 * date; the hour is kept in the words only.
 */
const CLOCK = String.raw`(?:\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{2}(?:\s*phút)?)?${S})`;
const DAYPART = String.raw`(?:(?:sáng|trưa|chiều(?:${S}tối)?|tối|đêm)${S})`;
const WEEKDAY = String.raw`(?:(?:thứ${S}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ${S}nhật)\s*(?:,\s*)?)`;
const BETWEEN = String.raw`${CLOCK}?${DAYPART}?(?:ngày\s*)?(?:mai${S})?${WEEKDAY}?(?:ngày\s*)?`;

const RE = scanner(String.raw`${WB}${PREFIX}?${BETWEEN}${datePattern("")}`);
/**
 * Before the first digit of a match (of the clock, the weekday or the date)
 * come only the words of PREFIX and BETWEEN: a scan starts there (candidate.ts).
 */
const LEAD = scanLead(
  RE,
  "digit",
  "chậm nhất là vào đến trước trong hết hạn chót không muộn hơn sáng trưa chiều tối đêm ngày mai thứ hai ba tư năm sáu bảy chủ nhật ,",
);

/**
 * The date itself (datePattern) is a day and a month, digits joined by a
 * separator or by "tháng": a text without that shape skips the scan.
 */
const DATE_SHAPE = /\d\s*[/.-]\s*\d|\d\s+tháng\s+\d/u;

export const scanExplicitDates: FormScanner = (input) =>
  !DATE_SHAPE.test(input.folded)
    ? []
    : scanMatches(
        RE,
        input,
        (m) => {
          const parts = dateGroups(m.groups, "");
          if (!parts) return null;
          const pre = m.groups?.["pre"];
          const start = m.index;
          const { folded } = input;
          if (isSessionDate(folded, start) || isCitationDate(folded, start)) return null;
          if (pre !== undefined && /^đến/u.test(pre) && isRangeEnd(folded, start)) return null;
          const date = inYear(parts.year, input.documentDate, dayAt(parts.day, parts.month));
          if (!date) return null;
          return {
            bare: pre === undefined,
            value: dateValue(
              date,
              "day",
              pre !== undefined && /trước/u.test(pre) ? "before" : "inclusive",
            ),
          };
        },
        LEAD,
      );
