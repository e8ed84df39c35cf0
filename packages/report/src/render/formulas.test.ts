import { describe, expect, it } from "vitest";
import { columnRef, countIfs, countListMember, escapeWildcards, exact } from "./formulas.js";

describe("COUNTIFS builders", () => {
  const status = columnRef("Tất cả nhiệm vụ", "J");
  it("quotes the sheet name and fixes the column", () => {
    expect(status).toBe("'Tất cả nhiệm vụ'!$J:$J");
    expect(columnRef("Bob's", "A")).toBe("'Bob''s'!$A:$A");
  });
  it("matches a status label exactly", () => {
    expect(countIfs([exact(status, "Đã hoàn thành đúng hạn")])).toBe(
      `COUNTIFS('Tất cả nhiệm vụ'!$J:$J,"=Đã hoàn thành đúng hạn")`,
    );
  });
  it("escapes wildcards and quotes", () => {
    expect(escapeWildcards("a*b?c~")).toBe("a~*b~?c~~");
    expect(countIfs([exact("A:A", 'say "x"')])).toBe(`COUNTIFS(A:A,"=say ""x""")`);
  });
  it("refuses criteria Excel would reject", () => {
    expect(countIfs([exact("A:A", "x".repeat(300))])).toBeNull();
  });
  it("counts a member of a '; ' list under its four positions", () => {
    const f = countListMember("E:E", "Bộ Nội vụ", []);
    expect(f).toBe(
      [
        `COUNTIFS(E:E,"=Bộ Nội vụ")`,
        `COUNTIFS(E:E,"=Bộ Nội vụ; *")`,
        `COUNTIFS(E:E,"=*; Bộ Nội vụ")`,
        `COUNTIFS(E:E,"=*; Bộ Nội vụ; *")`,
      ].join("+"),
    );
  });
});
