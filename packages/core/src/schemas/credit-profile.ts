import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { gradeWire } from '../grades.js';
import { RATING_SOURCE_KINDS } from '../rating-source.js';
import { PAYMENT_RECORDS } from '../settlement.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { currencyCode, resourceId } from './common.js';

/** `GET /customers/{id}/credit-profile`: grade, granted limit, exposure and term. */
export const creditProfileSchema = /* @__PURE__ */ z.object({
  customerId: resourceId,
  grade: gradeWire,
  score: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100))),
  ratedOn: isoDate,
  /**
   * Where the grade comes from (内部评级 / 直接认同 / 委托评级) and who issued it; shown with the grade.
   * Optional: a host that leaves it out shows the grade without a source.
   */
  ratingSource: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.enum(RATING_SOURCE_KINDS), issuer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))) })),
  currency: currencyCode,
  /** 公开授信额度: the granted (open) limit. */
  granted: nonNegativeMoneyString,
  /** 最高综合授信额度, when the host exposes it. */
  maximum: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  termDays: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  components: /* @__PURE__ */ z.object({
    openReceivables: nonNegativeMoneyString,
    openOrders: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
    undelivered: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
    specialItems: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  }),
  overdueAmount: nonNegativeMoneyString,
  oldestOverdueDays: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  blacklisted: /* @__PURE__ */ z.boolean(),
  /** The granted limit lapses after this day (set by the approving decision). */
  validUntil: /* @__PURE__ */ z.optional(isoDate),
  /** The day the limit comes up for review (set by the decision; see `reviewWorklist`). */
  nextReviewOn: /* @__PURE__ */ z.optional(isoDate),
  /** Payment record with us; absent → derived from the overdue figures (`paymentRecordFromOverdue`). */
  paymentRecord: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(PAYMENT_RECORDS)),
});
export type CreditProfile = z.output<typeof creditProfileSchema>;
