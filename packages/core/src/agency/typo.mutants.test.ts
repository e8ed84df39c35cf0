// The typo tolerance of agency names: a word typed without its diacritics
// ("tinh uỷ" for "tỉnh uỷ") is accepted, one per name of 2–4 words, two in longer
// names (5 words or more), none in a one-word name, and never a wrong mark ("bản" is not "ban").
import { describe, expect, it } from "vitest";
import type { Agency } from "./agency.js";
import { createAgencyRegistry } from "./registry.js";

const agency = (id: string, name: string, aliases: string[] = []): Agency => ({
  id,
  name,
  aliases,
  kind: "other",
  relatedIds: [],
});

const registry = createAgencyRegistry([
  agency("hue", "Huế"),
  agency("quoc-hoi", "Quốc hội"),
  agency("tinh-uy-nghe-an", "Tỉnh ủy Nghệ An"),
  agency("uy-ban-kiem-tra-trung-uong", "Ủy ban Kiểm tra Trung ương"),
  agency("ban-chi-dao", "Ban Chỉ đạo"),
  agency("ban-to-chuc-trung-uong", "Ban Tổ chức Trung ương"),
]);
const ids = (text: string) => registry.scan(text).map((m) => m.ref.id);

describe("agency names typed without some diacritics", () => {
  it.each([
    ["Quoc hội", "quoc-hoi"],
    ["Tinh ủy Nghệ An", "tinh-uy-nghe-an"],
    ["Tỉnh ủy Nghe An", "tinh-uy-nghe-an"],
    ["Uy ban Kiem tra Trung ương", "uy-ban-kiem-tra-trung-uong"],
    ["Ban To chuc Trung ương", "ban-to-chuc-trung-uong"],
  ])("reads %s as the agency", (text, id) => {
    expect(ids(`Giao ${text} chủ trì`)).toEqual([id]);
  });

  it.each([
    ["a one-word name without its marks", "Giao Hue chủ trì"],
    ["two of three words of a 2–4-word name", "Giao Quoc hoi chủ trì"],
    ["two of four words of a 2–4-word name", "Giao Tinh uy Nghệ An chủ trì"],
    ["three words of a longer name", "Giao Uy ban Kiem tra Trung uong chủ trì"],
    ["a word with a different mark", "Thực hiện văn bản chỉ đạo"],
  ])("does not read %s as an agency", (_what, text) => {
    expect(ids(text)).toEqual([]);
  });

  it("still reads each name written in full", () => {
    expect(ids("Huế, Quốc hội, Tỉnh ủy Nghệ An, Ủy ban Kiểm tra Trung ương, Ban Chỉ đạo")).toEqual([
      "hue",
      "quoc-hoi",
      "tinh-uy-nghe-an",
      "uy-ban-kiem-tra-trung-uong",
      "ban-chi-dao",
    ]);
  });
});
