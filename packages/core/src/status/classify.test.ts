import { describe, expect, it } from "vitest";
import type { Deadline } from "../model/deadline.js";
import type { Task } from "../model/task.js";
import { classifyOccurrences, classifyTask, type TaskClassification } from "./classify.js";

function task(deadline: Deadline, fields: Partial<Task> = {}): Task {
  const named =
    deadline.kind === "date"
      ? deadline.date
      : deadline.kind === "event"
        ? (deadline.date ?? null)
        : null;
  return {
    code: "T@2025-08-03#1",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1",
    text: "Nhiệm vụ kiểm thử",
    summary: "",
    lead: [],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline,
    originalDue: named,
    currentDue: named,
    extensions: [],
    completedOn: null,
    progress: [],
    ...fields,
  };
}

const inSeptember: Deadline = {
  kind: "date",
  text: "trong tháng 9/2025",
  flags: [],
  date: "2025-09-30",
  precision: "month",
  bound: "inclusive",
};

const beforeAug31: Deadline = {
  kind: "date",
  text: "trước ngày 31/8/2025",
  flags: [],
  date: "2025-08-31",
  precision: "day",
  bound: "before",
};

const pick = (c: TaskClassification) => [c.status, c.daysOverdue, c.dueSoon];

describe("one-off tasks: boundary days (trong tháng 9/2025, due 30/9)", () => {
  it.each<[string, string | null, string, [string, number | null, boolean]]>([
    ["completed on the due day", "2025-09-30", "2025-10-14", ["done_on_time", null, false]],
    ["completed the day after", "2025-10-01", "2025-10-14", ["done_late", 1, false]],
    ["completed early", "2025-09-02", "2025-09-15", ["done_on_time", null, false]],
    ["open, asOf on the due day", null, "2025-09-30", ["open_on_time", null, true]],
    ["open, asOf the day after", null, "2025-10-01", ["open_overdue", 1, false]],
    ["open, asOf two weeks after", null, "2025-10-14", ["open_overdue", 14, false]],
    ["open, 6 working days before", null, "2025-09-22", ["open_on_time", null, false]],
    ["open, 5 working days before", null, "2025-09-23", ["open_on_time", null, true]],
    ["completed after asOf is still open", "2025-10-05", "2025-10-01", ["open_overdue", 1, false]],
    ["completed after asOf, before due", "2025-09-25", "2025-09-10", ["open_on_time", null, false]],
  ])("%s", (_name, completedOn, asOf, expected) => {
    const c = classifyTask(task(inSeptember, { completedOn }), asOf);
    expect(pick(c)).toEqual(expected);
    expect(c.due).toBe("2025-09-30");
    expect(c.occurrence).toBeUndefined();
  });

  it("reads the due-soon window from the policy", () => {
    const c = classifyTask(task(inSeptember), "2025-09-22", { policy: { dueSoonWorkingDays: 6 } });
    expect(c.dueSoon).toBe(true);
  });
});

describe("trước ngày D under both policies", () => {
  it.each<[boolean, string | null, string, [string, number | null, boolean]]>([
    [true, "2025-08-31", "2025-09-05", ["done_on_time", null, false]],
    [false, "2025-08-31", "2025-09-05", ["done_late", 1, false]],
    [false, "2025-08-30", "2025-09-05", ["done_on_time", null, false]],
    [true, null, "2025-08-31", ["open_on_time", null, true]],
    [false, null, "2025-08-31", ["open_overdue", 1, false]],
    [true, null, "2025-09-01", ["open_overdue", 1, false]],
  ])(
    "counts D as on time = %s; completed %s, asOf %s",
    (countsDueDay, completedOn, asOf, expected) => {
      const c = classifyTask(task(beforeAug31, { completedOn }), asOf, {
        policy: { beforeBoundCountsDueDay: countsDueDay },
      });
      expect(pick(c)).toEqual(expected);
      expect(c.due).toBe("2025-08-31");
      expect(c.lastOnTimeDay).toBe(countsDueDay ? "2025-08-31" : "2025-08-30");
    },
  );
});

