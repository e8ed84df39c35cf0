import { describe, expect, it } from "vitest";
import { agencyAbbreviation } from "./abbreviation.js";
import { agencySeat, agencySystem } from "./system.js";

describe("agencySystem", () => {
  it.each([
    // Known to the registry: its kind decides.
    ["Bộ Nội vụ", "state"],
    ["Đảng uỷ Bộ Nội vụ", "party"],
    ["Đảng ủy Chính phủ", "party"],
    ["VĂN PHÒNG CHÍNH PHỦ", "state"],
    ["Chính phủ", "state"],
    ["Ban Tổ chức Trung ương", "party"],
    ["Tỉnh uỷ Nghệ An", "party"],
    ["Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật", "party"],
    ["Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp", "state"],
    // Unknown to the registry: how the name is formed decides.
    ["Ủy ban nhân dân tỉnh Quảng Ninh", "state"],
    ["UỶ BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "state"],
    ["Sở Nội vụ tỉnh Lào Cai", "state"],
    ["Bộ Khoa học và Công nghệ", "state"],
    ["Thành uỷ Đà Nẵng", "party"],
    ["Huyện ủy Định Hóa", "party"],
    ["Đảng bộ tỉnh Thái Nguyên", "party"],
    ["Ban Thường vụ Tỉnh ủy Lạng Sơn", "party"],
    ["Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh", "party"],
    ["Ban Tuyên giáo và Dân vận Trung ương", "party"],
    ["Đảng ủy Bộ Nội vụ".normalize("NFD"), "party"],
  ])("%s writes in the %s system", (name, system) => {
    expect(agencySystem(name)).toBe(system);
  });

  it.each([["Hội Chữ thập đỏ Việt Nam"], ["Công ty cổ phần ABC"], ["Bội thu"], [""]])(
    "%s is neither: the caller chooses",
    (name) => {
      expect(agencySystem(name)).toBeNull();
    },
  );
});

describe("agencyAbbreviation", () => {
  it.each([
    ["Bộ Nội vụ", "BNV"],
    ["Đảng ủy Chính phủ", "ĐUCP"],
    ["Văn phòng Trung ương Đảng", "VPTW"],
    ["Bộ Giáo dục và Đào tạo", "BGDĐT"],
    ["Bộ Tài chính", "BTC"],
    ["Sở Nội vụ", "SNV"],
    ["đảng uỷ bộ nội vụ", "ĐUBNV"],
  ])("%s is abbreviated %s", (name, short) => {
    expect(agencyAbbreviation(name)).toBe(short);
  });
});

describe("agencySeat", () => {
  it.each([
    ["Bộ Nội vụ", "Hà Nội"],
    ["Đảng ủy Chính phủ", "Hà Nội"],
    ["Ban Tổ chức Trung ương", "Hà Nội"],
    ["Tỉnh ủy Nghệ An", null],
    ["Ủy ban nhân dân tỉnh Quảng Ninh", null],
    ["các bộ, ngành", null],
  ])("%s dates its documents at %s", (name, seat) => {
    expect(agencySeat(name)).toBe(seat);
  });
});
