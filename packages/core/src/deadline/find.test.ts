import { describe, expect, it } from "vitest";
import { findDeadlines } from "./find.js";

/** [phrase found, kind, date or schedule, flags] for each mention, in text order. */
function summary(sentence: string, documentDate: string) {
  return findDeadlines(sentence, { documentDate }).map((m) => {
    const d = m.deadline;
    const what = d.kind === "recurring" ? d.recurrence.freq : "date" in d ? (d.date ?? null) : null;
    return [m.text, d.kind, what, d.flags.join(",")];
  });
}

describe("findDeadlines on sentences of the seed directives", () => {
  it.each<[string, string, string, unknown[]]>([
    [
      "000 item 3: report in September",
      "2025-08-29",
      "giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo sơ kết đánh giá 2 tháng thực hiện phân cấp, phân quyền, đề xuất điều chỉnh, sửa đổi, bổ sung những bất cập (nếu có), báo cáo Bộ Chính trị trong tháng 9/2025.",
      [["trong tháng 9/2025", "date", "2025-09-30", ""]],
    ],
    [
      "000 item 5(ii): the date beats khẩn trương",
      "2025-08-29",
      "khẩn trương tham mưu Chính phủ ban hành trong tháng 9/2025 quy định về tiêu chuẩn đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị",
      [["trong tháng 9/2025", "date", "2025-09-30", ""]],
    ],
    [
      "000 item 5(ii): start of an obligation",
      "2025-08-29",
      "hướng dẫn, theo dõi, kiểm tra việc thực hiện tuyển dụng bảo đảm đúng quy định về số lượng biên chế được giao ngay từ năm học 2025 - 2026",
      [["ngay từ năm học 2025 - 2026", "ongoing", null, "start_of_obligation"]],
    ],
    [
      "000 item 6(ii): sau 5 năm, anchor unclear",
      "2025-08-29",
      "(ii) Chủ trì, phối hợp với các tinh uỷ, thành uỷ lãnh đạo, chỉ đạo thực hiện việc tiếp tục bố trí, sử dụng cấp phó của người đứng đầu các tổ chức chính trị - xã hội cấp tỉnh, cấp xã; sau 5 năm thực hiện theo đúng kết luận của Bộ Chính trị, Ban Bí thư và thống nhất trong toàn quốc.",
      [["sau 5 năm", "relative", null, "unclear_anchor"]],
    ],
    [
      "000 item 8: vào ngày 31/8/2025",
      "2025-08-29",
      "kết thúc việc thực hiện chế độ, chính sách vào ngày 31/8/2025; khẩn trương tổ chức và chỉ đạo các đơn vị liên quan tham gia các chương trình tập huấn",
      [["vào ngày 31/8/2025", "date", "2025-08-31", ""]],
    ],
    [
      "000 item 11(i): quarter",
      "2025-08-29",
      "nghiên cứu, rà soát, hoàn thiện vị trí việc làm, biên chế tổng thể của hệ thống chính trị, báo cáo Bộ Chính trị, Ban Bí thư trong quý IV/2025.",
      [["trong quý IV/2025", "date", "2025-12-31", ""]],
    ],
    [
      "000 item 11(ii): monthly; the cited plan's date is skipped",
      "2025-08-29",
      "(ii) Phối hợp với Ủy ban Kiểm tra Trung ương theo dõi, đánh giá tình hình, kết quả thực hiện nhiệm vụ nêu tại các kết luận của Bộ Chính trị, Ban Bí thư và Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW; rà soát việc chỉ đạo hướng dẫn, xử lý, giải quyết khó khăn, vướng mắc, kiến nghị của các cấp uỷ, tổ chức đảng, cơ quan, đơn vị, địa phương để tổng hợp, báo cáo Bộ Chính trị, Ban Bí thư định kỳ hằng tháng.",
      [["định kỳ hằng tháng", "recurring", "monthly", ""]],
    ],
    [
      "001: hoàn thành trước ngày 30-10-2025; the cited conclusion's date is skipped",
      "2025-09-26",
      "Theo đó, Đảng ủy Chính phủ tập trung triển khai thực hiện nghiêm Kết luận số 192-KL/TW (ngày 19-9-2025) của Bộ Chính trị, Ban Bí thư. Chỉ đạo hướng dẫn hoàn thiện quy hoạch phát triển tỉnh, xã, phường, đặc khu hoàn thành trước ngày 30-10-2025.",
      [["trước ngày 30-10-2025", "date", "2025-10-30", ""]],
    ],
    [
      "001: trước ngày 15-10-2025",
      "2025-09-26",
      "các bộ, ngành, địa phương phải hoàn thành việc giải quyết hồ sơ thủ tục hành chính tồn đọng quá hạn trước ngày 15-10-2025; trực tiếp kiểm tra, đánh giá các nhiệm vụ",
      [["trước ngày 15-10-2025", "date", "2025-10-15", ""]],
    ],
    [
      "001: week of October, flagged",
      "2025-09-26",
      "Bộ Chính trị, Ban Bí thư giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo khẩn trương báo cáo Bộ Chính trị, Ban Bí thư quyết định trong tuần đầu tháng 10-2025:",
      [["trong tuần đầu tháng 10-2025", "date", "2025-10-07", "ambiguous"]],
    ],
    [
      "001: plenum with its month",
      "2025-09-26",
      "sơ kết việc thực hiện Nghị quyết 18 và các kết luận của Bộ Chính trị về vấn đề này, báo cáo Ban Chấp hành Trung ương Đảng tại Hội nghị Trung ương 14 vào tháng 11-2025.",
      [["tại Hội nghị Trung ương 14 vào tháng 11-2025", "event", "2025-11-30", ""]],
    ],
    [
      "002 item 2.a: two identical dates, both reported",
      "2025-08-03",
      "chỉ đạo, hướng dẫn chính sách, chế độ đối với các đối tượng cán bộ, công chức chịu tác động do sắp xếp tổ chức bộ máy *trước ngày 31/8/2025*; sau thời điểm này sẽ kết thúc; *báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025*.",
      [
        ["trước ngày 31/8/2025", "date", "2025-08-31", ""],
        ["trước ngày 31/8/2025", "date", "2025-08-31", ""],
      ],
    ],
    [
      "002 item 4: monthly before the 25th; the cited item is no date",
      "2025-08-03",
      "4. Đảng ủy Bộ Nội vụ chủ trì tham mưu Đảng ủy Chính phủ chỉ đạo việc theo dõi tình hình và chế độ báo cáo để tổng hợp, chuẩn bị báo cáo đánh giá kết quả 2 tháng thực hiện phân cấp, phân quyền (mục 3, Kết luận số 183-KL/TW), báo cáo gửi Ban Tổ chức Trung ương chậm nhất trước ngày 25 hàng tháng (mục 9 Kết luận số 183-KL/TW nêu trên).",
      [["chậm nhất trước ngày 25 hàng tháng", "recurring", "monthly", ""]],
    ],
    [
      "221 item 4: hoàn thành trong năm 2025",
      "2025-11-28",
      "Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ, tổ chức đảng ở Trung ương theo chức năng, nhiệm vụ được giao khẩn trương lãnh đạo, chỉ đạo giải quyết, xử lý các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (có phân công cụ thể tại phụ lục gửi kèm theo), hoàn thành trong năm 2025.",
      [["trong năm 2025", "date", "2025-12-31", ""]],
    ],
    [
      "221 item 4: hoàn thành dứt điểm trước ngày 31/12/2025",
      "2025-11-28",
      "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế, Bộ Giáo dục và Đào tạo và Bộ Nội vụ khẩn trương sắp xếp các cơ sở giáo dục công lập cấp xã (trường mầm non, tiểu học, trung học cơ sở, trường liên cấp) và các trạm y tế cấp xã, hoàn thành dứt điểm trước ngày 31/12/2025.",
      [["trước ngày 31/12/2025", "date", "2025-12-31", ""]],
    ],
  ])("%s", (_label, doc, sentence, expected) => expect(summary(sentence, doc)).toEqual(expected));
});

