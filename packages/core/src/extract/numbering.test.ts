import { describe, expect, it } from "vitest";
import { leadingMarker, markerLabel, romanValue, splitInline } from "./numbering.js";

describe("item markers", () => {
  it.each([
    ["1. Giao …", "arabic", 1, "1"],
    ["11. Giao …", "arabic", 11, "11"],
    ["[4] Yêu cầu …", "bracket", 4, "4"],
    ["a) Tiếp tục …", "letter", 1, "a"],
    ["đ) Khẩn trương …", "letter", 5, "đ"],
    ["h) Các bộ …", "letter", 8, "h"],
    ["(iv) Tiếp tục …", "roman", 4, "iv"],
    ["(viii) Ưu tiên …", "roman", 8, "viii"],
    ["(3) Chủ trì …", "paren", 3, "3"],
  ])("%s opens item %s %i", (text, style, value, label) => {
    expect(leadingMarker(text)?.marker).toEqual({ style, value, label });
  });

  it.each(["1.5 triệu", "f) không dùng", "(nếu có) …", "(iiv) sai", "Số 322 - CV/ĐU", "2025. Năm"])(
    "%s opens no item",
    (text) => {
      expect(leadingMarker(text)).toBeNull();
    },
  );

  it("Roman numerals up to xxxix, and labels back", () => {
    expect([romanValue("i"), romanValue("iv"), romanValue("ix"), romanValue("xii")]).toEqual([
      1, 4, 9, 12,
    ]);
    expect(romanValue("vv")).toBeNull();
    expect([markerLabel("letter", 5), markerLabel("letter", 6), markerLabel("roman", 7)]).toEqual([
      "đ",
      "e",
      "vii",
    ]);
  });
});

describe("inline lists", () => {
  const labels = (text: string) => splitInline(text).map((p) => p.marker?.label ?? "-");

  it("splits (i) (ii) (iii) after a colon, in order only", () => {
    expect(
      labels("5. Đảng uỷ Chính phủ chỉ đạo: (i) Bộ A làm X. (ii) Bộ B làm Y (v) Z. (iii) Bộ C."),
    ).toEqual(["5", "i", "ii", "iii"]);
  });

  it("splits (1); (2); (3) and continues the paragraph's own list ('2. …; 3. …')", () => {
    expect(labels("c) Các bộ: (1) Rà soát A; (2) Rà soát B; (3) Tập trung C.")).toEqual([
      "c",
      "1",
      "2",
      "3",
    ]);
    expect(labels("2. Rà soát các cơ quan báo chí; 3. Hoàn thiện mô hình.")).toEqual(["2", "3"]);
  });

  it.each([
    ["1. Giao Bộ Y tế: a) Rà soát quy định. b) Báo cáo Chính phủ.", ["1", "a", "b"]],
    ["2. Rà soát các cơ quan báo chí. 3. Hoàn thiện mô hình.", ["2", "3"]],
    ["Giao Bộ Y tế: (1) Rà soát, (2) Báo cáo.", ["-", "1", "2"]],
    ["Giao Bộ Y tế: (i) Rà soát, (ii) Báo cáo.", ["-", "i", "ii"]],
  ])("splits %j with only the marks its list is written with", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it("leaves parentheses that are not a list alone", () => {
    expect(labels("1. Giao Bộ Y tế rà soát (nếu có), báo cáo (ii) kết quả.")).toEqual(["1"]);
  });
});

describe("markers of every numbering style", () => {
  it.each([
    ["- Rà soát …", "dash", 1, "1"],
    ["+ Kiểm tra …", "plus", 1, "1"],
    ["III. NHIỆM VỤ", "upper", 3, "III"],
    ["1.2 Hoàn thiện …", "decimal", 2, "1.2"],
    ["Điều 2. Tổ chức thực hiện", "article", 2, "Điều 2"],
    ["3.Giao Bộ Tài chính …", "arabic", 3, "3"],
    ["120. Bộ Y tế …", "arabic", 120, "120"],
  ])("%s opens item %s %i", (text, style, value, label) => {
    expect(leadingMarker(text)?.marker).toEqual({ style, value, label });
  });

  it.each(["-5% so với cùng kỳ", "2025. Năm", "1.5 triệu đồng", "kinh tế - xã hội"])(
    "%s opens no item",
    (text) => {
      expect(leadingMarker(text)).toBeNull();
    },
  );
});
