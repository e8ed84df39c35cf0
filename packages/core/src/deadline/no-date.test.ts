import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const urgent: DeadlineValue = { kind: "urgent", flags: [] };
const ongoing: DeadlineValue = { kind: "ongoing", flags: [] };
const starts: DeadlineValue = { kind: "ongoing", flags: ["start_of_obligation"] };

describe("phrases with no due date", () => {
  it.each<[string, DeadlineValue]>([
    ["khẩn trương", urgent],
    ["Khẩn trương", urgent],
    ["sớm", urgent],
    ["ngay", urgent],
    ["ngay lập tức", urgent],
    ["kịp thời", urgent],
    ["khắc phục ngay các sự cố", urgent],
    ["sớm tham mưu ban hành các văn bản sửa đổi", urgent],
    ["tiếp tục", ongoing],
    ["thường xuyên", ongoing],
    ["Tiếp tục rà soát, cắt giảm thành phần hồ sơ", ongoing],
    ["ngay từ năm học 2025 - 2026", starts],
    ["ngay từ năm học 2025–2026", starts],
    ["từ ngày 1/7/2025", starts],
    ["ngay từ tháng 9/2025", starts],
  ])("%s", (phrase, expected) => expectParse(phrase, "2025-08-29", expected));

  it.each([
    ["ngày"], // the word "day", not "ngay"
    ["ngay cả"],
    ["chưa thể giải quyết ngay"],
    ["bảo đảm chất lượng"],
    [""],
  ])("%s is unparsed", (phrase) =>
    expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );

  it("a date wins over an urgency word in the same phrase", () =>
    expectParse("khẩn trương tham mưu Chính phủ ban hành trong tháng 9/2025", "2025-08-29", {
      kind: "date",
      date: "2025-09-30",
      precision: "month",
      bound: "inclusive",
      flags: [],
    }));
});
