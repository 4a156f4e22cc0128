import { currencyMinorUnits } from './currencies.js';
import { civilFromDays, parseIsoDay } from './day-numbers.js';
import { compareDecimalStrings } from './decimal-string.js';
import { DECIMAL_PATTERN, decimalPlaces } from './money-string.js';

/**
 * One broken consistency rule of submitted data: where, a stable code the widgets word in the
 * reader's language, an English message for logs and problem documents, and the figures it names.
 */
export interface ConsistencyIssue {
  readonly path: readonly (string | number)[];
  readonly code: ConsistencyCode;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ConsistencyCode =
  | 'effective_above_total_assets'
  | 'current_above_total_assets'
  | 'current_above_total_liabilities'
  | 'date_in_future'
  | 'too_many_decimals';

/** The parts of a balance sheet whose figures bound one another (decimal strings, as on the wire). */
export interface BalanceSheetFigures {
  readonly totalAssets?: string;
  readonly effectiveAssets?: string;
  readonly currentAssets?: string;
  readonly totalLiabilities?: string;
  readonly currentLiabilities?: string;
}

const isAmount = (v: unknown): v is string => typeof v === 'string' && DECIMAL_PATTERN.test(v);

/**
 * A part never exceeds its whole: effective assets (有效资产, assets net of hard-to-realise items)
 * and current assets are parts of total assets, current liabilities a part of total liabilities.
 * Figures that are absent or not amounts are left to their own field's check.
 */
export function balanceSheetIssues(figures: BalanceSheetFigures): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const partOf = (part: keyof BalanceSheetFigures, whole: keyof BalanceSheetFigures, code: ConsistencyCode, what: string) => {
    const p = figures[part], w = figures[whole];
    if (isAmount(p) && isAmount(w) && compareDecimalStrings(p, w) > 0) {
      issues.push({ path: [part], code, message: `must not exceed ${whole} (${w}): ${what}`, params: { limit: w } });
    }
  };
  partOf('effectiveAssets', 'totalAssets', 'effective_above_total_assets', 'effective assets are part of the total assets');
  partOf('currentAssets', 'totalAssets', 'current_above_total_assets', 'current assets are part of the total assets');
  partOf('currentLiabilities', 'totalLiabilities', 'current_above_total_liabilities', 'current liabilities are part of the total liabilities');
  return issues;
}

/**
 * Today's date as `YYYY-MM-DD`, one day ahead of UTC: a date typed in the easternmost time zones is
 * never "in the future" while it is already that day there.
 */
export function latestPossibleToday(now: Date = new Date()): string {
  const { year, month, day } = civilFromDays(Math.floor(now.getTime() / 86_400_000) + 1);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A past-or-present date (founding, end of a reported period) that is after today. */
export function futureDateIssue(path: readonly (string | number)[], date: unknown, now?: Date): ConsistencyIssue | undefined {
  if (typeof date !== 'string' || Number.isNaN(parseIsoDay(date))) return undefined;
  const today = latestPossibleToday(now);
  if (parseIsoDay(date) <= parseIsoDay(today)) return undefined;
  return { path, code: 'date_in_future', message: `must not be in the future (after ${today})`, params: { latest: today } };
}

/** An amount with more significant decimals than its currency has (CNY 2, JPY 0, KWD 3). */
export function decimalsIssue(path: readonly (string | number)[], amount: unknown, currency: unknown): ConsistencyIssue | undefined {
  if (!isAmount(amount) || typeof currency !== 'string') return undefined;
  const places = currencyMinorUnits(currency);
  // Trailing zeros change no value: "12.500" is 12.50 CNY, "100.00" JPY is 100 yen.
  const significant = amount.includes('.') ? amount.replace(/0+$/, '') : amount;
  if (places === undefined || decimalPlaces(significant.replace(/\.$/, '')) <= places) return undefined;
  return {
    path,
    code: 'too_many_decimals',
    message: places === 0 ? `must be a whole amount in ${currency}` : `must have at most ${places} decimals in ${currency}`,
    params: { places, currency },
  };
}
