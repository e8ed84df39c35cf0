import { describe, expect, it } from "vitest";
import { extractDirective } from "../extract/extract.js";
import type { ExtractionWarning } from "../extract/warnings.js";
import { describeExtractionWarning } from "./describe-warning.js";
import { shortenText } from "./shorten.js";
import { reviewTask, type ReviewDoubtCode } from "./task-review.js";
import { viDatesIn } from "./vi-dates.js";

const HEADER = "BỘ CHÍNH TRỊ\n*\nSố 997-KL/TW\n\nHà Nội, ngày 20 tháng 10 năm 2025\n\nKẾT LUẬN\n\n";

/** The doubts of the first task of a one-item directive. */
function doubtsOf(item: string, header = HEADER): ReviewDoubtCode[] {
  const result = extractDirective(`${header}1. ${item}\n`);
  const task = result.tasks[0];
  if (!task) throw new Error(`no task in ${item}`);
  return reviewTask(task, result.warnings).doubts.map((d) => d.code);
}

describe("reviewTask: what is uncertain in a reading", () => {
  it.each<[string, string, ReviewDoubtCode[]]>([
    [
      "a named lead and a written date: nothing to check",
      "Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo nghị định, trình Chính phủ trước ngày 15/11/2025.",
      [],
    ],
    [
      "no body to act",
      "Tiếp tục rà soát, hoàn thiện thể chế về phân cấp, phân quyền trước ngày 15/11/2025.",
      ["no_lead"],
    ],
    [
      "two different deadlines",
      "Giao Bộ Tài chính chủ trì xây dựng đề án, trình trong tháng 11/2025, báo cáo kết quả trước ngày 31/12/2025.",
      ["multiple_deadlines"],
    ],
  ])("%s", (_name, item, expected) => {
    expect(doubtsOf(item)).toEqual(expected);
  });

  it("a deadline without the document's date cannot be counted", () => {
    const doubts = doubtsOf(
      "Giao Bộ Nội vụ chủ trì tổng hợp, báo cáo trước ngày 20 hằng tháng.",
      "KẾT LUẬN\n\n",
    );
    expect(doubts).toContain("no_reference_date");
  });

  it("lead doubts come first and each doubt says which field it marks", () => {
    const result = extractDirective(
      `${HEADER}1. Tiếp tục rà soát thể chế, trình trong tháng 11/2025, báo cáo trước ngày 31/12/2025.\n`,
    );
    const task = result.tasks[0];
    if (!task) throw new Error("no task");
    const review = reviewTask(task, result.warnings);
    expect(review.doubts[0]).toMatchObject({ code: "no_lead", field: "lead" });
    expect(review.doubts.slice(1).every((d) => d.field === "deadline")).toBe(true);
    expect(review.lead).toBe("");
    expect(review.dueText).toMatch(/^(trước )?\d{2}\/\d{2}\/\d{4}$/);
  });

  it("shows the due as dd/mm/yyyy with its bound", () => {
    const result = extractDirective(
      `${HEADER}1. Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo, trình Chính phủ trước ngày 15/11/2025.\n`,
    );
    const task = result.tasks[0];
    if (!task) throw new Error("no task");
    const review = reviewTask(task, result.warnings);
    expect(review).toMatchObject({
      lead: "Bộ Tư pháp",
      deadlineWords: "trước ngày 15/11/2025",
      due: "2025-11-15",
      dueText: "trước 15/11/2025",
    });
  });
});

describe("shortenText", () => {
  it.each([
    ["Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo", 20, "Giao Bộ Tư pháp chủ…"],
    ["ngắn", 20, "ngắn"],
    ["  nhiều\n\n  khoảng   trắng ", 40, "nhiều khoảng trắng"],
    ["Bộ Tài chính, Bộ Nội vụ, Bộ Tư pháp", 14, "Bộ Tài chính…"],
    ["một-từ-rất-dài-không-có-khoảng-trắng", 10, "một-từ-rấ…"],
  ])("%j at %i → %j", (text, max, expected) => {
    const short = shortenText(text, max);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(max);
  });

  it("NFD text is measured and cut as NFC", () => {
    expect(shortenText("Bộ Tư pháp chủ trì".normalize("NFD"), 12)).toBe("Bộ Tư pháp…");
  });
});

describe("dates in messages are dd/mm/yyyy", () => {
  it.each([
    ["2025-07-04 ≠ 2025-07-14", "04/07/2025 ≠ 14/07/2025"],
    ["số 12025-07-041", "số 12025-07-041"],
    ["không có ngày", "không có ngày"],
  ])("%j → %j", (text, expected) => {
    expect(viDatesIn(text)).toBe(expected);
  });

  it.each<[ExtractionWarning, string]>([
    [
      {
        code: "reference_date_conflict",
        ref: "",
        excerpt: "183-KL/TW",
        detail: "2025-08-01 ≠ 2025-08-10",
      },
      "Văn bản được dẫn mang hai ngày khác nhau: 01/08/2025 ≠ 10/08/2025",
    ],
    [
      { code: "skipped_no_action", ref: "2", excerpt: "…", detail: "purpose_block" },
      "Bỏ qua: đoạn không giao việc: phần mục đích, yêu cầu, quan điểm",
    ],
    [
      { code: "document_year_inferred", ref: "", excerpt: "…", detail: "2025" },
      "Ngày văn bản không ghi năm, đã suy ra năm: năm 2025",
    ],
  ])("%j", (warning, expected) => {
    expect(describeExtractionWarning(warning)).toBe(expected);
  });
});
