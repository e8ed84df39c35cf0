// Lead triggers that a mutation once removed without any test failing: "Đề nghị X …"
// names X as the lead like "Giao X" and "Yêu cầu X", and "…, X chịu trách nhiệm …"
// names X like "…, X phải …" and "…, X có trách nhiệm …".
import { describe, expect, it } from "vitest";
import { extractDirective } from "./extract.js";

const leadOf = (item: string) =>
  extractDirective(`KẾT LUẬN\n\n${item}\n`, { documentDate: "2025-08-29" }).tasks.map((t) =>
    t.lead.map((a) => a.id),
  );

describe("the lead of an item", () => {
  it.each([
    [
      "Đề nghị",
      "1. Đề nghị Bộ Tài chính hướng dẫn các địa phương thực hiện, hoàn thành trong quý IV/2025.",
    ],
    [
      "Giao",
      "1. Giao Bộ Tài chính hướng dẫn các địa phương thực hiện, hoàn thành trong quý IV/2025.",
    ],
  ])("after %s is the agency named next", (_trigger, item) => {
    expect(leadOf(item)).toEqual([["bo-tai-chinh"]]);
  });

  it.each([
    [
      "chịu trách nhiệm",
      "1. Để bảo đảm tiến độ, Bộ Nội vụ chịu trách nhiệm hoàn thiện đề án trong tháng 10/2025.",
    ],
    [
      "có trách nhiệm",
      "1. Để bảo đảm tiến độ, Bộ Nội vụ có trách nhiệm hoàn thiện đề án trong tháng 10/2025.",
    ],
    ["phải", "1. Để bảo đảm tiến độ, Bộ Nội vụ phải hoàn thiện đề án trong tháng 10/2025."],
  ])("before %s after a comma is the agency named", (_predicate, item) => {
    expect(leadOf(item)).toEqual([["bo-noi-vu"]]);
  });
});
