export { CalendarDay, CalendarYear, parseCalendarYear, type CalendarYearParse } from "./schema.js";
export { CALENDAR_DATA_VERSION, BUNDLED_YEARS } from "./years.js";
export { estimatedYear } from "./estimated.js";
export { defaultCalendar, withYear, yearTable, type WorkingCalendar } from "./calendar.js";
export {
  addWorkingDays,
  dayInfo,
  isWorkingDay,
  rollBackToWorkingDay,
  rollForwardToWorkingDay,
  workingDaysBetween,
  type DayInfo,
} from "./working-days.js";
export {
  VIETNAM_TIME_ZONE,
  hungKingsDate,
  lunarNewYearDate,
  lunarToSolar,
  solarToLunar,
  type LunarDate,
} from "./lunar.js";
