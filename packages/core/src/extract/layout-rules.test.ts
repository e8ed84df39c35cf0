import { describe, expect, it } from "vitest";
import { cleanDirectiveText, stripEmphasis } from "./clean.js";
import { extractDirective } from "./extract.js";
import { resolveDeadline } from "../deadline/resolve.js";
import { isClosingStatement, isCriteriaIntro, notTaskReason } from "./not-task.js";
import { itemField } from "./table-cells.js";
import { periodDeadline, spanDeadline } from "./deadline-pick.js";
import { buildItemTree, walkItems } from "./tree.js";

// Sentences written for these rules (not corpus rows).
const tree = (text: string) => buildItemTree(cleanDirectiveText(text).paragraphs, () => false);
const refs = (text: string) => walkItems(tree(text).items).map((n) => n.ref);

describe("a marker alone on its line takes the next line's words", () => {
  it.each([
    ["1.\nGiao Sở Nội vụ rà soát biên chế.\n\n2.\nGiao Sở Tài chính bố trí kinh phí.", ["1", "2"]],
    ["**1.****\n**Sở Y tế kiểm tra an toàn thực phẩm.", ["1"]],
    ["a)\n\nSở Xây dựng hướng dẫn cấp phép.", ["a"]],
  ])("%j", (text, want) => {
    expect(refs(text)).toEqual(want);
    expect(tree(text).items[0]?.spans[0]?.text).toMatch(/^Sở|^Giao/u);
  });
});

describe("emphasis left open by a web copy is dropped", () => {
  it.each([
    ["*4.1. *Giao Sở Tư pháp thẩm định.", "4.1. Giao Sở Tư pháp thẩm định."],
    ["Giao Bộ Y tế: *(i) *Chỉ đạo ngành y tế", "Giao Bộ Y tế: (i) Chỉ đạo ngành y tế"],
    ["x*y giữ nguyên", "x*y giữ nguyên"],
    ["* *", "* *"],
  ])("%j", (text, want) => expect(stripEmphasis(text)).toBe(want));
});

describe("running text continues the item open above it", () => {
  it("a paragraph after a) belongs to a), not to the item holding a)", () => {
    const t = tree(
      "1. Sở Công Thương có trách nhiệm:\n\na) Kiểm tra thị trường xăng dầu.\n\nĐối với cửa hàng mới, ưu tiên cấp phép nhanh.\n\n2. Sở Y tế kiểm tra bệnh viện.",
    );
    const a = t.items[0]?.children[0];
    expect(a?.ref).toBe("1.a");
    expect(a?.spans.map((s) => s.text)).toEqual([
      "Kiểm tra thị trường xăng dầu.",
      "Đối với cửa hàng mới, ưu tiên cấp phép nhanh.",
    ]);
  });

  it("an inline list ends with its paragraph", () => {
    const t = tree(
      "1. Giao Sở Nội vụ: (i) rà soát biên chế; (ii) báo cáo kết quả.\n\nSở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
    );
    expect(t.items[0]?.spans.map((s) => s.text)).toContain(
      "Sở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
    );
  });

  it("a title of an attached appendix closes every item", () => {
    const t = tree(
      "1. Sở Y tế kiểm tra bệnh viện.\n\nPHỤ LỤC\n\nDanh mục các bệnh viện được kiểm tra",
    );
    expect(t.items[0]?.spans).toHaveLength(1);
  });
});

describe("the closing words of a directive are not tasks", () => {
  it.each([
    ["Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai thực hiện./.", true],
    ["Yêu cầu các sở, ban, ngành và các đơn vị có liên quan thực hiện nghiêm túc./.", true],
    ["Trên đây là Chỉ thị về tăng cường quản lý tài nguyên nước trên địa bàn tỉnh.", true],
    ["Văn phòng Chính phủ thông báo để các bộ, cơ quan biết, thực hiện./.", true],
    [
      "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt, thực hiện nghiêm túc Chỉ thị này. Trong quá trình thực hiện, nếu có vướng mắc phát sinh, các cơ quan kịp thời báo cáo UBND tỉnh./.",
      true,
    ],
    // A duty of its own is not the closing call.
    ["Đề nghị Hội đồng nhân dân tỉnh tổ chức giám sát việc thực hiện Nghị quyết này./.", false],
    ["Sở Tài chính bố trí kinh phí thực hiện trong quý I năm 2026.", false],
  ])("%j → %s", (text, closing) => expect(isClosingStatement(text)).toBe(closing));

  it("a numbered item that only asks for execution stays a task; the document's last words do not", () => {
    expect(notTaskReason("Yêu cầu các tỉnh ủy thực hiện nghiêm.")).toBeNull();
    expect(notTaskReason("Yêu cầu các sở, ngành nghiêm túc triển khai thực hiện./.")).toBe(
      "closing",
    );
  });

  it("the closing paragraph is an item of its own, skipped with a warning, never part of the last item", () => {
    const r = extractDirective(
      "Ngày 05/12/2025\n\n1. Sở Y tế kiểm tra bệnh viện trước ngày 31/12/2025.\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai thực hiện./.",
    );
    expect(r.tasks.map((t) => t.text)).toEqual([
      "Sở Y tế kiểm tra bệnh viện trước ngày 31/12/2025.",
    ]);
    expect(r.warnings.some((w) => w.detail === "closing")).toBe(true);
  });

  it("closing words whose addressees run across ';' give no task either", () => {
    const r = extractDirective(
      "Ngày 05/12/2025\n\n1. Sở Y tế kiểm tra bệnh viện trước ngày 31/12/2025.\n\nChủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt, thực hiện nghiêm túc Chỉ thị này. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan kịp thời báo cáo UBND tỉnh./.",
    );
    expect(r.tasks.map((t) => t.ref)).toEqual(["1"]);
  });
});

