/*
 * Bundled catalogue data, checked by hand against the source text in
 * packages/core/catalogue-sources/. Drafted by extractDirective, then every item
 * read against the text; corrections by hand carry a "Hand-checked" comment.
 * Edit this data, not the extractor's output; catalogue.test.ts validates it.
 */
import type { DirectiveDocument } from "../../model/document.js";
import type { Task } from "../../model/task.js";

export const CV_322_DOCUMENT: DirectiveDocument = {
  id: "322-CV/ĐU@2025-08-03",
  symbol: {
    symbol: "322-CV/ĐU",
    number: "322",
    typeCode: "CV",
    issuerCode: "ĐU",
    system: "party",
  },
  typeName: "Công văn",
  issuerName: "Đảng ủy Chính phủ",
  date: "2025-08-03",
  title: "triển khai Kết luận số 183-KL/TW, ngày 25/7/2025 của Bộ Chính trị, Ban Bí thư",
  references: [
    {
      // The subject line prints 25/7/2025; the body's 01/8/2025 is the conclusion's date.
      symbol: "183-KL/TW",
      date: "2025-08-01",
      relation: "implements",
    },
    {
      symbol: "18-NQ/TW",
      relation: "cites",
    },
    {
      symbol: "56-KH/BCĐ",
      date: "2025-07-04",
      relation: "cites",
    },
    {
      symbol: "02-KH/BCĐTW",
      date: "2025-06-19",
      relation: "cites",
    },
    {
      // Hand-checked: the report Kết luận 183 was issued on, sent along; this letter only cites it.
      symbol: "428-BC/BTCTW",
      date: "2025-07-31",
      relation: "cites",
    },
  ],
  source: "002_dfb016a19d2361ee.txt",
};

