/**
 * Boundary cases written from the rules, not from the code's output. Each row
 * names the rule it checks:
 * - BLDS 147/148: Civil Code 2015 art. 147 (the first day of a period is not
 *   counted), art. 148 (a period ends at 24:00 of its last day; one ending on
 *   a day off ends at the end of the next working day).
 * - trước D: "trước ngày D" counts D as on time by default (domain brief §3;
 *   DeadlinePolicy.beforeBoundCountsDueDay), literally D−1 when switched off.
 * - freeze: a report freezes what was known at its cut-off (domain brief §6):
 *   completions, reports and extensions dated after asOf are not seen.
 * - gia hạn: status is judged against the current due date (domain brief §5),
 *   from the extension's approval date; a late extension keeps the lateness
 *   (LateExtensionPolicy "keep_late", this product's default).
 * - định kỳ: a recurring obligation owes one report per period; a missed one
 *   stays owed until a report fulfils it, reports are matched oldest first.
 * - không thời hạn: urgent/ongoing tasks are never overdue; done, they count as done.
 * - NĐ09: Nghị định 09/2019/NĐ-CP Điều 12 (cut-offs), Điều 13.1 (due by the 25th).
 * - 322: Công văn 322-CV/ĐU item 4 ("chậm nhất trước ngày 25 hằng tháng").
 */
import { describe, expect, it } from "vitest";
import { parseDeadline } from "../deadline/parse.js";
import type { Task } from "../model/task.js";
import { checkAsOf, periodFor } from "../period/period.js";
import { REGIMES } from "../period/regime.js";
import { evaluateTask, issuedBy, type EvaluateOptions, type TaskEvaluation } from "./evaluate.js";
import { summarize } from "./summary.js";

function task(words: string, documentDate: string, fields: Partial<Task> = {}): Task {
  return {
    code: `T@${documentDate}#1`,
    documentId: `1-KL/TW@${documentDate}`,
    ref: "1",
    text: "Nhiệm vụ kiểm thử",
    summary: "",
    lead: [],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: parseDeadline(words, { documentDate }),
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
    ...fields,
  };
}

const sent = (...dates: string[]) => dates.map((date) => ({ date, note: "Đã gửi báo cáo" }));
const ext = (newDue: string, approvedOn: string) => ({
  newDue,
  approvedOn,
  approvedBy: "Công văn gia hạn",
});

const SEPT = "trong tháng 9/2025";
const MONTHLY = "chậm nhất trước ngày 25 hàng tháng";
const DOC = "2025-08-15";
const MONTHLY_DOC = "2025-08-03";
const nd = (month: string) => {
  const p = periodFor(month, "nd09");
  return { from: p.from, to: p.to };
};

type Expected = Partial<
  Pick<
    TaskEvaluation,
    "status" | "due" | "lastOnTimeDay" | "daysOverdue" | "dueSoon" | "currentDue" | "originalDue"
  >
> & { warnings?: string[]; occurrences?: [string, string, number | null][] };

type Case = [name: string, task: Task, asOf: string, opts: EvaluateOptions, expected: Expected];

