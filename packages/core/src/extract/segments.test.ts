import { describe, expect, it } from "vitest";
import { splitSentences } from "./segments.js";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    ["Giao A làm X. Giao B làm Y.", ["Giao A làm X.", "Giao B làm Y."]],
    ["Khẩn trương! Giao B làm Y.", ["Khẩn trương!", "Giao B làm Y."]],
    ["Vì sao? Giao B làm Y.", ["Vì sao?", "Giao B làm Y."]],
    ["Các việc… Giao B làm Y.", ["Các việc…", "Giao B làm Y."]],
    ["Giao A làm X. (Giao B làm Y.)", ["Giao A làm X.", "(Giao B làm Y.)"]],
    ["Giao A làm X, báo cáo trước 15.12. giao B", ["Giao A làm X, báo cáo trước 15.12. giao B"]],
    ["Các loại hình... Giao B làm Y.", ["Các loại hình... Giao B làm Y."]],
    ["Giao A (xem mục 2. Nội dung) làm X.", ["Giao A (xem mục 2. Nội dung) làm X."]],
    ["Giao A làm X; Giao B làm Y", ["Giao A làm X; Giao B làm Y"]],
  ])("splits %j into its sentences", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
