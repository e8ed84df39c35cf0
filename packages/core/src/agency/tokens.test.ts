import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

describe("tokenize", () => {
  it.each([
    ["các tỉnh ủy, thành ủy", [false, true, true, true, true]],
    ["Bộ Y tế.Bộ Nội vụ", [false, true, true, false, true, true]],
    ["Bộ Y tế; Bộ Nội vụ", [false, true, true, false, true, true]],
    ["Bộ  Y\ttế - Bộ / Sở & Ban", [false, true, true, true, true, true]],
    ["Bộ (Y tế)", [false, false, true]],
  ])("tells which words of %j a name may run across", (text, joins) => {
    expect(tokenize(text).map((t) => t.joinsPrevious)).toEqual(joins);
  });
});
