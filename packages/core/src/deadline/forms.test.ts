import { describe, expect, it } from "vitest";
import { parseDeadline } from "./parse.js";
import { resolveDeadline } from "./resolve.js";

/**
 * Hand-written phrases for the date forms added for real directives (spans and
 * lists, weeks, parts of a quarter, words around a date, context that makes a
 * date no deadline). Each row: phrase, document date, kind, due, bound.
 */
const read = (phrase: string, doc: string) => {
  const d = parseDeadline(phrase, { documentDate: doc });
  const r = resolveDeadline(d, { asOf: doc });
  return [d.kind, r.due, r.bound];
};

describe("date forms of real directives", () => {
  it.each<[string, string, string, string | null, string | null]>([
    // spans and lists: the later end
    ["trong tháng 10, tháng 11 năm 2026", "2026-03-02", "date", "2026-11-30", "inclusive"],
    ["Tháng 9, 10/2027", "2026-03-02", "date", "2027-10-31", "inclusive"],
    ["hoàn thành trong năm 2027 - 2028", "2026-03-02", "date", "2028-12-31", "inclusive"],
    ["Quý III/2026, Quý IV/2026 và thường xuyên", "2026-03-02", "date", "2026-12-31", "inclusive"],
    ["trong tháng 5 và tháng 9 năm 2026", "2026-03-02", "date", "2026-09-30", "inclusive"],
    ["- Năm 2027 - 2028: hoàn thành công trình", "2026-03-02", "date", "2028-12-31", "inclusive"],
    [
      "phấn đấu cuối năm 2026 và quý I-2027 khởi công",
      "2026-03-02",
      "date",
      "2027-03-31",
      "inclusive",
    ],
    ["gửi tài liệu trước cuộc họp ít nhất 05 ngày làm việc", "2026-03-02", "relative", null, null],
    // words around the date
    ["thời hạn hoàn thành là ngày 30/9/2026", "2026-03-02", "date", "2026-09-30", "inclusive"],
    ["gửi trước 16h30 ngày 12/6/2026", "2026-03-02", "date", "2026-06-12", "before"],
    ["tổ chức vào Thứ Bảy ngày 7/3/2026", "2026-03-02", "date", "2026-03-07", "inclusive"],
    ["khai mạc vào chiều 18-4", "2026-03-02", "date", "2026-04-18", "inclusive"],
    ["trước ２０/１１/２０２６", "2026-03-02", "date", "2026-11-20", "before"],
    [
      "Khẩn trương hoàn thành, chậm nhất trong qúy III/2026",
      "2026-03-02",
      "date",
      "2026-09-30",
      "inclusive",
    ],
    [
      "sớm trình Chính phủ (dự kiến cuối tháng 5/2026)",
      "2026-03-02",
      "date",
      "2026-05-31",
      "inclusive",
    ],
    // weeks and parts of a quarter (ambiguous readings, flagged)
    ["Xong trước tuần 2 tháng 4/2026", "2026-03-02", "date", "2026-04-08", "before"],
    ["Dự kiến tuần 3 tháng 4 năm 2026", "2026-03-02", "date", "2026-04-21", "inclusive"],
    ["tổ chức vào đầu quý III/2026", "2026-03-02", "date", "2026-07-01", "inclusive"],
    // a date that is no deadline
    ["đến ngày 20/2/2026, mới có 12 tỉnh gửi báo cáo", "2026-03-02", "unparsed", null, null],
    [
      "huyện chưa hoàn thành giải phóng mặt bằng trong tháng 1/2026",
      "2026-03-02",
      "unparsed",
      null,
      null,
    ],
    ["Phấn đấu đến năm 2030 đạt 500 triệu USD", "2026-03-02", "unparsed", null, null],
    ["Lễ khánh thành vào ngày 19/5/2026", "2026-03-02", "unparsed", null, null],
    ["Triệt để tiết kiệm chi thường xuyên", "2026-03-02", "unparsed", null, null],
    ["có 03 năm liên tục hoàn thành tốt nhiệm vụ", "2026-03-02", "unparsed", null, null],
    ["xuất cấp ngay trong tình huống cấp bách", "2026-03-02", "urgent", null, null],
  ])("%s (document %s) is %s, due %s", (phrase, doc, kind, due, bound) => {
    expect(read(phrase, doc)).toEqual([kind, due, bound]);
  });

  it("a list of dates is flagged multiple_deadlines", () => {
    expect(parseDeadline("tháng 6/2026 và 7/2026", { documentDate: "2026-03-02" }).flags).toContain(
      "multiple_deadlines",
    );
  });
});
