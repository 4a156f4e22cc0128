import * as z from 'zod/mini';
import { parseIsoDay, formatIsoDay } from './day-numbers.js';
import { isoDate } from './dates.js';
import { multiplyDecimals, roundDecimal, subtractDecimals } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare, shiftDecimalString } from './decimal-string.js';
import { nonNegativeMoneyInput } from './money-string.js';
import { cashDiscountTermsSchema, type CashDiscountTerms, type CashDiscountTermsInput } from './schemas/policy.js';
import type { PaymentRecord } from './settlement.js';
import { parseWith } from './validate.js';

// Settlement arithmetic (cash discounts, the payment record from overdue figures), apart from
// `settlement.ts`'s rules of standing so that code choosing settlement methods never reaches decimal.js.

const invoiceSchema = /* @__PURE__ */ z.object({ amount: nonNegativeMoneyInput, invoiceDate: isoDate });
export type CashDiscountInvoiceInput = z.input<typeof invoiceSchema>;

/** Result of `cashDiscount`. Amounts with 2 decimals. */
export interface CashDiscountResult {
  /** Paid on or before `discountBy`. */
  readonly eligible: boolean;
  /** Last day of the discount window, `YYYY-MM-DD`. */
  readonly discountBy: string;
  /** Net due date, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** amount × percent ÷ 100, rounded half-up to the cent; 0 when not eligible. */
  readonly discount: string;
  /** amount − discount. */
  readonly payable: string;
}

/**
 * Cash discount for early payment or cash (003: "当其提前付款或现金交易时,可考虑给予信用优惠如现金折扣等").
 * Terms "2/10 net 30": 2 % off when paid within 10 days of the invoice date, else the full amount by day
 * 30. Exact decimal arithmetic; the discount is rounded half-up to the cent.
 *
 * @throws CreditKitValidationError naming each bad path (`invoice.amount`, `paymentDate`, `terms.percent`)
 */
export function cashDiscount(invoice: CashDiscountInvoiceInput, paymentDate: string, terms: CashDiscountTermsInput): CashDiscountResult {
  const data = parseWith(
    z.object({ invoice: invoiceSchema, paymentDate: isoDate, terms: cashDiscountTermsSchema }),
    { invoice, paymentDate, terms },
    'cash discount',
  );
  const t: CashDiscountTerms = data.terms;
  const invoiced = parseIsoDay(data.invoice.invoiceDate);
  const discountBy = invoiced + t.withinDays;
  const eligible = parseIsoDay(data.paymentDate) <= discountBy;
  const amount = data.invoice.amount;
  // percent ÷ 100 is a shift of the point: the discount is exact until its one rounding, half-up to the cent.
  const discount = eligible ? roundDecimal(shiftDecimalString(multiplyDecimals(amount, t.percent), -2), 2) : '0';
  return {
    eligible,
    discountBy: formatIsoDay(discountBy),
    dueDate: formatIsoDay(invoiced + t.netDays),
    discount: roundDecimal(discount, 2),
    payable: roundDecimal(subtractDecimals(amount, discount), 2),
  };
}

/** "2/10 net 30" for terms of 2 % within 10 days, net 30. */
export function formatCashDiscountTerms(terms: CashDiscountTermsInput): string {
  const t = parseWith(z.object({ terms: cashDiscountTermsSchema }), { terms }, 'cash discount terms').terms;
  return `${shiftDecimalString(t.percent, 0)}/${t.withinDays} net ${t.netDays}`;
}

/**
 * A payment record from the overdue figures a credit profile carries, for hosts that send none (ours):
 * the oldest item past the grace → `poor` (the practice stops supply then); any other amount overdue →
 * `fair`; nothing overdue → `good`.
 */
export function paymentRecordFromOverdue(overdue: { overdueAmount?: string | number; oldestOverdueDays?: number }, graceDays = 0): PaymentRecord {
  if ((overdue.oldestOverdueDays ?? 0) > graceDays) return 'poor';
  if (overdue.overdueAmount !== undefined && compare(String(overdue.overdueAmount), '0') > 0) return 'fair';
  return 'good';
}
