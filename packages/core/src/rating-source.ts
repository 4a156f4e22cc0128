import * as z from 'zod/mini';
import { gradeSchema, gradeWire, type Grade } from './grades.js';
import { isoDate } from './dates.js';
import { addDecimals, roundDecimal } from './decimal-arithmetic.js';
import { compareDecimalStrings as compare } from './decimal-string.js';
import { nonNegativeMoneyInput } from './money-string.js';
import { rateCustomer, INTERNAL_RATING_MAX_FINANCING, INTERNAL_RATING_MAX_GRADE, type RatingInput, type RatingResult } from './rating.js';
import type { RatingPolicyInput } from './schemas/policy.js';
import { parseWith } from './validate.js';

/** Where a grade comes from (002 评级方法: 内部评级、直接认同和委托评级). */
export const RATING_SOURCE_KINDS = ['in-house', 'external', 'commissioned'] as const;
export type RatingSourceKind = (typeof RATING_SOURCE_KINDS)[number];

/** A grade with its source, issuer and date: they travel together and are shown together. */
export const ratedGradeSchema = /* @__PURE__ */ z.object({
  grade: gradeWire,
  source: /* @__PURE__ */ z.enum(RATING_SOURCE_KINDS),
  /** Who rated: the customer manager's unit for `in-house`, the agency or bank branch otherwise. */
  issuer: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
  ratedOn: isoDate,
});
export type RatedGrade = z.output<typeof ratedGradeSchema>;

const certificateSchema = /* @__PURE__ */ z.object({
  grade: gradeSchema,
  issuer: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1, 'must name the issuer')),
  ratedOn: isoDate,
  /**
   * Issued by a body the practice accepts as is: "他行省级分支机构、省联社认可的专业评级机构" (another bank's
   * provincial branch, or an agency the provincial union recognises).
   */
  recognised: /* @__PURE__ */ z.boolean(),
});

const sourceInputSchema = /* @__PURE__ */ z.object({
  /** Financing the customer already has with us (现有融资余额). */
  existingFinancing: nonNegativeMoneyInput,
  /** Financing now applied for. Existing + requested is the intended total 拟融资总量. */
  requested: nonNegativeMoneyInput,
  /** A rating certificate the customer brings, if any. */
  certificate: /* @__PURE__ */ z.optional(certificateSchema),
});
export type RatingSourceInput = z.input<typeof sourceInputSchema>;

/** The decision of `ratingSource`: a typed result, never a throw. */
export type RatingSourceDecision =
  /** A recognised certificate: its grade is accepted as is (直接认同), with its issuer and date. */
  | { readonly kind: 'external'; readonly intendedTotal: string; readonly rated: RatedGrade }
  /** Intended total ≤ 1,000,000: the customer manager may rate in-house, capped at AA. */
  | { readonly kind: 'in-house'; readonly intendedTotal: string; readonly maxGrade: Grade }
  /** Neither: a rating must be commissioned (委托评级) from an appointed agency. */
  | { readonly kind: 'commissioned-required'; readonly intendedTotal: string; readonly reason: 'above-in-house-limit' };

/**
 * Which rating may stand for a customer (002 篇二 评级方法): "对拟融资总量不超过100万元的法人客户,由客户经理…
 * 进行内部评级,但信用等级最高不超过AA级(含); 对能够出具他行省级分支机构、省联社认可的专业评级机构评级证书的,
 * 可直接认同。除此之外,均需委托…社会中介机构进行评级。"
 *
 * The intended total is existing financing + the amount requested (inclusive limit 1,000,000). A recognised
 * certificate is accepted at any amount; an unrecognised one does not count.
 *
 * @throws CreditKitValidationError only for malformed input
 */
export function ratingSource(input: RatingSourceInput): RatingSourceDecision {
  const data = parseWith(sourceInputSchema, input, 'rating source input');
  const intended = addDecimals(data.existingFinancing, data.requested);
  const intendedTotal = roundDecimal(intended, 2);
  const certificate = data.certificate;
  if (certificate?.recognised) {
    return { kind: 'external', intendedTotal, rated: { grade: certificate.grade, source: 'external', issuer: certificate.issuer, ratedOn: certificate.ratedOn } };
  }
  if (compare(intended, INTERNAL_RATING_MAX_FINANCING) <= 0) return { kind: 'in-house', intendedTotal, maxGrade: INTERNAL_RATING_MAX_GRADE };
  return { kind: 'commissioned-required', intendedTotal, reason: 'above-in-house-limit' };
}

/** Result of `rateInHouse`: the rating with its source, or why an in-house rating may not stand. */
export type InHouseRatingOutcome =
  | { readonly kind: 'rated'; readonly result: RatingResult; readonly rated: RatedGrade }
  | Exclude<RatingSourceDecision, { kind: 'in-house' }>;

/**
 * An in-house rating where the practice allows one: `ratingSource` first; when it says `in-house`, the
 * model's grade capped at AA (`rateCustomer` with `internal`), tagged `source: 'in-house'` with the issuer
 * and date given. Otherwise the decision itself (`external` with the certificate, or `commissioned-required`).
 */
export function rateInHouse(
  scores: RatingInput,
  financing: RatingSourceInput,
  rated: { issuer?: string; ratedOn: string },
  policy?: RatingPolicyInput,
): InHouseRatingOutcome {
  const decision = ratingSource(financing);
  if (decision.kind !== 'in-house') return decision;
  const { ratedOn, issuer } = parseWith(z.object({ ratedOn: isoDate, issuer: z.optional(z.string()) }), rated, 'rating');
  const result = rateCustomer(scores, policy, { internal: true, totalFinancing: decision.intendedTotal });
  return { kind: 'rated', result, rated: { grade: result.grade, source: 'in-house', ratedOn, ...(issuer === undefined ? {} : { issuer }) } };
}
