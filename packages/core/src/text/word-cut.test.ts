import { describe, expect, it } from "vitest";
import { headOnWord } from "./word-cut.js";

describe("headOnWord", () => {
  it.each([
    // the last space before the limit
    ["Bộ Tài chính chủ trì", 10, "Bộ Tài"],
    // a space in the first half would leave too little: cut at the limit
    ["Bộ Kếhoạchvàđầutư", 10, "Bộ Kếhoạch"],
    // the limit falls on a space: the words before it
    ["Sở Y tế báo cáo", 7, "Sở Y tế"],
  ])("%s (%i) → %s", (text, limit, head) => {
    expect(headOnWord(text, limit)).toBe(head);
  });
});
