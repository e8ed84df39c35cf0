/*
 * Bundled catalogue data, checked by hand against the source text in
 * packages/core/catalogue-sources/. Drafted by extractDirective, then every item
 * read against the text; corrections by hand carry a "Hand-checked" comment.
 * Edit this data, not the extractor's output; catalogue.test.ts validates it.
 */
import type { DirectiveDocument } from "../../model/document.js";
import type { Task } from "../../model/task.js";

export const KL_221_DOCUMENT: DirectiveDocument = {
  id: "221-KL/TW@2025-11-28",
  symbol: {
    symbol: "221-KL/TW",
    number: "221",
    typeCode: "KL",
    issuerCode: "TW",
    system: "party",
  },
  typeName: "Kết luận",
  issuerName: "Bộ Chính trị, Ban Bí thư",
  date: "2025-11-28",
  title:
    "về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp",
  references: [
    {
      symbol: "565-BC/BTCTW",
      date: "2025-11-27",
      relation: "based_on",
    },
  ],
  // Two copies of the same conclusion: 003 (numbered 1.–5., news list after it) and 004 ([1]–[5]).
  source: "003_35a65e80e7c2d07d.txt, 004_0db2f7ce7a1ff3b5.txt",
};

export const KL_221_TASKS: readonly Task[] = [
  {
    code: "221-KL/TW@2025-11-28#2",
    documentId: "221-KL/TW@2025-11-28",
    ref: "2",
    text: "Yêu cầu các cấp uỷ, tổ chức đảng, các cơ quan, đơn vị, địa phương nghiêm túc triển khai kịp thời, hiệu quả các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư về xây dựng, hoàn thiện tổ chức bộ máy hệ thống chính trị, vận hành chính quyền địa phương 2 cấp.",
    summary:
      "Nghiêm túc triển khai kịp thời, hiệu quả các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng, Bộ…",
    lead: [
      {
        id: "cac-cap-uy-to-chuc-dang",
        name: "các cấp uỷ, tổ chức đảng",
      },
      {
        id: "cac-co-quan-don-vi-dia-phuong",
        name: "các cơ quan, đơn vị, địa phương",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "urgent",
      flags: [],
      text: "kịp thời",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#2/2",
    documentId: "221-KL/TW@2025-11-28",
    ref: "2/2",
    text: "Yêu cầu các đồng chí bí thư tỉnh uỷ, thành uỷ, các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ phải quán xuyến và trực tiếp chỉ đạo những nhiệm vụ, nội dung công việc của bộ, ngành, địa phương mình được phân công; tăng cường đi cơ sở nắm tình hình, kiểm tra, đôn đốc, kịp thời chỉ đạo giải quyết, tháo gỡ khó khăn, vướng mắc phát sinh, nhất là việc xử lý trụ sở, tài sản công, bảo đảm các công việc được triển khai đúng tiến độ và đáp ứng yêu cầu chất lượng.",
    summary:
      "Phải quán xuyến và trực tiếp chỉ đạo những nhiệm vụ, nội dung công việc của bộ, ngành, địa phương…",
    lead: [
      {
        id: "bi-thu-tinh-uy-thanh-uy",
        name: "các đồng chí bí thư tỉnh uỷ, thành uỷ",
      },
      {
        id: "bo-truong-thu-truong-co-quan-ngang-bo",
        name: "các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "urgent",
      flags: [],
      text: "kịp thời",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#3",
    documentId: "221-KL/TW@2025-11-28",
    ref: "3",
    text: "Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo các bộ, ngành tiếp tục phối hợp với Bộ Tư pháp và các cơ quan liên quan khẩn trương rà soát toàn bộ hệ thống văn bản quy phạm pháp luật theo từng ngành, từng lĩnh vực để kịp thời sửa đổi, bổ sung, hoàn thiện thể chế, chính sách, pháp luật bảo đảm sát thực tiễn và khắc phục triệt để tình trạng chồng chéo, mâu thuẫn, chưa phù hợp với mô hình chính quyền địa phương 2 cấp. Trong đó, ưu tiên các lĩnh vực: Tài chính - ngân sách; đất đai và quy hoạch; cải cách hành chính và chuyển đổi số; phát triển khoa học, công nghệ; tổ chức bộ máy, cán bộ, chế độ, chính sách; giáo dục, đào tạo, y tế; đặc biệt chú trọng hiện đại hoá hạ tầng số, nâng cao năng lực cán bộ cấp xã và sắp xếp hợp lý đội ngũ theo yêu cầu nhiệm vụ mới.",
    summary:
      "Tiếp tục phối hợp với Bộ Tư pháp và các cơ quan liên quan khẩn trương rà soát toàn bộ hệ thống văn…",
    lead: [
      {
        id: "cac-bo-nganh",
        name: "các bộ, ngành",
      },
    ],
    coordinating: [
      {
        id: "bo-tu-phap",
        name: "Bộ Tư pháp",
      },
      {
        id: "cac-co-quan-lien-quan",
        name: "các cơ quan liên quan",
      },
    ],
    supervising: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng uỷ Chính phủ",
      },
    ],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#4",
    documentId: "221-KL/TW@2025-11-28",
    ref: "4",
    text: "Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ, tổ chức đảng ở Trung ương theo chức năng, nhiệm vụ được giao khẩn trương lãnh đạo, chỉ đạo giải quyết, xử lý các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (có phân công cụ thể tại phụ lục gửi kèm theo), hoàn thành trong năm 2025. Đối với những nội dung chưa thể giải quyết ngay, phải có phương án phân công, lộ trình thời gian cụ thể và thông tin đầy đủ đến các cơ quan, đơn vị, địa phương.",
    summary:
      // Hand-checked: the duty itself, with the appendix and the year it must be done in.
      "Giải quyết, xử lý các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (theo phụ lục), hoàn thành trong năm 2025",
    lead: [
      {
        id: "cac-cap-uy-to-chuc-dang-o-trung-uong",
        name: "các cấp uỷ, tổ chức đảng ở Trung ương",
      },
    ],
    coordinating: [],
    supervising: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng uỷ Chính phủ",
      },
    ],
    reportTo: [],
    deadline: {
      kind: "date",
      date: "2025-12-31",
      precision: "year",
      bound: "inclusive",
      flags: [],
      text: "trong năm 2025",
    },
    originalDue: "2025-12-31",
    currentDue: "2025-12-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#4/2",
    documentId: "221-KL/TW@2025-11-28",
    ref: "4/2",
    text: "Yêu cầu các cấp uỷ, cơ quan, đơn vị, địa phương đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy bên trong, khẩn trương hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập theo yêu cầu, tiến độ.",
    summary:
      "Đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy bên trong, khẩn trương hoàn thành việc sắp xếp các đơn…",
    lead: [
      {
        id: "cac-cap-uy-co-quan-don-vi-dia-phuong",
        name: "các cấp uỷ, cơ quan, đơn vị, địa phương",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "urgent",
      flags: [],
      text: "khẩn trương",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#4/3",
    documentId: "221-KL/TW@2025-11-28",
    ref: "4/3",
    text: "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế, Bộ Giáo dục và Đào tạo và Bộ Nội vụ khẩn trương sắp xếp các cơ sở giáo dục công lập cấp xã (trường mầm non, tiểu học, trung học cơ sở, trường liên cấp) và các trạm y tế cấp xã, hoàn thành dứt điểm trước ngày 31/12/2025.",
    summary:
      "Phối hợp Bộ Y tế, Bộ Giáo dục và Đào tạo và Bộ Nội vụ khẩn trương sắp xếp các cơ sở giáo dục công…",
    lead: [
      {
        id: "cac-tinh-uy-thanh-uy",
        name: "Các tỉnh uỷ, thành uỷ",
      },
    ],
    coordinating: [
      {
        id: "bo-y-te",
        name: "Bộ Y tế",
      },
      {
        id: "bo-giao-duc-va-dao-tao",
        name: "Bộ Giáo dục và Đào tạo",
      },
      {
        id: "bo-noi-vu",
        name: "Bộ Nội vụ",
      },
    ],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      date: "2025-12-31",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 31/12/2025",
    },
    originalDue: "2025-12-31",
    currentDue: "2025-12-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "221-KL/TW@2025-11-28#5",
    documentId: "221-KL/TW@2025-11-28",
    ref: "5",
    text: "Giao Ban Tổ chức Trung ương tiếp tục chủ trì, phối hợp với Bộ Nội vụ đánh giá kỹ tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp, nhất là việc tổ chức thực hiện các chủ trương, định hướng về tổ chức bộ máy, cán bộ, phân cấp, phân quyền, phân loại đơn vị hành chính… báo cáo Bộ Chính trị, Ban Bí thư để chỉ đạo.",
    summary:
      "Tiếp tục chủ trì, phối hợp với Bộ Nội vụ đánh giá kỹ tình hình, kết quả hoạt động của bộ máy hệ…",
    lead: [
      {
        id: "ban-to-chuc-trung-uong",
        name: "Ban Tổ chức Trung ương",
      },
    ],
    coordinating: [
      {
        id: "bo-noi-vu",
        name: "Bộ Nội vụ",
      },
    ],
    supervising: [],
    reportTo: [
      {
        id: "bo-chinh-tri",
        name: "Bộ Chính trị",
      },
      {
        id: "ban-bi-thu",
        name: "Ban Bí thư",
      },
    ],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
];
