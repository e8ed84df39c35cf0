import { describe, expect, it } from "vitest";
import { extractDirective, type ExtractionResult } from "./extract.js";

const D = "2025-08-29";
const run = (text: string) => extractDirective(text, { documentDate: D });
const refs = (r: ExtractionResult) => r.tasks.map((t) => t.ref);
const task = (r: ExtractionResult, ref: string) => {
  const t = r.tasks.find((x) => x.ref === ref);
  if (!t) throw new Error(`no task ${ref} in ${refs(r).join(", ")}`);
  return t;
};
const leadIds = (r: ExtractionResult, ref: string) => task(r, ref).lead.map((a) => a.id);
const codes = (r: ExtractionResult) => r.warnings.map((w) => `${w.code}@${w.ref}`);

describe("numbering styles", () => {
  it("reads 1. 2. 3. as top-level items", () => {
    const r = run(
      "Kết luận như sau:\n\n1. Giao Bộ Nội vụ rà soát.\n\n2. Giao Bộ Y tế rà soát.\n\n3. Giao Bộ Tư pháp rà soát.",
    );
    expect(refs(r)).toEqual(["1", "2", "3"]);
    expect(leadIds(r, "2")).toEqual(["bo-y-te"]);
  });

  it("reads [1]…[3] and keeps the brackets in the reference", () => {
    const r = run(
      "Kết luận như sau:\n\n[1] Giao Bộ Nội vụ rà soát.\n\n[2] Yêu cầu Bộ Công an báo cáo.",
    );
    expect(refs(r)).toEqual(["[1]", "[2]"]);
  });

  it("reads a) … h) in Vietnamese letter order, đ after d", () => {
    const letters = ["a", "b", "c", "d", "đ", "e", "g", "h"];
    const body = letters.map((l) => `${l}) Bộ Tài chính rà soát mục ${l}.`).join("\n\n");
    const r = run(`1. Các bộ thực hiện:\n\n${body}`);
    expect(refs(r)).toEqual(letters.map((l) => `1.${l}`));
  });

  it("reads a repeated 'd)' where 'đ' is missing as đ, and says so", () => {
    const r = run(
      "1. Các bộ thực hiện:\n\nc) Bộ Y tế làm A.\n\nd) Bộ Y tế làm B.\n\nd) Bộ Y tế làm C.\n\ne) Bộ Y tế làm D.",
    );
    expect(refs(r)).toEqual(["1.c", "1.d", "1.đ", "1.e"]);
    expect(codes(r)).toContain("numbering_corrected@1.đ");
  });

  it("splits inline (i) … (viii) into sub-items", () => {
    const romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
    const inline = romans.map((x) => `(${x}) Rà soát việc ${x}.`).join(" ");
    const r = run(`9. Yêu cầu ban thường vụ các tỉnh uỷ, thành uỷ tập trung thực hiện: ${inline}`);
    expect(refs(r)).toEqual(romans.map((x) => `9(${x})`));
    expect(leadIds(r, "9(viii)")).toEqual(["ban-thuong-vu-cac-tinh-uy-thanh-uy"]);
    expect(codes(r)).toContain("skipped_heading@9");
  });

  it("splits (1) (2) (3) under a letter item: 2.a(3)", () => {
    const r = run(
      "2. Đảng ủy các bộ, cơ quan thực hiện:\n\na) Bộ Nội vụ phối hợp với các bộ, ngành liên quan: (1) Hướng dẫn A; (2) Nghiên cứu B; (3) Chủ trì, phối hợp với Bộ Tài chính làm C trước ngày 31/8/2025.",
    );
    expect(refs(r)).toEqual(["2.a(1)", "2.a(2)", "2.a(3)"]);
    expect(leadIds(r, "2.a(3)")).toEqual(["bo-noi-vu"]);
    expect(task(r, "2.a(3)").coordinating.map((a) => a.id)).toEqual(["bo-tai-chinh"]);
    expect(task(r, "2.a(1)").coordinating.map((a) => a.id)).toEqual(["cac-bo-nganh"]);
    expect(task(r, "2.a(3)").originalDue).toBe("2025-08-31");
  });

  it("does not split at parentheses that are not markers", () => {
    const r = run("1. Giao Bộ Y tế rà soát (nếu có) và báo cáo (v) kết quả.");
    expect(refs(r)).toEqual(["1"]);
  });

  it("numbers unnumbered paragraphs ¶1, ¶2 … and a list a paragraph introduces", () => {
    const r = run(
      [
        "Ngày 26-9-2025, Bộ Chính trị đã ký ban hành Kết luận số 195-KL/TW.",
        "Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy tổ chức thành công đại hội.",
        "Bộ Chính trị, Ban Bí thư giao Ban Tổ chức Trung ương báo cáo Bộ Chính trị trong tháng 10-2025:",
        "1. Việc sắp xếp tổ chức bộ máy;",
        "2. Rà soát các cơ quan báo chí; 3. Hoàn thiện mô hình tổ chức.",
        "Yêu cầu Bộ Y tế khẩn trương rà soát.",
      ].join("\n\n"),
    );
    expect(refs(r)).toEqual(["¶2", "¶3.1", "¶3.2", "¶3.3", "¶4"]);
    expect(task(r, "¶3.3").originalDue).toBe("2025-10-31");
    expect(task(r, "¶3.3").reportTo.map((a) => a.id)).toEqual(["bo-chinh-tri"]);
    expect(codes(r)).toEqual(
      expect.arrayContaining(["skipped_no_action@¶1", "skipped_heading@¶3"]),
    );
  });
});

