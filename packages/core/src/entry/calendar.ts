/**
 * @nhiemvu/core/calendar — civil dates and the Vietnamese working-day calendar
 * (holidays, làm bù, lunar dates), without the deadline, extraction or sheet rules.
 * A bundler keeps only what is used: `isWorkingDay` alone leaves zod out.
 */
export * from "../dates/civil-date.js";
export * from "../calendar/index.js";
