// Who must act, read from hand-written directive sentences (not corpus rows).
import { describe, expect, it } from "vitest";
import { extractDirective } from "./extract.js";

const leads = (...items: string[]) =>
  extractDirective(`CHỈ THỊ\n\n${items.join("\n\n")}\n`, { documentDate: "2025-10-01" }).tasks.map(
    (t) => [t.ref, t.lead.map((a) => a.name)],
  );

describe("the lead of an item", () => {
  it("an office-holder's item is led by the body", () => {
    expect(leads("1. Giám đốc Sở Y tế khẩn trương rà soát danh mục thuốc.")).toEqual([
      ["1", ["Sở Y tế"]],
    ]);
  });

  it("a long member list after 'các tỉnh:' is read to its end, one body per province", () => {
    expect(
      leads(
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái, Hà Giang, Cao Bằng, Bắc Kạn, Lạng Sơn, Tuyên Quang và Thái Nguyên tiếp tục rà soát các điểm sạt lở.",
      ),
    ).toEqual([
      [
        "1",
        [
          "Ủy ban nhân dân tỉnh Lào Cai",
          "Ủy ban nhân dân tỉnh Yên Bái",
          "Ủy ban nhân dân tỉnh Hà Giang",
          "Ủy ban nhân dân tỉnh Cao Bằng",
          "Ủy ban nhân dân tỉnh Bắc Kạn",
          "Ủy ban nhân dân tỉnh Lạng Sơn",
          "Ủy ban nhân dân tỉnh Tuyên Quang",
          "Ủy ban nhân dân tỉnh Thái Nguyên",
        ],
      ],
    ]);
  });

  it("a passive chapeau in a later paragraph passes no earlier subject to its sub-items", () => {
    const r = extractDirective(
      [
        "KẾ HOẠCH",
        "",
        "1. Kinh phí",
        "",
        "Các doanh nghiệp trên địa bàn chủ động bố trí nguồn lực để thực hiện Kế hoạch.",
        "",
        "Kinh phí của từng nhiệm vụ được quy định như sau:",
        "",
        "- Nhiệm vụ điều tra cơ bản: ngân sách tỉnh.",
        "",
        "- Nhiệm vụ đầu tư hạ tầng: vốn của doanh nghiệp.",
        "",
      ].join("\n"),
      { documentDate: "2025-10-01" },
    );
    const dashes = r.tasks.filter((t) => t.ref.includes("-"));
    expect(dashes.map((t) => t.lead)).toEqual(dashes.map(() => []));
  });

  it.each([
    ["Về", "1. Về đầu tư trạm y tế xã: Giao Bộ Y tế hướng dẫn địa phương thực hiện."],
    ["Đối với", "1. Đối với các dự án chậm tiến độ: Bộ Xây dựng khẩn trương kiểm tra, xử lý."],
  ])("a topic opened by '%s …:' is no actor: the body after it leads", (_w, item) => {
    const [ref, lead] = leads(item)[0] ?? [];
    expect(ref).toBe("1");
    expect((lead as string[])[0]).toMatch(/^Bộ (Y tế|Xây dựng)$/u);
  });

  it("a body, a colon and its duty in lower case: the body leads", () => {
    expect(leads("1. Sở Công Thương: chỉ đạo các chợ đầu mối bảo đảm nguồn hàng.")).toEqual([
      ["1", ["Sở Công Thương"]],
    ]);
  });

  it("a heading line listing bodies between ';' leads every sub-item", () => {
    expect(
      leads(
        "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã",
        "a) Rà soát thủ tục hành chính.",
      ),
    ).toEqual([["1.a", ["các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã"]]]);
  });

  it("lower-case units after a comma continue a group's name", () => {
    expect(
      leads(
        "1. Ủy ban nhân dân các xã, phường, thị trấn chủ động bố trí kinh phí phòng, chống dịch.",
      ),
    ).toEqual([["1", ["Ủy ban nhân dân các xã, phường, thị trấn"]]]);
  });

  it("after an adverbial opener and its comma, the known body before its predicate leads", () => {
    expect(
      leads(
        "1. Trên cơ sở đề xuất của các địa phương, Bộ Tài chính khẩn trương bố trí kinh phí hỗ trợ.",
      ),
    ).toEqual([["1", ["Bộ Tài chính"]]]);
  });

  it("a section title in capitals is no task of its own", () => {
    const r = extractDirective(
      [
        "KẾ HOẠCH",
        "I. NHIỆM VỤ",
        "1. Bộ Tài chính bố trí kinh phí.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Thủ tướng Chính phủ yêu cầu Bộ Y tế tổ chức thực hiện Kế hoạch này.",
      ].join("\n\n"),
      { documentDate: "2025-10-01" },
    );
    expect(r.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([["Bộ Tài chính"], ["Bộ Y tế"]]);
  });

  it.each([
    ["Đề nghị", "c) Đề nghị Sở Nội vụ"],
    ["Đề nghị Trung ương", "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam"],
  ])("a heading '%s <body>' without a duty of its own: the body leads its sub-items", (_w, h) => {
    const got = leads(h, "- Chỉ đạo các cơ sở tổ chức ra quân làm sạch môi trường.");
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toBe("c-1");
    expect((got[0]?.[1] as string[])[0]).toMatch(
      /^(Trung ương Mặt trận Tổ quốc Việt Nam|Sở Nội vụ)$/u,
    );
  });

  it("a body line with a colon below an item's title leads the item's dashes", () => {
    expect(
      leads(
        "b) Hoàn thiện hạ tầng kỹ thuật đồng bộ về thu gom, vận chuyển và xử lý rác thải sinh hoạt sau phân loại tại các đô thị\n\nỦy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:",
        "- Bố trí đủ phương tiện thu gom rác thải.",
        "- Đầu tư khu xử lý chất thải tập trung.",
      ),
    ).toEqual([
      ["b-1", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]],
      ["b-2", ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]],
    ]);
  });

  it("the paragraph right above a list, handing it to a body, leads the items naming none", () => {
    expect(
      leads(
        "Theo đó, Thủ tướng Chính phủ yêu cầu Bộ Công an thực hiện các nhiệm vụ sau:",
        "(1) Chỉ đạo công an các địa phương tăng cường tuần tra, kiểm soát.",
        "(2) Phối hợp với Bộ Xây dựng rà soát quy định xử phạt.",
        "(3) Bộ Y tế hướng dẫn xét nghiệm nồng độ cồn.",
      ),
    ).toEqual([
      ["(1)", ["Bộ Công an"]],
      ["(2)", ["Bộ Công an"]],
      ["(3)", ["Bộ Y tế"]],
    ]);
  });

  it("under the list opening, a title over sub-items is no task, and an item naming its own body at any depth takes none of the opening's lead", () => {
    expect(
      leads(
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các nhiệm vụ sau:",
        "1. Công tác thanh tra, kiểm tra hoạt động đấu thầu trên địa bàn tỉnh trong năm 2026",
        "1.1. Thanh tra tỉnh: Tăng cường công tác thanh tra hoạt động đấu thầu.",
        "1.2. Thanh tra Thành phố Đà Lạt: Tăng cường công tác thanh tra hoạt động đấu thầu.",
        "1.3. Rà soát các gói thầu chậm tiến độ.",
        "1.4. Các sở: Nông nghiệp và Môi trường, Xây dựng, Quy hoạch - Kiến trúc, Nội vụ và các xã,\nphường: phối hợp công khai danh mục dự án.",
      ),
    ).toEqual([
      ["1.1", ["Thanh tra tỉnh"]],
      ["1.2", ["Thanh tra Thành phố Đà Lạt"]],
      ["1.3", ["các sở, ban, ngành"]],
      // Its members break across the line: not read, but still not the opening's.
      ["1.4", []],
    ]);
  });

  it("a dash heading's sub-items never take the opening of a list printed after them", () => {
    const r = extractDirective(
      "CÔNG ĐIỆN\n\nBộ Xây dựng yêu cầu các cơ quan, đơn vị:\n- Chủ động phối hợp, hỗ trợ địa phương.\n- Cục Đường bộ Việt Nam\n+ Chỉ đạo các Khu Quản lý đường bộ phối hợp tổ chức trực.\n+ Khẩn trương thành lập các Tổ công tác.\nXem chi tiết tại Công điện số 96/CĐ-BXD.\n|\n**BỘ XÂY DỰNG**\n\nThực hiện Công điện của Thủ tướng Chính phủ, Bộ Xây dựng yêu cầu các cơ quan, đơn vị:\n1. Quán triệt nghiêm chỉ đạo.\n",
      { documentDate: "2025-10-01" },
    );
    const got = r.tasks.map((t) => [t.text.slice(0, 12), t.lead.map((a) => a.name)]);
    expect(got.filter(([text]) => text === "Khẩn trương " || text === "Thực hiện Cô")).toEqual([
      ["Khẩn trương ", []],
    ]);
  });

  it.each([
    ["1. Bộ Y tế: Khẩn trương hỗ trợ thuốc, vật tư y tế cho các địa phương.", ["Bộ Y tế"]],
    // A capital after the colon that opens no verb is no duty of the body's.
    ["1. Bộ Y tế: Kế hoạch năm 2026 về phòng, chống dịch bệnh.", []],
  ])("a body, a colon and its duty opening in capitals with a verb: %j", (item, lead) => {
    expect(leads(item)).toEqual([["1", lead]]);
  });

  it.each([
    // The issuer announcing its own plan hands nothing on.
    [
      "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
      "1. Rà soát các thủ tục hành chính.",
    ],
  ])("no lead from an opening paragraph: %j", (intro, item) => {
    const got = leads(intro, item);
    expect(got[got.length - 1]?.[1]).toEqual([]);
  });

  it.each([
    ["Ủy ban nhân dân tỉnh yêu cầu Sở Y tế khẩn trương kiểm tra an toàn thực phẩm.", ["Sở Y tế"]],
    ["Phó Thủ tướng Chính phủ giao Bộ Xây dựng chủ trì hoàn thiện hồ sơ dự án.", ["Bộ Xây dựng"]],
  ])("a requester's name before 'yêu cầu / giao': the addressee leads (%j)", (item, lead) => {
    expect(leads(`1. ${item}`)).toEqual([["1", lead]]);
  });

  it.each([
    // A relative clause: "do X giao Y" names who assigned the duties, the subject before acts.
    [
      "Ban Chỉ đạo định kỳ tổ chức kiểm tra tình hình thực hiện các nhiệm vụ do Thủ tướng Chính phủ, Chính phủ giao các bộ, ngành và địa phương.",
      ["Ban Chỉ đạo"],
    ],
    // An upward request for support: the one who asks acts.
    [
      "Trường hợp dự phòng ngân sách địa phương không đáp ứng được nhu cầu, Chủ tịch Ủy ban nhân dân cấp tỉnh đề nghị Thủ tướng Chính phủ hỗ trợ.",
      ["Ủy ban nhân dân cấp tỉnh"],
    ],
    [
      "Ủy ban nhân dân tỉnh đề nghị Bộ Tài chính xem xét bổ sung kinh phí.",
      ["Ủy ban nhân dân tỉnh"],
    ],
  ])("the addressee after 'giao / đề nghị' does not lead (%j)", (item, lead) => {
    expect(leads(`1. ${item}`)).toEqual([["1", lead]]);
  });

  it("addressees listed across ';' after 'yêu cầu': the requester never leads", () => {
    const got = leads(
      "1. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức quán triệt Chỉ thị trong tháng 12/2025.",
    );
    expect(got.flatMap(([, lead]) => lead)).toEqual([
      "các sở, ban, ngành",
      "Ủy ban nhân dân các xã, phường",
    ]);
  });

  it("an opening clause, the requester's name, 'yêu cầu' and the addressee above a list: the addressee leads it", () => {
    expect(
      leads(
        "Nhằm tăng cường quản lý tài nguyên nước, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Nông nghiệp và Môi trường thực hiện các nhiệm vụ sau:",
        "1. Rà soát các giếng khai thác nước dưới đất.",
        "2. Các Bộ: Công Thương, Xây dựng hướng dẫn doanh nghiệp tiết kiệm nước.",
      ),
    ).toEqual([
      ["1", ["Sở Nông nghiệp và Môi trường"]],
      // It opens with a body's name: it names its own actor and never takes the list's.
      ["2", ["Bộ Công Thương", "Bộ Xây dựng"]],
    ]);
  });

  it("a sentence announcing the list below, closing an item without sub-items, is no task", () => {
    const r = extractDirective(
      "CÔNG ĐIỆN\n\n- Bộ Y tế kiểm tra các bệnh viện. Để khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu các Bộ, cơ quan thực hiện các nhiệm vụ sau:\n\n1. Bộ Tài chính bố trí kinh phí.",
      { documentDate: "2025-10-01" },
    );
    expect(r.tasks.map((t) => t.ref)).toEqual(["-1", "1"]);
  });

  it("in a run of paragraphs, one ending in ';' or ':' hands its body to the next paragraph naming none", () => {
    const r = extractDirective(
      [
        "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tiếp tục lãnh đạo công tác sắp xếp.",
        "Bộ Chính trị giao Ban Thường vụ các tỉnh ủy, thành ủy chủ động chuẩn bị các điều kiện;",
        "Bảo đảm kiện toàn tổ chức bộ máy cấp xã;",
        "Đưa vào hoạt động cấp xã mới trước ngày 15/7/2025.",
        "Hoàn thành việc bàn giao tài sản trước ngày 30/7/2025.",
        "Thủ tướng nhấn mạnh, đây là chương trình có các ý nghĩa sau:",
        "Thứ nhất, khẳng định tính nhân văn của chính sách xã hội.",
      ].join("\n\n"),
      { documentDate: "2025-05-25" },
    );
    const got = r.tasks.map((t) => [t.text.slice(0, 12), t.lead.map((a) => a.name)]);
    expect(got.slice(0, 4)).toEqual([
      ["Bộ Chính trị", ["các cấp ủy, tổ chức đảng"]],
      ["Bộ Chính trị", ["Ban Thường vụ các tỉnh ủy, thành ủy"]],
      ["Bảo đảm kiện", ["Ban Thường vụ các tỉnh ủy, thành ủy"]],
      ["Đưa vào hoạt", ["Ban Thường vụ các tỉnh ủy, thành ủy"]],
    ]);
    // After a full stop the run ends; words that hand on nothing pass on no body.
    expect(got.some(([text]) => text === "Hoàn thành v" || text === "Thứ nhất, kh")).toBe(false);
  });

  it("'giao' in 'giao thông / bàn giao' hands on nothing to the next paragraph", () => {
    const r = extractDirective(
      [
        "Bộ Xây dựng đôn đốc các dự án giao thông trọng điểm, bàn giao mặt bằng cho các nhà thầu:",
        "Hoàn thành giải phóng mặt bằng trước ngày 30/9/2025.",
      ].join("\n\n"),
      { documentDate: "2025-05-25" },
    );
    const got = r.tasks.map((t) => [t.text.slice(0, 12), t.lead.map((a) => a.name)]);
    // The actor-less paragraph takes no body from above (it is kept as a warning).
    expect(got).toEqual([["Bộ Xây dựng ", ["Bộ Xây dựng"]]]);
  });

  it("'Về <chủ đề>:' opens a duty of its own, also when the same body goes on", () => {
    expect(
      leads(
        "1. Các địa phương phát động chiến dịch xây dựng lại nhà ở. Về kinh phí: Các địa phương chủ động bố trí ngân sách. Về tổ chức thực hiện: Các địa phương phân công rõ trách nhiệm.",
      ),
    ).toEqual([
      ["1", ["Các địa phương"]],
      ["1/2", ["Các địa phương"]],
      ["1/3", ["Các địa phương"]],
    ]);
  });

  it.each([
    [
      "1. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan phải tuân thủ quy định về cấp phép.",
      "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan",
    ],
    [
      "1. Các sở, ban, ngành, đoàn thể tỉnh chủ động phối hợp tuyên truyền.",
      "Các sở, ban, ngành, đoàn thể tỉnh",
    ],
  ])("'tổ chức, cá nhân' and 'đoàn thể' continue a group's name: %j", (item, lead) => {
    expect(leads(item)).toEqual([["1", [lead]]]);
  });

  it.each([
    [
      "1. Các Bộ: Công Thương, Xây dựng hướng dẫn doanh nghiệp tiết kiệm nước.",
      ["Bộ Công Thương", "Bộ Xây dựng"],
    ],
    [
      "1. Các Bộ, cơ quan: Tài chính, Xây dựng theo chức năng, nhiệm vụ được giao khẩn trương rà soát.",
      ["Bộ Tài chính", "Bộ Xây dựng"],
    ],
  ])(
    "members after 'các Bộ(, cơ quan):' are names even when they read like verbs: %j",
    (item, lead) => {
      expect(leads(item)).toEqual([["1", lead]]);
    },
  );

  it("a body, an adverbial between commas, then its predicate: the body leads", () => {
    expect(
      leads(
        "1. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp dự toán kinh phí.",
      ),
    ).toEqual([["1", ["Sở Tài chính"]]]);
  });
});