describe("roles", () => {
  it("'X chỉ đạo: (i) Bộ A …; (ii) Bộ B …' makes A and B lead and X supervising", () => {
    const r = run(
      "5. Đảng uỷ Chính phủ chỉ đạo: (i) **Bộ Nông nghiệp và Môi trường** khẩn trương ban hành hướng dẫn. (ii) **Bộ Nội vụ** sớm tham mưu ban hành văn bản.",
    );
    expect(leadIds(r, "5(i)")).toEqual(["bo-nong-nghiep-va-moi-truong"]);
    expect(leadIds(r, "5(ii)")).toEqual(["bo-noi-vu"]);
    expect(task(r, "5(ii)").supervising.map((a) => a.id)).toEqual(["dang-uy-chinh-phu"]);
    expect(task(r, "5(i)").text).not.toContain("**");
  });

  it("'Giao X lãnh đạo, chỉ đạo: (i) … (ii) …' without own subjects gives X as lead", () => {
    const r = run(
      "7. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo: (i) Rà soát luật. (ii) Sửa đổi luật.",
    );
    expect(leadIds(r, "7(i)")).toEqual(["dang-uy-quoc-hoi"]);
    expect(task(r, "7(ii)").supervising).toEqual([]);
  });

  it("'Giao X lãnh đạo, chỉ đạo Y …' makes Y lead and X supervising", () => {
    const r = run(
      "3. Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ, ngành tiếp tục phối hợp với Bộ Tư pháp rà soát văn bản.",
    );
    expect(leadIds(r, "3")).toEqual(["cac-bo-nganh"]);
    expect(task(r, "3").supervising.map((a) => a.id)).toEqual(["dang-uy-chinh-phu"]);
    expect(task(r, "3").coordinating.map((a) => a.id)).toEqual(["bo-tu-phap"]);
  });

  it("splits a paragraph where a new body is given work ('; giao X chủ trì …')", () => {
    const r = run(
      "3. Yêu cầu Bộ Y tế khẩn trương rà soát; giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo, báo cáo Bộ Chính trị trong tháng 9/2025.",
    );
    expect(refs(r)).toEqual(["3", "3/2"]);
    expect(leadIds(r, "3/2")).toEqual(["dang-uy-bo-noi-vu"]);
    expect(task(r, "3/2").reportTo.map((a) => a.id)).toEqual(["bo-chinh-tri"]);
    expect(task(r, "3").originalDue).toBeNull();
  });

  it("keeps an unknown body as written, flagged", () => {
    const r = run(
      "5. Các đồng chí Ủy viên Hội đồng Thẩm định theo nhiệm vụ được phân công có trách nhiệm đôn đốc.",
    );
    expect(task(r, "5").lead).toEqual([
      { id: null, name: "Các đồng chí Ủy viên Hội đồng Thẩm định" },
    ]);
    expect(codes(r)).toContain("unknown_agency@5");
  });

  it("keeps a numbered item without any subject as a task with a warning", () => {
    const r = run("1. Rà soát toàn bộ văn bản trong quý IV/2025.");
    expect(task(r, "1").lead).toEqual([]);
    expect(task(r, "1").originalDue).toBe("2025-12-31");
    expect(codes(r)).toContain("no_subject@1");
  });

  it("reads 'uỷ' and 'ủy' as the same body", () => {
    const a = run("1. Giao Đảng uỷ Chính phủ rà soát.");
    const b = run("1. Giao Đảng ủy Chính phủ rà soát.");
    expect(leadIds(a, "1")).toEqual(["dang-uy-chinh-phu"]);
    expect(leadIds(b, "1")).toEqual(["dang-uy-chinh-phu"]);
  });

  it("tolerates the 'tinh uỷ' typo", () => {
    const r = run(
      "8. Yêu cầu các tinh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương thực hiện nghiêm.",
    );
    expect(leadIds(r, "8")).toEqual(["cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong"]);
  });
});

