import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Agency } from "./agency.js";
import {
  AgencyRegistryError,
  createAgencyRegistry,
  defaultAgencyRegistry,
  type AgencyRegistry,
} from "./registry.js";
import { AGENCY_SEED } from "./seed.js";

const registry = defaultAgencyRegistry();
const ids = (text: string, reg: AgencyRegistry = registry) => reg.scan(text).map((m) => m.ref.id);

/** The other tone placement habit: "ủy" → "uỷ", "hòa" → "hoà". */
function secondVowelToneStyle(text: string): string {
  return text
    .replace(/ủy/g, "uỷ")
    .replace(/Ủy/g, "Uỷ")
    .replace(/ỦY/g, "UỶ")
    .replace(/òa/g, "oà")
    .replace(/óa/g, "oá");
}

describe("defaultAgencyRegistry().resolve", () => {
  it.each([
    ["Đảng uỷ Bộ Nội vụ", "dang-uy-bo-noi-vu"],
    ["Bộ Nội vụ", "bo-noi-vu"],
    ["ĐẢNG ỦY CHÍNH PHỦ", "dang-uy-chinh-phu"],
    ["Đảng ủy Quốc hội".normalize("NFD"), "dang-uy-quoc-hoi"],
    ["Uỷ ban Kiểm tra Trung ương", "uy-ban-kiem-tra-trung-uong"],
    ["các tinh uỷ, thành uỷ", "cac-tinh-uy-thanh-uy"],
    ["Các tỉnh ủy thành ủy", "cac-tinh-uy-thanh-uy"],
    [
      "các tinh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương",
      "cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong",
    ],
    ["Ban Chỉ đạo Nghị quyết 57", "ban-chi-dao-nghi-quyet-57"],
    [
      "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
      "ban-chi-dao-nghi-quyet-57",
    ],
    ["Thường trực Ban Chỉ đạo Nghị quyết 57", "thuong-truc-ban-chi-dao-nghi-quyet-57"],
    ["Văn phòng Đảng ủy Chính phủ", "van-phong-dang-uy-chinh-phu"],
    ["Đảng uỷ Mặt trận Tổ quốc", "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong"],
    ["Bộ GD&ĐT", "bo-giao-duc-va-dao-tao"],
    ["UBND các tỉnh, thành phố", "ubnd-cac-tinh-thanh-pho"],
    ["Ban Chỉ đạo SXDVHCCC của Chính phủ", "ban-chi-dao-sap-xep-don-vi-hanh-chinh"],
  ])("%s → %s", (name, id) => {
    expect(registry.resolve(name).id).toBe(id);
  });

  it("keeps an unknown name as written, with a null id", () => {
    expect(registry.resolve("Sở Nội vụ tỉnh Nghệ An")).toEqual({
      id: null,
      name: "Sở Nội vụ tỉnh Nghệ An",
    });
  });

  it("does not resolve part of a name or a name with extra words", () => {
    expect(registry.resolve("Bộ Nội").id).toBeNull();
    expect(registry.resolve("Bộ Nội vụ và Bộ Y tế").id).toBeNull();
  });

  it("keeps the name as written but NFC and with single spaces", () => {
    expect(registry.resolve("  Ban  Tổ chức\nTrung ương ".normalize("NFD"))).toEqual({
      id: "ban-to-chuc-trung-uong",
      name: "Ban Tổ chức Trung ương",
    });
  });

  it("does not take a wrong mark for a missing one", () => {
    expect(registry.resolve("bản chỉ đạo").id).toBeNull();
  });
});

