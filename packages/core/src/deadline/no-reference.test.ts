import { describe, expect, it } from "vitest";
import { findDeadlines } from "./find.js";
import { parseDeadline } from "./parse.js";
import { resolveDeadline } from "./resolve.js";

/** Without a document date nothing is dated from a made-up year. */
describe("no reference date", () => {
  const read = (phrase: string) => {
    const d = parseDeadline(phrase, {});
    return { d, r: resolveDeadline(d) };
  };

  it("trước ngày 20 hằng tháng is a monthly rule with no start and no due", () => {
    const { d, r } = read("trước ngày 20 hằng tháng");
    expect(d).toMatchObject({
      kind: "recurring",
      recurrence: { freq: "monthly", byMonthDay: 20, bound: "before" },
      flags: ["no_reference_date"],
    });
    expect(d.kind === "recurring" ? d.recurrence.start : "not recurring").toBeUndefined();
    expect(r.due).toBeNull();
  });

  it("a period from the signing keeps its count but no anchor date", () => {
    const { d, r } = read("trong thời hạn 15 ngày kể từ ngày ký");
    expect(d).toMatchObject({ kind: "relative", amount: 15, anchor: { text: "ngày ký" } });
    expect(d.kind === "relative" && d.anchor.date).toBeUndefined();
    expect(d.flags).toContain("no_reference_date");
    expect(r.due).toBeNull();
  });

  it("a yearless day is kept as words, flagged", () => {
    expect(parseDeadline("trước ngày 15/3", {})).toEqual({
      kind: "unparsed",
      text: "trước ngày 15/3",
      flags: ["unparsed", "no_reference_date"],
    });
  });

  it("trước Tết with no year has no date", () => {
    const { d, r } = read("trước Tết Nguyên đán");
    expect(d.kind).toBe("event");
    expect(d.flags).toContain("no_reference_date");
    expect(r.due).toBeNull();
  });

  it("what the words date by themselves stays dated and unflagged", () => {
    expect(read("trước ngày 31/8/2025").r).toMatchObject({ due: "2025-08-31", flags: [] });
    expect(read("trong quý IV/2025").r).toMatchObject({ due: "2025-12-31", flags: [] });
  });

  it("findDeadlines reads the same way", () => {
    const [m] = findDeadlines("báo cáo trước ngày 20 hằng tháng", {});
    expect(m?.deadline).toMatchObject({ kind: "recurring", flags: ["no_reference_date"] });
  });
});
