import type { Agency } from "./agency.js";

/**
 * Every agency, post and group named in the seed directives (../shared/seeds:
 * Kết luận of 29/8/2025, 195-KL/TW, 322-CV/ĐU, 221-KL/TW), including their
 * "Nơi nhận" lists. Canonical names use the "ủy"/"hòa" tone style that
 * normalizeVietnamese produces; aliases hold the other ways the texts write them.
 *
 * Choices worth knowing:
 * - "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" is the committee's full
 *   official name, so that whole phrase is one body (the shorter form is an alias).
 * - "Ban Chỉ đạo Nghị quyết 57" is the Ban Chỉ đạo Trung ương về phát triển khoa
 *   học, công nghệ, đổi mới sáng tạo và chuyển đổi số: its plan 02 is cited both
 *   as 02-KH/BCĐ (seed 000) and 02-KH/BCĐTW (seed 002).
 * - A bare "Ban Chỉ đạo Trung ương" / "Ban Chỉ đạo" stays generic, linked to the
 *   specific boards; context must decide which one is meant.
 * - Bare "Đảng ủy" (seed 002 means Đảng ủy Chính phủ) is not an entry: it depends
 *   on the issuing body.
 */
export const AGENCY_SEED: readonly Agency[] = [
  // Central party organs
  {
    id: "bo-chinh-tri",
    name: "Bộ Chính trị",
    aliases: [],
    kind: "party_central",
    relatedIds: ["ban-chap-hanh-trung-uong"],
  },
  {
    id: "ban-bi-thu",
    name: "Ban Bí thư",
    aliases: [],
    kind: "party_central",
    relatedIds: ["thuong-truc-ban-bi-thu"],
  },
  {
    id: "thuong-truc-ban-bi-thu",
    name: "Thường trực Ban Bí thư",
    aliases: [],
    kind: "leader",
    relatedIds: ["ban-bi-thu"],
  },
  {
    id: "ban-chap-hanh-trung-uong",
    name: "Ban Chấp hành Trung ương Đảng",
    aliases: ["Ban Chấp hành Trung ương", "BCH Trung ương", "BCHTW"],
    kind: "party_central",
    relatedIds: ["bo-chinh-tri"],
  },
  {
    id: "ban-to-chuc-trung-uong",
    name: "Ban Tổ chức Trung ương",
    aliases: ["BTCTW", "Ban Tổ chức TW"],
    kind: "party_central",
    relatedIds: [],
  },
  {
    id: "uy-ban-kiem-tra-trung-uong",
    name: "Ủy ban Kiểm tra Trung ương",
    aliases: ["UBKTTW", "Ủy ban Kiểm tra TW"],
    kind: "party_central",
    relatedIds: [],
  },
  {
    id: "van-phong-trung-uong-dang",
    name: "Văn phòng Trung ương Đảng",
    aliases: ["Văn phòng Trung ương", "VPTW"],
    kind: "party_central",
    relatedIds: [],
  },

  // Party committees and their organs
  {
    id: "dang-uy-chinh-phu",
    name: "Đảng ủy Chính phủ",
    aliases: ["ĐUCP"],
    kind: "party_committee",
    relatedIds: [
      "chinh-phu",
      "ban-thuong-vu-dang-uy-chinh-phu",
      "van-phong-dang-uy-chinh-phu",
      "bi-thu-dang-uy-chinh-phu",
      "pho-bi-thu-thuong-truc-dang-uy-chinh-phu",
      "cac-dang-uy-truc-thuoc",
      "dang-uy-cac-bo-co-quan",
      "cac-ban-co-quan-tham-muu-giup-viec",
    ],
  },
  {
    id: "ban-thuong-vu-dang-uy-chinh-phu",
    name: "Ban Thường vụ Đảng ủy Chính phủ",
    aliases: [],
    kind: "party_committee",
    relatedIds: ["dang-uy-chinh-phu"],
  },
  {
    id: "van-phong-dang-uy-chinh-phu",
    name: "Văn phòng Đảng ủy Chính phủ",
    aliases: ["VPĐUCP"],
    kind: "party_committee",
    relatedIds: ["dang-uy-chinh-phu", "van-phong-chinh-phu"],
  },
  {
    id: "dang-uy-quoc-hoi",
    name: "Đảng ủy Quốc hội",
    aliases: [],
    kind: "party_committee",
    relatedIds: ["quoc-hoi"],
  },
  {
    id: "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
    name: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
    aliases: ["Đảng ủy Mặt trận Tổ quốc"],
    kind: "party_committee",
    relatedIds: ["mat-tran-to-quoc-viet-nam", "cac-doan-the-trung-uong"],
  },
  {
    id: "dang-uy-cac-co-quan-dang-trung-uong",
    name: "Đảng ủy các cơ quan Đảng Trung ương",
    aliases: [],
    kind: "party_committee",
    relatedIds: [],
  },
  {
    id: "dang-uy-bo-noi-vu",
    name: "Đảng ủy Bộ Nội vụ",
    aliases: [],
    kind: "party_committee",
    relatedIds: ["bo-noi-vu"],
  },

  // Steering committees
  {
    id: "ban-chi-dao-trung-uong",
    name: "Ban Chỉ đạo Trung ương",
    aliases: ["Ban Chỉ đạo"],
    kind: "steering_committee",
    relatedIds: [
      "ban-chi-dao-tong-ket-nghi-quyet-18",
      "ban-chi-dao-nghi-quyet-57",
      "ban-chi-dao-hoan-thien-the-che-phap-luat",
    ],
  },
  {
    id: "ban-chi-dao-tong-ket-nghi-quyet-18",
    name: "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18-NQ/TW",
    aliases: [
      "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW",
      "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18",
      "Ban Chỉ đạo tổng kết Nghị quyết 18",
    ],
    kind: "steering_committee",
    relatedIds: ["ban-chi-dao-trung-uong"],
  },
  {
    id: "ban-chi-dao-nghi-quyet-57",
    name: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    aliases: [
      "Ban Chỉ đạo Nghị quyết 57",
      "Ban Chỉ đạo Nghị quyết số 57",
      "Ban Chỉ đạo Nghị quyết 57-NQ/TW",
      "Ban Chỉ đạo Nghị quyết số 57-NQ/TW",
    ],
    kind: "steering_committee",
    relatedIds: ["ban-chi-dao-trung-uong", "thuong-truc-ban-chi-dao-nghi-quyet-57"],
  },
  {
    id: "thuong-truc-ban-chi-dao-nghi-quyet-57",
    name: "Thường trực Ban Chỉ đạo Nghị quyết 57",
    aliases: [
      "Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    ],
    kind: "steering_committee",
    relatedIds: ["ban-chi-dao-nghi-quyet-57"],
  },
  {
    id: "ban-chi-dao-hoan-thien-the-che-phap-luat",
    name: "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật",
    aliases: [],
    kind: "steering_committee",
    relatedIds: ["ban-chi-dao-trung-uong"],
  },
  {
    // Written in 322-CV/ĐU's "Nơi nhận" as "Ban Chỉ đạo SXDVHCCC của Chính phủ".
    id: "ban-chi-dao-sap-xep-don-vi-hanh-chinh",
    name: "Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp",
    aliases: ["Ban Chỉ đạo SXDVHCCC của Chính phủ", "Ban Chỉ đạo SXĐVHCCC của Chính phủ"],
    kind: "steering_committee",
    relatedIds: ["chinh-phu"],
  },

  // Government, ministries, National Assembly, State President
  {
    id: "chinh-phu",
    name: "Chính phủ",
    aliases: [],
    kind: "government",
    relatedIds: ["dang-uy-chinh-phu", "thu-tuong-chinh-phu", "van-phong-chinh-phu"],
  },
  {
    id: "thu-tuong-chinh-phu",
    name: "Thủ tướng Chính phủ",
    aliases: ["Thủ tướng", "TTgCP"],
    kind: "leader",
    relatedIds: ["chinh-phu", "pho-thu-tuong-thuong-truc-chinh-phu"],
  },
  {
    id: "pho-thu-tuong-thuong-truc-chinh-phu",
    name: "Phó Thủ tướng Thường trực Chính phủ",
    aliases: ["PTTgTTCP"],
    kind: "leader",
    relatedIds: ["thu-tuong-chinh-phu"],
  },
  {
    id: "bi-thu-dang-uy-chinh-phu",
    name: "Bí thư Đảng ủy Chính phủ",
    aliases: [],
    kind: "leader",
    relatedIds: ["dang-uy-chinh-phu"],
  },
  {
    id: "pho-bi-thu-thuong-truc-dang-uy-chinh-phu",
    name: "Phó Bí thư Thường trực Đảng ủy Chính phủ",
    aliases: [],
    kind: "leader",
    relatedIds: ["dang-uy-chinh-phu"],
  },
  {
    id: "van-phong-chinh-phu",
    name: "Văn phòng Chính phủ",
    aliases: ["VPCP"],
    kind: "ministry",
    relatedIds: ["chinh-phu", "van-phong-dang-uy-chinh-phu"],
  },
  {
    id: "bo-noi-vu",
    name: "Bộ Nội vụ",
    aliases: [],
    kind: "ministry",
    relatedIds: ["dang-uy-bo-noi-vu"],
  },
  { id: "bo-tai-chinh", name: "Bộ Tài chính", aliases: [], kind: "ministry", relatedIds: [] },
  { id: "bo-tu-phap", name: "Bộ Tư pháp", aliases: [], kind: "ministry", relatedIds: [] },
  { id: "bo-y-te", name: "Bộ Y tế", aliases: [], kind: "ministry", relatedIds: [] },
  {
    id: "bo-giao-duc-va-dao-tao",
    name: "Bộ Giáo dục và Đào tạo",
    aliases: ["Bộ GD&ĐT", "Bộ GDĐT"],
    kind: "ministry",
    relatedIds: [],
  },
  {
    id: "bo-nong-nghiep-va-moi-truong",
    name: "Bộ Nông nghiệp và Môi trường",
    aliases: ["Bộ NN&MT", "Bộ NNMT"],
    kind: "ministry",
    relatedIds: [],
  },
  { id: "bo-cong-an", name: "Bộ Công an", aliases: [], kind: "ministry", relatedIds: [] },
  {
    id: "quoc-hoi",
    name: "Quốc hội",
    aliases: [],
    kind: "national_assembly",
    relatedIds: ["dang-uy-quoc-hoi", "van-phong-quoc-hoi"],
  },
  {
    id: "van-phong-quoc-hoi",
    name: "Văn phòng Quốc hội",
    aliases: ["VPQH"],
    kind: "national_assembly",
    relatedIds: ["quoc-hoi"],
  },
  {
    id: "van-phong-chu-tich-nuoc",
    name: "Văn phòng Chủ tịch nước",
    aliases: [],
    kind: "state",
    relatedIds: [],
  },

  // Front and mass organisations
  {
    id: "mat-tran-to-quoc-viet-nam",
    name: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    aliases: [
      "Ủy ban Trung ương Mặt trận Tổ quốc",
      "cơ quan Trung ương Mặt trận Tổ quốc",
      "Mặt trận Tổ quốc Việt Nam",
      "Mặt trận Tổ quốc",
    ],
    kind: "front",
    relatedIds: ["dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong"],
  },
  {
    id: "lien-minh-hop-tac-xa-viet-nam",
    name: "Liên minh Hợp tác xã Việt Nam",
    aliases: [],
    kind: "front",
    relatedIds: [],
  },
  {
    id: "lien-doan-thuong-mai-va-cong-nghiep-viet-nam",
    name: "Liên đoàn Thương mại và Công nghiệp Việt Nam",
    aliases: [],
    kind: "front",
    relatedIds: [],
  },
  {
    id: "hoi-chu-thap-do-viet-nam",
    name: "Hội Chữ thập đỏ Việt Nam",
    aliases: [],
    kind: "front",
    relatedIds: [],
  },

  // One named locality, and a foreign body from page furniture (so that
  // "Cục Hồi hương Bộ Nội vụ Anh" in seed 003 is not read as Bộ Nội vụ).
  { id: "tinh-uy-nghe-an", name: "Tỉnh ủy Nghệ An", aliases: [], kind: "local", relatedIds: [] },
  { id: "bo-noi-vu-anh", name: "Bộ Nội vụ Anh", aliases: [], kind: "other", relatedIds: [] },

  // Groups: party side
  {
    id: "cac-cap-uy-to-chuc-dang",
    name: "các cấp ủy, tổ chức đảng",
    aliases: [
      "cấp ủy, tổ chức đảng",
      "các cấp ủy, tổ chức đảng trong hệ thống chính trị",
      "cấp ủy, tổ chức đảng trong hệ thống chính trị",
    ],
    kind: "group",
    relatedIds: ["cac-cap-uy", "cac-cap-uy-to-chuc-dang-o-trung-uong"],
  },
  {
    id: "cac-cap-uy-to-chuc-dang-o-trung-uong",
    name: "các cấp ủy, tổ chức đảng ở Trung ương",
    aliases: ["cấp ủy, tổ chức đảng ở Trung ương"],
    kind: "group",
    relatedIds: ["cac-cap-uy-to-chuc-dang"],
  },
  {
    id: "cac-cap-uy",
    name: "các cấp ủy",
    aliases: ["cấp ủy các cấp"],
    kind: "group",
    relatedIds: ["cac-cap-uy-to-chuc-dang"],
  },
  {
    id: "cac-cap-uy-co-quan-don-vi-dia-phuong",
    name: "các cấp ủy, cơ quan, đơn vị, địa phương",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-co-quan-don-vi-dia-phuong"],
  },
  {
    id: "cac-cap-uy-co-quan-don-vi-lien-quan",
    name: "các cấp ủy, cơ quan, đơn vị liên quan",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-tinh-uy-thanh-uy",
    name: "các tỉnh ủy, thành ủy",
    aliases: [
      "tỉnh ủy, thành ủy",
      "các tỉnh ủy, thành ủy trực thuộc Trung ương",
      "tỉnh ủy, thành ủy trực thuộc Trung ương",
    ],
    kind: "group",
    relatedIds: [
      "cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
      "ban-thuong-vu-cac-tinh-uy-thanh-uy",
      "bi-thu-tinh-uy-thanh-uy",
    ],
  },
  {
    id: "cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
    name: "các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    aliases: [
      "tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
      "các đảng ủy, tỉnh ủy, thành ủy trực thuộc Trung ương",
    ],
    kind: "group",
    relatedIds: ["cac-tinh-uy-thanh-uy"],
  },
  {
    id: "ban-thuong-vu-cac-tinh-uy-thanh-uy",
    name: "ban thường vụ các tỉnh ủy, thành ủy",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-tinh-uy-thanh-uy"],
  },
  {
    id: "bi-thu-tinh-uy-thanh-uy",
    name: "các đồng chí bí thư tỉnh ủy, thành ủy",
    aliases: ["bí thư tỉnh ủy, thành ủy"],
    kind: "group",
    relatedIds: ["cac-tinh-uy-thanh-uy"],
  },
  {
    id: "bi-thu-cap-uy-cac-dia-phuong",
    name: "bí thư cấp ủy các địa phương",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-dang-uy-xa-phuong-dac-khu",
    name: "các đảng ủy xã, phường, đặc khu",
    aliases: ["đảng ủy xã, phường, đặc khu"],
    kind: "group",
    relatedIds: ["cac-xa-phuong-dac-khu"],
  },
  {
    id: "cac-dang-uy-truc-thuoc",
    name: "các Đảng ủy trực thuộc",
    aliases: ["Đảng ủy trực thuộc"],
    kind: "group",
    relatedIds: ["dang-uy-chinh-phu"],
  },
  {
    id: "dang-uy-cac-bo-co-quan",
    name: "Đảng ủy các bộ, cơ quan",
    aliases: [],
    kind: "group",
    relatedIds: ["dang-uy-chinh-phu", "cac-dang-uy-bo-nganh-trung-uong"],
  },
  {
    id: "cac-dang-uy-bo-nganh-trung-uong",
    name: "các đảng ủy bộ, ngành Trung ương",
    aliases: ["Đảng ủy các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương"],
    kind: "group",
    relatedIds: ["dang-uy-cac-bo-co-quan"],
  },
  {
    id: "cac-dang-uy-don-vi-su-nghiep-trung-uong",
    name: "các đảng ủy đơn vị sự nghiệp Trung ương",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-co-quan-ban-dang-trung-uong",
    name: "các cơ quan, ban đảng Trung ương",
    aliases: ["các cơ quan, ban đảng ở Trung ương", "các ban đảng Trung ương"],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-ban-co-quan-tham-muu-giup-viec",
    name: "các ban, cơ quan tham mưu giúp việc",
    aliases: [],
    kind: "group",
    relatedIds: ["dang-uy-chinh-phu"],
  },

  // Groups: ministries and central bodies
  {
    id: "cac-bo-nganh",
    name: "các bộ, ngành",
    aliases: [
      "bộ, ngành",
      "các bộ, ngành liên quan",
      "các bộ, ngành Trung ương",
      "các bộ, ngành ở Trung ương",
    ],
    kind: "group",
    relatedIds: ["cac-bo-nganh-dia-phuong", "cac-bo-nganh-co-quan-thuoc-chinh-phu"],
  },
  {
    id: "cac-bo-nganh-dia-phuong",
    name: "các bộ, ngành, địa phương",
    aliases: ["bộ, ngành, địa phương"],
    kind: "group",
    relatedIds: ["cac-bo-nganh", "cac-dia-phuong"],
  },
  {
    id: "cac-bo-nganh-co-quan-thuoc-chinh-phu",
    name: "các bộ, ngành, cơ quan thuộc Chính phủ",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-bo-nganh", "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu"],
  },
  {
    id: "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
    name: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    aliases: [
      "bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      "các bộ, cơ quan ngang bộ, cơ quan thuộc CP",
    ],
    kind: "group",
    relatedIds: ["cac-bo-co-quan-ngang-bo", "cac-bo-nganh-co-quan-thuoc-chinh-phu"],
  },
  {
    id: "cac-bo-co-quan-ngang-bo",
    name: "các bộ, cơ quan ngang bộ",
    aliases: [],
    kind: "group",
    relatedIds: [
      "cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu",
      "bo-truong-thu-truong-co-quan-ngang-bo",
    ],
  },
  {
    id: "bo-truong-thu-truong-co-quan-ngang-bo",
    name: "các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ",
    aliases: ["bộ trưởng, thủ trưởng cơ quan ngang bộ", "các đồng chí bộ trưởng"],
    kind: "group",
    relatedIds: ["cac-bo-co-quan-ngang-bo"],
  },
  {
    id: "cac-bo-co-quan-trung-uong",
    name: "các bộ, cơ quan Trung ương",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-bo-nganh"],
  },
  {
    id: "cac-ban-bo-nganh-trung-uong",
    name: "các ban, bộ, ngành Trung ương",
    aliases: ["các ban, bộ, ngành ở Trung ương", "ban, bộ, ngành Trung ương"],
    kind: "group",
    relatedIds: ["cac-bo-nganh", "nguoi-dung-dau-cac-ban-bo-nganh-trung-uong"],
  },
  {
    id: "nguoi-dung-dau-cac-ban-bo-nganh-trung-uong",
    name: "người đứng đầu các ban, bộ, ngành ở Trung ương",
    aliases: ["người đứng đầu các ban, bộ, ngành Trung ương"],
    kind: "group",
    relatedIds: ["cac-ban-bo-nganh-trung-uong"],
  },
  {
    id: "cac-ban-bo-nganh-dia-phuong",
    name: "các ban, bộ, ngành, địa phương",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-ban-bo-nganh-trung-uong"],
  },
  {
    id: "cac-co-quan-don-vi-o-trung-uong",
    name: "các cơ quan, đơn vị ở Trung ương",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-co-quan-don-vi-dia-phuong",
    name: "các cơ quan, đơn vị, địa phương",
    aliases: ["cơ quan, đơn vị, địa phương", "các cơ quan, địa phương"],
    kind: "group",
    relatedIds: ["cac-cap-uy-co-quan-don-vi-dia-phuong"],
  },
  {
    id: "cac-co-quan-lien-quan",
    name: "các cơ quan liên quan",
    aliases: ["các cơ quan có liên quan"],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-co-quan-chuc-nang",
    name: "các cơ quan chức năng",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },

  // Groups: front and mass organisations
  {
    id: "cac-doan-the-trung-uong",
    name: "các đoàn thể Trung ương",
    aliases: [],
    kind: "group",
    relatedIds: ["dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong"],
  },
  {
    id: "cac-to-chuc-chinh-tri-xa-hoi",
    name: "các tổ chức chính trị - xã hội",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
  {
    id: "cac-hoi-quan-chung",
    name: "các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
    aliases: ["hội quần chúng do Đảng, Nhà nước giao nhiệm vụ", "các hội quần chúng"],
    kind: "group",
    relatedIds: [],
  },

  // Groups: local government
  {
    id: "ubnd-cac-tinh-thanh-pho",
    name: "Ủy ban nhân dân các tỉnh, thành phố",
    aliases: [
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      "UBND các tỉnh, thành phố",
      "UBND các tỉnh, thành phố trực thuộc Trung ương",
    ],
    kind: "group",
    relatedIds: ["hdnd-ubnd-cac-tinh-thanh-pho", "chu-tich-ubnd-cac-tinh-thanh-pho"],
  },
  {
    id: "hdnd-ubnd-cac-tinh-thanh-pho",
    name: "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố",
    aliases: [
      "HĐND, UBND các tỉnh, thành phố",
      "HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương",
      "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ],
    kind: "group",
    relatedIds: ["ubnd-cac-tinh-thanh-pho"],
  },
  {
    id: "tinh-uy-hdnd-ubnd-cac-tinh-thanh-pho",
    name: "Tỉnh ủy, HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương",
    aliases: ["Tỉnh ủy, HĐND, UBND các tỉnh, thành phố"],
    kind: "group",
    relatedIds: ["cac-tinh-uy-thanh-uy", "hdnd-ubnd-cac-tinh-thanh-pho"],
  },
  {
    id: "chu-tich-ubnd-cac-tinh-thanh-pho",
    name: "chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
    aliases: [
      "chủ tịch UBND các tỉnh, thành phố",
      "chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      "chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương",
    ],
    kind: "group",
    relatedIds: ["ubnd-cac-tinh-thanh-pho"],
  },
  {
    id: "ubnd-cap-xa",
    name: "Ủy ban nhân dân cấp xã",
    aliases: ["UBND cấp xã"],
    kind: "group",
    relatedIds: ["cac-xa-phuong-dac-khu"],
  },
  {
    id: "cac-tinh-thanh-pho",
    name: "các tỉnh, thành phố",
    aliases: ["các tỉnh, thành phố trực thuộc Trung ương"],
    kind: "group",
    relatedIds: ["ubnd-cac-tinh-thanh-pho"],
  },
  {
    id: "cac-xa-phuong-dac-khu",
    name: "các xã, phường, đặc khu",
    aliases: [],
    kind: "group",
    relatedIds: ["cac-dang-uy-xa-phuong-dac-khu", "ubnd-cap-xa"],
  },
  {
    id: "cac-dia-phuong",
    name: "các địa phương",
    aliases: [],
    kind: "group",
    relatedIds: [],
  },
];
