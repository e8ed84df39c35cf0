import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCAN_LEADS, scanLead, scanStart } from "./candidate.js";
import { foldSameLength } from "./fold.js";
// Importing the families registers their scanners' leads.
import { scanAll } from "./find.js";
import { SEED_DEADLINE_PHRASES } from "./seed-phrases.js";

/** Every match of a global regex over the whole text, from the start. */
function matchStarts(re: RegExp, text: string): number[] {
  const scan = new RegExp(re.source, re.flags);
  const out: number[] = [];
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    out.push(m.index);
    if (m[0].length === 0) scan.lastIndex += 1;
  }
  return out;
}

describe("scanStart", () => {
  // Back from the first anchor over spaces and the lead's letters (t r o n g ư ớ c):
  // the "o" of "cáo" is one, its "á" is not.
  const lead = scanLead(/tháng/gu, "tháng", "trong trước");
  it.each([
    ["báo cáo trong tháng 9", 6],
    ["báo cáo  trước   tháng 9", 6],
    ["tháng 9", 0],
    ["báo cáo vào tháng 9", 10],
    ["kế hoạch tháng 9, tháng 10", 8],
    ["không có", -1],
  ])("%s → %i", (text, start) => {
    expect(scanStart(text, lead)).toBe(start);
  });

  it("starts at the first digit's lead for a digit anchor", () => {
    const digit = scanLead(/\d/gu, "digit", "trước ngày");
    expect(scanStart("gửi trước ngày 20/12", digit)).toBe(3);
  });
});

/** Directive-like text: seed phrases cut and mixed with deadline words, digits and marks. */
const WORDS = [
  ...SEED_DEADLINE_PHRASES.map((p) => p.text),
  "chậm nhất",
  "là",
  "trong",
  "vào",
  "đến",
  "hết",
  "trước",
  "hạn chót",
  "không muộn hơn",
  "sáng",
  "chiều",
  "tối",
  "ngày",
  "mai",
  "thứ",
  "hai",
  "bảy",
  "chủ nhật",
  "tháng",
  "quý",
  "năm",
  "tuần",
  "đầu",
  "giữa",
  "cuối",
  "nửa",
  "sáu",
  "6",
  "thứ hai",
  "IV",
  "ii",
  "15",
  "2025",
  "30/9",
  "16h30",
  "15 giờ",
  "/",
  "-",
  ".",
  ",",
  " ",
  "  ",
  "\n",
  "báo cáo",
  "hoàn thành",
  "hội nghị",
  "trung ương",
  "đại hội",
  "lần thứ",
  "XIV",
  "tết",
  "nguyên đán",
  "kỳ họp",
  "phiên họp",
  "quốc hội",
  "ngày bầu cử",
  "quốc khánh",
  "lễ",
  "mùa mưa",
  "nhà giáo",
  "khai mạc",
  "thời điểm",
  "dịp",
  "ngay sau",
  "ít nhất",
  "mười lăm",
  "hai mươi mốt",
  "(hai)",
  "kể từ",
  "làm việc",
  "không quá",
  "thời hạn",
  "tối đa",
  "(tức ngày 30/11/2025)",
  "khẩn trương",
  "càng sớm càng tốt",
  "sớm",
  "cấp bách",
  "ngay",
  "kịp thời",
  "tiếp tục",
  "thường xuyên",
  "liên tục",
  "từ",
  "ngay từ",
  "kể từ",
  "năm học",
  "2025 - 2026",
  "hằng tháng",
  "hàng năm",
  "mỗi quý",
  "hằng tuần",
  "định kỳ",
  "thường kỳ",
  "06 tháng/lần",
  "6 tháng một lần",
  "nửa năm một lần",
  "của năm trước",
  "năm sau",
  "liền kề",
  "của tháng",
  "tháng cuối quý",
  "tháng tiếp theo",
  "kỳ báo cáo",
  "thứ 4",
  "08h00",
  "10 giờ 30 phút",
];

describe("scanner leads", () => {
  it("registers the leads of the date families", () => {
    scanAll({ original: "", folded: "", documentDate: "2025-01-01" });
    expect(SCAN_LEADS.length).toBeGreaterThanOrEqual(25);
  });

  it("no scanner match starts before its scan start", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), (parts) => {
        const text = foldSameLength(parts.join(" ").normalize("NFC"));
        for (const { re, lead } of SCAN_LEADS) {
          const starts = matchStarts(re, text);
          const from = scanStart(text, lead);
          if (from < 0) expect(starts).toEqual([]);
          else for (const s of starts) expect(s).toBeGreaterThanOrEqual(from);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("holds on every seed phrase", () => {
    for (const p of SEED_DEADLINE_PHRASES) {
      const text = foldSameLength(p.text);
      for (const { re, lead } of SCAN_LEADS) {
        const from = scanStart(text, lead);
        for (const s of matchStarts(re, text)) expect(s).toBeGreaterThanOrEqual(from);
      }
    }
  });
});
