import { z } from "zod";
import { IsoDate } from "../dates/civil-date.js";

/** One dated entry of a year table: a day off or a working weekend day. */
export const CalendarDay = /* @__PURE__ */ z.strictObject({
  date: IsoDate,
  /** Vietnamese name shown to users ("Tết Nguyên đán", "Làm bù cho ngày 02/5"). */
  name: z.string().min(1),
  /**
   * Decided but not yet in force (24/11 Ngày Văn hóa Việt Nam): counted as a day
   * off only when the calendar is built with `includePending`.
   */
  pending: z.boolean().optional(),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

function dayOfWeek(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

/**
 * One year of the working calendar as the government decided it: the weekday
 * days off (holidays, Tết block, substitute and swapped days) and the weekend
 * days worked in exchange (làm bù). Weekends are days off unless listed in
 * `workingDays`; weekdays are working days unless listed in `daysOff`.
 */
export const CalendarYear = /* @__PURE__ */ z
  .strictObject({
    year: z.number().int().min(1900).max(2199),
    /** Where the table comes from (the decision or notice), shown with estimated figures. */
    source: z.string().min(1),
    /** True for a year generated from the Labour Code because no decision is known. */
    estimated: z.boolean().optional(),
    daysOff: z.array(CalendarDay),
    workingDays: z.array(CalendarDay),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    const check = (list: "daysOff" | "workingDays") =>
      table[list].forEach((entry, index) => {
        const path = [list, index, "date"];
        if (!entry.date.startsWith(`${table.year}-`)) {
          ctx.addIssue({ code: "custom", path, message: `not in ${table.year}` });
        }
        if (seen.has(entry.date)) {
          ctx.addIssue({ code: "custom", path, message: "date listed twice" });
        }
        seen.add(entry.date);
        const weekend = [0, 6].includes(dayOfWeek(entry.date));
        if (list === "workingDays" && !weekend) {
          ctx.addIssue({
            code: "custom",
            path,
            message: "a working day must be a Saturday or Sunday",
          });
        }
        if (list === "workingDays" && entry.pending === true) {
          ctx.addIssue({ code: "custom", path, message: "only days off can be pending" });
        }
      });
    check("daysOff");
    check("workingDays");
  });
export type CalendarYear = z.infer<typeof CalendarYear>;

/** Result of checking a year table read from a file or typed by a user. */
export type CalendarYearParse =
  | { ok: true; table: CalendarYear }
  | { ok: false; code: "calendar_year_invalid"; issues: { path: string; message: string }[] };

/**
 * Validate a year table without throwing (for tables read from JSON).
 * @example parseCalendarYear({ year: 2027 }).ok // false
 */
export function parseCalendarYear(input: unknown): CalendarYearParse {
  const parsed = CalendarYear.safeParse(input);
  if (parsed.success) return { ok: true, table: parsed.data };
  return {
    ok: false,
    code: "calendar_year_invalid",
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}
