import { civilFromDays, daysFromCivil, daysInMonth, formatIsoDay, parseIsoDay } from '../day-numbers.js';

/** Adds whole months; a day past the end of the target month becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = civilFromDays(parseIsoDay(date));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatIsoDay(daysFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
}

/** Adds whole days. */
export function addDays(date: string, days: number): string {
  return formatIsoDay(parseIsoDay(date) + days);
}

/** The earlier of two `YYYY-MM-DD` dates. */
export function earlierDate(a: string, b: string): string {
  return parseIsoDay(a) <= parseIsoDay(b) ? a : b;
}
