import type { Task } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import {
  buildReportHeader,
  numberLine,
  PLACEHOLDER,
  reportForm,
  reportRecipients,
  type HeaderFacts,
} from "./header.js";

const facts = (unit: string, regimeId = "nd09", asOf = "2025-12-14"): HeaderFacts => ({
  unit,
  regimeId,
  regimeName: "Chế độ báo cáo định kỳ theo Nghị định số 09/2019/NĐ-CP",
  period: { label: "Tháng 12/2025", from: "2025-11-15", to: asOf, reportDue: "2025-12-15" },
  asOf,
  figures: {
    total: 16_274,
    completed: 16_051,
    overdue: 223,
    rateOfDue: 98.62,
    rateOfAssigned: 98.62,
  },
});

describe("the form follows the reporting unit", () => {
  it.each([
    ["Bộ Nội vụ", "dang", "state"],
    ["Ủy ban nhân dân tỉnh Quảng Ninh", "dang", "state"],
    ["Đảng ủy Bộ Nội vụ", "nd09", "party"],
    ["Tỉnh ủy Nghệ An", "nd09", "party"],
    // Neither: the regime decides.
    ["Hội Chữ thập đỏ Việt Nam", "dang", "party"],
    ["Hội Chữ thập đỏ Việt Nam", "nd09", "state"],
  ])("%s under %s reports in the %s form", (unit, regime, form) => {
    expect(reportForm(unit, regime)).toBe(form);
  });

  it("is overridden by the option", () => {
    expect(buildReportHeader(facts("Bộ Nội vụ"), { form: "party" }).partyLine).toBe(
      "ĐẢNG CỘNG SẢN VIỆT NAM",
    );
  });
});

describe("buildReportHeader", () => {
  it("writes a State body's header as Nghị định 30/2020 prescribes", () => {
    const h = buildReportHeader(facts("Bộ Nội vụ"), { number: "123", reportDate: "2025-12-16" });
    expect(h).toMatchObject({
      form: "state",
      issuingBody: "BỘ NỘI VỤ",
      issuingMark: "",
      partyLine: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      numberLine: "Số: 123/BC-BNV",
      placeDateLine: "Hà Nội, ngày 16 tháng 12 năm 2025",
      docType: "BÁO CÁO",
      recipients: ["Lưu: VT"],
      signer: { authority: "", position: PLACEHOLDER, name: PLACEHOLDER },
    });
  });

  it("writes a Party committee's header as Hướng dẫn 36-HD/VPTW prescribes", () => {
    const h = buildReportHeader(facts("Đảng uỷ Chính phủ", "dang"), {
      recipients: ["Ban Tổ chức Trung ương"],
      signer: { position: "Phó Bí thư", name: "Nguyễn Văn A" },
    });
    expect(h).toMatchObject({
      form: "party",
      issuingBody: "ĐẢNG ỦY CHÍNH PHỦ",
      issuingMark: "*",
      partyLine: "ĐẢNG CỘNG SẢN VIỆT NAM",
      motto: "",
      recipients: ["Ban Tổ chức Trung ương", "Lưu Văn phòng Đảng ủy Chính phủ"],
      signer: { authority: "T/M BAN THƯỜNG VỤ", position: "PHÓ BÍ THƯ", name: "Nguyễn Văn A" },
    });
    expect(h.numberLine).toMatch(/^Số \s+-BC\/ĐUCP$/u);
  });

  it.each([
    // 14/12/2025 is a Sunday: a date derived from the cut-off rolls to Monday.
    ["2025-12-14", "Hà Nội, ngày 15 tháng 12 năm 2025"],
    // 20/12/2025 is a Saturday.
    ["2025-12-20", "Hà Nội, ngày 22 tháng 12 năm 2025"],
    ["2025-12-12", "Hà Nội, ngày 12 tháng 12 năm 2025"],
  ])("without a report date, a cut-off of %s dates the report %s", (asOf, line) => {
    expect(buildReportHeader(facts("Bộ Nội vụ", "nd09", asOf)).placeDateLine).toBe(line);
  });

  it("keeps a date the user gives, a weekend included", () => {
    expect(buildReportHeader(facts("Bộ Nội vụ"), { reportDate: "2025-12-13" }).placeDateLine).toBe(
      "Hà Nội, ngày 13 tháng 12 năm 2025",
    );
  });

  it("leaves a placeholder for the place of a body whose seat is not known", () => {
    const h = buildReportHeader(facts("Ủy ban nhân dân tỉnh Quảng Ninh"), {
      reportDate: "2025-12-15",
    });
    expect(h.placeDateLine).toBe(`${PLACEHOLDER}, ngày 15 tháng 12 năm 2025`);
    expect(
      buildReportHeader(facts("Ủy ban nhân dân tỉnh Quảng Ninh"), { place: "Hạ Long" })
        .placeDateLine,
    ).toMatch(/^Hạ Long, ngày/);
  });

  it("says the figures in Vietnamese style in the narrative", () => {
    const h = buildReportHeader(facts("Bộ Nội vụ"));
    expect(h.intro).toContain(
      "Tổng số 16.274 nhiệm vụ được giao; đã hoàn thành 16.051 nhiệm vụ, đạt 98,62%",
    );
    expect(h.intro).toMatch(
      /^Thực hiện chế độ báo cáo định kỳ theo Nghị định số 09\/2019\/NĐ-CP, Bộ Nội vụ báo cáo/,
    );
  });
});

describe("numberLine", () => {
  it.each([
    ["state", "Bộ Giáo dục và Đào tạo", "45", "Số: 45/BC-BGDĐT"],
    ["party", "Tỉnh ủy Nghệ An", "12", "Số 12-BC/TUNA"],
    ["party", "Văn phòng Trung ương Đảng", "7", "Số 7-BC/VPTW"],
  ] as const)("%s form of %s, number %s: %s", (form, unit, n, line) => {
    expect(numberLine(form, unit, n)).toBe(line);
  });
});

describe("reportRecipients", () => {
  const task = (names: string[]) =>
    ({ reportTo: names.map((name) => ({ id: null, name })) }) as unknown as Task;
  it("lists the bodies tasks report to once each, without the unit and its own organs", () => {
    const tasks = [
      task(["Ban Tổ chức Trung ương", "Đảng ủy Chính phủ"]),
      task([
        "Ban Thường vụ Đảng uỷ Chính phủ",
        "Ban Tổ chức Trung ương",
        "Văn phòng Trung ương Đảng",
      ]),
    ];
    expect(reportRecipients(tasks, "Đảng ủy Chính phủ")).toEqual([
      "Ban Tổ chức Trung ương",
      "Văn phòng Trung ương Đảng",
    ]);
  });
});