describe("findDeadlines skips dates that are not deadlines", () => {
  it.each<[string, string, string]>([
    [
      "session date and the period a report covers (000 opening)",
      "2025-08-29",
      "Tại phiên họp ngày 29/8/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương và Báo cáo giám sát của Ủy ban Kiểm tra Trung ương về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp tháng 8/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:",
    ],
    [
      "target year (000 item 9(iv))",
      "2025-08-29",
      "(iv) Tăng cường lãnh đạo, chỉ đạo quyết liệt việc rà soát quy hoạch, triển khai các dự án, quyết tâm hoàn thành các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm 2025 và các năm tiếp theo.",
    ],
    [
      "session date and a start date (001)",
      "2025-09-26",
      "Kết luận nêu rõ, tại phiên họp ngày 26-9, sau khi nghe báo cáo của Ban Tổ chức Trung ương về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp từ ngày 1-7 đến nay và báo cáo giám sát của Ủy ban Kiểm tra Trung ương",
    ],
    [
      "cited documents' dates (002 opening)",
      "2025-08-03",
      "Bộ Chính trị, Ban Bí thư ban hành Kết luận số 183-KL/TW, ngày 01/8/2025 về tích cực triển khai vận hành mô hình chính quyền địa phương 2 cấp",
    ],
    [
      "cited plan in parentheses (001)",
      "2025-09-26",
      "Kết luận số 195-KL/TW cũng nêu rõ: các bộ, ngành, địa phương đẩy mạnh thực hiện Kế hoạch số 02-KH/BCĐ (ngày 19-6-2025) của Ban Chỉ đạo Nghị quyết 57 về chuyển đổi số trong hệ thống chính trị",
    ],
    [
      "a span from a start date (002 footnote)",
      "2025-08-03",
      "chỉ đạo của Đảng ủy Chính phủ, Chính phủ, Bí thư Đảng ủy, Thủ tướng Chính phủ từ 01/07/2025 đến nay.",
    ],
    [
      "session date and cited report (221)",
      "2025-11-28",
      "Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025 (Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị, Ban Bí thư kết luận như sau:",
    ],
    ["the place-and-date line", "2025-08-03", "Hà Nội, ngày 03 tháng 8 năm 2025"],
    ["a start date", "2025-08-03", "từ ngày 1/7/2025 vận hành chính quyền địa phương 2 cấp"],
    ["a span end", "2025-08-03", "kết quả từ ngày 1/7/2025 đến ngày 31/7/2025"],
    ["a report period", "2025-08-03", "báo cáo tình hình thực hiện trong tháng 7/2025"],
    ["a session held vào ngày", "2025-08-03", "tại phiên họp vào ngày 29/8/2025"],
    [
      "a horizon",
      "2025-08-03",
      "Quy hoạch thời kỳ 2021 - 2030, định hướng đến năm 2030, tầm nhìn đến năm 2045",
    ],
    [
      "work already finished ('đã … xong' reports the past)",
      "2025-11-03",
      "các địa phương đã cơ bản sắp xếp xong tháng 10/2025",
    ],
  ])("%s", (_label, doc, sentence) =>
    expect(findDeadlines(sentence, { documentDate: doc })).toEqual([]),
  );
});

