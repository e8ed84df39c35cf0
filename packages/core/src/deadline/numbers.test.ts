import { describe, expect, it } from "vitest";
import { numberInWords } from "./numbers.js";

describe("numbers written in words", () => {
  it.each<[string, number | null]>([
    ["một", 1],
    ["tám", 8],
    ["mười", 10],
    ["mười lăm", 15],
    ["mười một", 11],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["hai mươi tư", 24],
    ["ba mươi lăm", 35],
    ["chín mươi chín", 99],
    ["lăm", null],
    ["một mươi", null],
    ["mươi", null],
  ])("%s is %s", (words, value) => expect(numberInWords(words)).toBe(value));
});
