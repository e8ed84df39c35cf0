import { describe, expect, it } from "vitest";
import {
  actingBodies,
  bodyOfOfficeHolder,
  enumeratedBodies,
  spellOutAbbreviations,
} from "./acting-body.js";
import { defaultAgencyRegistry } from "./registry.js";

describe("abbreviations of body names are written out", () => {
  it.each([
    ["Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"],
    ["Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"],
    ["Sở TN&MT", "Sở Tài nguyên và Môi trường"],
    ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["BQL các khu công nghiệp", "Ban Quản lý các khu công nghiệp"],
    ["Thường trực HĐND huyện", "Thường trực Hội đồng nhân dân huyện"],
    // Only upper-case abbreviations, never a part of a word.
    ["Sở Tư pháp", "Sở Tư pháp"],
  ])("%s → %s", (written, spelled) => {
    expect(spellOutAbbreviations(written)).toBe(spelled);
  });
});

describe("an office-holder stands for the body", () => {
  it.each([
    ["Bộ trưởng Bộ Ngoại giao", "Bộ Ngoại giao"],
    ["Giám đốc Sở Nội vụ", "Sở Nội vụ"],
    ["Chủ tịch Ủy ban nhân dân huyện Mèo Vạc", "Ủy ban nhân dân huyện Mèo Vạc"],
    ["Bí thư huyện ủy", "Huyện ủy"],
    ["Thủ trưởng các sở, ban, ngành", "các sở, ban, ngành"],
    ["Chánh Văn phòng Hội đồng nhân dân tỉnh", "Văn phòng Hội đồng nhân dân tỉnh"],
    ["Thống đốc Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"],
    ["Bộ trưởng", "các Bộ"],
  ])("%s → %s", (holder, body) => {
    expect(bodyOfOfficeHolder(holder)).toBe(body);
  });

  it.each([
    ["Phó Thủ tướng Lê Văn A"],
    ["Chủ tịch nước"],
    ["Bộ Tài chính"],
    ["Giám đốc điều hành"],
  ])("%s is no title of a body", (name) => {
    expect(bodyOfOfficeHolder(name)).toBeNull();
  });
});

describe("an enumeration names one body per member", () => {
  const registry = defaultAgencyRegistry();
  const known = (name: string) => registry.resolve(name).id !== null;
  it("ministers of the ministries listed", () => {
    expect(
      enumeratedBodies("Bộ trưởng các Bộ: Ngoại giao, Khoa học và Công nghệ và Y tế", known),
    ).toEqual(["Bộ Ngoại giao", "Bộ Khoa học và Công nghệ", "Bộ Y tế"]);
  });
  it("two office-holders of the provinces listed", () => {
    expect(
      enumeratedBodies("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Cao Bằng, Lạng Sơn"),
    ).toEqual([
      "Tỉnh ủy Cao Bằng",
      "Tỉnh ủy Lạng Sơn",
      "Ủy ban nhân dân tỉnh Cao Bằng",
      "Ủy ban nhân dân tỉnh Lạng Sơn",
    ]);
  });
  it("bodies listed by their own names", () => {
    expect(
      enumeratedBodies("Các Bộ, cơ quan: Văn hóa, Thể thao và Du lịch, Ngoại giao", known),
    ).toEqual(["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao"]);
  });
  it("no members, no enumeration", () => {
    expect(enumeratedBodies("Ủy ban nhân dân các tỉnh, thành phố")).toBeNull();
  });
});

describe("the bodies that act", () => {
  const registry = defaultAgencyRegistry();
  const acting = (...names: string[]) =>
    actingBodies(
      names.map((name) => registry.resolve(name)),
      registry,
    ).map((a) => [a.id, a.name]);
  it("office-holders become their registry body", () => {
    expect(acting("Bộ trưởng Bộ Xây dựng", "Giám đốc Sở Y tế")).toEqual([
      ["bo-xay-dung", "Bộ Xây dựng"],
      [null, "Sở Y tế"],
    ]);
  });
  it("the Government's leaders act in person", () => {
    expect(acting("Thủ tướng Chính phủ")).toEqual([["thu-tuong-chinh-phu", "Thủ tướng Chính phủ"]]);
  });
  it("a list addressing comrades keeps its posts", () => {
    expect(acting("các đồng chí bí thư tỉnh ủy, thành ủy", "Chủ tịch UBND tỉnh")).toEqual([
      ["bi-thu-tinh-uy-thanh-uy", "các đồng chí bí thư tỉnh ủy, thành ủy"],
      [null, "Chủ tịch UBND tỉnh"],
    ]);
  });
});
