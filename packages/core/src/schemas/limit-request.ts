import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { DECIMAL_PATTERN, nonNegativeMoneyString } from '../money-string.js';
import { APPLICATION_STATUSES, applicationEventSchema } from './application.js';
import { currencyCode, objectWith, requiredText, resourceId, timestamp } from './common.js';
import { decisionSchema } from './decision.js';

/** What a limit request asks for. */
export const LIMIT_REQUEST_KINDS = ['new_limit', 'increase', 'temporary_exception', 'renewal'] as const;
export type LimitRequestKind = (typeof LIMIT_REQUEST_KINDS)[number];

/** Where a limit request was started. */
export const LIMIT_REQUEST_ORIGINS = ['credit_check', 'calculator', 'application', 'review', 'manual'] as const;
export type LimitRequestOrigin = (typeof LIMIT_REQUEST_ORIGINS)[number];

/** Limit requests move through the same statuses as applications (draft → submitted → under review → decided). */
export const LIMIT_REQUEST_STATUSES = APPLICATION_STATUSES;

const positiveAmount = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(DECIMAL_PATTERN, 'must be a decimal amount such as "1234.56"'),
  /* @__PURE__ */ z.refine((v) => !v.startsWith('-') && /[1-9]/.test(v), 'must be more than zero'),
);

/** Body of `POST /limit-requests`. */
export const limitRequestInputSchema = /* @__PURE__ */ z
  .object({
    customerId: resourceId,
    kind: /* @__PURE__ */ z.enum(LIMIT_REQUEST_KINDS),
    /** The whole limit asked for (not the increment). */
    amount: positiveAmount,
    currency: currencyCode,
    termDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int({ error: 'must be a whole number of days' }).check(/* @__PURE__ */ z.gte(1, 'must be at least 1 day'), /* @__PURE__ */ z.lte(3650, 'must be at most 3650 days'))),
    /** Why: what the customer needs it for, or what the check found. */
    reason: /* @__PURE__ */ requiredText(1000),
    /** A temporary exception lapses after this day (required for `temporary_exception`). */
    until: /* @__PURE__ */ z.optional(isoDate),
    /** Where it was started, with what prefilled it. */
    origin: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.object({
        kind: /* @__PURE__ */ z.enum(LIMIT_REQUEST_ORIGINS),
        applicationId: /* @__PURE__ */ z.optional(resourceId),
        /** The order or deal amount that was checked. */
        orderAmount: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
        /** How far the order was over the available credit. */
        shortfall: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
        /** Reason codes of the credit check that blocked it. */
        checkReasons: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
      }),
    ),
  })
  .check(
    /* @__PURE__ */ z.superRefine((r, ctx) => {
      if (r.kind === 'temporary_exception' && r.until === undefined) {
        ctx.issues.push({ code: 'custom', message: 'is required for a temporary exception', path: ['until'], input: r.until });
      }
    }),
  );
export type LimitRequestInput = z.output<typeof limitRequestInputSchema>;

/** A limit request as the host stores it: the input, its workflow status, audit trail and decision. */
export const limitRequestSchema = /* @__PURE__ */ objectWith(limitRequestInputSchema, {
  id: resourceId,
  /** Human-facing number, e.g. `LR-2026-000012`. */
  number: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.enum(LIMIT_REQUEST_STATUSES),
  /** Who submitted it (the maker). */
  requestedBy: /* @__PURE__ */ z.string(),
  submittedAt: timestamp,
  /** The granted limit when the request was made. */
  currentLimit: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  decision: /* @__PURE__ */ z.optional(decisionSchema),
  history: /* @__PURE__ */ z.array(applicationEventSchema),
});
export type LimitRequest = z.output<typeof limitRequestSchema>;

/** `GET /limit-requests?customerId=&status=`, newest first. */
export const limitRequestListSchema = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(limitRequestSchema) });
export type LimitRequestList = z.output<typeof limitRequestListSchema>;