describe("not tasks", () => {
  it("turns praise, permissions and headings into warnings, never into tasks", () => {
    const r = run(
      [
        "1. Cơ bản thống nhất với Báo cáo của Ban Tổ chức Trung ương.",
        "Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương các cấp uỷ, tổ chức đảng.",
        "2. Đồng ý để Đảng uỷ Văn phòng Chính phủ thực hiện chức năng. Giao Đảng uỷ Chính phủ kiện toàn nhân sự.",
        "3. Giao Ban Tổ chức Trung ương: (i) Chủ trì rà soát. (ii) Phối hợp theo dõi.",
      ].join("\n\n"),
    );
    expect(refs(r)).toEqual(["2/2", "3(i)", "3(ii)"]);
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        "skipped_praise@1",
        "skipped_praise@1/2",
        "skipped_permission@2",
        "skipped_heading@3",
      ]),
    );
  });

  it("says which dates were not deadlines (cited documents, target years)", () => {
    const r = run(
      "4. Giao Bộ Y tế thực hiện Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 và các chỉ tiêu trong năm 2025.",
    );
    expect(task(r, "4").originalDue).toBeNull();
    const skipped = r.warnings.filter((w) => w.code === "not_a_deadline_date").map((w) => w.detail);
    expect(skipped).toEqual(["04/7/2025 (ngày của văn bản được dẫn)", "năm 2025"]);
  });

  it("reports only the dates outside every deadline it read, however many", () => {
    // Dates inside the deadline phrases (before, between and after the cited one) are not reported.
    const r = run(
      "4. Giao Bộ Y tế rà soát trước ngày 15/9/2025, thực hiện Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025, " +
        "báo cáo trước ngày 30/9/2025 và trước ngày 15/10/2025, đạt các chỉ tiêu trong năm 2025.",
    );
    const skipped = r.warnings.filter((w) => w.code === "not_a_deadline_date").map((w) => w.detail);
    expect(skipped).toEqual(["04/7/2025 (ngày của văn bản được dẫn)", "năm 2025"]);
  });
});

describe("deadlines", () => {
  it("warns when one item names two different deadlines, keeping the first", () => {
    const r = run(
      "1. Giao Bộ Y tế rà soát trước ngày 15/9/2025, báo cáo Chính phủ trong quý IV/2025.",
    );
    expect(task(r, "1").originalDue).toBe("2025-09-15");
    expect(task(r, "1").deadline.flags).toContain("multiple_deadlines");
    expect(codes(r)).toContain("two_deadlines@1");
  });

  it("flags a deadline standing in a sentence of its own", () => {
    const r = run(
      "c) Bộ Tư pháp khẩn trương hoàn thiện việc rà soát. Hoàn thành và báo cáo Chính phủ trước ngày 31/8/2025.",
    );
    expect(task(r, "c").originalDue).toBe("2025-08-31");
    expect(codes(r)).toContain("deadline_may_belong_to_previous_sentence@c");
  });

  it("uses the document's date for a date written without a year", () => {
    const r = extractDirective("1. Giao Bộ Y tế báo cáo trước 15.12.", {
      documentDate: "2025-11-28",
    });
    expect(task(r, "1").originalDue).toBe("2025-12-15");
  });

  it("an item without any time words has no due date", () => {
    const r = run("1. Giao Bộ Y tế tham mưu ban hành quy định.");
    expect(task(r, "1").deadline).toEqual({ kind: "ongoing", text: "", flags: [] });
    expect(task(r, "1").originalDue).toBeNull();
  });
});

