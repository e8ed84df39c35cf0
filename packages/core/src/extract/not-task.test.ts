import { describe, expect, it } from "vitest";
import { extractDirective } from "./extract.js";
import { notTaskReason } from "./not-task.js";

describe("statements that assign no work", () => {
  it.each([
    [
      "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.",
      "standard_clause",
    ],
    ["Quyết định này có hiệu lực kể từ ngày ký.", "standard_clause"],
    ["Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án.", "standard_clause"],
    [
      "Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.",
      "standard_clause",
    ],
    [
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Tài chính.",
      "conditional",
    ],
    ["Khuyến khích tổ chức, cá nhân áp dụng tiêu chuẩn tiên tiến.", "encouragement"],
    ["Thời gian qua, các bộ, ngành đã tập trung triển khai nhiều giải pháp.", "past_achievement"],
    ["Bộ Công an đã chủ động triển khai các biện pháp bảo đảm an ninh.", "past_achievement"],
    ["Văn phòng Chính phủ vừa ban hành Thông báo kết luận của Phó Thủ tướng.", "past_achievement"],
    // "giao" inside "giao thông", "bàn giao" is no word of duty.
    [
      "Văn phòng Chính phủ vừa ban hành Thông báo kết luận về các dự án giao thông trọng điểm.",
      "past_achievement",
    ],
    ["Các địa phương đã hoàn thành bàn giao mặt bằng cho nhà đầu tư.", "past_achievement"],
    ["Mục đích", "purpose_block"],
    ["MỤC ĐÍCH, YÊU CẦU", "purpose_block"],
    ["Quan điểm", "purpose_block"],
  ])("%j is not a task (%s)", (text, reason) => {
    expect(notTaskReason(text)).toBe(reason);
  });

  it.each([
    "Bộ Tài chính chủ trì rà soát, báo cáo trước ngày 30/11/2025.",
    "Yêu cầu các bộ, ngành khẩn trương triển khai.",
    "Bộ Công an đã triển khai, cần tiếp tục tăng cường kiểm tra.",
    "Kinh phí: Sở Tài chính tham mưu bố trí.",
    "Bộ Xây dựng đã được giao chủ trì thẩm định dự án.",
  ])("%j may be a task", (text) => {
    expect(notTaskReason(text)).toBeNull();
  });

  it("skips a Mục đích block and its items with a warning each", () => {
    const r = extractDirective(
      [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Bảo đảm sự chỉ đạo thống nhất.",
        "II. NHIỆM VỤ",
        "1. Sở Tài chính rà soát quy định.",
      ].join("\n"),
      { documentDate: "2025-11-20" },
    );
    expect(r.tasks.map((t) => t.text)).toEqual(["Sở Tài chính rà soát quy định."]);
    expect(r.warnings.filter((w) => w.detail === "purpose_block").map((w) => w.ref)).toEqual([
      "I",
      "I.1",
    ]);
  });

  it("passes the body a heading line names to the duties below it", () => {
    const r = extractDirective(
      ["1. Sở Xây dựng:", "a) Rà soát quy hoạch;", "b) Báo cáo kết quả."].join("\n"),
      {
        documentDate: "2025-11-20",
      },
    );
    expect(r.tasks.map((t) => [t.ref, t.lead.map((a) => a.name)])).toEqual([
      ["1.a", ["Sở Xây dựng"]],
      ["1.b", ["Sở Xây dựng"]],
    ]);
  });

  it("makes each dash and '+' bullet with its own action a task of its own", () => {
    const r = extractDirective(
      [
        "1. Bộ Y tế:",
        "- Hướng dẫn các địa phương;",
        "+ Kiểm tra cơ sở;",
        "- Báo cáo kết quả.",
        "2. Bộ Công an bảo đảm an ninh.",
      ].join("\n"),
      { documentDate: "2025-11-20" },
    );
    expect(r.tasks.map((t) => t.ref)).toEqual(["1-1", "1-1+1", "1-2", "2"]);
  });

  it("leaves out the addressees listed after 'Kính gửi:'", () => {
    const r = extractDirective(
      [
        "Kính gửi:",
        "- Bộ trưởng Bộ Xây dựng;",
        "- Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai.",
        "1. Bộ Xây dựng khẩn trương rà soát.",
      ].join("\n"),
      {
        documentDate: "2025-11-20",
      },
    );
    expect(r.tasks.map((t) => t.text)).toEqual(["Bộ Xây dựng khẩn trương rà soát."]);
  });
});

describe("no placeholder date", () => {
  it("without a document date, 'trước ngày 20 hằng tháng' resolves to nothing and is flagged", () => {
    const r = extractDirective("1. Bộ Tài chính báo cáo trước ngày 20 hằng tháng.");
    expect(r.document.date).toBeNull();
    expect(r.tasks[0]?.originalDue).toBeNull();
    expect(r.tasks[0]?.deadline.flags).toContain("no_reference_date");
  });
});

describe("plan content", () => {
  it("drops actor-less items before a plan's 'Tổ chức thực hiện' section, with a warning", () => {
    const r = extractDirective(
      [
        "II. NHIỆM VỤ",
        "1. Hoàn thiện thể chế về quy hoạch.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tài chính chủ trì hoàn thiện thể chế về quy hoạch.",
      ].join("\n"),
      { documentDate: "2025-11-20" },
    );
    expect(r.tasks.map((t) => t.text)).toEqual([
      "Sở Tài chính chủ trì hoàn thiện thể chế về quy hoạch.",
    ]);
    expect(r.warnings.some((w) => w.ref === "II.1" && w.detail === "plan_content")).toBe(true);
  });
});

describe("praise and a duty to commend", () => {
  const refs = (item: string) =>
    extractDirective(`KẾ HOẠCH\n\n${item}\n`, { documentDate: "2025-10-01" }).tasks.map(
      (t) => t.ref,
    );
  it.each([
    ["1. Sở Nội vụ có trách nhiệm theo dõi, đề xuất biểu dương các tập thể tiêu biểu.", ["1"]],
    ["1. Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.", ["1"]],
    // The issuer praising what was done is no task.
    ["1. Ủy ban nhân dân tỉnh biểu dương các lực lượng đã tham gia cứu hộ, cứu nạn.", []],
  ])("%j → %j", (item, want) => expect(refs(item)).toEqual(want));
});
