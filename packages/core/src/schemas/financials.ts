import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { moneyString, nonNegativeMoneyString } from '../money-string.js';
import { balanceSheetIssues, decimalsIssue, futureDateIssue } from '../financial-consistency.js';
import { currencyCode, pushConsistencyIssues, resourceId } from './common.js';

const FINANCIAL_AMOUNTS = [
  'totalAssets', 'effectiveAssets', 'totalLiabilities', 'currentAssets', 'currentLiabilities',
  'revenue', 'netProfit', 'operatingCashFlow', 'existingFinancing',
] as const;

/**
 * The rules a set of statements obeys as a whole: parts within their totals, a base period that has
 * ended (not after today), amounts with no more decimals than the currency has. Reported on the
 * field they concern, with core's codes (see `financial-consistency.ts`).
 */
export const financialsConsistency = /* @__PURE__ */ z.superRefine((value: object, ctx) => {
  const f = value as Record<string, unknown>;
  pushConsistencyIssues(ctx, [], [
    ...balanceSheetIssues(f),
    futureDateIssue(['basePeriodEnd'], f.basePeriodEnd),
    ...FINANCIAL_AMOUNTS.map((key) => decimalsIssue([key], f[key], f.currency)),
  ]);
});

const financialsShape = {
  customerId: resourceId,
  /** Last day of the base period, e.g. `2025-12-31`. */
  basePeriodEnd: isoDate,
  currency: currencyCode,
  totalAssets: nonNegativeMoneyString,
  /** 有效资产: assets net of hard-to-realise items. */
  effectiveAssets: nonNegativeMoneyString,
  totalLiabilities: nonNegativeMoneyString,
  currentAssets: nonNegativeMoneyString,
  currentLiabilities: nonNegativeMoneyString,
  revenue: moneyString,
  netProfit: moneyString,
  operatingCashFlow: moneyString,
  /** 现有融资余额. */
  existingFinancing: nonNegativeMoneyString,
};

/** 财务信息 for one base period (基期), amounts as decimal strings in `currency`. */
export const financialsSchema = /* @__PURE__ */ z.object(financialsShape).check(financialsConsistency);
export type Financials = z.output<typeof financialsSchema>;

/** 历史交易信息: trading history with us. */
export const tradingHistorySchema = /* @__PURE__ */ z.object({
  salesLast12Months: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  paymentsLast12Months: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  overdueCountLast12Months: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
  maxDaysOverdueLast12Months: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
});
export type TradingHistory = z.output<typeof tradingHistorySchema>;
