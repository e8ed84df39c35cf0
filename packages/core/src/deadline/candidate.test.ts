import { describe, expect, it } from "vitest";
import { flagList } from "./candidate.js";

describe("flagList", () => {
  it.each([
    [[], []],
    [[false, undefined], []],
    [["ambiguous"], ["ambiguous"]],
    [["ambiguous", "ambiguous", false], ["ambiguous"]],
    [
      ["no_reference_date", "year_inferred"],
      ["year_inferred", "no_reference_date"],
    ],
    [
      ["multiple_deadlines", "ambiguous", "multiple_deadlines"],
      ["ambiguous", "multiple_deadlines"],
    ],
  ] as const)("%j → %j", (flags, expected) => {
    expect(flagList(...flags)).toEqual(expected);
  });

  it("drops a word that is no flag, alone or not", () => {
    const stray = "soon" as never;
    expect(flagList(stray)).toEqual([]);
    expect(flagList(stray, "unparsed")).toEqual(["unparsed"]);
  });
});