const CASES: Case[] = [
  // One-off, due 30/9/2025 (Tuesday).
  [
    "BLDS 148: done on the due day is on time",
    task(SEPT, DOC, { completedOn: "2025-09-30" }),
    "2025-10-14",
    {},
    { status: "done_on_time", due: "2025-09-30" },
  ],
  [
    "BLDS 148: done the day after is one day late",
    task(SEPT, DOC, { completedOn: "2025-10-01" }),
    "2025-10-14",
    {},
    { status: "done_late", daysOverdue: 1 },
  ],
  [
    "open on the due day: on time, due soon",
    task(SEPT, DOC),
    "2025-09-30",
    {},
    { status: "open_on_time", dueSoon: true },
  ],
  [
    "open the day after: one day overdue",
    task(SEPT, DOC),
    "2025-10-01",
    {},
    { status: "open_overdue", daysOverdue: 1 },
  ],
  [
    "freeze: done after asOf is still open at asOf",
    task(SEPT, DOC, { completedOn: "2025-10-05" }),
    "2025-10-01",
    {},
    { status: "open_overdue", daysOverdue: 1 },
  ],
  [
    "due soon: 6 working days ahead is not yet due soon",
    task(SEPT, DOC),
    "2025-09-22",
    {},
    { status: "open_on_time", dueSoon: false },
  ],
  [
    "due soon: 5 working days ahead is due soon",
    task(SEPT, DOC),
    "2025-09-23",
    {},
    { status: "open_on_time", dueSoon: true },
  ],
  // Due on a day off: Saturday 30/8/2025, then Sunday 31/8 and the holidays 1–2/9.
  [
    "due on a Saturday, done that day: on time",
    task("chậm nhất ngày 30/8/2025", DOC, { completedOn: "2025-08-30" }),
    "2025-09-10",
    {},
    { status: "done_on_time" },
  ],
  [
    "due on a day off does not move by default (directive dates are deliberate)",
    task("chậm nhất ngày 30/8/2025", DOC, { completedOn: "2025-09-03" }),
    "2025-09-10",
    {},
    { status: "done_late", daysOverdue: 4, warnings: ["due_on_day_off"] },
  ],
  [
    "BLDS 148 when the unit rolls directive dates: done 3/9 is on time",
    task("chậm nhất ngày 30/8/2025", DOC, { completedOn: "2025-09-03" }),
    "2025-09-10",
    { policy: { rollForwardDirectiveDue: true } },
    { status: "done_on_time", lastOnTimeDay: "2025-09-03" },
  ],
  [
    "open over the holiday: overdue counts calendar days",
    task("chậm nhất ngày 30/8/2025", DOC),
    "2025-09-01",
    {},
    { status: "open_overdue", daysOverdue: 2 },
  ],
  // "trước ngày 15/9/2025" (Monday).
  [
    "trước D: done on D is on time by default",
    task("trước ngày 15/9/2025", DOC, { completedOn: "2025-09-15" }),
    "2025-09-30",
    {},
    { status: "done_on_time", due: "2025-09-15" },
  ],
  [
    "trước D literally: done on D is a day late",
    task("trước ngày 15/9/2025", DOC, { completedOn: "2025-09-15" }),
    "2025-09-30",
    { policy: { beforeBoundCountsDueDay: false } },
    { status: "done_late", daysOverdue: 1, lastOnTimeDay: "2025-09-14" },
  ],
  [
    "trước D literally: done on D−1 is on time",
    task("trước ngày 15/9/2025", DOC, { completedOn: "2025-09-14" }),
    "2025-09-30",
    { policy: { beforeBoundCountsDueDay: false } },
    { status: "done_on_time" },
  ],
  [
    "trước D literally: open on D is overdue",
    task("trước ngày 15/9/2025", DOC),
    "2025-09-15",
    { policy: { beforeBoundCountsDueDay: false } },
    { status: "open_overdue", daysOverdue: 1 },
  ],
  // Periods counted from the signing day 15/8/2025.
  [
    "BLDS 147/148: 15 days from 15/8 end Saturday 30/8, on time until 3/9",
    task("trong thời hạn 15 ngày kể từ ngày ký", DOC, { completedOn: "2025-09-03" }),
    "2025-09-10",
    {},
    { status: "done_on_time", due: "2025-08-30", lastOnTimeDay: "2025-09-03" },
  ],
  [
    "BLDS 148: and 4/9 is a day late",
    task("trong thời hạn 15 ngày kể từ ngày ký", DOC, { completedOn: "2025-09-04" }),
    "2025-09-10",
    {},
    { status: "done_late", daysOverdue: 1 },
  ],
  [
    "5 working days from Thursday 28/8/2025 skip 1–2/9: due Monday 8/9",
    task("trong thời hạn 5 ngày làm việc kể từ ngày ký", "2025-08-28"),
    "2025-09-08",
    {},
    { status: "open_on_time", due: "2025-09-08" },
  ],
  [
    "… and overdue on 9/9",
    task("trong thời hạn 5 ngày làm việc kể từ ngày ký", "2025-08-28"),
    "2025-09-09",
    {},
    { status: "open_overdue", daysOverdue: 1 },
  ],
  // Extensions of the task due 30/9/2025.
  [
    "gia hạn before expiry: done on the new date is on time",
    task(SEPT, DOC, { extensions: [ext("2025-10-15", "2025-09-25")], completedOn: "2025-10-15" }),
    "2025-10-20",
    {},
    { status: "done_on_time", originalDue: "2025-09-30", currentDue: "2025-10-15", warnings: [] },
  ],
  [
    "gia hạn before expiry: open the day after the new date is overdue",
    task(SEPT, DOC, { extensions: [ext("2025-10-15", "2025-09-25")] }),
    "2025-10-16",
    {},
    { status: "open_overdue", daysOverdue: 1 },
  ],
  [
    "gia hạn approved on the due day itself is in time",
    task(SEPT, DOC, { extensions: [ext("2025-10-31", "2025-09-30")] }),
    "2025-10-14",
    {},
    { status: "open_on_time", due: "2025-10-31", warnings: [] },
  ],
  [
    "gia hạn approved 10/10 after expiry: the lateness stands",
    task(SEPT, DOC, { extensions: [ext("2025-10-31", "2025-10-10")] }),
    "2025-10-14",
    {},
    {
      status: "open_overdue",
      daysOverdue: 14,
      currentDue: "2025-10-31",
      warnings: ["extension_after_expiry"],
    },
  ],
  [
    "gia hạn after expiry, policy accept: judged against the new date, still flagged",
    task(SEPT, DOC, { extensions: [ext("2025-10-31", "2025-10-10")] }),
    "2025-10-14",
    { lateExtensions: "accept" },
    { status: "open_on_time", lastOnTimeDay: "2025-10-31", warnings: ["extension_after_expiry"] },
  ],
  [
    "gia hạn after expiry, then done before the new date: done late",
    task(SEPT, DOC, { extensions: [ext("2025-10-31", "2025-10-10")], completedOn: "2025-10-20" }),
    "2025-10-31",
    {},
    { status: "done_late", daysOverdue: 20 },
  ],
  [
    "freeze: re-running the report as of 14/10 ignores an extension approved 20/10",
    task(SEPT, DOC, { extensions: [ext("2025-10-31", "2025-10-20")], currentDue: "2025-10-31" }),
    "2025-10-14",
    {},
    {
      status: "open_overdue",
      daysOverdue: 14,
      currentDue: "2025-09-30",
      warnings: ["extension_not_yet_approved"],
    },
  ],
  // Monthly report "chậm nhất trước ngày 25 hàng tháng" from 3/8/2025 (322).
  [
    "định kỳ: September missed, the October report (as of 14/10) has it overdue",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20") }),
    "2025-10-14",
    { range: nd("2025-10") },
    { status: "open_overdue", daysOverdue: 19, occurrences: [["2025-09-25", "open_overdue", 19]] },
  ],
  [
    "định kỳ: September still missed in the November report, October too",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20") }),
    "2025-11-14",
    { range: nd("2025-11") },
    {
      status: "open_overdue",
      daysOverdue: 50,
      occurrences: [
        ["2025-09-25", "open_overdue", 50],
        ["2025-10-25", "open_overdue", 20],
      ],
    },
  ],
  [
    "định kỳ: a report on 20/10 after a missed September fulfils September, late",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20", "2025-10-20") }),
    "2025-11-14",
    { range: nd("2025-11") },
    {
      status: "open_overdue",
      daysOverdue: 20,
      occurrences: [
        ["2025-09-25", "done_late", 25],
        ["2025-10-25", "open_overdue", 20],
      ],
    },
  ],
  [
    "định kỳ: September made up on 3/10, October on time: the November report lists October",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20", "2025-10-03", "2025-10-20") }),
    "2025-11-14",
    { range: nd("2025-11") },
    {
      status: "open_on_time",
      due: "2025-11-25",
      occurrences: [["2025-10-25", "done_on_time", null]],
    },
  ],
  [
    "định kỳ: the October report sent 3/11 is October's, late — not November's",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20", "2025-09-20", "2025-11-03") }),
    "2025-11-14",
    { range: nd("2025-11") },
    { status: "open_on_time", due: "2025-11-25", occurrences: [["2025-10-25", "done_late", 9]] },
  ],
  [
    "định kỳ: … and November's own report on 20/11 is on time in December's report",
    task(MONTHLY, MONTHLY_DOC, {
      progress: sent("2025-08-20", "2025-09-20", "2025-11-03", "2025-11-20"),
    }),
    "2025-12-14",
    { range: nd("2025-12") },
    { occurrences: [["2025-11-25", "done_on_time", null]] },
  ],
  [
    "định kỳ: November not sent is overdue in December's report",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-20", "2025-09-20", "2025-11-03") }),
    "2025-12-14",
    { range: nd("2025-12") },
    { status: "open_overdue", daysOverdue: 19, occurrences: [["2025-11-25", "open_overdue", 19]] },
  ],
  [
    "định kỳ + trước D literally: sent on the 25th is a day late",
    task(MONTHLY, MONTHLY_DOC, { progress: sent("2025-08-25") }),
    "2025-08-31",
    { policy: { beforeBoundCountsDueDay: false } },
    { status: "done_late", daysOverdue: 1 },
  ],
  [
    "định kỳ: completion ends the obligation; no later month is owed",
    task(MONTHLY, MONTHLY_DOC, {
      progress: sent("2025-08-20", "2025-09-20"),
      completedOn: "2025-10-20",
    }),
    "2025-11-14",
    { range: nd("2025-11") },
    {
      status: "done_on_time",
      due: "2025-10-25",
      occurrences: [["2025-10-25", "done_on_time", null]],
    },
  ],
  // Tasks without a deadline.
  [
    "không thời hạn: open, never overdue",
    task("khẩn trương", DOC),
    "2030-01-01",
    {},
    { status: "no_deadline", due: null, daysOverdue: null },
  ],
  [
    "không thời hạn: done, counted as done (it cannot be late)",
    task("khẩn trương", DOC, { completedOn: "2025-11-05" }),
    "2025-11-14",
    {},
    { status: "done_on_time", due: null },
  ],
  [
    "không thời hạn + freeze: done after asOf is not yet done",
    task("thường xuyên", DOC, { completedOn: "2025-11-20" }),
    "2025-11-14",
    {},
    { status: "no_deadline" },
  ],
  // Words against a typed date.
  [
    "the words win over a typed due date that differs, flagged",
    task(SEPT, DOC, { originalDue: "2025-09-15" }),
    "2025-09-20",
    {},
    {
      status: "open_on_time",
      due: "2025-09-30",
      originalDue: "2025-09-30",
      warnings: ["typed_due_differs"],
    },
  ],
  [
    "words without a date: the typed date is used, flagged",
    task("theo tiến độ của Đề án", DOC, { originalDue: "2025-10-10" }),
    "2025-10-20",
    {},
    { status: "open_overdue", daysOverdue: 10, warnings: ["typed_due_used"] },
  ],
  [
    "không thời hạn: a typed date does not make an urgent task dated",
    task("khẩn trương", DOC, { originalDue: "2025-10-10" }),
    "2025-10-20",
    {},
    { status: "no_deadline" },
  ],
  // Tết 2027 (mùng 1 on Saturday 6/2/2027), from the estimated calendar.
  [
    "Tết 2027: due Friday 5/2, an estimated day off, done 11/2 is late",
    task("chậm nhất ngày 5/2/2027", "2027-01-15", { completedOn: "2027-02-11" }),
    "2027-02-14",
    {},
    { status: "done_late", daysOverdue: 6, warnings: ["due_on_day_off", "due_in_estimated_year"] },
  ],
  [
    "Tết 2027: 5 working days from Monday 1/2 skip 4–10/2: due 15/2",
    task("trong thời hạn 5 ngày làm việc kể từ ngày ký", "2027-02-01"),
    "2027-02-15",
    {},
    { status: "open_on_time", due: "2027-02-15", warnings: ["due_in_estimated_year"] },
  ],
];