describe("findDeadlines context rules keep real deadlines", () => {
  it.each<[string, string, unknown[]]>([
    [
      "tình hình … then a report due in a month",
      "theo dõi tình hình thực hiện, báo cáo Bộ Chính trị trong tháng 9/2025",
      [["trong tháng 9/2025", "date", "2025-09-30", ""]],
    ],
    [
      "từ nay đến ngày D",
      "từ nay đến ngày 31/12/2025 hoàn thành",
      [["đến ngày 31/12/2025", "date", "2025-12-31", ""]],
    ],
    [
      "đến năm 2030 as a due year",
      "phấn đấu đến năm 2030 hoàn thành",
      [["đến năm 2030", "date", "2030-12-31", ""]],
    ],
    [
      "a period right after 'xong' (finished by) is the due",
      "tập trung chỉ đạo, cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo của Trung ương",
      [["cuối tháng 12 năm 2025", "date", "2025-12-31", ""]],
    ],
    [
      "'xong' before a month with its year",
      "rà soát, sắp xếp trụ sở dôi dư xong tháng 10/2025, báo cáo kết quả",
      [["tháng 10/2025", "date", "2025-10-31", ""]],
    ],
  ])("%s", (_label, sentence, expected) =>
    expect(summary(sentence, "2025-08-03")).toEqual(expected),
  );
});

describe("findDeadlines without a date", () => {
  it("reports urgency and continuity words in text order when no date is present (000 item 4(i))", () => {
    const sentence =
      "(i) Tiếp tục phối hợp sát sao, chặt chẽ với các tỉnh, thành phố trong vận hành chính quyền địa phương 2 cấp để kịp thời tháo gỡ khó khăn, nhất là đối với các dự án, chương trình phát triển kinh tế - xã hội, thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của địa phương trong năm 2025.";
    expect(summary(sentence, "2025-08-29")).toEqual([
      ["Tiếp tục", "ongoing", null, ""],
      ["kịp thời", "urgent", null, ""],
    ]);
  });

  it("a negated 'ngay' is not urgent (221 item 4)", () => {
    const sentence =
      "Đối với những nội dung chưa thể giải quyết ngay, phải có phương án phân công, lộ trình thời gian cụ thể";
    expect(findDeadlines(sentence, { documentDate: "2025-11-28" })).toEqual([]);
  });

  it("offsets index the NFC sentence, also for NFD input and 'uỷ' spelling", () => {
    const sentence = "Giao Đảng uỷ Chính phủ khẩn trương báo cáo trước ngày 31/8/2025.";
    for (const input of [sentence, sentence.normalize("NFD")]) {
      const [m] = findDeadlines(input, { documentDate: "2025-08-03" });
      expect(m?.text).toBe("trước ngày 31/8/2025");
      expect(sentence.slice(m?.start, m?.end)).toBe("trước ngày 31/8/2025");
    }
  });
});
