import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDirective } from "./extract.js";
import { ITEM_LETTERS } from "./numbering.js";

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
const SUBJECTS = [
  "Giao Bộ Nội vụ",
  "Yêu cầu các tỉnh uỷ, thành uỷ",
  "Đề nghị Bộ Y tế",
  "Bộ Tài chính",
  "Các đồng chí Ủy viên Hội đồng X",
  "",
];
const PREDICATES = [
  "rà soát văn bản",
  "khẩn trương báo cáo Chính phủ trong quý IV/2025",
  "tiếp tục phối hợp với Bộ Tư pháp",
  "hoàn thành trước ngày 31/12/2025",
  "Cơ bản thống nhất với báo cáo",
  "Đồng ý để Bộ Công an thực hiện",
];
const word = fc.constantFrom(
  "rà soát",
  "báo cáo",
  "(nếu có)",
  "v.v",
  "tháng 9/2025",
  "ngày 1/7",
  "“quy định”",
);
const sentence = fc
  .tuple(
    fc.constantFrom(...SUBJECTS),
    fc.constantFrom(...PREDICATES),
    fc.array(word, { maxLength: 4 }),
  )
  .map(([s, p, extra]) => `${s} ${p} ${extra.join(" ")}`.trim().replace(/^\s*/u, "") + ".");

/** A document of numbered items: top-level "N." with optional letter or Roman sub-items. */
const document = fc.array(
  fc.record({
    text: sentence,
    sub: fc.constantFrom("none", "letters", "romans"),
    children: fc.array(sentence, { minLength: 1, maxLength: 8 }),
  }),
  { minLength: 1, maxLength: 8 },
);

function render(items: Array<{ text: string; sub: string; children: string[] }>) {
  const paragraphs: string[] = [];
  const refs: string[] = [];
  items.forEach((item, i) => {
    const n = i + 1;
    if (item.sub === "none") {
      paragraphs.push(`${n}. ${item.text}`);
      refs.push(String(n));
    } else if (item.sub === "letters") {
      paragraphs.push(`${n}. ${item.text.replace(/\.$/u, ":")}`);
      item.children.forEach((c, k) => {
        paragraphs.push(`${ITEM_LETTERS.charAt(k)}) ${c}`);
        refs.push(`${n}.${ITEM_LETTERS.charAt(k)}`);
      });
    } else {
      const inline = item.children.map((c, k) => `(${ROMANS[k] ?? "i"}) ${c}`).join(" ");
      paragraphs.push(`${n}. ${item.text.replace(/\.$/u, ":")} ${inline}`);
      item.children.forEach((_c, k) => refs.push(`${n}(${ROMANS[k] ?? "i"})`));
    }
  });
  return { text: paragraphs.join("\n\n"), refs };
}

describe("extractDirective properties", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const r = extractDirective(text);
        expect(Array.isArray(r.tasks)).toBe(true);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "1. ",
            "a) ",
            "(i) ",
            "[2] ",
            "¹",
            "\n\n",
            ":",
            ";",
            "Giao ",
            "Bộ Y tế ",
            "**",
            "*",
            "ngày 3/8",
            " ",
          ),
          {
            maxLength: 60,
          },
        ),
        (parts) => {
          expect(() =>
            extractDirective(parts.join(""), { documentDate: "2025-08-03" }),
          ).not.toThrow();
        },
      ),
      { numRuns: 100 },
    );
  });

  // Budget in numRuns; the timeout only guards a shared, loaded machine.
  it("never loses a numbered item: each is a task or a warning", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(document, (items) => {
        const { text, refs } = render(items);
        const r = extractDirective(text, { documentDate: "2025-08-03" });
        const seen = new Set([
          ...r.tasks.map((t) => t.ref.replace(/\/\d+$/u, "")),
          ...r.warnings.map((w) => w.ref.replace(/\/\d+$/u, "")),
        ]);
        for (const ref of refs) expect(seen, `${ref} in\n${text}`).toContain(ref);
      }),
      { numRuns: 40 },
    );
  });

  it("NFC and NFD spellings of a document give the same result", () => {
    fc.assert(
      fc.property(document, (items) => {
        const { text } = render(items);
        const nfc = extractDirective(text.normalize("NFC"), { documentDate: "2025-08-03" });
        const nfd = extractDirective(text.normalize("NFD"), { documentDate: "2025-08-03" });
        expect(nfd).toEqual(nfc);
      }),
      { numRuns: 30 },
    );
  });
});
