import { describe, expect, it } from "vitest";
import { STATUS_LABELS } from "../status/labels.js";
import { TRACKING_SHEET, columnIndex } from "./columns.js";
import { columnLetter } from "./excel-date.js";
import { highlightRules, listsSheetRows, validationRules } from "./layout.js";

describe("tracking layout", () => {
  it("every drop-down points at its own list's cells on the lists sheet, title row excluded", () => {
    const rows = listsSheetRows();
    for (const rule of validationRules()) {
      const m = /^'(.+)'!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)$/.exec(rule.source);
      expect(m?.[1]).toBe(TRACKING_SHEET.listsSheetName);
      const col = (m?.[2] ?? "A").charCodeAt(0) - 65;
      const listed = rows.slice(Number(m?.[3]) - 1, Number(m?.[5])).map((r) => r[col]);
      expect(listed).toEqual(TRACKING_SHEET.validationLists[rule.list]);
    }
  });

  it("only the list-typed columns refuse other values (agency cells hold several names)", () => {
    const strict = validationRules()
      .filter((r) => r.strict)
      .map((r) => r.column);
    expect(strict.sort()).toEqual([columnIndex("deadlineKind"), columnIndex("status")].sort());
  });

  it("highlights overdue rows by the status column's own label", () => {
    const status = columnLetter(columnIndex("status"));
    expect(highlightRules(TRACKING_SHEET, 2)[0]?.formula).toBe(
      `$${status}2="${STATUS_LABELS.open_overdue}"`,
    );
  });
});
