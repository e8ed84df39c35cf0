import { describe, expect, it } from "vitest";
import { defaultAgencyRegistry } from "../agency/registry.js";
import { extractDirective } from "./extract.js";
import { columnOf, findTaskTables } from "./table.js";
import { agenciesOfCell, deadlineOfCell } from "./table-cells.js";

/** A table flattened as web pages do: one cell per line, "|" between cells, "|" "|" between rows. */
const flat = (rows: string[][]) => [
  "|",
  ...rows
    .map((r) => r.join("\n|\n"))
    .join("\n|\n|\n")
    .split("\n"),
  "|",
];

const HEADER = [
  "**TT**",
  "**Nhiệm vụ**",
  "**Cơ quan chủ trì**",
  "**Cơ quan phối hợp**",
  "**Thời gian hoàn thành**",
  "**Sản phẩm**",
];

describe("task tables", () => {
  it.each([
    ["STT", "number"],
    ["Nội dung thực hiện", "task"],
    ["Tên đề án ưu tiên", "task"],
    ["Cơ quan chủ trì", "lead"],
    ["Đơn vị thực hiện", "lead"],
    ["Cơ quan phối hợp", "coordinating"],
    ["Thời gian dự kiến hoàn thành", "deadline"],
    ["Kết quả dự kiến", "other"],
  ])("a header cell %j names the %s column", (cell, column) => {
    expect(columnOf(cell)).toBe(column);
  });

  it("reads each row under the header, with its section, lead, partners and deadline", () => {
    const lines = flat([
      HEADER,
      ["**I**", "**Hoàn thiện thể chế**"],
      [
        "1",
        "Rà soát quy định về",
        "quy hoạch.",
        "Sở Tài chính",
        "Các sở, ngành",
        "Quý IV/2025",
        "Báo cáo",
      ],
    ]);
    // The task cell spans two lines: join them back.
    const cellLines = lines
      .join("\n")
      .replace("Rà soát quy định về\n|\nquy hoạch.", "Rà soát quy định về\nquy hoạch.")
      .split("\n");
    const { rows, consumed } = findTaskTables(cellLines);
    expect(rows).toEqual([
      {
        section: "I",
        number: "1",
        task: "Rà soát quy định về quy hoạch.",
        lead: "Sở Tài chính",
        coordinating: "Các sở, ngành",
        deadline: "Quý IV/2025",
        line: expect.any(Number),
      },
    ]);
    expect(consumed.size).toBeGreaterThan(10);
  });

  it("joins a row cut by an empty middle cell and keeps continuation rows as tasks", () => {
    const lines = flat([
      HEADER,
      ["1", "Xây dựng phần mềm", "Sở Tài chính"],
      ["Năm 2026", "Phần mềm"],
      ["2", "Lập đề án", "Sở Y tế", "Sở Tài chính", "2030"],
      ["Ủy ban nhân dân các tỉnh", "Các cơ quan báo chí"],
    ]);
    const { rows } = findTaskTables(lines, (cell) => /^(?:Ủy ban|Sở|Bộ)/u.test(cell));
    expect(rows.map((r) => [r.number, r.task, r.lead, r.coordinating, r.deadline])).toEqual([
      ["1", "Xây dựng phần mềm", "Sở Tài chính", "", "Năm 2026"],
      ["2", "Lập đề án", "Sở Y tế", "Sở Tài chính", "2030"],
      [
        null,
        "Ủy ban nhân dân các tỉnh Các cơ quan báo chí",
        "Ủy ban nhân dân các tỉnh",
        "Các cơ quan báo chí",
        "2030",
      ],
    ]);
  });

  it("does not take a caption run into the header row for a column", () => {
    const lines = [
      "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH (Kèm theo Kế hoạch số 980/KH-UBND ngày 18 tháng 11 năm 2025)",
      ...flat([
        HEADER,
        ["1", "Tổ chức lại Ban Chỉ huy", "Sở Nội vụ", "Các sở", "2025", "Quyết định"],
      ]),
    ];
    const { rows } = findTaskTables(lines);
    expect(rows.map((r) => [r.task, r.lead, r.deadline])).toEqual([
      ["Tổ chức lại Ban Chỉ huy", "Sở Nội vụ", "2025"],
    ]);
  });

  it("ignores a table without task and lead columns (the header block of a page)", () => {
    expect(
      findTaskTables(flat([["Số: 12/KH-UBND", "Hà Nội, ngày 2 tháng 3 năm 2025"]])).rows,
    ).toEqual([]);
  });

  it.each([
    ["2025", "2025-12-31"],
    ["Năm 2025 - 2026", "2026-12-31"],
    ["Quý IV/2025", "2025-12-31"],
    ["Trước ngày 30/11/2025", "2025-11-30"],
  ])("a time cell %j is due %s", (cell, due) => {
    const d = deadlineOfCell(cell, "2025-11-19");
    expect(d && (d.kind === "date" || d.kind === "event") ? d.date : null).toBe(due);
  });

  it("writes UBND out and keeps a comma group as one body", () => {
    const names = agenciesOfCell("Bộ CHQS tỉnh; UBND cấp xã", defaultAgencyRegistry()).map(
      (a) => a.name,
    );
    expect(names).toEqual(["Bộ CHQS tỉnh", "Ủy ban nhân dân cấp xã"]);
  });

  it("makes each row a task in extraction, after the body's items", () => {
    const text = [
      "1. Giao Sở Tài chính chủ trì triển khai Kế hoạch.",
      "",
      "PHỤ LỤC",
      ...flat([
        HEADER,
        ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Tài chính", "Quý IV/2025", "Báo cáo"],
      ]),
    ].join("\n");
    const r = extractDirective(text, { documentDate: "2025-11-19" });
    const row = r.tasks.find((t) => t.text === "Rà soát quy hoạch");
    expect(row?.lead.map((a) => a.name)).toEqual(["Sở Xây dựng"]);
    expect(row?.originalDue).toBe("2025-12-31");
    expect(r.tasks.some((t) => /Cơ quan chủ trì/u.test(t.text))).toBe(false);
  });
});