export const CV_322_TASKS: readonly Task[] = [
  {
    code: "322-CV/ĐU@2025-08-03#1.a",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.a",
    text: "Tiếp tục rà soát, ban hành hoặc trình ban hành theo thẩm quyền đầy đủ các văn bản (văn bản hóa) để triển khai thực hiện nghiêm, đúng tiến độ tất cả các nhiệm vụ được giao; kịp thời khắc phục tồn tại, hạn chế nêu tại các báo cáo, kiến nghị của các cơ quan thanh tra, kiểm tra, giám sát.",
    summary:
      "Tiếp tục rà soát, ban hành hoặc trình ban hành theo thẩm quyền đầy đủ các văn bản (văn bản hóa) để…",
    lead: [
      {
        id: "cac-dang-uy-truc-thuoc",
        name: "Các Đảng ủy trực thuộc",
      },
      {
        id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
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
    note: "Chú thích 1: Trong đó tập trung thực hiện các nhiệm vụ được giao tại: các Kết luận, chỉ đạo của Bộ Chính trị, Ban Bí thư, Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18-NQ/TW, Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; chỉ đạo của Đảng ủy Chính phủ, Chính phủ, Bí thư Đảng ủy, Thủ tướng Chính phủ, Phó Bí thư Đảng ủy, Phó Thủ tướng Thường trực Chính phủ từ 01/07/2025 đến nay.",
  },
  {
    code: "322-CV/ĐU@2025-08-03#1.b",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.b",
    text: "Các Đảng ủy trực thuộc, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ phối hợp chặt chẽ với các địa phương, bám sát, nắm chắc tình hình thực tế, thường xuyên kiểm tra việc thực hiện các Luật, Nghị quyết của Quốc hội, Nghị định, Nghị quyết của Chính phủ, Quyết định, Công điện của Thủ tướng Chính phủ..., kịp thời phát hiện bất cập, chòng chéo, đề xuất việc sửa đổi, bổ sung đồng bộ các quy định pháp luật liên quan đến tổ chức, hoạt động của chính quyền địa phương 2 cấp; tiếp tục rà soát ban hành, sửa đổi, bổ sung các thông tư, quy định của bộ, cơ quan, ban hành đầy đủ các văn bản, hướng dẫn về phân cấp, phân quyền, phân định rõ thẩm quyền trong ngành, lĩnh vực, giữa các ngành, lĩnh vực, giữa trung ương và địa phương bảo đảm rõ trách nhiệm của địa phương trong thực hiện thẩm quyền, chức năng, nhiệm vụ mới gắn với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, đối ngoại và bảo đảm an sinh xã hội.",
    summary:
      "Phối hợp chặt chẽ với các địa phương, bám sát, nắm chắc tình hình thực tế, thường xuyên kiểm tra…",
    lead: [
      {
        id: "cac-dang-uy-truc-thuoc",
        name: "Các Đảng ủy trực thuộc",
      },
      {
        id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      },
    ],
    coordinating: [
      {
        id: "cac-dia-phuong",
        name: "các địa phương",
      },
    ],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "ongoing",
      flags: [],
      text: "thường xuyên",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#1.c(1)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.c(1)",
    text: "Rà soát tổng thể các văn bản pháp luật, cơ chế, chính sách của Trung ương áp dụng đối với địa phương hoặc do địa phương ban hành (trước và sau sắp xếp đơn vị hành chính cấp tỉnh, cấp xã, vận hành mô hình chính quyền địa phương 2 cấp) trong thực hiện chính quyền địa phương 02 cấp và phát triển kinh tế - xã hội của địa phương;",
    summary:
      "Rà soát tổng thể các văn bản pháp luật, cơ chế, chính sách của Trung ương áp dụng đối với địa phương…",
    lead: [
      {
        id: "cac-bo-co-quan-trung-uong",
        name: "Các bộ, cơ quan Trung ương",
      },
      {
        id: "ubnd-cac-tinh-thanh-pho",
        name: "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
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
    code: "322-CV/ĐU@2025-08-03#1.c(2)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.c(2)",
    text: "Rà soát, hoàn thiện thể chế, cơ chế, chính sách liên kết, phát triển vùng và từng địa phương, các chiến lược, quy hoạch, kế hoạch, chương trình, dự án (nhất là các dự án khó khăn, vướng mắc tồn đọng), cơ chế, chính sách đặc thù, đặc biệt, bố trí ngân sách, nguồn lực, các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh...;",
    summary:
      "Rà soát, hoàn thiện thể chế, cơ chế, chính sách liên kết, phát triển vùng và từng địa phương, các…",
    lead: [
      {
        id: "cac-bo-co-quan-trung-uong",
        name: "Các bộ, cơ quan Trung ương",
      },
      {
        id: "ubnd-cac-tinh-thanh-pho",
        name: "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
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
    code: "322-CV/ĐU@2025-08-03#1.c(3)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.c(3)",
    text: "Tập trung chỉ đạo thực hiện đồng bộ, hiệu quả, kịp thời điều chỉnh, giải quyết, tháo gỡ ngay vướng mắc, bất cập theo thẩm quyền hoặc đề xuất cấp có thẩm quyền điều chỉnh phù hợp, bảo đảm tạo điều kiện thuận lợi nhất cho địa phương phát huy tối đa nguồn lực, tiềm năng, lợi thế, dư địa cho phát triển kinh tế - xã hội.",
    summary:
      "Tập trung chỉ đạo thực hiện đồng bộ, hiệu quả, kịp thời điều chỉnh, giải quyết, tháo gỡ ngay vướng…",
    lead: [
      {
        id: "cac-bo-co-quan-trung-uong",
        name: "Các bộ, cơ quan Trung ương",
      },
      {
        id: "ubnd-cac-tinh-thanh-pho",
        name: "Uỷ ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
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
    code: "322-CV/ĐU@2025-08-03#1.d",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.d",
    text: 'Đề nghị các tinh ủy, thành ủy trực thuộc Trung ương tập trung lãnh đạo, chỉ đạo cấp ủy trực thuộc, Hội đồng nhân dân, Uỷ ban nhân dân các tỉnh, thành phố, các xã, phường, đặc khu theo chức năng, nhiệm vụ mới, tập trung cao độ trong thực hiện các chủ trương, nghị quyết, kết luận, chỉ đạo của Trung ương, Bộ Chính trị, Ban Bí thư, Chính phủ về nhiệm vụ, giải pháp phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, đối ngoại...; tập trung kiên toàn, bố trí đủ các chức danh, chức vụ cấp ủy, chính quyền còn thiếu, nhất là là các vị trí, chức danh Bí thư, Chủ tịch Ủy ban nhân dân, Chủ tịch Hội đồng nhân dân cấp xã, đội ngũ cán bộ, công chức cấp xã... bảo đảm đáp ứng yêu cầu thực hiện nhiệm vụ; chủ động phát huy sáng tạo, tự chủ, tự chịu trách nhiệm của chính quyền địa phương, nhất là người đứng đầu trong tổ chức thực hiện thẩm quyền mới đã được phân cấp với tinh thần "địa phương quyết, địa phương làm, địa phương chịu trách nhiệm"; bảo đảm kịp thời, không để bò sót, chậm trễ, khoảng trống, gián đoạn trong thực hiện các nhiệm vụ; xác định rõ trách nhiệm trong phối hợp giải quyết các khó khăn, vướng mắc, không đùn đẩy trách nhiệm; bảo đảm hoàn thành các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội Chính phủ, Thủ tướng Chính phủ giao.',
    summary:
      "Tập trung lãnh đạo, chỉ đạo cấp ủy trực thuộc, Hội đồng nhân dân, Uỷ ban nhân dân các tỉnh, thành…",
    lead: [
      {
        id: "cac-tinh-uy-thanh-uy",
        name: "các tinh ủy, thành ủy trực thuộc Trung ương",
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
    code: "322-CV/ĐU@2025-08-03#1.đ",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.đ",
    text: "Khẩn trương rà soát, chỉ đạo thực hiện hoàn thành đúng yêu cầu, tiến độ các nhiệm vụ tại Kế hoạch số 56-KH/BCĐ, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18-NQ/TW, Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, các kế hoạch, chỉ đạo của Chính phủ, Thủ tướng Chính phủ về triển khai Kế hoạch số 56-KH/BCĐ và Kế hoạch số 02-KH/BCĐTW.",
    summary:
      "Khẩn trương rà soát, chỉ đạo thực hiện hoàn thành đúng yêu cầu, tiến độ các nhiệm vụ tại Kế hoạch số…",
    lead: [
      {
        id: "cac-dang-uy-truc-thuoc",
        name: "Các Đảng ủy trực thuộc",
      },
      {
        id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "urgent",
      flags: [],
      text: "Khẩn trương",
    },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#1.e",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.e",
    text: 'Theo chức năng, nhiệm vụ được giao, chủ động phối hợp với các cơ quan liên quan rà soát, đầu tư đầy đủ và triển khai các giải pháp quyết liệt hơn nữa để bảo đảm các điều kiện cần thiết, nhất là hạ tầng, cơ sở dữ liệu, phần mềm, cơ chế vận hành, chữ ký số, chứng thư số, nhân sự hỗ trợ số hóa dữ liệu "đúng - đủ - sạch - sống"; khả năng chia sẻ, sử dụng lại dữ liệu số hóa đồng bộ, liên thông; phần mềm ứng dụng cung cấp dịch vụ công và phần mềm tác nghiệp (hộ tịch, đất đai, đăng ký kinh doanh, thuế...) để vận hành hiệu quả Trung tâm Phục vụ hành chính công cấp xã, Cổng Dịch vụ công quốc gia thông suốt, nhanh, hiệu quả.',
    summary:
      "Theo chức năng, nhiệm vụ được giao, chủ động phối hợp với các cơ quan liên quan rà soát, đầu tư đầy…",
    lead: [
      {
        id: "cac-dang-uy-truc-thuoc",
        name: "Các Đảng ủy trực thuộc",
      },
      {
        id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      },
    ],
    coordinating: [
      {
        id: "cac-co-quan-lien-quan",
        name: "các cơ quan liên quan",
      },
    ],
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
    code: "322-CV/ĐU@2025-08-03#1.g",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.g",
    text: "Các bộ, ngành, địa phương khẩn trương số hóa hồ sơ, tài liệu theo quy định và xây dựng cơ sở dữ liệu của tất cả các ngành, các cấp; hoàn thành việc chuyển đổi, điều phối dữ liệu trên hệ thống của các tỉnh, bảo đảm đầy đủ, chính xác phục vụ công tác quản lý, điều hành thông suốt, hiệu quả, không để xảy ra tình trạng tắc nghẽn, gián đoạn, ảnh hưởng đến hoạt động công vụ, giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến cho người dân, doanh nghiệp; kịp thời tháo gỡ các khó khăn, vướng mắc, khắc phục ngay các sự cố (nếu có).",
    summary:
      "Khẩn trương số hóa hồ sơ, tài liệu theo quy định và xây dựng cơ sở dữ liệu của tất cả các ngành, các…",
    lead: [
      {
        id: "cac-bo-nganh-dia-phuong",
        name: "Các bộ, ngành, địa phương",
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
    code: "322-CV/ĐU@2025-08-03#1.h",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "1.h",
    text: "Các bộ, ngành, địa phương tập trung xây dựng tài liệu tập huấn, đào tạo, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, nhất là đội ngũ công chức, viên chức cấp xã, đáp ứng yêu cầu công việc của tình hình mới.",
    summary:
      "Tập trung xây dựng tài liệu tập huấn, đào tạo, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ,…",
    lead: [
      {
        id: "cac-bo-nganh-dia-phuong",
        name: "Các bộ, ngành, địa phương",
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
    code: "322-CV/ĐU@2025-08-03#2.a(1)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "2.a(1)",
    text: "Hướng dẫn thực hiện kiện toàn tổ chức bộ máy, sắp xếp, bố trí, đào tạo đội ngũ cán bộ, công chức, viên chức; tiếp tục triển khai tổ chức tập huấn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ công chức, viên chức cấp xã; xây dựng bộ công cụ đánh giá hiệu quả công việc, làm thước đo chất lượng công chức, viên chức theo yêu cầu phân cấp, phân quyền thực hiện chức năng, nhiệm vụ theo mô hình mới;",
    summary:
      "Hướng dẫn thực hiện kiện toàn tổ chức bộ máy, sắp xếp, bố trí, đào tạo đội ngũ cán bộ, công chức,…",
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
    ],
    supervising: [
      {
        id: "dang-uy-cac-bo-co-quan",
        name: "Đảng ủy các bộ, cơ quan",
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
    code: "322-CV/ĐU@2025-08-03#2.a(2)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "2.a(2)",
    text: "Nghiên cứu, ban hành hoặc đề xuất cấp có thẩm quyền ban hành quy định về chế độ, chính sách, bảo đảm tính tương quan giữa các đối tượng cán bộ, công chức chịu sự tác động do sắp xếp tổ chức bộ máy;",
    summary:
      "Nghiên cứu, ban hành hoặc đề xuất cấp có thẩm quyền ban hành quy định về chế độ, chính sách, bảo đảm…",
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
    ],
    supervising: [
      {
        id: "dang-uy-cac-bo-co-quan",
        name: "Đảng ủy các bộ, cơ quan",
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
    note: "Chú thích 2: Gồm: Cán bộ, công chức, viên chức và người lao động đã có từ đủ 15 năm trở lên làm nghề, công việc nặng nhọc, độc hại, nguy hiểm hoặc có đủ 15 năm trở lên làm việc ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn và đã đủ tuổi nghỉ hưu; cán bộ cấp xã trở lên đang hưởng chế độ hưu trí, chế độ mất sức lao động, chế độ bệnh binh; người lao động làm việc tại các Hội do Đảng và Nhà nước giao nhiệm vụ ở cấp tỉnh, cấp huyện; cán bộ công đoàn chuyên trách làm việc theo chế độ họp đồng lao động (hưởng lương và phụ cấp từ nguồn kinh phí công đoàn).",
  },
  {
    code: "322-CV/ĐU@2025-08-03#2.a(3)",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "2.a(3)",
    text: "Chủ trì, phối hợp với Bộ Tài chính, các cơ quan, địa phương, chỉ đạo, hướng dẫn chính sách, chế độ đối với các đối tượng cán bộ, công chức chịu tác động do sắp xếp tổ chức bộ máy trước ngày 31/8/2025; sau thời điểm này sẽ kết thúc; báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025.",
    summary:
      "Chủ trì, phối hợp với Bộ Tài chính, các cơ quan, địa phương, chỉ đạo, hướng dẫn chính sách, chế độ…",
    lead: [
      {
        id: "bo-noi-vu",
        name: "Bộ Nội vụ",
      },
    ],
    coordinating: [
      {
        id: "bo-tai-chinh",
        name: "Bộ Tài chính",
      },
      {
        // Hand-checked: the registry's "các cơ quan, đơn vị, địa phương", written shorter.
        id: "cac-co-quan-don-vi-dia-phuong",
        name: "các cơ quan, địa phương",
      },
    ],
    supervising: [
      {
        id: "dang-uy-cac-bo-co-quan",
        name: "Đảng ủy các bộ, cơ quan",
      },
    ],
    reportTo: [
      {
        id: "chinh-phu",
        name: "Chính phủ",
      },
    ],
    deadline: {
      kind: "date",
      date: "2025-08-31",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 31/8/2025",
    },
    originalDue: "2025-08-31",
    currentDue: "2025-08-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#2.b",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "2.b",
    text: "Bộ Tài chính chỉ đạo nghiên cứu, trình ban hành theo thẩm quyền quy định đổi mới cơ cấu phân bổ ngân sách tài chính đối với các cấp chính quyền địa phương; tiếp tục thực hiện việc bố trí ngân sách, trang bị cơ sở vật chất, điều kiện, phương tiện làm việc... bảo đảm mô hình mới vận hành thông suốt, hiệu quả; chủ trì, phối hợp với Bộ Nội vụ, các cơ quan, địa phương, chỉ đạo, hướng dẫn, bố trí kịp thời kinh phí, giải quyết dứt điểm chế độ, chính sách đối với các đối tượng cán bộ, công chức chịu tác động do sắp xếp tổ chức bộ máy trước ngày 31/8/2025; sau thời điểm này sẽ kết thúc; báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025.",
    summary:
      "Chỉ đạo nghiên cứu, trình ban hành theo thẩm quyền quy định đổi mới cơ cấu phân bổ ngân sách tài…",
    lead: [
      {
        id: "bo-tai-chinh",
        name: "Bộ Tài chính",
      },
    ],
    coordinating: [
      {
        id: "bo-noi-vu",
        name: "Bộ Nội vụ",
      },
      {
        // Hand-checked: the registry's "các cơ quan, đơn vị, địa phương", written shorter.
        id: "cac-co-quan-don-vi-dia-phuong",
        name: "các cơ quan, địa phương",
      },
    ],
    supervising: [
      {
        id: "dang-uy-cac-bo-co-quan",
        name: "Đảng ủy các bộ, cơ quan",
      },
    ],
    reportTo: [
      {
        id: "chinh-phu",
        name: "Chính phủ",
      },
    ],
    deadline: {
      kind: "date",
      date: "2025-08-31",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 31/8/2025",
    },
    originalDue: "2025-08-31",
    currentDue: "2025-08-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#2.c",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "2.c",
    text: "Bộ Tư pháp khẩn trương hoàn thiện việc rà soát, tổng hợp, lấy ý kiến các bộ, ngành để đề xuất phương án hoàn thiện pháp luật, nhất là các quy định giữa các luật, nghị quyết, nghị định, thông tư về phân cấp, phân quyền, phân định thẩm quyền khi tổ chức mô hình chính quyền địa phương 2 cấp còn mâu thuẫn, chồng chéo, chưa bảo đảm tính thống nhất hoặc chưa đủ cụ thể, rõ ràng để địa phương triển khai thực hiện. Hoàn thành và báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025.",
    summary:
      "Khẩn trương hoàn thiện việc rà soát, tổng hợp, lấy ý kiến các bộ, ngành để đề xuất phương án hoàn…",
    lead: [
      {
        id: "bo-tu-phap",
        name: "Bộ Tư pháp",
      },
    ],
    coordinating: [],
    supervising: [
      {
        id: "dang-uy-cac-bo-co-quan",
        name: "Đảng ủy các bộ, cơ quan",
      },
    ],
    reportTo: [
      {
        id: "chinh-phu",
        name: "Chính phủ",
      },
    ],
    deadline: {
      kind: "date",
      date: "2025-08-31",
      precision: "day",
      bound: "before",
      flags: [],
      text: "trước ngày 31/8/2025",
    },
    originalDue: "2025-08-31",
    currentDue: "2025-08-31",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#3",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "3",
    text: "Các Đảng ủy trực thuộc, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao rà soát toàn diện nhiệm vụ, công việc, thực hiện nghiêm, chịu trách nhiệm về việc hoàn thành đúng tiến độ, bảo đảm chất lượng các nhiệm vụ, công việc được giao theo chỉ đạo của Bộ Chính trị, Ban Bí thư, Đảng ủy Chính phủ, Chính phủ, Thủ tướng Chính phủ; theo dõi sát tình hình thực hiện, bảo đảm các điều kiện để thực hiện có hiệu quả, kịp thời điều chỉnh, bổ sung phù hợp, nhất là các nhiệm vụ phân cấp cho cấp tỉnh, cấp xã; tổng hợp, đánh giá, báo cáo đầy đủ kết quả 2 tháng thực hiện phân cấp, phân quyền cho chính quyền địa phương theo quy định.",
    summary:
      "Theo chức năng, nhiệm vụ được giao rà soát toàn diện nhiệm vụ, công việc, thực hiện nghiêm, chịu…",
    lead: [
      {
        id: "cac-dang-uy-truc-thuoc",
        name: "Các Đảng ủy trực thuộc",
      },
      {
        id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
        name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
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
    code: "322-CV/ĐU@2025-08-03#4",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "4",
    text: "Đảng ủy Bộ Nội vụ chủ trì tham mưu Đảng ủy Chính phủ chỉ đạo việc theo dõi tình hình và chế độ báo cáo để tổng hợp, chuẩn bị báo cáo đánh giá kết quả 2 tháng thực hiện phân cấp, phân quyền (mục 3, Kết luận số 183-KL/TW), báo cáo gửi Ban Tổ chức Trung ương chậm nhất trước ngày 25 hàng tháng (mục 9 Kết luận số 183-KL/TW nêu trên).",
    summary:
      "Chủ trì tham mưu Đảng ủy Chính phủ chỉ đạo việc theo dõi tình hình và chế độ báo cáo để tổng hợp,…",
    lead: [
      {
        id: "dang-uy-bo-noi-vu",
        name: "Đảng ủy Bộ Nội vụ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [
      {
        id: "ban-to-chuc-trung-uong",
        name: "Ban Tổ chức Trung ương",
      },
    ],
    deadline: {
      kind: "recurring",
      recurrence: {
        freq: "monthly",
        byMonthDay: 25,
        bound: "before",
        start: "2025-08-03",
      },
      flags: [],
      text: "chậm nhất trước ngày 25 hàng tháng",
    },
    originalDue: "2025-08-25",
    currentDue: "2025-08-25",
    extensions: [],
    completedOn: null,
    progress: [],
  },
  {
    code: "322-CV/ĐU@2025-08-03#5",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "5",
    text: "Các đồng chí Uỷ viên Ban Thường vụ Đảng ủy, Bí thư đảng ủy trực thuộc theo nhiệm vụ được phân công, lĩnh vực, địa bàn, cơ quan, đơn vị được giao phụ trách có trách nhiệm chỉ đạo, đôn đốc triển khai Kết luận số 183-KL/TW và các nhiệm vụ, công việc nêu trên.",
    summary:
      "Theo nhiệm vụ được phân công, lĩnh vực, địa bàn, cơ quan, đơn vị được giao phụ trách có trách nhiệm…",
    lead: [
      {
        // Hand-checked: members of the Standing Committee of Đảng ủy Chính phủ (the issuer).
        id: "ban-thuong-vu-dang-uy-chinh-phu",
        name: "Các đồng chí Uỷ viên Ban Thường vụ Đảng ủy",
      },
      {
        // Hand-checked: secretaries of the subordinate party committees.
        id: "cac-dang-uy-truc-thuoc",
        name: "Bí thư đảng ủy trực thuộc",
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
    code: "322-CV/ĐU@2025-08-03#6",
    documentId: "322-CV/ĐU@2025-08-03",
    ref: "6",
    text: "Văn phòng Đảng ủy Chính phủ, Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc, tổng hợp tình hình thực hiện nhiệm vụ được giao, báo cáo đồng chí Bí thư Đảng ủy Chính phủ, Thủ tướng Chính phủ, Ban Thường vụ Đảng ủy Chính phủ.",
    summary:
      "Theo chức năng, nhiệm vụ được giao, theo dõi, đôn đốc, tổng hợp tình hình thực hiện nhiệm vụ được…",
    lead: [
      {
        id: "van-phong-dang-uy-chinh-phu",
        name: "Văn phòng Đảng ủy Chính phủ",
      },
      {
        id: "van-phong-chinh-phu",
        name: "Văn phòng Chính phủ",
      },
    ],
    coordinating: [],
    supervising: [],
    reportTo: [
      {
        id: "bi-thu-dang-uy-chinh-phu",
        name: "Bí thư Đảng ủy Chính phủ",
      },
      {
        id: "thu-tuong-chinh-phu",
        name: "Thủ tướng Chính phủ",
      },
      {
        id: "ban-thuong-vu-dang-uy-chinh-phu",
        name: "Ban Thường vụ Đảng ủy Chính phủ",
      },
    ],
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
];
