import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { nonNegativeMoneyString } from '../money.js';
import { currencyCode, resourceId } from './common.js';

/** `GET /customers/{id}/credit-profile`: grade, granted limit, exposure and term. */
export const creditProfileSchema = z.object({
  customerId: resourceId,
  grade: gradeWire,
  score: z.optional(z.number().check(z.gte(0), z.lte(100))),
  ratedOn: isoDate,
  currency: currencyCode,
  /** 公开授信额度: the granted (open) limit. */
  granted: nonNegativeMoneyString,
  /** 最高综合授信额度, when the host exposes it. */
  maximum: z.optional(nonNegativeMoneyString),
  termDays: z.int().check(z.gte(0)),
  components: z.object({
    openReceivables: nonNegativeMoneyString,
    openOrders: z.optional(nonNegativeMoneyString),
    undelivered: z.optional(nonNegativeMoneyString),
    specialItems: z.optional(nonNegativeMoneyString),
  }),
  overdueAmount: nonNegativeMoneyString,
  oldestOverdueDays: z.int().check(z.gte(0)),
  blacklisted: z.boolean(),
  /** The granted limit lapses after this day (set by the approving decision). */
  validUntil: z.optional(isoDate),
  /** The day the limit comes up for review (set by the decision; see `reviewWorklist`). */
  nextReviewOn: z.optional(isoDate),
});
export type CreditProfile = z.output<typeof creditProfileSchema>;
