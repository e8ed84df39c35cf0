/*
 * Bundled catalogue data, checked by hand against the source text in
 * packages/core/catalogue-sources/. Drafted by extractDirective, then every item
 * read against the text; corrections by hand carry a "Hand-checked" comment.
 * Edit this data, not the extractor's output; catalogue.test.ts validates it.
 */
import type { DirectiveDocument } from "../../model/document.js";
import type { Task } from "../../model/task.js";

export const KL_195_DOCUMENT: DirectiveDocument = {
  id: "195-KL/TW@2025-09-26",
  symbol: {
    symbol: "195-KL/TW",
    number: "195",
    typeCode: "KL",
    issuerCode: "TW",
    system: "party",
  },
  typeName: "Kết luận",
  issuerName: "Bộ Chính trị, Ban Bí thư",
  date: "2025-09-26",
  title:
    "về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp",
  references: [
    {
      symbol: "56-KH/BCĐ",
      relation: "cites",
    },
    {
      symbol: "192-KL/TW",
      date: "2025-09-19",
      relation: "cites",
    },
    {
      symbol: "02-KH/BCĐ",
      date: "2025-06-19",
      relation: "cites",
    },
  ],
  source: "001_e28c69e39740ef77.txt",
};

export const KL_195_TASKS: readonly Task[] = [
  {
    code: "195-KL/TW@2025-09-26#¶3",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶3",
    text: "Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy tổ chức thành công đại hội các đảng bộ trực thuộc Trung ương theo đúng kế hoạch; chú trọng tuyên truyền trước, trong và sau đại hội. Các cấp ủy phải nghiên cứu kỹ và tiếp tục triển khai thực hiện nghiêm các kết luận của Bộ Chính trị, Ban Bí thư về nâng cao hiệu quả hoạt động của hệ thống chính trị và bộ máy chính quyền địa phương 2 cấp; kịp thời tháo gỡ khó khăn, khắc phục những bất cập, mâu thuẫn, chồng chéo trong các quy định liên quan đến hoạt động của bộ máy mới, nhất là cấp cơ sở; tiếp tục đẩy mạnh cải cách thủ tục hành chính, cắt giảm báo cáo, văn bản, hội họp không cần thiết; tăng cường kiểm tra, hướng dẫn, tập huấn chuyên môn, nghiệp vụ; tiếp tục rà soát, tinh gọn bộ máy bên trong; tập trung khẩn trương sắp xếp, bố trí lại đội ngũ cán bộ, công chức cấp xã, bảo đảm tổ chức bộ máy hoạt động thông suốt, hiệu lực, hiệu quả theo phương châm “mới phải tốt hơn cũ, nói đi đôi với làm, đoàn kết thống nhất vì nhân dân phục vụ”, không để gián đoạn hoạt động công vụ, không bỏ sót nhiệm vụ…",
    summary: "Tổ chức thành công đại hội các đảng bộ trực thuộc Trung ương theo đúng kế hoạch",
    lead: [
      {
        id: "cac-cap-uy",
        name: "các cấp ủy",
      },
    ],
    coordinating: [],
    supervising: [],
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
    code: "195-KL/TW@2025-09-26#¶4",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶4",
    text: "Các cấp ủy khẩn trương triển khai các nghị quyết của Bộ Chính trị mới ban hành; tiếp tục đổi mới công tác nghiên cứu, học tập, quán triệt nghị quyết của Đảng; đẩy mạnh thông tin, tuyên truyền về chủ trương, đường lối, định hướng, chiến lược phát triển đất nước, cơ chế, chính sách, thành tựu về kinh tế - xã hội, hiệu quả hoạt động của chính quyền địa phương 2 cấp, tăng cường đấu tranh ngăn chặn phản bác thông tin sai trái, thù địch trên không gian mạng; nhân rộng các mô hình tốt, cách làm hay, hiệu quả, tạo sức lan tỏa, đồng thuận xã hội.",
    summary: "Khẩn trương triển khai các nghị quyết của Bộ Chính trị mới ban hành",
    lead: [
      {
        id: "cac-cap-uy",
        name: "Các cấp ủy",
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
    code: "195-KL/TW@2025-09-26#¶5",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶5",
    text: "Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ, Chính phủ, các cơ quan có liên quan tiếp tục phối hợp chặt chẽ với Đảng ủy Quốc hội trong việc triển khai thực hiện các nhiệm vụ liên quan đến xây dựng, hoàn thiện thể chế được giao tại các nghị quyết, kết luận, kế hoạch của Trung ương, Bộ Chính trị, Ban Bí thư và các nhiệm vụ nêu tại Kế hoạch số 56-KH/BCĐ.",
    summary:
      "Tiếp tục phối hợp chặt chẽ với Đảng ủy Quốc hội trong việc triển khai thực hiện các nhiệm vụ liên…",
    lead: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng ủy Chính phủ",
      },
      {
        id: "chinh-phu",
        name: "Chính phủ",
      },
      {
        id: "cac-co-quan-lien-quan",
        name: "các cơ quan có liên quan",
      },
    ],
    coordinating: [
      {
        id: "dang-uy-quoc-hoi",
        name: "Đảng ủy Quốc hội",
      },
    ],
    supervising: [],
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
    code: "195-KL/TW@2025-09-26#¶6",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶6",
    text: "Theo đó, Đảng ủy Chính phủ tập trung triển khai thực hiện nghiêm Kết luận số 192-KL/TW (ngày 19-9-2025) của Bộ Chính trị, Ban Bí thư, nhất là rà soát, đánh giá kỹ lưỡng tính khả thi trong thực hiện nhiệm vụ phân quyền, phân cấp, phân định thẩm quyền trong quản lý, đề xuất phương án xử lý kịp thời các vướng mắc, sửa đổi, bổ sung ban hành kịp thời các nghị định của Chính phủ có liên quan đến hoạt động của mô hình chính quyền địa phương 2 cấp, rà soát, hiệu chỉnh tổ chức bộ máy chuyên môn các sở, ngành và việc phân cấp, phân quyền cho cơ sở. Chỉ đạo hướng dẫn hoàn thiện quy hoạch phát triển tỉnh, xã, phường, đặc khu hoàn thành trước ngày 30-10-2025.",
    summary:
      "Tập trung triển khai thực hiện nghiêm Kết luận số 192-KL/TW (ngày 19-9-2025) của Bộ Chính trị, Ban…",
    lead: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng ủy Chính phủ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      date: "2025-10-30",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 30-10-2025",
    },
    originalDue: "2025-10-30",
    currentDue: "2025-10-30",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶7",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶7",
    text: "Yêu cầu các đồng chí bộ trưởng, bí thư tỉnh ủy, thành ủy, chủ tịch UBND các tỉnh, thành phố chịu trách nhiệm quán xuyến chỉ đạo khắc phục những tồn tại, hạn chế đã được chỉ ra qua báo cáo của Ban Tổ chức Trung ương và Ủy ban Kiểm tra Trung ương thuộc trách nhiệm của bộ, ngành, địa phương mình.",
    summary:
      "Chịu trách nhiệm quán xuyến chỉ đạo khắc phục những tồn tại, hạn chế đã được chỉ ra qua báo cáo của…",
    lead: [
      {
        // Hand-checked: the ministers (the registry's ministers' group); written without "thủ trưởng cơ quan ngang bộ".
        id: "bo-truong-thu-truong-co-quan-ngang-bo",
        name: "các đồng chí bộ trưởng",
      },
      {
        id: "bi-thu-tinh-uy-thanh-uy",
        name: "bí thư tỉnh ủy, thành ủy",
      },
      {
        id: "chu-tich-ubnd-cac-tinh-thanh-pho",
        name: "chủ tịch UBND các tỉnh, thành phố",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      text: "",
      flags: [],
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶7/2",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶7/2",
    text: "Phân công rõ trách nhiệm, xác định rõ thời gian phải hoàn thành, các bộ, ngành, địa phương phải hoàn thành việc giải quyết hồ sơ thủ tục hành chính tồn đọng quá hạn trước ngày 15-10-2025; trực tiếp kiểm tra, đánh giá các nhiệm vụ của bộ, của địa phương đang triển khai ở cấp cơ sở để có hướng dẫn, chỉ đạo kịp thời.",
    summary:
      "Phải hoàn thành việc giải quyết hồ sơ thủ tục hành chính tồn đọng quá hạn trước ngày 15-10-2025",
    lead: [
      {
        id: "cac-bo-nganh-dia-phuong",
        name: "các bộ, ngành, địa phương",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      date: "2025-10-15",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 15-10-2025",
    },
    originalDue: "2025-10-15",
    currentDue: "2025-10-15",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶8",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶8",
    text: "Kết luận số 195-KL/TW cũng nêu rõ: các bộ, ngành, địa phương tiếp tục đẩy mạnh thực hiện Kế hoạch số 02-KH/BCĐ (ngày 19-6-2025) của Ban Chỉ đạo Nghị quyết 57 về chuyển đổi số trong hệ thống chính trị, khẩn trương khắc phục những tồn tại, hạn chế, khó khăn, vướng mắc về thể chế, cơ sở vật chất, hạ tầng công nghệ và nhân lực đã được chỉ ra trong Báo cáo của Ủy ban Kiểm tra Trung ương.",
    summary:
      "Tiếp tục đẩy mạnh thực hiện Kế hoạch số 02-KH/BCĐ (ngày 19-6-2025) của Ban Chỉ đạo Nghị quyết 57 về…",
    lead: [
      {
        id: "cac-bo-nganh-dia-phuong",
        name: "các bộ, ngành, địa phương",
      },
    ],
    coordinating: [],
    supervising: [],
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
    code: "195-KL/TW@2025-09-26#¶9",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶9",
    text: "Giao Thường trực Ban Chỉ đạo Nghị quyết 57 làm việc cụ thể với các cơ quan: Đảng ủy các cơ quan Đảng Trung ương, Đảng ủy Chính phủ, Đảng ủy Quốc hội, Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương để đôn đốc tháo gỡ khó khăn, vướng mắc bảo đảm đồng bộ, liên thông trong hệ thống chính trị. Tăng cường sự lãnh đạo, chỉ đạo công tác bảo vệ bí mật nhà nước, bảo đảm an ninh mạng, bảo mật thông tin, an toàn dữ liệu.",
    summary:
      "Làm việc cụ thể với các cơ quan: Đảng ủy các cơ quan Đảng Trung ương, Đảng ủy Chính phủ, Đảng ủy…",
    lead: [
      {
        id: "thuong-truc-ban-chi-dao-nghi-quyet-57",
        name: "Thường trực Ban Chỉ đạo Nghị quyết 57",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      text: "",
      flags: [],
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶10.1",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶10.1",
    text: "Việc sắp xếp tổ chức bộ máy của toàn bộ các tổ chức chính trị - xã hội, hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp Trung ương và cấp tỉnh và lập tổ chức đảng tương ứng, phù hợp của từng tổ chức chính trị - xã hội và triển khai thực hiện;",
    summary:
      "Việc sắp xếp tổ chức bộ máy của toàn bộ các tổ chức chính trị - xã hội, hội quần chúng do Đảng, Nhà…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
      },
    ],
    coordinating: [],
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
      kind: "date",
      date: "2025-10-07",
      precision: "week",
      bound: "inclusive",
      flags: ["ambiguous"],
      text: "trong tuần đầu tháng 10-2025",
    },
    originalDue: "2025-10-07",
    currentDue: "2025-10-07",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶10.2",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶10.2",
    text: "Rà soát, sắp xếp các cơ quan báo chí trực thuộc cơ quan Trung ương Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và các hội quần chúng do Đảng và Nhà nước giao nhiệm vụ;",
    summary:
      "Rà soát, sắp xếp các cơ quan báo chí trực thuộc cơ quan Trung ương Mặt trận Tổ quốc, các tổ chức…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
      },
    ],
    coordinating: [],
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
      kind: "date",
      date: "2025-10-07",
      precision: "week",
      bound: "inclusive",
      flags: ["ambiguous"],
      text: "trong tuần đầu tháng 10-2025",
    },
    originalDue: "2025-10-07",
    currentDue: "2025-10-07",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶10.3",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶10.3",
    text: "Hoàn thiện mô hình tổ chức và hoạt động của Liên minh Hợp tác xã Việt Nam, Liên đoàn Thương mại và Công nghiệp Việt Nam trong tình hình mới.",
    summary:
      "Hoàn thiện mô hình tổ chức và hoạt động của Liên minh Hợp tác xã Việt Nam, Liên đoàn Thương mại và…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
      },
    ],
    coordinating: [],
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
      kind: "date",
      date: "2025-10-07",
      precision: "week",
      bound: "inclusive",
      flags: ["ambiguous"],
      text: "trong tuần đầu tháng 10-2025",
    },
    originalDue: "2025-10-07",
    currentDue: "2025-10-07",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶11",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶11",
    text: "Bộ Chính trị, Ban Bí thư yêu cầu các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ, bí thư cấp ủy các địa phương căn cứ báo cáo của Ban Tổ chức Trung ương và báo cáo giám sát của Ủy ban Kiểm tra Trung ương trực tiếp quán xuyến, chỉ đạo khắc phục những tồn tại, hạn chế đã được chỉ ra thuộc trách nhiệm của bộ, ngành, địa phương; phân công rõ trách nhiệm và xác định rõ thời gian phải hoàn thành việc khắc phục.",
    summary:
      "Căn cứ báo cáo của Ban Tổ chức Trung ương và báo cáo giám sát của Ủy ban Kiểm tra Trung ương trực…",
    lead: [
      {
        id: "bo-truong-thu-truong-co-quan-ngang-bo",
        name: "các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ",
      },
      {
        id: "bi-thu-cap-uy-cac-dia-phuong",
        name: "bí thư cấp ủy các địa phương",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      text: "",
      flags: [],
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "195-KL/TW@2025-09-26#¶12",
    documentId: "195-KL/TW@2025-09-26",
    ref: "¶12",
    text: "Bộ Chính trị, Ban Bí thư giao Ban Tổ chức Trung ương chủ trì, phối hợp cùng các cấp ủy, cơ quan, đơn vị liên quan giúp Bộ Chính trị, Ban Bí thư thường xuyên theo dõi, nắm chắc tình hình, tham gia ý kiến (khi cần thiết) trong quá trình triển khai thực hiện nhiệm vụ của các cấp ủy, cơ quan, đơn vị bảo đảm đúng tiến độ, chủ trương, yêu cầu của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo; điều chỉnh, bổ sung các nội dung, nhiệm vụ và tiến độ thực hiện phù hợp tình hình thực tiễn; sơ kết việc thực hiện Nghị quyết 18 và các kết luận của Bộ Chính trị về vấn đề này, báo cáo Ban Chấp hành Trung ương Đảng tại Hội nghị Trung ương 14 vào tháng 11-2025.",
    summary:
      "Chủ trì, phối hợp cùng các cấp ủy, cơ quan, đơn vị liên quan giúp Bộ Chính trị, Ban Bí thư thường…",
    lead: [
      {
        id: "ban-to-chuc-trung-uong",
        name: "Ban Tổ chức Trung ương",
      },
    ],
    coordinating: [
      {
        id: "cac-cap-uy-co-quan-don-vi-lien-quan",
        name: "các cấp ủy, cơ quan, đơn vị liên quan",
      },
    ],
    supervising: [],
    reportTo: [
      {
        id: "ban-chap-hanh-trung-uong",
        name: "Ban Chấp hành Trung ương Đảng",
      },
    ],
    deadline: {
      kind: "event",
      event: "Hội nghị Trung ương 14",
      date: "2025-11-30",
      bound: "inclusive",
      flags: [],
      text: "tại Hội nghị Trung ương 14 vào tháng 11-2025",
    },
    originalDue: "2025-11-30",
    currentDue: "2025-11-30",
    extensions: [],
    completedOn: null,
    progress: [],
  },
];
