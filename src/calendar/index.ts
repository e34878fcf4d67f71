/**
 * The calendar: ISO days and their arithmetic, days written and read as Chinese offices write them, and the time
 * words of work reports. A leaf: every stage, the ledger, the loop, the exchange files and the web app take their
 * days from here.
 */
export {
  ISO_DAY, isoDay, monthEnd, yearEnd, yearStart, dayNumber, fromDayNumber, addDays, daysBetween, isIsoDay, dayOfInstant, dayOfDate, dayIn,
} from './days.js';
export { chineseDate, localizeDates, readTypedDay, type TypedDay } from './chinese.js';
export { TIME_WORDS, SPRING_FESTIVAL, FIVE_YEAR_PLAN_END, type TimeWord, type TimeWordName } from './tables/time-words.js';
