import { z } from "zod";

/**
 * When a period's report is due.
 * - working_days_after_cut_off: N working days after the cut-off day (the
 *   cut-off day not counted).
 * - day_of_month: day D of the cut-off month (or the next, monthsAfterCutOff
 *   = 1); "before" means the report must arrive before D. The report is due
 *   on the last working day on time: D (D−1 for "before"), moved back to the
 *   previous working day when that is a day off.
 */
export const ReportDueRule = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("working_days_after_cut_off"),
    workingDays: z.number().int().min(1).max(31),
  }),
  z.strictObject({
    kind: z.literal("day_of_month"),
    day: z.number().int().min(1).max(31),
    bound: z.enum(["before", "inclusive"]),
    monthsAfterCutOff: z.union([z.literal(0), z.literal(1)]),
  }),
]);
export type ReportDueRule = z.infer<typeof ReportDueRule>;

/**
 * A reporting regime (chế độ báo cáo): whose rules, the data cut-off and the
 * report's due day. A period's data runs from the day after the previous
 * period's cut-off to the cut-off day of its last month (`cutOffDay`, clamped
 * to the month's length), or over calendar months ("end_of_month").
 */
export const ReportingRegime = z
  .strictObject({
    id: z.string().min(1),
    /** Vietnamese name shown in reports. */
    name: z.string().min(1),
    /** The text the rules come from. */
    basis: z.string().min(1),
    cutOffDay: z.union([z.number().int().min(1).max(28), z.literal("end_of_month")]),
    reportDue: ReportDueRule,
  })
  .superRefine((regime, ctx) => {
    const due = regime.reportDue;
    if (due.kind !== "day_of_month") return;
    const lastOnTime = due.day - (due.bound === "before" ? 1 : 0);
    const afterCutOff =
      due.monthsAfterCutOff === 1 ||
      (regime.cutOffDay !== "end_of_month" && lastOnTime > regime.cutOffDay);
    if (!afterCutOff) {
      ctx.addIssue({
        code: "custom",
        path: ["reportDue", "day"],
        message: "the report must be due after the cut-off",
      });
    }
  });
export type ReportingRegime = z.infer<typeof ReportingRegime>;

/**
 * Nghị định 09/2019/NĐ-CP ngày 24/01/2019, Điều 12 (thời gian chốt số liệu):
 * data from the 15th of the month before to the 14th (quarters: 15th of the
 * month before the quarter to the 14th of its last month; half-years 15/12–14/6
 * and 15/6–14/12; year 15/12–14/12). The nine months (15/12–14/9) follow the
 * same cut-offs; the article lists no nine-month period.
 * Điều 13 khoản 1 (thời hạn gửi báo cáo): ministries, agencies and provinces
 * send periodic reports to the Government and the Prime Minister "chậm nhất
 * vào ngày 25 của tháng cuối kỳ báo cáo" unless a regime says otherwise. A
 * 25th that is a day off moves back to the working day before (so the report
 * still arrives in time). A unit reporting to a ministry with an earlier day
 * sets its own `reportDue`.
 */
const ND09: ReportingRegime = {
  id: "nd09",
  name: "Chế độ báo cáo định kỳ theo Nghị định số 09/2019/NĐ-CP",
  basis:
    "Điều 12 (thời gian chốt số liệu) và khoản 1 Điều 13 (thời hạn gửi báo cáo) Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ",
  cutOffDay: 14,
  reportDue: { kind: "day_of_month", day: 25, bound: "inclusive", monthsAfterCutOff: 0 },
};

/**
 * Party side, Công văn 322-CV/ĐU item 4: the monthly report reaches Ban Tổ
 * chức Trung ương "chậm nhất trước ngày 25 hằng tháng" — the due day has this
 * source. The cut-off has none: no party text seen fixes it, so the 20th is a
 * configurable default of this product (customRegime), chosen to leave the
 * working days before the 25th to compile the report. Quarters, half-years,
 * nine months and years use the same cut-off and due day in their last month
 * (an extension of the monthly rule, also a default).
 */
const DANG: ReportingRegime = {
  id: "dang",
  name: "Chế độ báo cáo hằng tháng gửi Ban Tổ chức Trung ương",
  basis:
    "Hạn gửi: mục 4 Công văn số 322-CV/ĐU ngày 03/8/2025 của Đảng ủy Chính phủ; ngày chốt số liệu 20 là mặc định của phần mềm, đơn vị có thể đổi",
  cutOffDay: 20,
  reportDue: { kind: "day_of_month", day: 25, bound: "before", monthsAfterCutOff: 0 },
};

export type RegimeId = "nd09" | "dang";

/** The bundled regimes by id. */
export const REGIMES: Readonly<Record<RegimeId, ReportingRegime>> = Object.freeze({
  nd09: ND09,
  dang: DANG,
});

/**
 * A regime with the unit's own cut-off or due day (validated: the report must
 * be due after the cut-off). Throws a ZodError on an invalid setting.
 * @example customRegime(REGIMES.dang, { cutOffDay: 18 }).cutOffDay // 18
 */
export function customRegime(
  base: ReportingRegime,
  settings: Partial<Pick<ReportingRegime, "id" | "name" | "cutOffDay" | "reportDue">>,
): ReportingRegime {
  return ReportingRegime.parse({ ...base, ...settings });
}
