/**
 * Calendar dates are `YYYY-MM-DD` strings and are computed as whole day numbers (days since
 * 1970-01-01), never through `Date` and time zones: an as-of date means the same day everywhere.
 */


export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Day number of a `YYYY-MM-DD` string, or `NaN` when it is not a real calendar date.
 * Hand-rolled with `charCodeAt` because aging calls it twice per item on a million items.
 */
export function parseIsoDay(text: string): number {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    year = year * 10 + d;
  }
  const m1 = text.charCodeAt(5) - 48, m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48, d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && !Number.isNaN(parseIsoDay(text));
}

/** Day number → `YYYY-MM-DD`. */
export function formatIsoDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return parseIsoDay(to) - parseIsoDay(from);
}

/** Adds whole years; 29 February in a non-leap target year becomes 28 February. */
export function addYears(date: string, years: number): string {
  const { year, month, day } = civilFromDays(parseIsoDay(date));
  const target = year + years;
  return formatIsoDay(daysFromCivil(target, month, Math.min(day, daysInMonth(target, month))));
}

/** Today's date in the runtime's local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDay(daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}
