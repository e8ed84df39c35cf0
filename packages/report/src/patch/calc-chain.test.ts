import { describe, expect, it } from "vitest";
import { removeFromCalcChain } from "./calc-chain.js";

const chain = (entries: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`;

describe("removeFromCalcChain: the entries of overwritten formula cells go, nothing else", () => {
  it.each<[string, string, string[], string | null]>([
    [
      "the cell's entry on its sheet is removed",
      `<c r="K2" i="1"/><c r="K3"/><c r="B2" i="2"/>`,
      ["K3"],
      `<c r="K2" i="1"/><c r="B2" i="2"/>`,
    ],
    [
      "an entry that inherited its sheet from a removed one gets it written",
      `<c r="K2" i="1"/><c r="K3"/><c r="B2" i="2"/>`,
      ["K2"],
      `<c r="K3" i="1"/><c r="B2" i="2"/>`,
    ],
    [
      "the same address on another sheet stays",
      `<c r="B2" i="2"/><c r="K2" i="1" l="1"/>`,
      ["B2", "K2"],
      `<c r="B2" i="2"/>`,
    ],
    ["nothing matched: the very same text", `<c r="A1" i="1"/>`, ["Z9"], `<c r="A1" i="1"/>`],
    ["no entry left: no chain", `<c r="K2" i="1"/><c r="K3"/>`, ["K2", "K3"], null],
  ])("%s", (_name, entries, refs, expected) => {
    const out = removeFromCalcChain(chain(entries), "1", new Set(refs));
    expect(out).toBe(expected === null ? null : chain(expected));
  });
});
