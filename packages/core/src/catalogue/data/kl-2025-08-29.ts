/*
 * Bundled catalogue data, checked by hand against the source text in
 * packages/core/catalogue-sources/. Drafted by extractDirective, then every item
 * read against the text; corrections by hand carry a "Hand-checked" comment.
 * Edit this data, not the extractor's output; catalogue.test.ts validates it.
 */
import type { DirectiveDocument } from "../../model/document.js";
import type { Task } from "../../model/task.js";

/**
 * Kết luận of Bộ Chính trị, Ban Bí thư, session of 29/8/2025. This copy prints no
 * number: the document is identified by its date and title, its symbol is null.
 */
export const KL_2025_08_29_DOCUMENT: DirectiveDocument = {
  id: "không-số@2025-08-29",
  symbol: null,
  typeName: "Kết luận",
  issuerName: "Bộ Chính trị, Ban Bí thư",
  date: "2025-08-29",
  title:
    "về tình hình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp",
  references: [
    {
      symbol: "23/2025/TT-BNNMT",
      relation: "cites",
    },
    {
      symbol: "253-QĐ/TW",
      date: "2025-01-24",
      relation: "cites",
    },
    {
      symbol: "255-QĐ/TW",
      date: "2025-01-24",
      relation: "cites",
    },
    {
      symbol: "178-KL/TW",
      date: "2025-07-17",
      relation: "cites",
    },
    {
      symbol: "02-KH/BCĐ",
      date: "2025-06-19",
      relation: "cites",
    },
    {
      symbol: "56-KH/BCĐ",
      date: "2025-07-04",
      relation: "cites",
    },
    {
      symbol: "18-NQ/TW",
      relation: "cites",
    },
    {
      symbol: "457-BC/BTCTW",
      date: "2025-08-28",
      relation: "based_on",
    },
  ],
  source: "000_8de8813f52df6de2.txt",
};

