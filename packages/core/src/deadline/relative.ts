import { flagList, scanMatches, type FormScanner } from "./candidate.js";
import { isoFromParts, type IsoDate } from "../dates/civil-date.js";
import { yearOf, type InferredDate } from "./date-parts.js";
import { S, WB, countPattern, countValue, dateGroups, datePattern, scanner } from "./lexicon.js";

/**
 * Relative periods: "trong thời hạn 15 ngày (làm việc) kể từ ngày ký",
 * "trong vòng 03 tháng kể từ ngày ban hành", "chậm nhất 10 ngày làm việc kể từ
 * ngày 1/7/2025", "sau 5 năm". "Ngày ký"/"ngày ban hành" is the document's date;
 * an explicit date is that date; any other start (or none, as in "sau 5 năm")
 * is kept as words and flagged unclear_anchor for a person. A bare "trong 6 tháng"
 * with no start is not a deadline ("trong 6 tháng qua").
 */
const UNIT = String.raw`(?<u>ngày|tháng|năm)(?![\p{L}\p{M}])(?<wd>${S}làm${S}việc|\s*\(\s*làm${S}việc\s*\))?`;
const ANCHOR = String.raw`(?:\s*,?\s*(?:kể|tính)${S}từ${S}(?<anchor>ngày${S}(?<sign>ký${S}ban${S}hành|ký|ban${S}hành)(?![\p{L}\p{M}])|(?:ngày\s*)?${datePattern("a")}|[\p{L}\p{M}]+(?:${S}[\p{L}\p{M}]+){0,5}))?`;
const RE = scanner(
  String.raw`${WB}(?<pre>trong${S}(?:thời${S}hạn|vòng)|trong|chậm${S}nhất(?:${S}là)?|không${S}quá|sau)${S}${countPattern("")}${S}${UNIT}${ANCHOR}`,
);

/**
 * A start date without a year is in the document's year: a period counts from a
 * day already named, so unlike a due date it does not move to the next year.
 */
function anchorOn(
  written: { day: number; month: number; year: string | undefined },
  documentDate: IsoDate,
): InferredDate | null {
  const year = written.year === undefined ? yearOf(documentDate) : Number(written.year);
  const iso = isoFromParts(year, written.month, written.day);
  return iso === null ? null : { iso, yearInferred: written.year === undefined };
}

export const scanRelativeForms: FormScanner = (input) =>
  scanMatches(RE, input, (m) => {
    const g = m.groups ?? {};
    const amount = countValue(g["n"] ?? "");
    if (amount === null) return null;
    const anchorFolded = g["anchor"];
    if (anchorFolded === undefined && g["pre"] === "trong") return null;
    const unit =
      g["u"] === "ngày"
        ? g["wd"] !== undefined
          ? "working_day"
          : "day"
        : g["u"] === "tháng"
          ? "month"
          : "year";
    if (g["wd"] !== undefined && g["u"] !== "ngày") return null;
    const end = m.index + m[0].length;
    const anchorText =
      anchorFolded === undefined
        ? ""
        : input.original.slice(end - anchorFolded.length, end).replace(/\s+/gu, " ");
    const written = dateGroups(g, "a");
    const anchorDate =
      g["sign"] !== undefined
        ? { iso: input.documentDate, yearInferred: false }
        : written
          ? anchorOn(written, input.documentDate)
          : null;
    if (written && !anchorDate) return null;
    return {
      bare: false,
      value: {
        kind: "relative",
        amount,
        unit,
        anchor: anchorDate ? { text: anchorText, date: anchorDate.iso } : { text: anchorText },
        flags: flagList(
          anchorDate?.yearInferred === true && "year_inferred",
          !anchorDate && "unclear_anchor",
        ),
      },
    };
  });
