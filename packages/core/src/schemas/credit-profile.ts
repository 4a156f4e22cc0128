import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { RATING_SOURCE_KINDS } from '../rating-source.js';
import { PAYMENT_RECORDS } from '../settlement.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { currencyCode, resourceId } from './common.js';

/** `GET /customers/{id}/credit-profile`: grade, granted limit, exposure and term. */
export const creditProfileSchema = z.object({
  customerId: resourceId,
  grade: gradeWire,
  score: z.optional(z.number().check(z.gte(0), z.lte(100))),
  ratedOn: isoDate,
  /**
   * Where the grade comes from (内部评级 / 直接认同 / 委托评级) and who issued it; shown with the grade.
   * Optional: a host that leaves it out shows the grade without a source.
   */
  ratingSource: z.optional(z.object({ kind: z.enum(RATING_SOURCE_KINDS), issuer: z.optional(z.string().check(z.maxLength(200))) })),
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
  /** Payment record with us; absent → derived from the overdue figures (`paymentRecordFromOverdue`). */
  paymentRecord: z.optional(z.enum(PAYMENT_RECORDS)),
});
export type CreditProfile = z.output<typeof creditProfileSchema>;
