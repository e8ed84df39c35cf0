import type { IsoDate } from "../dates/civil-date.js";

/** A deadline phrase as a seed directive writes it, with that directive's date. */
export interface SeedDeadlinePhrase {
  text: string;
  documentDate: IsoDate;
  /** Seed file (or "domain" for the domain brief's table) the phrase comes from. */
  source: string;
}

const KL_0829 = "2025-08-29"; // 000: Kết luận, phiên họp 29/8/2025
const KL_195 = "2025-09-26"; // 001: Kết luận 195-KL/TW
const CV_322 = "2025-08-03"; // 002: Công văn 322-CV/ĐU
const KL_221 = "2025-11-28"; // 003/004: Kết luận 221-KL/TW

/**
 * Every deadline phrase of the seed directives and of the domain brief's table,
 * copied as written. Used by the deadline table test and the parsing benchmark.
 */
export const SEED_DEADLINE_PHRASES: readonly SeedDeadlinePhrase[] = [
  // 000_8de8813f52df6de2.txt
  { text: "báo cáo Bộ Chính trị trong tháng 9/2025", documentDate: KL_0829, source: "000" },
  {
    text: "khẩn trương tham mưu Chính phủ ban hành trong tháng 9/2025",
    documentDate: KL_0829,
    source: "000",
  },
  { text: "ngay từ năm học 2025 - 2026", documentDate: KL_0829, source: "000" },
  { text: "sau 5 năm", documentDate: KL_0829, source: "000" },
  {
    text: "kết thúc việc thực hiện chế độ, chính sách vào ngày 31/8/2025",
    documentDate: KL_0829,
    source: "000",
  },
  { text: "báo cáo Ban Bí thư trong tháng 9/2025", documentDate: KL_0829, source: "000" },
  {
    text: "báo cáo Bộ Chính trị, Ban Bí thư trong quý IV/2025",
    documentDate: KL_0829,
    source: "000",
  },
  {
    text: "báo cáo Bộ Chính trị, Ban Bí thư định kỳ hằng tháng",
    documentDate: KL_0829,
    source: "000",
  },
  { text: "khẩn trương", documentDate: KL_0829, source: "000" },
  { text: "sớm", documentDate: KL_0829, source: "000" },
  { text: "kịp thời", documentDate: KL_0829, source: "000" },
  { text: "tiếp tục", documentDate: KL_0829, source: "000" },
  { text: "thường xuyên", documentDate: KL_0829, source: "000" },
  // 001_e28c69e39740ef77.txt
  { text: "hoàn thành trước ngày 30-10-2025", documentDate: KL_195, source: "001" },
  { text: "trước ngày 15-10-2025", documentDate: KL_195, source: "001" },
  {
    text: "khẩn trương báo cáo Bộ Chính trị, Ban Bí thư quyết định trong tuần đầu tháng 10-2025",
    documentDate: KL_195,
    source: "001",
  },
  {
    text: "báo cáo Ban Chấp hành Trung ương Đảng tại Hội nghị Trung ương 14 vào tháng 11-2025",
    documentDate: KL_195,
    source: "001",
  },
  // 002_dfb016a19d2361ee.txt
  { text: "trước ngày 31/8/2025", documentDate: CV_322, source: "002" },
  {
    text: "báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025",
    documentDate: CV_322,
    source: "002",
  },
  {
    text: "Hoàn thành và báo cáo Chính phủ kết quả thực hiện trước ngày 31/8/2025",
    documentDate: CV_322,
    source: "002",
  },
  { text: "chậm nhất trước ngày 25 hàng tháng", documentDate: CV_322, source: "002" },
  { text: "khắc phục ngay các sự cố", documentDate: CV_322, source: "002" },
  // 003_35a65e80e7c2d07d.txt, 004_0db2f7ce7a1ff3b5.txt
  { text: "hoàn thành trong năm 2025", documentDate: KL_221, source: "003" },
  { text: "hoàn thành dứt điểm trước ngày 31/12/2025", documentDate: KL_221, source: "003" },
  // Domain brief §3 table
  { text: "trong tháng 9/2025", documentDate: KL_0829, source: "domain" },
  { text: "tháng 10-2025", documentDate: KL_0829, source: "domain" },
  { text: "tháng 3.2026", documentDate: KL_0829, source: "domain" },
  { text: "trong quý IV/2025", documentDate: KL_0829, source: "domain" },
  { text: "quý 1/2026", documentDate: KL_0829, source: "domain" },
  { text: "quý I-2026", documentDate: KL_0829, source: "domain" },
  { text: "trong 6 tháng đầu năm", documentDate: "2025-01-15", source: "domain" },
  { text: "6 tháng cuối năm", documentDate: "2025-01-15", source: "domain" },
  { text: "trong năm 2025", documentDate: KL_0829, source: "domain" },
  { text: "trước 30-10-2025", documentDate: KL_0829, source: "domain" },
  { text: "trước 15.12", documentDate: KL_0829, source: "domain" },
  { text: "chậm nhất ngày 15/10/2025", documentDate: KL_0829, source: "domain" },
  { text: "chậm nhất vào ngày 15/10/2025", documentDate: KL_0829, source: "domain" },
  { text: "đến 31/12/2025", documentDate: KL_0829, source: "domain" },
  { text: "trong tuần đầu tháng 10-2025", documentDate: KL_0829, source: "domain" },
  { text: "định kỳ hằng tháng", documentDate: KL_0829, source: "domain" },
  { text: "hằng quý", documentDate: KL_0829, source: "domain" },
  { text: "6 tháng một lần", documentDate: KL_0829, source: "domain" },
  { text: "hằng năm", documentDate: KL_0829, source: "domain" },
  { text: "trong thời hạn 15 ngày kể từ ngày ký", documentDate: KL_0829, source: "domain" },
  {
    text: "trong thời hạn 15 ngày làm việc kể từ ngày ký",
    documentDate: KL_0829,
    source: "domain",
  },
  { text: "trước Đại hội XIV", documentDate: KL_0829, source: "domain" },
  { text: "trước Tết Nguyên đán", documentDate: KL_0829, source: "domain" },
  { text: "ngay", documentDate: KL_0829, source: "domain" },
  { text: "đầu tháng 10/2025", documentDate: KL_0829, source: "domain" },
  { text: "giữa tháng 10/2025", documentDate: KL_0829, source: "domain" },
  { text: "cuối tháng 2/2026", documentDate: KL_0829, source: "domain" },
  { text: "giữa năm 2026", documentDate: KL_0829, source: "domain" },
];
