import { describe, expect, it } from "vitest";
import { SHEET_COLUMNS, TRACKING_SHEET } from "./columns.js";

describe("TRACKING_SHEET", () => {
  it("has unique keys and headers, in NFC", () => {
    expect(new Set(SHEET_COLUMNS.map((c) => c.key)).size).toBe(SHEET_COLUMNS.length);
    expect(new Set(SHEET_COLUMNS.map((c) => c.header)).size).toBe(SHEET_COLUMNS.length);
    for (const c of SHEET_COLUMNS) expect(c.header).toBe(c.header.normalize("NFC"));
  });

  it("matches rows by a hidden task-code key column", () => {
    const keys = SHEET_COLUMNS.filter((c) => c.kind === "key");
    expect(keys.map((c) => [c.key, c.header, c.hidden])).toEqual([["code", "Mã nhiệm vụ", true]]);
  });

  it('formats text as text ("@") so Excel never makes "9/2025" a date or "=…" a formula', () => {
    for (const c of SHEET_COLUMNS.filter((c) => c.type === "text" || c.type === "list")) {
      expect(c.numFmt, c.key).toBe("@");
    }
    for (const c of SHEET_COLUMNS.filter((c) => c.type === "date")) {
      expect(c.numFmt, c.key).toBe("dd/mm/yyyy");
    }
  });

  it("leaves the officer's columns to the officer and computes the rest", () => {
    const by = (kind: string) => SHEET_COLUMNS.filter((c) => c.kind === kind).map((c) => c.header);
    expect(by("computed")).toEqual([
      "Loại thời hạn",
      "Hạn ban đầu",
      "Hạn hiện tại",
      "Tình trạng",
      "Số ngày quá hạn",
      "Cảnh báo",
    ]);
    expect(by("user")).toContain("Thời hạn (nguyên văn)");
    expect(by("user")).toContain("Hạn gia hạn");
    expect(by("user")).toContain("Ngày hoàn thành");
  });

  it("has a valid Excel sheet name and table name", () => {
    expect(TRACKING_SHEET.sheetName.length).toBeLessThanOrEqual(31);
    expect(TRACKING_SHEET.sheetName).not.toMatch(/[/\\:*?[\]]/);
    expect(TRACKING_SHEET.listsSheetName).not.toMatch(/[/\\:*?[\]]/);
    expect(TRACKING_SHEET.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it("offers validation lists of statuses, deadline kinds and registry agencies", () => {
    const lists = TRACKING_SHEET.validationLists;
    expect(lists.statuses).toEqual([
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Chưa hoàn thành - trong hạn",
      "Chưa hoàn thành - quá hạn",
      "Không thời hạn",
    ]);
    expect(lists.deadlineKinds).toHaveLength(7);
    expect(lists.deadlineKinds).toContain("Không xác định");
    expect(lists.agencies).toContain("Đảng ủy Bộ Nội vụ");
    expect(lists.agencies).toContain("các tỉnh ủy, thành ủy");
    for (const c of SHEET_COLUMNS)
      if (c.list) expect(lists[c.list].length, c.key).toBeGreaterThan(0);
  });
});