describe("labelled lines belong to the item above them", () => {
  it.each([
    ["Cơ quan chủ trì: Sở Tư pháp.", "lead"],
    ["Đơn vị thực hiện: Sở Nội vụ", "lead"],
    ["Cơ quan phối hợp: các sở, ngành; Ủy ban nhân dân cấp xã.", "coordinating"],
    ["Thời hạn hoàn thành: trước ngày 30/11/2025.", "deadline"],
    ["Thời gian thực hiện: Quý IV năm 2025.", "deadline"],
    ["Sản phẩm: Báo cáo Ủy ban nhân dân tỉnh.", "product"],
    ["Nội dung: Rà soát các văn bản quy phạm pháp luật.", "content"],
  ])("%j → %s", (line, column) => expect(itemField(line)?.column).toBe(column));

  it.each([
    "Về kinh phí: Các địa phương chủ động bố trí.",
    "Bộ Tài chính chủ trì: rà soát dự toán.",
    "Lưu ý: thực hiện đúng quy trình.",
  ])("%j is not a field", (line) => expect(itemField(line)).toBeNull());

  it("they set the item's lead, coordinating bodies and deadline, and stay in its text", () => {
    const r = extractDirective(
      [
        "Lai Châu, ngày 19 tháng 11 năm 2025",
        "II. NỘI DUNG",
        "1. Tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã về quản lý chất lượng.",
        "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
        "- Cơ quan phối hợp: Sở Nội vụ.",
        "- Thời gian hoàn thành: Quý I năm 2026.",
        "2. Kiểm tra việc thi hành Luật.",
        "- Cơ quan thực hiện: Sở Tư pháp.",
        "- Thời hạn hoàn thành: trước ngày 30/11/2025.",
      ].join("\n\n"),
    );
    const [one, two] = r.tasks;
    expect(r.tasks).toHaveLength(2);
    expect(one?.lead.map((a) => a.name)).toEqual(["Sở Khoa học và Công nghệ"]);
    expect(one?.coordinating.map((a) => a.name)).toEqual(["Sở Nội vụ"]);
    expect(one?.originalDue).toBe("2026-03-31");
    expect(one?.text).toContain("Cơ quan chủ trì: Sở Khoa học và Công nghệ.");
    expect(two?.lead.map((a) => a.name)).toEqual(["Sở Tư pháp"]);
    expect(two?.originalDue).toBe("2025-11-30");
  });

  it("an item's labelled lines hold for its sub-items", () => {
    const r = extractDirective(
      [
        "Lai Châu, ngày 19 tháng 11 năm 2025",
        "1. Hỗ trợ thi hành Luật",
        "- Các nội dung hỗ trợ bao gồm:",
        "+ Hướng dẫn áp dụng các văn bản quy định chi tiết;",
        "+ Tiếp nhận và xử lý kiến nghị của tổ chức, cá nhân.",
        "- Cơ quan thực hiện: Sở Tư pháp.",
      ].join("\n\n"),
    );
    expect(r.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([["Sở Tư pháp"], ["Sở Tư pháp"]]);
  });
});

describe("the dated clause that ends an inline enumeration holds for every member", () => {
  it("(i) … (iii) share the report deadline written after the last ';'", () => {
    const r = extractDirective(
      "Hà Nội, ngày 05 tháng 11 năm 2025\n\n1. Bộ Xây dựng chủ trì làm rõ các vướng mắc, cụ thể: (i) Đánh giá nhu cầu vật liệu; (ii) Rà soát năng lực cung ứng; (iii) Đề xuất giải pháp điều hành; báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.",
    );
    expect(r.tasks.map((t) => t.originalDue)).toEqual(["2025-12-31", "2025-12-31", "2025-12-31"]);
  });

  it("a member's own date is kept, and a list of separate paragraphs shares nothing", () => {
    const r = extractDirective(
      "Hà Nội, ngày 05 tháng 11 năm 2025\n\n1. Bộ Xây dựng chủ trì:\n\na) Đánh giá nhu cầu vật liệu trước ngày 20/11/2025;\n\nb) Rà soát năng lực cung ứng; báo cáo trong tháng 12 năm 2025.\n\nc) Đề xuất giải pháp điều hành.",
    );
    expect(r.tasks.map((t) => t.originalDue)).toEqual(["2025-11-20", "2025-12-31", null]);
  });
});

describe("a written span is due at its end", () => {
  it.each([
    [
      "Từ ngày 15 tháng 9 năm 2025 đến 30 tháng 11 năm 2025, phối hợp với các hãng hàng không.",
      "2025-11-30",
    ],
    ["Từ ngày 01/10/2025 đến ngày 31/12/2025, Sở Y tế tổ chức kiểm tra.", "2025-12-31"],
    ["Từ ngày 15/9/2025, hướng dẫn hành khách sử dụng định danh điện tử.", null],
  ])("%j → %s", (text, due) => {
    const r = extractDirective(
      `Hà Nội, ngày 13 tháng 9 năm 2025\n\n1. Bộ Công an chủ trì:\n\n+ ${text}`,
    );
    expect(r.tasks[0]?.originalDue ?? null).toBe(due);
  });
});

it("spanDeadline reads only a span with both ends", () => {
  expect(spanDeadline("từ ngày 1/10/2025 đến ngày 31/12/2025", undefined)?.text).toBe(
    "từ ngày 1/10/2025 đến ngày 31/12/2025",
  );
  expect(spanDeadline("đến năm 2030", undefined)).toBeNull();
});

describe("a list of criteria describes the task above it", () => {
  it.each([
    ["Các sở rà soát, đề xuất biên chế theo các tiêu chí, nguyên tắc sau:", true],
    ["Việc đề xuất căn cứ vào các yếu tố sau:", true],
    ["Sở Nội vụ thực hiện các nhiệm vụ sau:", false],
  ])("%j → %s", (text, yes) => expect(isCriteriaIntro(text)).toBe(yes));

  it("the chapeau is the task; its criteria are warnings, not tasks", () => {
    const r = extractDirective(
      "Hà Nội, ngày 17 tháng 9 năm 2025\n\n1. Các sở rà soát, đề xuất biên chế năm 2026 theo các tiêu chí sau:\n\na) Vị trí việc làm;\n\nb) Quy mô dân số, diện tích.\n\n2. Sở Nội vụ tổng hợp báo cáo.",
    );
    expect(r.tasks.map((t) => t.ref)).toEqual(["1", "2"]);
    expect(r.warnings.filter((w) => w.detail === "criteria_list").map((w) => w.ref)).toEqual([
      "1.a",
      "1.b",
    ]);
  });
});

describe("two actions with two deadlines in one sentence are two tasks", () => {
  const split = (item: string) =>
    extractDirective(`Hà Nội, ngày 05 tháng 11 năm 2025\n\n${item}`).tasks.map((t) => [
      t.text,
      t.lead.map((a) => a.name),
      t.originalDue,
    ]);

  it("cut at the ';' after the first deadline; the lead holds for both", () => {
    expect(
      split(
        "1. Sở Xây dựng hướng dẫn sửa chữa nhà ở bị hư hỏng, hoàn thành trước ngày 30/11/2025; xây dựng lại nhà bị sập đổ, hoàn thành trước ngày 31/01/2026.",
      ),
    ).toEqual([
      [
        "Sở Xây dựng hướng dẫn sửa chữa nhà ở bị hư hỏng, hoàn thành trước ngày 30/11/2025;",
        ["Sở Xây dựng"],
        "2025-11-30",
      ],
      [
        "xây dựng lại nhà bị sập đổ, hoàn thành trước ngày 31/01/2026.",
        ["Sở Xây dựng"],
        "2026-01-31",
      ],
    ]);
  });

  it.each([
    // One deadline for the whole sentence.
    "1. Sở Y tế rà soát danh mục thuốc; tổng hợp nhu cầu, báo cáo trước ngày 30/11/2025.",
    // The same date twice.
    "1. Sở Y tế rà soát danh mục thuốc trước ngày 30/11/2025; báo cáo kết quả trước ngày 30/11/2025.",
    // A plan's horizon is no deadline.
    "1. Sở Y tế triển khai Quy hoạch mạng lưới y tế đến năm 2030; rà soát danh mục thuốc trước ngày 30/11/2025.",
    // A following sentence's date is the item's.
    "1. Sở Y tế rà soát danh mục thuốc trước ngày 30/11/2025. Báo cáo kết quả trước ngày 15/12/2025.",
    // A timetable after a label: members of one enumeration, no verb after the colon.
    "1. Thời gian tổ chức đại hội: cấp cơ sở trong quý 2/2025; cấp trên cơ sở trong quý 3/2025.",
    "1. Thời hạn gửi báo cáo: các sở, ngành trước ngày 15/11/2025; Ủy ban nhân dân các xã trước ngày 30/11/2025.",
    // The label may close an earlier sentence of the item.
    "1. Ban Tổ chức hướng dẫn đại hội điểm. Thời gian tổ chức: cấp cơ sở trong quý 2/2025; cấp trên cơ sở trong quý 3/2025.",
  ])("one task: %j", (item) => expect(split(item)).toHaveLength(1));
});

describe("a roadmap step's period in brackets", () => {
  it.each([
    ["Hoàn thiện hạ tầng công nghệ thông tin (2025 - 2026).", "date", "2026-12-31"],
    [
      "Đào tạo nhân lực, huy động doanh nghiệp tham gia (xuyên suốt 2025 -\n2035).",
      "date",
      "2035-12-31",
    ],
    ["Mở rộng, kết nối dữ liệu với Trung tâm dữ liệu quốc gia (2026 trở đi).", "ongoing", null],
    // Not closing the item, or not a period of years.
    ["Triển khai Chương trình (2021 - 2025) trên địa bàn tỉnh.", null, null],
    ["Tổ chức hội nghị tổng kết (lần thứ 2).", null, null],
    ["Xây dựng kế hoạch (2030 - 2025).", null, null],
  ])("%j → %s %s", (text, kind, due) => {
    const d = periodDeadline(text, "2025-11-19");
    expect(d?.kind ?? null).toBe(kind);
    if (d?.kind === "date") expect(resolveDeadline(d).due).toBe(due);
  });

  it("actor-less steps with a period go to the body the plan names as its lead; the others stay plan content", () => {
    const r = extractDirective(
      [
        "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "I. NHIỆM VỤ",
        "1. Thu thập, số hóa cơ sở dữ liệu quy hoạch (2025 - 2030).",
        "2. Phổ biến, tuyên truyền về dữ liệu quy hoạch.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tài chính (cơ quan chủ trì)",
        "- Theo dõi, đôn đốc thực hiện Kế hoạch.",
      ].join("\n\n"),
    );
    expect(r.tasks.map((t) => [t.ref, t.lead.map((a) => a.name), t.originalDue])).toEqual([
      ["I.1", ["Sở Tài chính"], "2030-12-31"],
      ["II.1-1", ["Sở Tài chính"], null],
    ]);
  });

  it("a plan marking two different bodies '(cơ quan chủ trì)' gives its actor-less steps to neither", () => {
    const r = extractDirective(
      [
        "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025",
        "KẾ HOẠCH",
        "I. NHIỆM VỤ",
        "1. Thu thập, số hóa cơ sở dữ liệu quy hoạch (2025 - 2030).",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Sở Tài chính (cơ quan chủ trì)",
        "- Theo dõi, đôn đốc thực hiện Kế hoạch.",
        "2. Sở Xây dựng (cơ quan chủ trì)",
        "- Hướng dẫn lập quy hoạch.",
      ].join("\n\n"),
    );
    expect(r.tasks.map((t) => t.ref)).not.toContain("I.1");
  });
});

describe("a preamble that hands the items on keeps the numbered layout", () => {
  it("'Để …, Chính phủ yêu cầu …' before the list does not make the body a run of paragraphs", () => {
    const r = extractDirective(
      [
        "NGHỊ QUYẾT",
        "Để bảo vệ môi trường sống, Chính phủ yêu cầu các bộ, ngành tập trung thực hiện tốt các nhiệm vụ.",
        "Tình trạng rác thải sinh hoạt còn diễn biến phức tạp.",
        "1. Bộ Nông nghiệp và Môi trường hướng dẫn phân loại rác thải.",
        "2. Bộ Xây dựng ban hành quy chuẩn bãi chôn lấp.",
      ].join("\n\n"),
      { documentDate: "2025-10-01" },
    );
    expect(r.tasks.map((t) => t.ref)).toEqual(["1", "2"]);
  });
});