describe("evaluateTask: boundary cases from the rules", () => {
  it.each(CASES)("%s", (_name, t, asOf, opts, expected) => {
    const e = evaluateTask(t, asOf, opts);
    const { warnings, occurrences, ...fields } = expected;
    expect(e).toMatchObject(fields);
    if (warnings) expect(e.warnings.map((w) => w.code)).toEqual(warnings);
    if (occurrences) {
      expect(e.occurrences.map((o) => [o.due, o.status, o.daysOverdue])).toEqual(occurrences);
    }
  });

  it("an overdue evaluation always carries its days overdue (the type narrows)", () => {
    const e = evaluateTask(task(SEPT, DOC), "2025-10-03");
    if (e.status !== "open_overdue") throw new Error("expected overdue");
    const days: number = e.daysOverdue;
    expect(days).toBe(3);
  });

  it("không thời hạn: a done task without a deadline counts among the completed", () => {
    const s = summarize([
      evaluateTask(task("khẩn trương", DOC, { completedOn: "2025-11-05" }), "2025-11-14"),
      evaluateTask(task("khẩn trương", DOC), "2025-11-14"),
    ]);
    expect([s.completed, s.total, s.rateOfAssigned]).toEqual([1, 2, 50]);
  });
});

describe("reports: what a period counts", () => {
  it.each<[string, string, boolean]>([
    ["2025-11-28", "2025-11-14", false],
    ["2025-11-14", "2025-11-14", true],
    ["2025-08-01", "2025-11-14", true],
  ])("a document of %s is in the report as of %s: %s", (date, asOf, expected) => {
    expect(issuedBy({ documentId: `221-KL/TW@${date}` }, asOf)).toBe(expected);
  });

  it.each<[string, string]>([
    ["2025-10-14", "as_of_before_period"],
    ["2025-11-15", "as_of_after_period"],
  ])("NĐ09: as of %s is outside the November 2025 period: %s", (asOf, code) => {
    expect(checkAsOf(periodFor("2025-11", "nd09"), asOf)).toMatchObject({ ok: false, code });
  });

  it.each<[string, string, "month" | "nine_months", string, string, string]>([
    [
      "NĐ09 Điều 12/13.1: nine months of 2025",
      "nd09",
      "nine_months",
      "2024-12-15",
      "2025-09-14",
      "2025-09-25",
    ],
    [
      "NĐ09 Điều 13.1: 25/10/2025 is a Saturday, due Friday 24/10",
      "nd09",
      "month",
      "2025-09-15",
      "2025-10-14",
      "2025-10-24",
    ],
    [
      "322: before the 25th, November 2025 due Monday 24/11",
      "dang",
      "month",
      "2025-10-21",
      "2025-11-20",
      "2025-11-24",
    ],
  ])("%s", (_name, regime, kind, from, to, reportDue) => {
    const month =
      kind === "nine_months" ? "2025-09" : _name.includes("November") ? "2025-11" : "2025-10";
    expect(periodFor(month, regime === "nd09" ? REGIMES.nd09 : REGIMES.dang, kind)).toMatchObject({
      from,
      to,
      reportDue,
    });
  });
});
