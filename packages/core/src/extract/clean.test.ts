import { describe, expect, it } from "vitest";
import { cleanDirectiveText, detachMarks, stripEmphasis } from "./clean.js";

describe("text clean-up", () => {
  it("drops bold and italic markers but keeps a lone '*' line apart", () => {
    expect(stripEmphasis("(i) **Bộ Tư pháp** sớm ban hành *trước ngày 31/8/2025*; x*y")).toBe(
      "(i) Bộ Tư pháp sớm ban hành trước ngày 31/8/2025; x*y",
    );
  });

  it("takes superscript markers out and remembers where they stood", () => {
    expect(detachMarks("được giao¹; bộ máy²³.")).toEqual({
      text: "được giao; bộ máy.",
      marks: [
        { number: 1, offset: 9 },
        { number: 23, offset: 17 },
      ],
    });
  });

  it("rejoins a footnote cut by a page break whose rest comes after later body paragraphs (322-CV/ĐU ²)", () => {
    const r = cleanDirectiveText(
      [
        "(3) Chủ trì, phối hợp với Bộ Tài chính, các cơ quan, địa phương,",
        "² Gồm: cán bộ, công chức; cán",
        "chỉ đạo, hướng dẫn chính sách trước ngày 31/8/2025.",
        "5. Các đồng chí có trách nhiệm chỉ đạo.",
        "bộ công đoàn chuyên trách làm việc theo chế độ hợp đồng lao động.",
        "6. Văn phòng Chính phủ theo dõi.",
      ].join("\n\n"),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      "(3) Chủ trì, phối hợp với Bộ Tài chính, các cơ quan, địa phương, chỉ đạo, hướng dẫn chính sách trước ngày 31/8/2025.",
      "5. Các đồng chí có trách nhiệm chỉ đạo.",
      "6. Văn phòng Chính phủ theo dõi.",
    ]);
    expect(r.footnotes).toEqual([
      {
        number: 2,
        text: "Gồm: cán bộ, công chức; cán bộ công đoàn chuyên trách làm việc theo chế độ hợp đồng lao động.",
      },
    ]);
  });

  it("keeps a footnote's second paragraph with it while the body sentence is still open (seed 000 ²)", () => {
    const r = cleanDirectiveText(
      [
        "8. Yêu cầu các tỉnh uỷ khẩn trương tổ chức và chỉ đạo các",
        "² Quy định số 253-QĐ/TW, ngày 24/01/2025.",
        "Quy định số 255-QĐ/TW, ngày 24/01/2025.",
        "đơn vị liên quan tham gia tập huấn.",
      ].join("\n\n"),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      "8. Yêu cầu các tỉnh uỷ khẩn trương tổ chức và chỉ đạo các đơn vị liên quan tham gia tập huấn.",
    ]);
    expect(r.footnotes[0]?.text).toBe(
      "Quy định số 253-QĐ/TW, ngày 24/01/2025.\nQuy định số 255-QĐ/TW, ngày 24/01/2025.",
    );
  });

  it("sets aside closing notes, recipients and signatures", () => {
    const r = cleanDirectiveText(
      "6. Văn phòng theo dõi.\n\n(Kèm theo Báo cáo số 457-BC/BTCTW, ngày 28/8/2025).\n\nNơi nhận:\n\n- Như trên,",
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual(["6. Văn phòng theo dõi."]);
    expect(r.furniture).toHaveLength(3);
  });
});

describe("paragraphs of text broken every line (web pages, PDFs)", () => {
  const paragraphsOf = (lines: string[]) =>
    cleanDirectiveText(lines.join("\n")).paragraphs.map((p) => p.text);

  it.each([
    [
      "a sentence broken across lines stays one paragraph",
      ["1. Bộ Nội vụ chủ trì rà soát các văn bản", "quy phạm pháp luật có liên quan."],
      ["1. Bộ Nội vụ chủ trì rà soát các văn bản quy phạm pháp luật có liên quan."],
    ],
    [
      "items on single line breaks are separate paragraphs",
      ["1. Bộ Nội vụ rà soát.", "2. Bộ Tài chính bố trí kinh phí.", "a) Hướng dẫn địa phương;"],
      ["1. Bộ Nội vụ rà soát.", "2. Bộ Tài chính bố trí kinh phí.", "a) Hướng dẫn địa phương;"],
    ],
    [
      "a dash after a closed line opens an item, a wrapped '- xã hội' does not",
      [
        "Các bộ, ngành:",
        "- Rà soát chính sách kinh tế",
        "- xã hội của địa phương;",
        "+ Báo cáo kết quả.",
      ],
      [
        "Các bộ, ngành:",
        "- Rà soát chính sách kinh tế - xã hội của địa phương;",
        "+ Báo cáo kết quả.",
      ],
    ],
    [
      "a '|' line separates table cells",
      ["Số: 12/CT-UBND", "|", "ỦY BAN NHÂN DÂN", "|", "Bộ Tài chính", "|"],
      ["Số: 12/CT-UBND", "ỦY BAN NHÂN DÂN", "Bộ Tài chính"],
    ],
    [
      "a title in capitals gives way to running text",
      ["CHỈ THỊ", "VỀ TĂNG CƯỜNG QUẢN LÝ", "Nước là nguồn tài nguyên"],
      ["CHỈ THỊ VỀ TĂNG CƯỜNG QUẢN LÝ", "Nước là nguồn tài nguyên"],
    ],
    [
      "a capital after a closed sentence opens a paragraph",
      ["Tình hình đã ổn định.", "Thủ tướng yêu cầu:"],
      ["Tình hình đã ổn định.", "Thủ tướng yêu cầu:"],
    ],
    ["a number split from its label stays with it", ["Số:", "2820/QĐ-UBND"], ["Số: 2820/QĐ-UBND"]],
  ])("%s", (_name, lines, want) => {
    expect(paragraphsOf(lines)).toEqual(want);
  });
});
