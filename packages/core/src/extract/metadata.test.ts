import { describe, expect, it } from "vitest";
import { extractDirective } from "./extract.js";

// Headers written for these rules (not corpus rows): where the document's own
// date sits when a copy flattens the header's two columns.
const BODY = "\n\n1. Bộ Tài chính rà soát các khoản chi trước ngày 30/9/2025.\n";
const dateOf = (text: string) => extractDirective(text + BODY).document.date;

describe("the place-and-date line of the header", () => {
  it.each<[string, string, string | null]>([
    [
      "its own block",
      "BỘ NỘI VỤ\n\nSố: 12/CT-BNV\n\nHà Nội, ngày 05 tháng 9 năm 2025",
      "2025-09-05",
    ],
    [
      "below the number line, one line break",
      "Số: 12/CT-BNV\nHà Nội, ngày 05 tháng 9 năm 2025",
      "2025-09-05",
    ],
    [
      "beside the number on one line",
      "Số: 12/CT-TTg Hà Nội, ngày 5 tháng 9 năm 2025",
      "2025-09-05",
    ],
    ["in a table cell", "| Số: 45/KH-UBND | Gia Lai, ngày 20 tháng 10 năm 2025 |", "2025-10-20"],
    ["broken after 'ngày DD'", "Số: 12/CT-BNV\nHà Nội, ngày 05\ntháng 9 năm 2025", "2025-09-05"],
    [
      "below the issuer",
      "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nĐà Lạt, ngày 3 tháng 2 năm 2025",
      "2025-02-03",
    ],
    ["none: no date, nothing made up", "Số: 12/CT-BNV\nCHỈ THỊ", null],
  ])("%s", (_label, header, want) => {
    expect(dateOf(header)).toBe(want);
  });
});

describe("a news copy without the header: the document it says was issued", () => {
  const lead = (sentence: string) => extractDirective(`# Tin\n\n${sentence}` + BODY).document;
  it.each<[string, string, string | null]>([
    [
      "vừa ban hành … số … ngày …",
      "Văn phòng Chính phủ vừa ban hành Thông báo số 301/TB-VPCP ngày 12/6/2025 kết luận của Phó Thủ tướng.",
      "2025-06-12",
    ],
    [
      "vừa có … số … ngày …",
      "Văn phòng Chính phủ vừa có Thông báo số 302/TB-VPCP ngày 9/6/2025 kết luận của Thường trực Chính phủ.",
      "2025-06-09",
    ],
    // A cited document's date is not the copy's own.
    [
      "a document cited, not issued",
      "Tại văn bản số 17000-CV/VPTW ngày 28 tháng 8 năm 2025 của Văn phòng Trung ương, đề nghị các cơ quan triển khai.",
      null,
    ],
    [
      "a resolution reviewed",
      "Hội nghị về tổng kết Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
      null,
    ],
  ])("%s", (_label, sentence, want) => {
    expect(lead(sentence).date).toBe(want);
  });
});
