import { describe, expect, it } from "vitest";
import { excerptOf } from "./warnings.js";

describe("excerptOf", () => {
  it.each([
    ["Bộ Y tế rà soát", "Bộ Y tế rà soát"],
    ["  Bộ Y tế rà soát. ", "Bộ Y tế rà soát."],
    ["Bộ Y tế\nrà soát", "Bộ Y tế rà soát"],
    ["Bộ Y tế\trà soát", "Bộ Y tế rà soát"],
    ["Bộ Y tế\u00a0rà soát", "Bộ Y tế rà soát"],
    ["Bộ Y tế  \n  rà soát", "Bộ Y tế rà soát"],
  ])("puts one space for every run of white space in %j", (text, excerpt) => {
    expect(excerptOf(text)).toBe(excerpt);
  });

  it("cuts a long text on a word, flattened first", () => {
    expect(excerptOf("Bộ Y tế\n\nrà soát quy định", 14)).toBe("Bộ Y tế rà…");
  });
});