describe("extensions (gia hạn)", () => {
  const extended = (completedOn: string | null) =>
    task(beforeAug31, {
      originalDue: "2025-08-31",
      currentDue: "2025-09-15",
      extensions: [
        { newDue: "2025-09-15", approvedBy: "Công văn 100/VPCP", approvedOn: "2025-08-25" },
      ],
      completedOn,
    });

  it("judges against the current due date, which is inclusive", () => {
    const literal = { policy: { beforeBoundCountsDueDay: false } };
    expect(pick(classifyTask(extended("2025-09-15"), "2025-09-30", literal))).toEqual([
      "done_on_time",
      null,
      false,
    ]);
    expect(classifyTask(extended(null), "2025-09-10")).toMatchObject({
      status: "open_on_time",
      due: "2025-09-15",
      lastOnTimeDay: "2025-09-15",
    });
    expect(classifyTask(extended(null), "2025-09-16")).toMatchObject({
      status: "open_overdue",
      daysOverdue: 1,
    });
  });
});

describe("tasks without a date", () => {
  it.each<Deadline>([
    { kind: "urgent", text: "khẩn trương", flags: [] },
    { kind: "ongoing", text: "thường xuyên", flags: [] },
    { kind: "unparsed", text: "abc", flags: ["unparsed"] },
    {
      kind: "event",
      text: "trước Tết",
      flags: ["event_date_unknown"],
      event: "Tết",
      bound: "before",
    },
    {
      kind: "relative",
      text: "sau 5 năm",
      flags: ["unclear_anchor"],
      amount: 5,
      unit: "year",
      anchor: { text: "" },
    },
  ])("$kind is never overdue", (deadline) => {
    expect(classifyTask(task(deadline), "2030-01-01")).toMatchObject({
      status: "no_deadline",
      due: null,
      lastOnTimeDay: null,
      daysOverdue: null,
      dueSoon: false,
    });
  });

  it("an unparsed deadline with a due date a person typed is judged against it", () => {
    const t = task(
      { kind: "unparsed", text: "abc", flags: ["unparsed"] },
      { originalDue: "2025-10-10", currentDue: "2025-10-10" },
    );
    expect(pick(classifyTask(t, "2025-10-20"))).toEqual(["open_overdue", 10, false]);
  });
});

describe("relative periods and roll forward", () => {
  const fifteenDays: Deadline = {
    kind: "relative",
    text: "trong thời hạn 15 ngày kể từ ngày ký",
    flags: [],
    amount: 15,
    unit: "day",
    anchor: { text: "ngày ký", date: "2025-08-15" },
  };
  it("a period ending Saturday 30/8/2025 is on time until 3/9 (art. 148)", () => {
    expect(
      classifyTask(task(fifteenDays, { completedOn: "2025-09-03" }), "2025-09-10"),
    ).toMatchObject({
      status: "done_on_time",
      due: "2025-08-30",
      lastOnTimeDay: "2025-09-03",
    });
  });
  it("a directive's own date on a Saturday rolls only when the policy says so", () => {
    const saturday: Deadline = { ...inSeptember, date: "2025-08-30", precision: "day" };
    const t = task(saturday, { completedOn: "2025-09-03" });
    expect(pick(classifyTask(t, "2025-09-10"))).toEqual(["done_late", 4, false]);
    expect(
      pick(classifyTask(t, "2025-09-10", { policy: { rollForwardDirectiveDue: true } })),
    ).toEqual(["done_on_time", null, false]);
  });
});

