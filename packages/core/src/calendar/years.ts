import type { CalendarYear } from "./schema.js";

/**
 * Version of the bundled year tables. Bump it when a table changes, so a
 * report can say which calendar it was computed with.
 */
export const CALENDAR_DATA_VERSION = "vn-2026.2";

const TET = "Tết Nguyên đán";
const QUOC_KHANH = "Quốc khánh 2/9";

/**
 * 2025 as decided by the government (days off for civil servants): Tết Ất Tỵ
 * 25/1–2/2, Giỗ Tổ on Monday 7/4, 30/4–4/5 with 2/5 swapped for Saturday 26/4,
 * Quốc khánh 31/8–2/9.
 */
const YEAR_2025: CalendarYear = {
  year: 2025,
  source: "Quyết định, thông báo của Chính phủ về lịch nghỉ lễ, Tết năm 2025",
  daysOff: [
    { date: "2025-01-01", name: "Tết Dương lịch" },
    { date: "2025-01-27", name: TET },
    { date: "2025-01-28", name: TET },
    { date: "2025-01-29", name: TET },
    { date: "2025-01-30", name: TET },
    { date: "2025-01-31", name: TET },
    { date: "2025-04-07", name: "Giỗ Tổ Hùng Vương" },
    { date: "2025-04-30", name: "Ngày Chiến thắng" },
    { date: "2025-05-01", name: "Ngày Quốc tế Lao động" },
    { date: "2025-05-02", name: "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)" },
    { date: "2025-09-01", name: QUOC_KHANH },
    { date: "2025-09-02", name: QUOC_KHANH },
  ],
  workingDays: [{ date: "2025-04-26", name: "Làm bù cho ngày 02/5" }],
};

/**
 * 2026 as decided: 1–4/1 with 2/1 swapped for Saturday 10/1, Tết Bính Ngọ
 * 14–22/2, Giỗ Tổ (Sunday 26/4) substituted on Monday 27/4, 30/4–3/5, Quốc
 * khánh 29/8–2/9 with 31/8 swapped for Saturday 22/8. 24/11 Ngày Văn hóa Việt
 * Nam is decided but not yet in the Labour Code: pending, off only on request.
 */
const YEAR_2026: CalendarYear = {
  year: 2026,
  source: "Quyết định, thông báo của Chính phủ về lịch nghỉ lễ, Tết năm 2026",
  daysOff: [
    { date: "2026-01-01", name: "Tết Dương lịch" },
    { date: "2026-01-02", name: "Nghỉ hoán đổi (làm bù thứ Bảy 10/1)" },
    { date: "2026-02-16", name: TET },
    { date: "2026-02-17", name: TET },
    { date: "2026-02-18", name: TET },
    { date: "2026-02-19", name: TET },
    { date: "2026-02-20", name: TET },
    { date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4)" },
    { date: "2026-04-30", name: "Ngày Chiến thắng" },
    { date: "2026-05-01", name: "Ngày Quốc tế Lao động" },
    { date: "2026-08-31", name: "Nghỉ hoán đổi (làm bù thứ Bảy 22/8)" },
    { date: "2026-09-01", name: QUOC_KHANH },
    { date: "2026-09-02", name: QUOC_KHANH },
    { date: "2026-11-24", name: "Ngày Văn hóa Việt Nam", pending: true },
  ],
  workingDays: [
    { date: "2026-01-10", name: "Làm bù cho ngày 02/01" },
    { date: "2026-08-22", name: "Làm bù cho ngày 31/8" },
  ],
};

/** The decided years shipped with the product. */
export const BUNDLED_YEARS: readonly CalendarYear[] = [YEAR_2025, YEAR_2026];
