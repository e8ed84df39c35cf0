import { dayAt, inYear } from "./date-parts.js";
import { dateValue, scanMatches, type FormScanner } from "./candidate.js";
import { isCitationDate, isRangeEnd, isSessionDate } from "./context.js";
import { S, WB, dateGroups, datePattern, scanner } from "./lexicon.js";

/**
 * Explicit dates: "trước ngày 31/8/2025" (bound before), "trước 30-10-2025",
 * "trước 15.12" (year inferred), "chậm nhất ngày D", "chậm nhất vào ngày D",
 * "đến D", "đến hết ngày D", "vào ngày D", "trong ngày D" (inclusive), and the
 * long form "ngày 31 tháng 12 năm 2025". A date with no deadline word is bare.
 */
const PREFIX = String.raw`(?<pre>chậm${S}nhất${S}(?:là${S})?(?:(?:vào|đến|trước|trong)${S})?|trước${S}|đến${S}(?:hết${S})?|hết${S}|vào${S}|trong${S}|hạn${S}chót${S}(?:là${S})?)`;

const RE = scanner(String.raw`${WB}${PREFIX}?(?:ngày\s*)?${datePattern("")}`);

export const scanExplicitDates: FormScanner = (input) =>
  scanMatches(RE, input, (m) => {
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
  });
