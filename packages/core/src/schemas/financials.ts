import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { moneyString, nonNegativeMoneyString } from '../money.js';
import { currencyCode, resourceId } from './common.js';

/** 财务信息 for one base period (基期), amounts as decimal strings in `currency`. */
export const financialsSchema = z.object({
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
});
export type Financials = z.output<typeof financialsSchema>;

/** 历史交易信息: trading history with us. */
export const tradingHistorySchema = z.object({
  salesLast12Months: z.optional(nonNegativeMoneyString),
  paymentsLast12Months: z.optional(nonNegativeMoneyString),
  overdueCountLast12Months: z.optional(z.int().check(z.gte(0))),
  maxDaysOverdueLast12Months: z.optional(z.int().check(z.gte(0))),
});
export type TradingHistory = z.output<typeof tradingHistorySchema>;