describe("text as it arrives", () => {
  it("detaches footnotes and links each to the item citing it", () => {
    const r = run(
      [
        "6. Giao Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương: (i) Sắp xếp hội quần chúng theo Quy định số 253-QĐ/TW¹. (ii) Hướng dẫn mở tài khoản.",
        "7. Giao Bộ Y tế rà soát²; báo cáo kết quả.",
        "¹ Bảo đảm thực hiện đúng theo Kết luận số 178-KL/TW.",
        "² Gồm các cơ sở y tế công lập.",
      ].join("\n\n"),
    );
    expect(r.footnotes.map((f) => [f.number, f.ref])).toEqual([
      [1, "6(i)"],
      [2, "7"],
    ]);
    expect(task(r, "6(i)").text).toBe("Sắp xếp hội quần chúng theo Quy định số 253-QĐ/TW.");
    expect(task(r, "6(i)").note).toBe(
      "Chú thích 1: Bảo đảm thực hiện đúng theo Kết luận số 178-KL/TW.",
    );
  });

  it("mends a page break inside a word and inside a sentence with footnotes and page headers between", () => {
    const r = run(
      [
        "5. Giao Bộ Nội vụ sớm ban hành quy định về tổ chức bộ",
        "máy, biên chế; phối hợp với các bộ,",
        "¹ Một chú thích.",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hà Nội, ngày 03 tháng 8 năm 2025",
        "kịp thời phát hiện bất cập trong tháng 9/2025.",
        "6. Giao Bộ Y tế rà soát.",
      ].join("\n\n"),
    );
    expect(refs(r)).toEqual(["5", "6"]);
    expect(task(r, "5").text).toBe(
      "Giao Bộ Nội vụ sớm ban hành quy định về tổ chức bộ máy, biên chế; phối hợp với các bộ, kịp thời phát hiện bất cập trong tháng 9/2025.",
    );
    expect(task(r, "5").originalDue).toBe("2025-09-30");
  });

  it("drops trailing page furniture: recipients, news lists", () => {
    const r = run(
      "1. Giao Bộ Y tế rà soát.\n\nNơi nhận:\n\n- Các tỉnh uỷ, thành uỷ,\n\n2. Yêu cầu Bộ Công an làm X.\n\nTin cùng chuyên mục\n\nYêu cầu Bộ Tài chính làm Y.",
    );
    expect(refs(r)).toEqual(["1"]);
  });

  it("gives the same result for NFD input as for NFC", () => {
    const text =
      "Tại phiên họp ngày 29/8/2025, Bộ Chính trị kết luận như sau:\n\n1. Giao Đảng uỷ Chính phủ chủ trì, phối hợp với Bộ Tư pháp rà soát, báo cáo Bộ Chính trị trong quý IV/2025.";
    const nfc = extractDirective(text.normalize("NFC"));
    const nfd = extractDirective(text.normalize("NFD"));
    expect(nfd).toEqual(nfc);
    expect(task(nfd, "1").originalDue).toBe("2025-12-31");
    expect(nfd.document.date).toBe("2025-08-29");
  });

  it("reads CRLF line ends, non-breaking spaces and markdown emphasis", () => {
    const r = run(
      "1.\u00a0Giao **Bộ Y tế** rà soát *trước ngày 31/8/2025*.\r\n\r\n2. Giao Bộ Công an làm X.",
    );
    expect(refs(r)).toEqual(["1", "2"]);
    expect(task(r, "1").text).toBe("Giao Bộ Y tế rà soát trước ngày 31/8/2025.");
  });
});

describe("document metadata", () => {
  it("reads number, date, issuer, type, title and the document it implements", () => {
    const r = extractDirective(
      [
        "ĐẢNG ỦY CHÍNH PHỦ",
        "*",
        "Số 322 - CV/ĐU",
        "V/v triển khai Kết luận số 183-KL/TW,\nngày 25/7/2025 của Bộ Chính trị, Ban Bí thư.",
        "Hà Nội, ngày 03 tháng 8 năm 2025",
        "Để triển khai Kết luận số 183-KL/TW, ngày 01/8/2025 của Bộ Chính trị, Ban Bí thư, Phó Bí thư Thường trực Đảng ủy yêu cầu:",
        "1. Giao Bộ Y tế rà soát.",
      ].join("\n\n"),
    );
    expect(r.document).toMatchObject({
      id: "322-CV/ĐU@2025-08-03",
      typeName: "Công văn",
      issuerName: "Đảng ủy Chính phủ",
      date: "2025-08-03",
      title: "triển khai Kết luận số 183-KL/TW, ngày 25/7/2025 của Bộ Chính trị, Ban Bí thư",
    });
    expect(r.document.references).toContainEqual({
      symbol: "183-KL/TW",
      date: "2025-08-01",
      relation: "implements",
    });
    expect(codes(r)).toContain("reference_date_conflict@");
    expect(task(r, "1").code).toBe("322-CV/ĐU@2025-08-03#1");
  });

  it("warns when the text has no date and none is given", () => {
    const r = extractDirective("1. Giao Bộ Y tế rà soát.");
    expect(r.document.date).toBeNull();
    expect(codes(r)).toContain("document_date_missing@");
  });
});
