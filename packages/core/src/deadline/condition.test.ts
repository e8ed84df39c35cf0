import { describe, expect, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { parseDeadline } from "./parse.js";
import { expectParse } from "./test-support/expect.js";

const waitsOn = (event: string): DeadlineValue => ({
  kind: "event",
  event,
  bound: "inclusive",
  flags: ["event_date_unknown"],
});

// Time cells of task tables and "Thời hạn:" lines that name what the task waits on.
describe("a time cell that names a condition", () => {
  it.each<[string, string]>([
    ["Sau khi có Quy chế của TW", "Sau khi có Quy chế của TW"],
    [
      "Sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.",
      "Sau khi Chiến lược tiêu chuẩn quốc gia được ban hành",
    ],
    [
      "Sau khi Nghị định quy định chi tiết Luật sửa đổi, bổ sung một số điều ban hành",
      "Sau khi Nghị định quy định chi tiết Luật sửa đổi, bổ sung một số điều ban hành",
    ],
    ["ngay sau khi được phê duyệt", "ngay sau khi được phê duyệt"],
    ["Khi có phát sinh.", "Khi có phát sinh"],
    ["khi có yêu cầu", "khi có yêu cầu"],
    ["Theo Kế hoạch riêng", "Theo Kế hoạch riêng"],
    ["Theo tiến độ xây dựng dự thảo văn bản", "Theo tiến độ xây dựng dự thảo văn bản"],
    ["Theo lộ trình của Chính phủ", "Theo lộ trình của Chính phủ"],
    ["- Sau khi có hướng dẫn của Bộ", "Sau khi có hướng dẫn của Bộ"],
    // "(ngay) sau" a noun: the noun is the event.
    ["Ngay sau Hội nghị quán triệt của Bộ Chính trị", "Hội nghị quán triệt của Bộ Chính trị"],
    ["sau mưa lũ", "mưa lũ"],
    // NFD input and the other tone style read the same.
    ["Sau khi có hướng dẫn".normalize("NFD"), "Sau khi có hướng dẫn"],
    ["Khi có thoả thuận", "Khi có thoả thuận"],
  ])("%s", (cell, event) => expectParse(cell, "2025-11-20", waitsOn(event)));

  it("a written date wins over the condition", () =>
    expect(
      parseDeadline("Sau khi có hướng dẫn, trước ngày 31/12/2025", { documentDate: "2025-11-20" }),
    ).toMatchObject({ kind: "date", date: "2025-12-31" }));

  it.each([
    // A count after "sau" is a period with no start, not an event.
    ["Sau 30 ngày"],
    ["sau ba tháng"],
    ["Sau tháng 10"],
    // Running text: the cell goes on past a colon, a semicolon or a sentence end.
    ["Sau khi nghe Bộ Xây dựng báo cáo, Phó Thủ tướng có ý kiến như sau:"],
    ["Khi bão đổ bộ; các địa phương sơ tán dân"],
    ["Sau khi kiểm tra. Đoàn công tác báo cáo"],
    // The words alone name nothing.
    ["Sau khi"],
    ["Theo kế hoạch"],
    // "khi nào" asks when.
    ["khi nào xong"],
    // Not a condition word at the head.
    ["Thực hiện theo kế hoạch riêng"],
  ])("%s is not a condition", (cell) =>
    expect(parseDeadline(cell, { documentDate: "2025-11-20" }).kind).not.toBe("event"),
  );
});
