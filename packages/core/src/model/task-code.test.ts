import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeTaskCode, taskCode } from "./task-code.js";

describe("taskCode", () => {
  it("a bracketed item number [4] and the same item printed 4 give one code", () => {
    expect(taskCode("221-KL/TW@2025-11-28", "[4]")).toBe(taskCode("221-KL/TW@2025-11-28", "4"));
  });

  it("NFD and old-style tone marks in a reference give the NFC code", () => {
    const nfd = "322-CV/ĐU@2025-12-05".normalize("NFD");
    expect(taskCode(nfd, "2.đ".normalize("NFD"))).toBe("322-CV/ĐU@2025-12-05#2.đ");
  });

  it("gives each document its own code, in whatever order documents come", () => {
    const codes = [
      ["221 - KL/TW@2025-11-28", "1"],
      ["45-CT/TW@2025-04-14", "1"],
      ["221 - KL/TW@2025-11-28", "2"],
      ["45 - CT/TW@2025-04-14", "2"],
    ].map(([id = "", ref = ""]) => taskCode(id, ref));
    expect(codes).toEqual([
      "221-KL/TW@2025-11-28#1",
      "45-CT/TW@2025-04-14#1",
      "221-KL/TW@2025-11-28#2",
      "45-CT/TW@2025-04-14#2",
    ]);
  });

  it("keeps distinct items distinct: 1(1) is not 1.1, 4.a is not 4", () => {
    const id = "45-CT/TW@2025-04-14";
    expect(taskCode(id, "1(1)")).not.toBe(taskCode(id, "1.1"));
    expect(taskCode(id, "4.a")).not.toBe(taskCode(id, "4"));
  });

  it("normalising a code twice changes nothing, and old codes meet new ones", () => {
    expect(normalizeTaskCode("221-KL/TW@2025-11-28#[4]")).toBe("221-KL/TW@2025-11-28#4");
    fc.assert(
      fc.property(fc.string(), fc.string(), (id, ref) => {
        const once = normalizeTaskCode(`${id}#${ref}`);
        expect(normalizeTaskCode(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