describe("defaultAgencyRegistry().scan", () => {
  it("finds lead, coordinating and report-to bodies in 000 item 3", () => {
    const sentence =
      "giao Đảng ủy Bộ Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, địa phương xây dựng báo cáo sơ kết, báo cáo Bộ Chính trị trong tháng 9/2025.";
    const mentions = registry.scan(sentence);
    expect(mentions.map((m) => [m.ref.id, m.text])).toEqual([
      ["dang-uy-bo-noi-vu", "Đảng ủy Bộ Nội vụ"],
      ["cac-co-quan-don-vi-dia-phuong", "các cơ quan, đơn vị, địa phương"],
      ["bo-chinh-tri", "Bộ Chính trị"],
    ]);
    for (const m of mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it("tells Đảng ủy Bộ Nội vụ from Bộ Nội vụ, and Bộ Nội vụ Anh from both", () => {
    expect(ids("Đảng uỷ Bộ Nội vụ chủ trì, phối hợp với Bộ Nội vụ")).toEqual([
      "dang-uy-bo-noi-vu",
      "bo-noi-vu",
    ]);
    expect(ids("làm việc với Cục Hồi hương Bộ Nội vụ Anh")).toEqual(["bo-noi-vu-anh"]);
  });

  it("reads groups joined by commas as one body (221-KL/TW item 4)", () => {
    expect(
      ids(
        "Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế, Bộ Giáo dục và Đào tạo và Bộ Nội vụ khẩn trương sắp xếp",
      ),
    ).toEqual(["cac-tinh-uy-thanh-uy", "bo-y-te", "bo-giao-duc-va-dao-tao", "bo-noi-vu"]);
  });

  it('reads the "tinh uỷ" typo of 000 item 8 as tỉnh uỷ', () => {
    expect(
      ids("8. Yêu cầu các tinh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương thực hiện"),
    ).toEqual(["cac-tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong"]);
  });

  it('does not read "văn bản chỉ đạo" as Ban Chỉ đạo', () => {
    expect(
      ids("thực hiện nghiêm các văn bản chỉ đạo, kết luận của Bộ Chính trị, Ban Bí thư, Chính phủ"),
    ).toEqual(["bo-chinh-tri", "ban-bi-thu", "chinh-phu"]);
  });

  it("reads the full name of the front's party committee as one body (000 item 6)", () => {
    expect(ids("6. Giao Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương: (i) Sắp xếp")).toEqual([
      "dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
    ]);
  });

  it("finds ministries in bold markers and across the sub-item list (000 item 5)", () => {
    expect(
      ids(
        "5. Đảng uỷ Chính phủ chỉ đạo: (i) **Bộ Nông nghiệp và Môi trường** khẩn trương ban hành; (ii) **Bộ Nội vụ** sớm tham mưu",
      ),
    ).toEqual(["dang-uy-chinh-phu", "bo-nong-nghiep-va-moi-truong", "bo-noi-vu"]);
  });

  it("finds the report-to bodies of 322-CV/ĐU item 6", () => {
    expect(
      ids(
        "6. Văn phòng Đảng ủy Chính phủ, Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao, theo dõi, báo cáo đồng chí Bí thư Đảng ủy Chính phủ, Thủ tướng Chính phủ, Ban Thường vụ Đảng ủy Chính phủ.",
      ),
    ).toEqual([
      "van-phong-dang-uy-chinh-phu",
      "van-phong-chinh-phu",
      "bi-thu-dang-uy-chinh-phu",
      "thu-tuong-chinh-phu",
      "ban-thuong-vu-dang-uy-chinh-phu",
    ]);
  });

  it("does not join names across a semicolon, colon or full stop", () => {
    expect(ids("các bộ; ngành")).toEqual([]);
    expect(ids("Bộ Y tế. Bộ Tư pháp")).toEqual(["bo-y-te", "bo-tu-phap"]);
  });

  it("gives offsets into the NFC text for NFD input", () => {
    const nfc = "Giao Ban Tổ chức Trung ương chủ trì, phối hợp với Đảng uỷ Quốc hội";
    const mentions = registry.scan(nfc.normalize("NFD"));
    expect(mentions.map((m) => nfc.slice(m.start, m.end))).toEqual([
      "Ban Tổ chức Trung ương",
      "Đảng uỷ Quốc hội",
    ]);
  });

  it("reads the header of 322-CV/ĐU in capitals", () => {
    expect(ids("ĐẢNG ỦY CHÍNH PHỦ\n\n*\n\nSố 322 - CV/ĐU")).toEqual(["dang-uy-chinh-phu"]);
  });
});

describe("the seeded registry", () => {
  const all = registry.all();

  it("has unique kebab ids and canonical names, validated by the schema", () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    for (const agency of all) expect(agency.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("links related bodies both ways", () => {
    for (const agency of all) {
      for (const other of agency.relatedIds) {
        expect(registry.get(other)?.relatedIds, `${other} ← ${agency.id}`).toContain(agency.id);
      }
    }
    expect(registry.get("dang-uy-bo-noi-vu")?.relatedIds).toContain("bo-noi-vu");
    expect(registry.get("bo-noi-vu")?.relatedIds).toContain("dang-uy-bo-noi-vu");
    expect(registry.get("dang-uy-chinh-phu")?.relatedIds).toContain("van-phong-dang-uy-chinh-phu");
  });

  it.each([
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Văn phòng Trung ương Đảng",
    "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội",
    "Đảng ủy Mặt trận Tổ quốc",
    "Đảng ủy các cơ quan Đảng Trung ương",
    "Đảng ủy Bộ Nội vụ",
    "Bộ Nội vụ",
    "Bộ Tài chính",
    "Bộ Tư pháp",
    "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Công an",
    "Văn phòng Chính phủ",
    "Văn phòng Quốc hội",
    "Văn phòng Chủ tịch nước",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Ban Chỉ đạo Trung ương",
    "Ban Chỉ đạo Nghị quyết 57",
    "Thường trực Ban Chỉ đạo Nghị quyết 57",
    "Văn phòng Đảng ủy Chính phủ",
    "Liên minh Hợp tác xã Việt Nam",
    "Liên đoàn Thương mại và Công nghiệp Việt Nam",
    "Hội Chữ thập đỏ Việt Nam",
    "các tỉnh ủy, thành ủy",
    "các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    "các bộ, ngành",
    "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "các Đảng ủy trực thuộc",
    "Ủy ban nhân dân các tỉnh, thành phố",
    "các đoàn thể Trung ương",
    "các cấp ủy, tổ chức đảng",
    "các cơ quan, đơn vị, địa phương",
    "ban thường vụ các tỉnh ủy, thành ủy",
    "các ban, bộ, ngành Trung ương",
  ])("knows %s", (name) => {
    expect(registry.resolve(name).id).not.toBeNull();
  });

  it("resolves every spelling in upper case, NFD, the other tone style and odd spacing", () => {
    for (const agency of all) {
      for (const spelling of [agency.name, ...agency.aliases]) {
        for (const variant of [
          spelling.toLocaleUpperCase("vi"),
          spelling.normalize("NFD"),
          secondVowelToneStyle(spelling),
          ` ${spelling.replace(/ /g, "  ")} `,
        ]) {
          expect(registry.resolve(variant).id, variant).toBe(agency.id);
        }
      }
    }
  });

  it("is built once, on first use", () => {
    expect(defaultAgencyRegistry()).toBe(registry);
  });
});

describe("scan properties", () => {
  const names = AGENCY_SEED.flatMap((a) => [a.name, ...a.aliases]);
  const filler = ["chủ trì", "phối hợp với", "báo cáo", "; ", ". ", "trong tháng 9/2025", "\n\n"];
  const piece = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...filler), fc.string());
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(" "));

  it("gives ordered, non-overlapping mentions whose offsets slice the NFC text", () => {
    fc.assert(
      fc.property(text, (t) => {
        const nfc = t.normalize("NFC");
        let previousEnd = 0;
        for (const m of registry.scan(t)) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(nfc.slice(m.start, m.end)).toBe(m.text);
          previousEnd = m.end;
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same mentions for NFC and NFD input", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(registry.scan(t.normalize("NFD"))).toEqual(registry.scan(t.normalize("NFC")));
      }),
      { numRuns: 100 },
    );
  });
});

describe("createAgencyRegistry", () => {
  const boYTe: Agency = {
    id: "bo-y-te",
    name: "Bộ Y tế",
    aliases: ["BYT"],
    kind: "ministry",
    relatedIds: [],
  };

  it("builds a registry from the user's own list", () => {
    const reg = createAgencyRegistry([
      boYTe,
      { id: "so-y-te", name: "Sở Y tế", aliases: [], kind: "local", relatedIds: ["bo-y-te"] },
    ]);
    expect(ids("Sở Y tế báo cáo Bộ Y tế", reg)).toEqual(["so-y-te", "bo-y-te"]);
    expect(reg.get("bo-y-te")?.relatedIds).toEqual(["so-y-te"]);
  });

  it.each<[string, Agency[], string]>([
    ["a duplicate id", [boYTe, { ...boYTe, name: "Bộ Y tế 2", aliases: [] }], "duplicate_id"],
    ["a shared spelling", [boYTe, { ...boYTe, id: "bo-y-te-2", aliases: [] }], "duplicate_name"],
    [
      "a relation to an unknown id",
      [{ ...boYTe, relatedIds: ["bo-khong-co"] }],
      "unknown_related_id",
    ],
    ["a non-canonical name (uỷ style)", [{ ...boYTe, name: "Uỷ ban Y tế" }], "invalid_agency"],
    ["a non-ASCII id", [{ ...boYTe, id: "bộ-y-tế" }], "invalid_agency"],
  ])("rejects %s", (_label, agencies, code) => {
    expect(() => createAgencyRegistry(agencies)).toThrow(AgencyRegistryError);
    try {
      createAgencyRegistry(agencies);
    } catch (error) {
      expect(error instanceof AgencyRegistryError && error.code).toBe(code);
    }
  });
});
