import { describe, expect, it } from "vitest";
import { SHEET_COLUMNS } from "./columns.js";
import { matchHeaders, rowFromCells } from "./headers.js";

describe("matchHeaders", () => {
  it("finds every column of the layout's own header row", () => {
    const match = matchHeaders(SHEET_COLUMNS.map((c) => c.header));
    expect(match.missing).toEqual([]);
    expect(match.extra).toEqual([]);
    expect(match.positions.warnings).toBe(SHEET_COLUMNS.length - 1);
  });

  it("finds moved columns whatever their case, spacing or normal form, and keeps the user's own", () => {
    const match = matchHeaders([
      "Ghi chú riêng",
      " NỘI DUNG  NHIỆM VỤ ",
      "Mã nhiệm vụ".normalize("NFD"),
      null,
      "ngày văn bản",
      "Thời hạn (nguyên văn)",
    ]);
    expect(match.positions).toEqual({ text: 1, code: 2, documentDate: 4, deadlineText: 5 });
    expect(match.extra).toEqual(["Ghi chú riêng"]);
    expect(match.missing).toEqual([]);
  });

  it("reports the required columns a sheet of another layout lacks", () => {
    expect(matchHeaders(["STT", "Nội dung nhiệm vụ"]).missing).toEqual([
      "code",
      "documentDate",
      "deadlineText",
    ]);
  });
});

describe("rowFromCells", () => {
  it("reads cells by the positions found", () => {
    const { positions } = matchHeaders(["Nội dung nhiệm vụ", "Mã nhiệm vụ"]);
    expect(rowFromCells(["Rà soát", "X#1"], positions)).toEqual({ text: "Rà soát", code: "X#1" });
    expect(rowFromCells(["Rà soát"], positions)).toEqual({ text: "Rà soát", code: null });
  });
});