describe("recurring tasks: one status per occurrence", () => {
  const monthly25: Deadline = {
    kind: "recurring",
    text: "báo cáo gửi Ban Tổ chức Trung ương chậm nhất trước ngày 25 hàng tháng",
    flags: [],
    recurrence: { freq: "monthly", byMonthDay: 25, bound: "before", start: "2025-08-03" },
  };
  const progress = ["2025-08-22", "2025-09-26", "2025-11-24"].map((date) => ({
    date,
    note: "Đã gửi báo cáo",
  }));
  const reports = task(monthly25, { progress, originalDue: null, currentDue: null });
  const range = { from: "2025-08-01", to: "2025-12-31" };

  it("matches each report to the oldest month still owed: a missed month stays owed", () => {
    const cs = classifyOccurrences(reports, range, "2025-12-10");
    // 22/8 → August; 26/9 → September, late; 24/11 → October, late (not November);
    // November is then still owed and overdue on 10/12.
    expect(cs.map((c) => [c.occurrence?.due, c.status, c.daysOverdue])).toEqual([
      ["2025-08-25", "done_on_time", null],
      ["2025-09-25", "done_late", 1],
      ["2025-10-25", "done_late", 30],
      ["2025-11-25", "open_overdue", 15],
      ["2025-12-25", "open_on_time", null],
    ]);
  });

  it("freezes at asOf: a report sent after the cut-off is not yet known", () => {
    const cs = classifyOccurrences(reports, range, "2025-09-20");
    expect(cs.map((c) => c.status)).toEqual([
      "done_on_time",
      "open_on_time",
      "open_on_time",
      "open_on_time",
      "open_on_time",
    ]);
  });

  it("reads trước ngày 25 literally when the policy says so", () => {
    const cs = classifyOccurrences(reports, range, "2025-12-10", {
      policy: { beforeBoundCountsDueDay: false },
    });
    expect(cs.map((c) => c.lastOnTimeDay)).toEqual([
      "2025-08-24",
      "2025-09-24",
      "2025-10-24",
      "2025-11-24",
      "2025-12-24",
    ]);
    expect(cs.map((c) => c.status)).toEqual([
      "done_on_time",
      "done_late",
      "done_late",
      "open_overdue",
      "open_on_time",
    ]);
  });

  it.each<[string, string, string]>([
    ["2025-12-10", "2025-11-25", "open_overdue"],
    ["2025-11-28", "2025-11-25", "open_overdue"],
    ["2025-10-28", "2025-10-25", "open_overdue"],
    ["2025-08-10", "2025-08-25", "open_on_time"],
  ])("classifyTask as of %s judges the occurrence due %s", (asOf, due, status) => {
    const c = classifyTask(reports, asOf);
    expect(c.occurrence?.due).toBe(due);
    expect(c.due).toBe(due);
    expect(c.status).toBe(status);
  });

  it("flags the occurrence due soon", () => {
    const upToDate = task(monthly25, {
      progress: ["2025-08-22", "2025-09-24", "2025-10-24", "2025-11-24"].map((date) => ({
        date,
        note: "Đã gửi báo cáo",
      })),
      originalDue: null,
      currentDue: null,
    });
    expect(classifyTask(upToDate, "2025-12-19").dueSoon).toBe(true);
    expect(classifyTask(upToDate, "2025-12-10").dueSoon).toBe(false);
  });

  it("owes no occurrence after the task was completed", () => {
    const ended = { ...reports, completedOn: "2025-11-24" };
    expect(classifyOccurrences(ended, range, "2025-12-10").map((c) => c.occurrence?.due)).toEqual([
      "2025-08-25",
      "2025-09-25",
      "2025-10-25",
      "2025-11-25",
    ]);
    expect(classifyTask(ended, "2025-12-10")).toMatchObject({
      status: "done_on_time",
      due: "2025-11-25",
    });
  });

  it("a one-off task gives one classification when due in the range", () => {
    expect(classifyOccurrences(task(inSeptember), range, "2025-10-01")).toHaveLength(1);
    expect(
      classifyOccurrences(
        task(inSeptember),
        { from: "2025-10-01", to: "2025-10-31" },
        "2025-10-01",
      ),
    ).toEqual([]);
  });
});

describe("sắp đến hạn: due within N working days", () => {
  it("agrees with counting the working days from asOf to the due date, for any dates and N", async () => {
    const fc = (await import("fast-check")).default;
    const { workingDaysBetween } = await import("../calendar/working-days.js");
    const { addDays, format } = await import("date-fns");
    const day = fc
      .integer({ min: 0, max: 730 })
      .map((n) => format(addDays(new Date(2025, 0, 1), n), "yyyy-MM-dd"));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (asOf, ahead, n) => {
          const due = format(addDays(new Date(`${asOf}T00:00:00`), ahead), "yyyy-MM-dd");
          const deadline: Deadline = { ...inSeptember, text: "hạn", date: due };
          const c = classifyTask(task(deadline), asOf, { policy: { dueSoonWorkingDays: n } });
          expect(c.dueSoon).toBe(workingDaysBetween(asOf, due) <= n);
        },
      ),
      { numRuns: 150 },
    );
  });
});