export const KL_2025_08_29_TASKS: readonly Task[] = [
  {
    code: "không-số@2025-08-29#2",
    documentId: "không-số@2025-08-29",
    ref: "2",
    text: "Yêu cầu các cơ quan, đơn vị ở Trung ương, các đảng uỷ, tỉnh uỷ, thành uỷ trực thuộc Trung ương, cấp uỷ, tổ chức đảng trong hệ thống chính trị triển khai thực hiện nghiêm các kết luận, quy định mới của Bộ Chính trị về công tác cán bộ, khung số lượng ban chấp hành, ban thường vụ, phó bí thư tỉnh uỷ, thành uỷ trực thuộc Trung ương; khung số lượng cấp phó của các cơ quan, tổ chức trong hệ thống chính trị...",
    summary:
      "Triển khai thực hiện nghiêm các kết luận, quy định mới của Bộ Chính trị về công tác cán bộ, khung số…",
    lead: [
      {
        id: "cac-co-quan-don-vi-o-trung-uong",
        name: "các cơ quan, đơn vị ở Trung ương",
      },
      {
        id: "cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
        name: "các đảng uỷ, tỉnh uỷ, thành uỷ trực thuộc Trung ương",
      },
      {
        id: "cac-cap-uy-to-chuc-dang",
        name: "cấp uỷ, tổ chức đảng trong hệ thống chính trị",
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
    code: "không-số@2025-08-29#3",
    documentId: "không-số@2025-08-29",
    ref: "3",
    text: "Giao Đảng uỷ Chính phủ, Đảng uỷ Quốc hội lãnh đạo, chỉ đạo các cơ quan chức năng tiếp tục rà soát, tham mưu, hoàn thiện hệ thống pháp luật về tổ chức, hoạt động của chính quyền địa phương 2 cấp, tạo hành lang pháp lý thuận lợi để các địa phương triển khai thực hiện; hướng dẫn, hỗ trợ địa phương triển khai các nhiệm vụ được phân cấp, phân quyền trong giai đoạn hiện nay.",
    summary:
      "Tiếp tục rà soát, tham mưu, hoàn thiện hệ thống pháp luật về tổ chức, hoạt động của chính quyền địa…",
    lead: [
      {
        id: "cac-co-quan-chuc-nang",
        name: "các cơ quan chức năng",
      },
    ],
    coordinating: [],
    supervising: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng uỷ Chính phủ",
      },
      {
        id: "dang-uy-quoc-hoi",
        name: "Đảng uỷ Quốc hội",
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
    code: "không-số@2025-08-29#3/2",
    documentId: "không-số@2025-08-29",
    ref: "3/2",
    text: "Yêu cầu người đứng đầu các ban, bộ, ngành ở Trung ương phải trực tiếp lãnh đạo, chỉ đạo tham mưu, đề xuất tháo gỡ những khó khăn, vướng mắc, điểm nghẽn về pháp luật đã được rà soát theo kết luận của Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật; khẩn trương chỉ đạo hướng dẫn xử lý, tháo gỡ những khó khăn, vướng mắc liên quan trực tiếp đến hoạt động của chính quyền địa phương 2 cấp, không để ách tắc công việc, ảnh hưởng đến việc giải quyết thủ tục hành chính cho người dân và doanh nghiệp;",
    summary:
      "Phải trực tiếp lãnh đạo, chỉ đạo tham mưu, đề xuất tháo gỡ những khó khăn, vướng mắc, điểm nghẽn về…",
    lead: [
      {
        id: "nguoi-dung-dau-cac-ban-bo-nganh-trung-uong",
        name: "người đứng đầu các ban, bộ, ngành ở Trung ương",
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
    code: "không-số@2025-08-29#3/3",
    documentId: "không-số@2025-08-29",
    ref: "3/3",
    text: "giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo sơ kết đánh giá 2 tháng thực hiện phân cấp, phân quyền, đề xuất điều chỉnh, sửa đổi, bổ sung những bất cập (nếu có), báo cáo Bộ Chính trị trong tháng 9/2025.",
    summary:
      "Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo sơ kết đánh giá 2 tháng thực…",
    lead: [
      {
        id: "dang-uy-bo-noi-vu",
        name: "Đảng ủy Bộ Nội vụ",
      },
    ],
    coordinating: [
      {
        id: "cac-co-quan-don-vi-dia-phuong",
        name: "các cơ quan, đơn vị, địa phương",
      },
    ],
    supervising: [],
    reportTo: [
      {
        id: "bo-chinh-tri",
        name: "Bộ Chính trị",
      },
    ],
    deadline: {
      kind: "date",
      date: "2025-09-30",
      precision: "month",
      bound: "inclusive",
      flags: [],
      text: "trong tháng 9/2025",
    },
    originalDue: "2025-09-30",
    currentDue: "2025-09-30",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#4(i)",
    documentId: "không-số@2025-08-29",
    ref: "4(i)",
    text: "Tiếp tục phối hợp sát sao, chặt chẽ với các tỉnh, thành phố trong vận hành chính quyền địa phương 2 cấp để kịp thời tháo gỡ khó khăn, nhất là đối với các dự án, chương trình phát triển kinh tế - xã hội, thực hiện tốt các mục tiêu, chỉ tiêu tăng trưởng của địa phương trong năm 2025.",
    summary:
      "Tiếp tục phối hợp sát sao, chặt chẽ với các tỉnh, thành phố trong vận hành chính quyền địa phương 2…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
      },
    ],
    coordinating: [
      {
        id: "cac-tinh-thanh-pho",
        name: "các tỉnh, thành phố",
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
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#4(ii)",
    documentId: "không-số@2025-08-29",
    ref: "4(ii)",
    text: "Đẩy nhanh việc tích hợp, kết nối hệ thống phần mềm quản lý ngành dọc với hệ thống dùng chung của địa phương, bảo đảm đồng bộ, liên thông, tránh chồng chéo, gián đoạn thông tin trong vận hành thực tế; tiếp tục rà soát, cắt giảm thành phần hồ sơ không cần thiết trên nguyên tắc khai thác tối đa các dữ liệu sẵn có.",
    summary:
      "Đẩy nhanh việc tích hợp, kết nối hệ thống phần mềm quản lý ngành dọc với hệ thống dùng chung của địa…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
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
    code: "không-số@2025-08-29#4(iii)",
    documentId: "không-số@2025-08-29",
    ref: "4(iii)",
    text: "Tiếp tục quan tâm bồi dưỡng nguồn lực tài chính từ ngân sách trung ương hỗ trợ phục vụ số hóa tài liệu hồ sơ; đầu tư cơ sở vật chất, nhà ở công vụ, trang thiết bị công nghệ thông tin thiết yếu tại các xã, phường, đặc khu mới thành lập, đặc biệt là ở các địa phương miền núi, khó khăn.",
    summary:
      "Tiếp tục quan tâm bồi dưỡng nguồn lực tài chính từ ngân sách trung ương hỗ trợ phục vụ số hóa tài…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
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
      kind: "ongoing",
      flags: [],
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#4(iv)",
    documentId: "không-số@2025-08-29",
    ref: "4(iv)",
    text: "Tiếp tục triển khai các tổ công tác, cử cán bộ xuống địa phương để nắm tình hình, đôn đốc hướng dẫn, hỗ trợ kịp thời trong quá trình vận hành chính quyền địa phương 2 cấp; nghiên cứu xây dựng các nội dung hướng dẫn trực tuyến, chi tiết cụ thể từng bước, phổ biến trên các nền tảng mạng xã hội, các hệ thống đào tạo trực tuyến để cán bộ cấp xã, phường nghiên cứu, học tập (nhất là các quy trình, quy chuẩn, tiêu chuẩn... để sử dụng trong quá trình thực thi nhiệm vụ); tiếp tục phối hợp tổ chức các lớp bồi dưỡng, tập huấn nghiệp vụ đối với cán bộ, công chức cấp xã ở các lĩnh vực chuyên ngành để kịp thời cập nhật các quy định mới, nâng cao kỹ năng thực hiện công vụ đáp ứng yêu cầu trong tình hình mới.",
    summary:
      "Tiếp tục triển khai các tổ công tác, cử cán bộ xuống địa phương để nắm tình hình, đôn đốc hướng dẫn,…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
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
      kind: "ongoing",
      flags: [],
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#4(v)",
    documentId: "không-số@2025-08-29",
    ref: "4(v)",
    text: "Tham mưu thực hiện thống nhất khung giá đất sau sáp nhập, làm cơ sở triển khai công tác bồi thường, giải phóng mặt bằng.",
    summary:
      "Tham mưu thực hiện thống nhất khung giá đất sau sáp nhập, làm cơ sở triển khai công tác bồi thường,…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
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
    code: "không-số@2025-08-29#4(vi)",
    documentId: "không-số@2025-08-29",
    ref: "4(vi)",
    text: "Nghiên cứu, xem xét quy trình, thủ tục rút gọn về phê duyệt điều chỉnh Quy hoạch tỉnh, thành phố mới để đáp ứng kịp thời nhu cầu phát triển kinh tế - xã hội của các địa phương.",
    summary:
      "Nghiên cứu, xem xét quy trình, thủ tục rút gọn về phê duyệt điều chỉnh Quy hoạch tỉnh, thành phố mới…",
    lead: [
      {
        id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
        name: "các bộ, ngành, cơ quan thuộc Chính phủ",
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
    code: "không-số@2025-08-29#5(i)",
    documentId: "không-số@2025-08-29",
    ref: "5(i)",
    text: "Bộ Nông nghiệp và Môi trường khẩn trương ban hành văn bản hướng dẫn cụ thể về căn cứ thu hồi, giao, cho thuê đất theo Luật Đất đai; hướng dẫn việc lập quy hoạch, kế hoạch sử dụng đất cấp xã theo quy định tại Nghị định số 151 và Thông tư số 23/2025/TT-BNNMT.",
    summary:
      "Khẩn trương ban hành văn bản hướng dẫn cụ thể về căn cứ thu hồi, giao, cho thuê đất theo Luật Đất…",
    lead: [
      {
        id: "bo-nong-nghiep-va-moi-truong",
        name: "Bộ Nông nghiệp và Môi trường",
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
    code: "không-số@2025-08-29#5(ii)",
    documentId: "không-số@2025-08-29",
    ref: "5(ii)",
    text: "Bộ Nội vụ sớm tham mưu ban hành các văn bản sửa đổi, bổ sung các quy định về tổ chức bộ máy, biên chế, tuyển dụng, đánh giá, quy hoạch, đào tạo, bồi dưỡng cán bộ theo các quy định mới của Bộ Chính trị để địa phương có cơ sở thống nhất trong thực hiện; phối hợp triển khai công tác đào tạo, bồi dưỡng, tập huấn nâng cao năng lực, kỹ năng nghiệp vụ cho đội ngũ cán bộ, công chức cấp xã, đặc biệt là cán bộ trẻ, cán bộ kiêm nhiệm và cán bộ phụ trách lĩnh vực công nghệ thông tin, chuyển đổi số; khẩn trương ban hành quy định về tiêu chí và trình tự, thủ tục sắp xếp thôn, tổ dân phố; phối hợp với các bộ, ngành liên quan, các địa phương hướng dẫn việc bố trí, sắp xếp người hoạt động không chuyên trách các địa phương tổ chức thực hiện, góp phần nâng cao chất lượng hoạt động của các tổ chức tự quản của cộng đồng dân cư trên địa bàn; hướng dẫn về chức năng, nhiệm vụ, quyền hạn của các đơn vị sự nghiệp công lập để uỷ ban nhân dân cấp xã rà soát, điều chỉnh chức năng, nhiệm vụ của các đơn vị sự nghiệp công lập trực thuộc bảo đảm đồng bộ, thống nhất; khẩn trương tham mưu Chính phủ ban hành trong tháng 9/2025 quy định về tiêu chuẩn đơn vị hành chính, phân loại đơn vị hành chính và phân loại đô thị; chủ trì, phối hợp với Bộ Giáo dục và Đào tạo, Bộ Y tế, các bộ, ngành liên quan, các địa phương rà soát tổng thể nhu cầu sử dụng viên chức ngành giáo dục, y tế ở các địa phương; hướng dẫn, theo dõi, kiểm tra việc thực hiện tuyển dụng bảo đảm đúng quy định về số lượng biên chế được giao ngay từ năm học 2025 - 2026; chủ động xây dựng Đề án tiền lương và phụ cấp, báo cáo cấp có thẩm quyền quyết định để áp dụng chung, thống nhất trong toàn hệ thống chính trị.",
    summary:
      "Sớm tham mưu ban hành các văn bản sửa đổi, bổ sung các quy định về tổ chức bộ máy, biên chế, tuyển…",
    lead: [
      {
        id: "bo-noi-vu",
        name: "Bộ Nội vụ",
      },
    ],
    coordinating: [
      {
        id: "cac-bo-nganh",
        name: "các bộ, ngành liên quan",
      },
      {
        id: "cac-dia-phuong",
        name: "các địa phương",
      },
      {
        id: "bo-giao-duc-va-dao-tao",
        name: "Bộ Giáo dục và Đào tạo",
      },
      {
        id: "bo-y-te",
        name: "Bộ Y tế",
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
      kind: "date",
      date: "2025-09-30",
      precision: "month",
      bound: "inclusive",
      flags: [],
      text: "trong tháng 9/2025",
    },
    originalDue: "2025-09-30",
    currentDue: "2025-09-30",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#5(iii)",
    documentId: "không-số@2025-08-29",
    ref: "5(iii)",
    text: "Bộ Tư pháp sớm ban hành quy định thống nhất về mức độ dịch vụ công trực tuyến lĩnh vực chứng thực; nâng cấp hệ thống phần mềm hộ tịch, bảo đảm liên thông với hệ thống thủ tục hành chính các tỉnh, thành phố; khắc phục lỗi không đồng bộ thông tin giữa Hệ thống thông tin quản lý hộ tịch và Hệ thống thông tin giải quyết thủ tục hành chính để kịp thời giải quyết nhu cầu thực hiện thủ tục hành chính của người dân liên quan đến hộ tịch.",
    summary:
      "Sớm ban hành quy định thống nhất về mức độ dịch vụ công trực tuyến lĩnh vực chứng thực",
    lead: [
      {
        id: "bo-tu-phap",
        name: "Bộ Tư pháp",
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
      kind: "urgent",
      flags: [],
      text: "sớm",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#5(iv)",
    documentId: "không-số@2025-08-29",
    ref: "5(iv)",
    text: "Bộ Tài chính khẩn trương thực hiện việc chia sẻ, kết nối, tích hợp đồng bộ dữ liệu giữa Hệ thống Đăng ký thành lập hộ kinh doanh trên môi trường điện tử và Hệ thống Cơ sở dữ liệu quốc gia về đăng ký Doanh nghiệp với Hệ thống thông tin giải quyết thủ tục hành chính của các tỉnh, thành phố; tiếp tục phối hợp chặt chẽ với các tỉnh, thành phố hướng dẫn tập huấn cho cán bộ cơ sở về các nội dung liên quan đến nhiệm vụ điều hành phát triển kinh tế - xã hội.",
    summary:
      "Khẩn trương thực hiện việc chia sẻ, kết nối, tích hợp đồng bộ dữ liệu giữa Hệ thống Đăng ký thành…",
    lead: [
      {
        id: "bo-tai-chinh",
        name: "Bộ Tài chính",
      },
    ],
    coordinating: [
      {
        id: "cac-tinh-thanh-pho",
        name: "các tỉnh, thành phố",
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
    code: "không-số@2025-08-29#5(v)",
    documentId: "không-số@2025-08-29",
    ref: "5(v)",
    text: "Văn phòng Chính phủ hướng dẫn chuẩn hoá, thống nhất về phạm vi công bố thủ tục hành chính nội bộ theo thẩm quyền giải quyết của cấp tỉnh. Đôn đốc các bộ, cơ quan ngang bộ kịp thời công bố và cập nhật vào Cơ sở dữ liệu quốc gia đối với các thủ tục hành chính mới ban hành, sửa đổi, bổ sung hoặc bãi bỏ làm cơ sở cho các địa phương công bố công khai thủ tục hành chính thuộc thẩm quyền giải quyết trên địa bàn.",
    summary:
      "Hướng dẫn chuẩn hoá, thống nhất về phạm vi công bố thủ tục hành chính nội bộ theo thẩm quyền giải…",
    lead: [
      {
        id: "van-phong-chinh-phu",
        name: "Văn phòng Chính phủ",
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
    code: "không-số@2025-08-29#5(vi)",
    documentId: "không-số@2025-08-29",
    ref: "5(vi)",
    text: "Bộ Công an ban hành văn bản hướng dẫn cụ thể, thống nhất về trình tự, thủ tục phân quyền khai thác Cơ sở dữ liệu quốc gia về dân cư cho cán bộ tại các bộ phận tiếp nhận và trả kết quả thủ tục hành chính, nhằm bảo đảm việc khai thác được thực hiện kịp thời, đúng quy định và hiệu quả, góp phần nâng cao chất lượng phục vụ người dân, tổ chức trên môi trường điện tử.",
    summary:
      "Ban hành văn bản hướng dẫn cụ thể, thống nhất về trình tự, thủ tục phân quyền khai thác Cơ sở dữ…",
    lead: [
      {
        id: "bo-cong-an",
        name: "Bộ Công an",
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
    code: "không-số@2025-08-29#5(vii)",
    documentId: "không-số@2025-08-29",
    ref: "5(vii)",
    text: "Bộ Giáo dục và Đào tạo, Bộ Y tế rà soát các thông tư hướng dẫn định mức biên chế của ngành, lĩnh vực sự nghiệp giáo dục, y tế, bảo đảm đúng chủ trương, kết luận của Bộ Chính trị và báo cáo Ban Chỉ đạo Trung ương (qua Ban Tổ chức Trung ương) trước khi ban hành theo thẩm quyền; tiếp tục phối hợp chặt chẽ với các tỉnh, thành phố hướng dẫn các nội dung liên quan đến lĩnh vực giáo dục, y tế.",
    summary:
      "Rà soát các thông tư hướng dẫn định mức biên chế của ngành, lĩnh vực sự nghiệp giáo dục, y tế, bảo…",
    lead: [
      {
        id: "bo-giao-duc-va-dao-tao",
        name: "Bộ Giáo dục và Đào tạo",
      },
      {
        id: "bo-y-te",
        name: "Bộ Y tế",
      },
    ],
    coordinating: [
      {
        id: "cac-tinh-thanh-pho",
        name: "các tỉnh, thành phố",
      },
    ],
    supervising: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng uỷ Chính phủ",
      },
    ],
    reportTo: [
      {
        id: "ban-chi-dao-trung-uong",
        name: "Ban Chỉ đạo Trung ương",
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
  {
    code: "không-số@2025-08-29#6(i)",
    documentId: "không-số@2025-08-29",
    ref: "6(i)",
    text: "Sắp xếp hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp Trung ương và cấp tỉnh theo chỉ đạo của Bộ Chính trị, Ban Bí thư; trên cơ sở đó lập tổ chức đảng tương ứng, phù hợp của từng tổ chức chính trị - xã hội, hội quần chúng, bảo đảm vai trò lãnh đạo, chỉ đạo toàn diện của tổ chức đảng với tổ chức chính trị - xã hội theo Quy định số 253-QĐ/TW và Quy định số 255-QĐ/TW, ngày 24/01/2025 của Ban Bí thư.",
    summary:
      "Sắp xếp hội quần chúng do Đảng, Nhà nước giao nhiệm vụ ở cấp Trung ương và cấp tỉnh theo chỉ đạo của…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương",
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
    note: "Chú thích 1: Bảo đảm thực hiện đúng theo Kết luận số 178-KL/TW, ngày 17/7/2025 của Bộ Chính trị, Ban Bí thư; đồng bộ với các quy định về chức năng, nhiệm vụ của tổ chức đảng ở cơ quan, tổ chức nơi kết thúc hoạt động của đảng đoàn, ban cán sự đảng và tổ chức đảng trong cơ quan Liên minh Hợp tác xã Việt Nam, Hội Chữ thập đỏ Việt Nam...",
  },
  {
    code: "không-số@2025-08-29#6(ii)",
    documentId: "không-số@2025-08-29",
    ref: "6(ii)",
    text: "Chủ trì, phối hợp với các tinh uỷ, thành uỷ lãnh đạo, chỉ đạo thực hiện việc tiếp tục bố trí, sử dụng cấp phó của người đứng đầu các tổ chức chính trị - xã hội cấp tỉnh, cấp xã và lãnh đạo các ban, đơn vị cấp tỉnh theo hướng giữ nguyên số lượng cấp phó của các đoàn thể, ban, đơn vị cấp tỉnh hiện có, bố trí lãnh đạo cấp phó đoàn thể cấp xã phù hợp, bảo đảm đủ điều kiện, tiêu chuẩn; sau 5 năm thực hiện theo đúng kết luận của Bộ Chính trị, Ban Bí thư và thống nhất trong toàn quốc.",
    summary:
      "Chủ trì, phối hợp với các tinh uỷ, thành uỷ lãnh đạo, chỉ đạo thực hiện việc tiếp tục bố trí, sử…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương",
      },
    ],
    coordinating: [
      {
        id: "cac-tinh-uy-thanh-uy",
        name: "các tinh uỷ, thành uỷ",
      },
    ],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "relative",
      amount: 5,
      unit: "year",
      anchor: {
        text: "",
      },
      flags: ["unclear_anchor"],
      text: "sau 5 năm",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#6(iii)",
    documentId: "không-số@2025-08-29",
    ref: "6(iii)",
    text: "Hướng dẫn thực hiện thống nhất việc mở tài khoản và cấp mã quan hệ ngân sách cho các tổ chức chính trị - xã hội có con dấu, tài khoản riêng theo quy định để tạo thuận lợi trong triển khai thực hiện các đề án, dự án do tổ chức hội chủ trì và nhiệm vụ có tính chất đặc thù.",
    summary:
      "Hướng dẫn thực hiện thống nhất việc mở tài khoản và cấp mã quan hệ ngân sách cho các tổ chức chính…",
    lead: [
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương",
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
    code: "không-số@2025-08-29#7/2",
    documentId: "không-số@2025-08-29",
    ref: "7/2",
    text: "Giao Đảng uỷ Chính phủ, Đảng uỷ Quốc hội, Đảng uỷ các cơ quan Đảng Trung ương lãnh đạo, chỉ đạo kiện toàn nhân sự ban chấp hành, ban thường vụ, bí thư, phó bí thư phù hợp với cơ cấu lãnh đạo và yêu cầu nhiệm vụ.",
    summary:
      "Lãnh đạo, chỉ đạo kiện toàn nhân sự ban chấp hành, ban thường vụ, bí thư, phó bí thư phù hợp với cơ…",
    lead: [
      {
        id: "dang-uy-chinh-phu",
        name: "Đảng uỷ Chính phủ",
      },
      {
        id: "dang-uy-quoc-hoi",
        name: "Đảng uỷ Quốc hội",
      },
      {
        id: "dang-uy-cac-co-quan-dang-trung-uong",
        name: "Đảng uỷ các cơ quan Đảng Trung ương",
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
    code: "không-số@2025-08-29#8",
    documentId: "không-số@2025-08-29",
    ref: "8",
    text: "Yêu cầu các tinh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương thực hiện nghiêm các văn bản chỉ đạo, kết luận của Bộ Chính trị, Ban Bí thư, Chính phủ về việc giải quyết chế độ, chính sách đối với đối tượng chịu sự tác động của việc sáp xếp tổ chức bộ máy, đơn vị hành chính của hệ thống chính trị; kết thúc việc thực hiện chế độ, chính sách vào ngày 31/8/2025; khẩn trương tổ chức và chỉ đạo các đơn vị liên quan tham gia các chương trình tập huấn, bồi dưỡng, cập nhật kiến thức thường xuyên về nghiệp vụ công tác đảng, đảng viên, quản lý nhà nước về kinh tế - xã hội, quốc phòng an ninh...; phổ biến, quán triệt các kết luận, quy định, hướng dẫn của Trung ương về mô hình tổ chức và hoạt động của bộ máy chính quyền địa phương; tập trung quan tâm nâng cao kiến thức, kỹ năng quản lý hành chính cho cán bộ ở các địa phương vùng sâu, vùng xa và những nơi hạn chế về điều kiện, khả năng tiếp cận công nghệ số.",
    summary:
      "Thực hiện nghiêm các văn bản chỉ đạo, kết luận của Bộ Chính trị, Ban Bí thư, Chính phủ về việc giải…",
    lead: [
      {
        id: "cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
        name: "các tinh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      date: "2025-08-31",
      precision: "day",
      bound: "inclusive",
      flags: [],
      text: "vào ngày 31/8/2025",
    },
    originalDue: "2025-08-31",
    currentDue: "2025-08-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#8/2",
    documentId: "không-số@2025-08-29",
    ref: "8/2",
    text: "Các ban, bộ, ngành, địa phương tiếp tục đẩy mạnh thực hiện các nhiệm vụ nêu tại Kế hoạch số 02-KH/BCĐ, ngày 19/6/2025 của Ban Chỉ đạo Nghị quyết 57 về chuyển đổi số trong hệ thống chính trị, nhất là các nội dung liên quan đến số hóa dữ liệu, xây dựng, kết nối các cơ sở dữ liệu, vận hành dịch vụ công trực tuyến phục vụ người dân và doanh nghiệp...; tập trung khắc phục những tồn tại, hạn chế về pháp lý, hạ tầng, dữ liệu, con người... được nêu tại Báo cáo giám sát của Ủy ban Kiểm tra Trung ương; xác định rõ nội dung thực hiện và lộ trình thời gian hoàn thành.",
    summary:
      "Tiếp tục đẩy mạnh thực hiện các nhiệm vụ nêu tại Kế hoạch số 02-KH/BCĐ, ngày 19/6/2025 của Ban Chỉ…",
    lead: [
      {
        id: "cac-ban-bo-nganh-dia-phuong",
        name: "Các ban, bộ, ngành, địa phương",
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
    code: "không-số@2025-08-29#9(i)",
    documentId: "không-số@2025-08-29",
    ref: "9(i)",
    text: "Lãnh đạo, chỉ đạo, nâng cao chất lượng hoạt động tuyên truyền về đại hội đảng các cấp, bảo đảm đúng định hướng chính trị, tư tưởng, sâu rộng, hiệu quả, góp phần tạo sự thống nhất trong Đảng, sự đồng thuận trong xã hội và củng cố niềm tin của Nhân dân vào sự lãnh đạo của Đảng.",
    summary:
      "Lãnh đạo, chỉ đạo, nâng cao chất lượng hoạt động tuyên truyền về đại hội đảng các cấp, bảo đảm đúng…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9(ii)",
    documentId: "không-số@2025-08-29",
    ref: "9(ii)",
    text: "Tiếp thu ý kiến Bộ Chính trị, hoàn thiện văn kiện, đề án nhân sự, công tác chuẩn bị đại hội đại biểu đảng bộ tỉnh, thành phố nhiệm kỳ 2025 - 2030; chỉ đạo, hướng dẫn các đảng bộ trực thuộc khẩn trương rà soát, bổ sung, hoàn thiện chương trình hành động thực hiện nghị quyết đại hội đảng bộ cấp mình, bảo đảm bám sát định hướng, đồng bộ, thống nhất với các chỉ tiêu, sát thực tiễn, lộ trình, tiến độ cụ thể.",
    summary:
      "Tiếp thu ý kiến Bộ Chính trị, hoàn thiện văn kiện, đề án nhân sự, công tác chuẩn bị đại hội đại biểu…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9(iii)",
    documentId: "không-số@2025-08-29",
    ref: "9(iii)",
    text: "Tiếp tục củng cố, tăng cường cấp xã hoạt động thông suốt, hiệu lực, hiệu quả; chuyển mạnh sang thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm an ninh trật tự, chăm lo đời sống nhân dân.",
    summary: "Tiếp tục củng cố, tăng cường cấp xã hoạt động thông suốt, hiệu lực, hiệu quả",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#9(iii)/2",
    documentId: "không-số@2025-08-29",
    ref: "9(iii)/2",
    text: "Các đồng chí bí thư tỉnh uỷ, thành uỷ phải trực tiếp chỉ đạo để tháo gỡ khó khăn, vướng mắc; triển khai đồng bộ các biện pháp để nâng cao năng lực hoạt động cho chính quyền cấp xã, đáp ứng yêu cầu, nhiệm vụ được giao.",
    summary: "Phải trực tiếp chỉ đạo để tháo gỡ khó khăn, vướng mắc",
    lead: [
      {
        id: "bi-thu-tinh-uy-thanh-uy",
        name: "Các đồng chí bí thư tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9(iv)",
    documentId: "không-số@2025-08-29",
    ref: "9(iv)",
    text: "Tăng cường lãnh đạo, chỉ đạo quyết liệt việc rà soát quy hoạch, triển khai các dự án, chương trình, kế hoạch phát triển kinh tế - xã hội, xây dựng môi trường hỗ trợ phát triển sản xuất kinh doanh của địa phương mình, quyết tâm hoàn thành các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm 2025 và các năm tiếp theo.",
    summary:
      "Tăng cường lãnh đạo, chỉ đạo quyết liệt việc rà soát quy hoạch, triển khai các dự án, chương trình,…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9(v)",
    documentId: "không-số@2025-08-29",
    ref: "9(v)",
    text: "Rà soát, đánh giá đúng thực trạng đội ngũ cán bộ, năng lực lãnh đạo, chỉ đạo, các điều kiện để tổ chức thực hiện hiệu quả các nhiệm vụ, quyền hạn phân định thẩm quyền từ cấp huyện cho chính quyền cấp xã, nhất là khả năng tiếp tục thực hiện các dự án đầu tư từ trước, triển khai các dự án đầu tư mới và xây dựng kế hoạch, chương trình hành động để thúc đẩy phát triển kinh tế - xã hội, sản xuất kinh doanh trên địa bàn.",
    summary:
      "Rà soát, đánh giá đúng thực trạng đội ngũ cán bộ, năng lực lãnh đạo, chỉ đạo, các điều kiện để tổ…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9(vi)",
    documentId: "không-số@2025-08-29",
    ref: "9(vi)",
    text: "Tiếp tục hoàn thành việc điều chỉnh biên chế ở cấp xã; bố trí đủ biên chế, nguồn nhân lực, cán bộ có chuyên môn, nghiệp vụ theo các lĩnh vực ở cấp xã; tăng cường chỉ đạo, theo dõi sát và hướng dẫn các địa phương triển khai thực hiện.",
    summary: "Tiếp tục hoàn thành việc điều chỉnh biên chế ở cấp xã",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#9(vii)",
    documentId: "không-số@2025-08-29",
    ref: "9(vii)",
    text: "Tiếp tục rà soát, triển khai phương án chuyển đổi công năng, mục đích sử dụng của các trụ sở chưa sử dụng đến sau sáp nhập; tiếp tục tổng hợp nhu cầu nhà ở công vụ để xây dựng phương án bố trí, sắp xếp phù hợp.",
    summary:
      "Tiếp tục rà soát, triển khai phương án chuyển đổi công năng, mục đích sử dụng của các trụ sở chưa sử…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "Tiếp tục",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#9(viii)",
    documentId: "không-số@2025-08-29",
    ref: "9(viii)",
    text: "Ưu tiên đầu tư trang bị bổ sung thiết bị công nghệ thông tin cho cấp xã để đáp ứng yêu cầu làm việc trên nền tảng số.",
    summary:
      "Ưu tiên đầu tư trang bị bổ sung thiết bị công nghệ thông tin cho cấp xã để đáp ứng yêu cầu làm việc…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#9/2",
    documentId: "không-số@2025-08-29",
    ref: "9/2",
    text: "Trong quá trình vận hành mô hình chính quyền địa phương 2 cấp, yêu cầu ban thường vụ các tỉnh uỷ, thành uỷ báo cáo đầy đủ, toàn diện, trung thực, khách quan, kịp thời về những khó khăn, vướng mắc và đề xuất cụ thể biện pháp giải quyết để bảo đảm hoạt động hiệu quả; quyết liệt lãnh đạo, chỉ đạo những vấn đề thuộc thẩm quyền của địa phương như bố trí, sắp xếp cán bộ, trụ sở, tài sản công, trang thiết bị, số hoá hồ sơ, tài liệu và thực hiện chính sách cán bộ, chuyển tiếp thực hiện các dự án từ cấp huyện...; cấp uỷ, trước hết là người đứng đầu chịu trách nhiệm trước Bộ Chính trị, Ban Bí thư về những vấn đề phát sinh.",
    summary:
      "Báo cáo đầy đủ, toàn diện, trung thực, khách quan, kịp thời về những khó khăn, vướng mắc và đề xuất…",
    lead: [
      {
        id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
        name: "ban thường vụ các tỉnh uỷ, thành uỷ",
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
    code: "không-số@2025-08-29#10",
    documentId: "không-số@2025-08-29",
    ref: "10",
    text: "Giao Văn phòng Trung ương Đảng chủ trì, phối hợp với các cơ quan liên quan báo cáo Ban Bí thư trong tháng 9/2025 ban hành quy định về tinh giản văn bản, hội họp, chuẩn hoá các hoạt động cơ sở.",
    summary:
      "Chủ trì, phối hợp với các cơ quan liên quan báo cáo Ban Bí thư trong tháng 9/2025 ban hành quy định…",
    lead: [
      {
        id: "van-phong-trung-uong-dang",
        name: "Văn phòng Trung ương Đảng",
      },
    ],
    coordinating: [
      {
        id: "cac-co-quan-lien-quan",
        name: "các cơ quan liên quan",
      },
    ],
    supervising: [],
    reportTo: [
      {
        id: "ban-bi-thu",
        name: "Ban Bí thư",
      },
    ],
    deadline: {
      kind: "date",
      date: "2025-09-30",
      precision: "month",
      bound: "inclusive",
      flags: [],
      text: "trong tháng 9/2025",
    },
    originalDue: "2025-09-30",
    currentDue: "2025-09-30",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#11(i)",
    documentId: "không-số@2025-08-29",
    ref: "11(i)",
    text: "Chủ trì, phối hợp với Đảng uỷ Quốc hội, Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương, Đảng uỷ Bộ Nội vụ và các cơ quan có liên quan nghiên cứu, rà soát, hoàn thiện vị trí việc làm, biên chế tổng thể của hệ thống chính trị, báo cáo Bộ Chính trị, Ban Bí thư trong quý IV/2025.",
    summary:
      "Chủ trì, phối hợp với Đảng uỷ Quốc hội, Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương, Đảng uỷ…",
    lead: [
      {
        id: "ban-to-chuc-trung-uong",
        name: "Ban Tổ chức Trung ương",
      },
    ],
    coordinating: [
      {
        id: "dang-uy-quoc-hoi",
        name: "Đảng uỷ Quốc hội",
      },
      {
        id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
        name: "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương",
      },
      {
        id: "dang-uy-bo-noi-vu",
        name: "Đảng uỷ Bộ Nội vụ",
      },
      {
        id: "cac-co-quan-lien-quan",
        name: "các cơ quan có liên quan",
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
      kind: "date",
      date: "2025-12-31",
      precision: "quarter",
      bound: "inclusive",
      flags: [],
      text: "trong quý IV/2025",
    },
    originalDue: "2025-12-31",
    currentDue: "2025-12-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "không-số@2025-08-29#11(ii)",
    documentId: "không-số@2025-08-29",
    ref: "11(ii)",
    text: "Phối hợp với Ủy ban Kiểm tra Trung ương theo dõi, đánh giá tình hình, kết quả thực hiện nhiệm vụ nêu tại các kết luận của Bộ Chính trị, Ban Bí thư và Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW; rà soát việc chỉ đạo hướng dẫn, xử lý, giải quyết khó khăn, vướng mắc, kiến nghị của các cấp uỷ, tổ chức đảng, cơ quan, đơn vị, địa phương để tổng hợp, báo cáo Bộ Chính trị, Ban Bí thư định kỳ hằng tháng.",
    summary:
      "Phối hợp với Ủy ban Kiểm tra Trung ương theo dõi, đánh giá tình hình, kết quả thực hiện nhiệm vụ nêu…",
    lead: [
      {
        id: "ban-to-chuc-trung-uong",
        name: "Ban Tổ chức Trung ương",
      },
    ],
    coordinating: [
      {
        id: "uy-ban-kiem-tra-trung-uong",
        name: "Ủy ban Kiểm tra Trung ương",
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
      kind: "recurring",
      recurrence: {
        freq: "monthly",
        bound: "inclusive",
        start: "2025-08-29",
      },
      flags: [],
      text: "định kỳ hằng tháng",
    },
    originalDue: "2025-08-31",
    currentDue: "2025-08-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
];
