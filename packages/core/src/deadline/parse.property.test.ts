import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Deadline } from "../model/deadline.js";
import { isoFromParts } from "../dates/civil-date.js";
import { findDeadlines } from "./find.js";
import { parseDeadline } from "./parse.js";
import { SEED_DEADLINE_PHRASES } from "./seed-phrases.js";

const DOC = "2025-08-29";
const phrases = SEED_DEADLINE_PHRASES.map((p) => p.text);

/** A deadline without the words (names kept but case-folded), for comparing readings. */
function meaning(text: string, documentDate = DOC) {
  const { text: _words, ...rest } = parseDeadline(text, { documentDate });
  if (rest.kind === "event") return { ...rest, event: rest.event.toLowerCase() };
  if (rest.kind === "relative")
    return { ...rest, anchor: { ...rest.anchor, text: rest.anchor.text.toLowerCase() } };
  return rest;
}

/** Text that looks like directive prose: seed phrases, deadline words and noise. */
const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(
        "trước",
        "ngày",
        "tháng",
        "quý",
        "năm",
        "hằng",
        "IV",
        "/",
        "-",
        ".",
        ",",
        "(",
        ")",
        " ",
      ),
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.integer({ min: 0, max: 3000 }).map(String),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(" "));

describe("parseDeadline properties", () => {
  it("never throws and always returns a valid Deadline, on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), prose),
        (s) => {
          const d = parseDeadline(s, { documentDate: DOC });
          expect(Deadline.safeParse(d).success).toBe(true);
          expect(d.text).toBe(s.normalize("NFC").trim());
        },
      ),
      { numRuns: 150 },
    );
    // The budget is numRuns; the timeout only keeps a loaded CI machine from failing it.
  }, 60_000);

  it("gives the same result for NFC and NFD input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...phrases), prose), (s) => {
        expect(parseDeadline(s.normalize("NFD"), { documentDate: DOC })).toEqual(
          parseDeadline(s.normalize("NFC"), { documentDate: DOC }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("ignores tone placement (uỷ/ủy, hoà/hòa), case and extra spaces", () => {
    const variants = (s: string) => [
      s.replace(/ủy/g, "uỷ").replace(/hòa/g, "hoà"),
      s.replace(/uỷ/g, "ủy").replace(/hoà/g, "hòa"),
      s.toUpperCase(),
      s.replace(/ /g, "   "),
      ` ${s}\u00a0`,
    ];
    const withAgencies = phrases.flatMap((p) => [p, `Đảng ủy Chính phủ hoà giải ${p}`]);
    for (const p of withAgencies) {
      for (const v of variants(p)) expect(meaning(v), `${v} vs ${p}`).toEqual(meaning(p));
    }
  });

  it("odd dashes read as hyphens", () => {
    for (const dash of ["\u2013", "\u2014", "\u2011", "\u2212"]) {
      expect(meaning(`quý I${dash}2026`)).toEqual(meaning("quý I-2026"));
      expect(meaning(`trước 30${dash}10${dash}2025`)).toEqual(meaning("trước 30-10-2025"));
    }
  });

  it("reads back any valid date written in any usual style", () => {
    const validDate = fc
      .record({
        y: fc.integer({ min: 1990, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ y, m, d }) => isoFromParts(y, m, d) !== null);
    const style = fc.record({
      sep: fc.constantFrom("/", "-", ".", " / ", "–"),
      pad: fc.boolean(),
      ngay: fc.constantFrom("", "ngày ", "ngày  ", "Ngày "),
      lead: fc.constantFrom("trước ", "Trước  ", "chậm nhất ", "chậm nhất vào ", "đến ", "", "  "),
      tail: fc.constantFrom("", " ", "."),
    });
    fc.assert(
      fc.property(validDate, style, ({ y, m, d }, s) => {
        const two = (n: number) => (s.pad ? String(n).padStart(2, "0") : String(n));
        const phrase = `${s.lead}${s.ngay}${two(d)}${s.sep}${two(m)}${s.sep}${y}${s.tail}`;
        const parsed = parseDeadline(phrase, { documentDate: DOC });
        expect(parsed).toMatchObject({
          kind: "date",
          date: isoFromParts(y, m, d),
          precision: "day",
          bound: /trước/i.test(s.lead) ? "before" : "inclusive",
          flags: [],
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("findDeadlines properties", () => {
  it("never throws; mentions are ordered, disjoint and their text is the NFC slice", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), prose), (s) => {
        const nfc = s.normalize("NFC");
        const mentions = findDeadlines(s, { documentDate: DOC });
        let last = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.text).toBe(nfc.slice(m.start, m.end));
          expect(m.deadline.text).toBe(m.text);
          expect(Deadline.safeParse(m.deadline).success).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** Best of three runs, in milliseconds: robust to a loaded machine's pauses. */
function bestMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe("time on large inputs (the issue's limit: 50 ms per call for any input up to 100 kB)", () => {
  const LIMIT_MS = 50;
  const within = (text: string) => {
    expect(bestMs(() => parseDeadline(text, { documentDate: DOC }))).toBeLessThan(LIMIT_MS);
    expect(bestMs(() => findDeadlines(text, { documentDate: DOC }))).toBeLessThan(LIMIT_MS);
  };
  it.each<[string, string]>([
    // The first two were quadratic: 66 s and 7.4 s before.
    ["'trong' and 100,000 spaces", "trong" + " ".repeat(100_000)],
    ["a 32,766-character cell of punctuation", "x" + ".,; ".repeat(8191) + "x"],
    ["900 dates in 20 kB", "trước ngày 31/8/2025, ".repeat(910).slice(0, 20_000)],
    // Each date's look-back for "chưa"/"không" once searched to the end of the text.
    ["4,500 dates in 100 kB", "trước ngày 31/8/2025, ".repeat(4600).slice(0, 100_000)],
    ["100 kB of seed phrases", phrases.join(" ; ").repeat(400).slice(0, 100_000)],
    ["100 kB of one word", "tháng".repeat(20_000)],
    // A condition cell's closing punctuation was trimmed by a quadratic regex (4–6 s).
    ["a condition and 100,000 spaces", "Sau khi có" + " ".repeat(100_000) + "x"],
    ["a condition and 100 kB of commas", "Khi có" + " , ".repeat(33_000) + "x"],
  ])("%s", (_label, text) => within(text));

  // A deadline phrase with a 100,000-space gap in it (a padded cell, a column
  // gap): patterns that let two quantifiers share a run of spaces took 2–60 s.
  const GAP = " ".repeat(100_000);
  it.each<[string]>([
    ["tại phiên họp⟦⟧thường kỳ tháng 1/2025"],
    ["trình tại kỳ họp thứ 8, Quốc hội khóa XV⟦⟧đã thông qua"],
    ["trước Tết⟦⟧Nguyên đán Bính Ngọ"],
    ["trước Đại hội XIV⟦⟧của Đảng"],
    ["gửi trước 15 giờ⟦⟧ngày thứ Tư hằng tuần"],
    ["chậm nhất 105 ngày trước ngày bầu cử⟦⟧(tức ngày 30/11/2025)"],
    ["trong thời hạn 15 ngày⟦⟧kể từ ngày ký"],
  ])("%s, the gap 100,000 spaces", (phrase) => within(phrase.replace("⟦⟧", GAP)));

  it("any seed phrase with one of its spaces widened to 100,000", () => {
    const spaced = phrases.filter((p) => p.includes(" "));
    fc.assert(
      fc.property(fc.constantFrom(...spaced), fc.nat(), (p, k) => {
        const gaps = [...p.matchAll(/ /gu)].map((m) => m.index);
        const at = gaps[k % gaps.length] ?? 0;
        within(p.slice(0, at) + GAP + p.slice(at));
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("any token repeated up to 100 kB", () => {
    const tokens = ["trong ", " ", "(", "ngày ", "31/8/", "quý ", "hằng ", "-", "., "];
    fc.assert(
      fc.property(fc.constantFrom(...tokens), fc.integer({ min: 1, max: 100_000 }), (t, n) =>
        within(t.repeat(Math.ceil(n / t.length)).slice(0, n)),
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
