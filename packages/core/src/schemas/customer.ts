import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { isSocialCreditCode } from '../social-credit-code.js';
import { boundedArray, currencyCode, limitedText, requiredText, resourceId } from './common.js';
import { PHONE_PATTERN, SOCIAL_CREDIT_CODE_PATTERN } from './limits.js';

/** 统一社会信用代码: 18 characters with a valid check character. */
const SOCIAL_CREDIT_CODE_MESSAGE = 'must be an 18-character unified social credit code with a valid check character';
export const socialCreditCodeSchema = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ z.regex(SOCIAL_CREDIT_CODE_PATTERN, SOCIAL_CREDIT_CODE_MESSAGE),
  /* @__PURE__ */ z.refine(isSocialCreditCode, SOCIAL_CREDIT_CODE_MESSAGE),
);

export const CUSTOMER_TYPES = ['distributor', 'direct', 'project', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const contactSchema = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ requiredText('contactName'),
  role: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('contactRole')),
  phone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(PHONE_PATTERN, 'must be a phone number'))),
  email: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.email('must be an e-mail address')),
});
export type Contact = z.output<typeof contactSchema>;

/** 客户基础信息 (domain.md §2): one customer, one code. */
export const customerSchema = /* @__PURE__ */ z.object({
  id: resourceId,
  code: socialCreditCodeSchema,
  name: /* @__PURE__ */ requiredText('customerName'),
  type: /* @__PURE__ */ z.enum(CUSTOMER_TYPES),
  industry: /* @__PURE__ */ requiredText('industry'),
  legalRepresentative: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('legalRepresentative')),
  registeredCapital: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  paidInCapital: /* @__PURE__ */ z.optional(nonNegativeMoneyString),
  currency: currencyCode,
  establishedOn: isoDate,
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('address')),
  contacts: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedArray(contactSchema, 'contacts')),
  /** Group (集团客户) this customer belongs to, if any. */
  groupId: /* @__PURE__ */ z.optional(resourceId),
  parentCompany: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('parentCompany')),
  salesperson: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('salesperson')),
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ limitedText('region')),
  blacklisted: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export type Customer = z.output<typeof customerSchema>;

/** One page of `GET /customers?query=&page=`. Pages are numbered from 1. */
export const customerPageSchema = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ boundedArray(customerSchema, 'customerPageItems'),
  page: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
  pageSize: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
  total: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
});
export type CustomerPage = z.output<typeof customerPageSchema>;
