import { EXTRACTION_WARNING_LABELS } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { previewImport } from "./import.js";

const HEADER = "BỘ CHÍNH TRỊ\n*\nSố 997-KL/TW\n\nHà Nội, ngày 20 tháng 10 năm 2025\n\nKẾT LUẬN\n\n";

describe("Nhập từ văn bản: the preview is core's review of each task", () => {
  const preview = previewImport(
    `${HEADER}1. Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo nghị định, trình Chính phủ trước ngày 15/11/2025.\n` +
      "2. Tiếp tục rà soát, hoàn thiện thể chế về phân cấp, phân quyền trước ngày 15/11/2025.\n" +
      "3. Giao Bộ Tài chính chủ trì xây dựng đề án, trình trong tháng 11/2025, báo cáo kết quả trước ngày 31/12/2025.\n",
  );
  const byRef = (ref: string) => preview.items.find((item) => item.review.ref === ref)?.review;

  it.each([
    ["1", "Bộ Tư pháp", "trước ngày 15/11/2025", "trước 15/11/2025", []],
    ["2", "", "trước ngày 15/11/2025", "trước 15/11/2025", ["no_lead"]],
    ["3", "Bộ Tài chính", "trong tháng 11/2025", "30/11/2025", ["multiple_deadlines"]],
  ])("item %s: lead %j, deadline words %j, due %j, doubts %j", (ref, lead, words, due, doubts) => {
    const review = byRef(ref);
    expect(review).toMatchObject({ lead, deadlineWords: words, dueText: due });
    expect(review?.doubts.map((d) => d.code)).toEqual(doubts);
    expect(review?.text).toMatch(/^(Giao|Tiếp tục)/);
  });

  it("the doubts carry core's Vietnamese reasons and the field they mark", () => {
    expect(byRef("2")?.doubts).toEqual([
      { code: "no_lead", field: "lead", label: "Chưa tìm thấy cơ quan chủ trì" },
    ]);
  });

  it("every warning is a note in core's words, with its item", () => {
    expect(
      preview.notes.some((n) => n.startsWith(`[2] ${EXTRACTION_WARNING_LABELS.no_subject}`)),
    ).toBe(true);
    expect(preview.notes.every((note) => !/\d{4}-\d{2}-\d{2}/.test(note))).toBe(true);
  });

  it("without the document's date a due is not counted, and the note says why", () => {
    const undated = previewImport(
      "KẾT LUẬN\n\n1. Giao Bộ Nội vụ chủ trì tổng hợp, báo cáo trước ngày 20 hằng tháng.\n",
    );
    expect(undated.items[0]?.review.doubts.map((d) => d.code)).toContain("no_reference_date");
    expect(undated.notes.join("\n")).toContain(EXTRACTION_WARNING_LABELS.document_date_missing);
  });
});
