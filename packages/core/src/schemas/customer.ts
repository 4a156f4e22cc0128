import * as z from 'zod/mini';
import { isoDate } from '../dates.js';
import { nonNegativeMoneyString } from '../money-string.js';
import { isSocialCreditCode } from '../social-credit-code.js';
import { boundedArray, CONTRACT_LIMITS, currencyCode, requiredText, resourceId } from './common.js';
import { PHONE_PATTERN, SOCIAL_CREDIT_CODE_PATTERN, TEXT_LIMITS } from './limits.js';

/** 统一社会信用代码: 18 characters with a valid check character. */
const SOCIAL_CREDIT_CODE_MESSAGE = 'must be an 18-character unified social credit code with a valid check character';
export const socialCreditCodeSchema = z.string().check(
  z.regex(SOCIAL_CREDIT_CODE_PATTERN, SOCIAL_CREDIT_CODE_MESSAGE),
  z.refine(isSocialCreditCode, SOCIAL_CREDIT_CODE_MESSAGE),
);

export const CUSTOMER_TYPES = ['distributor', 'direct', 'project', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const contactSchema = z.object({
  name: requiredText(TEXT_LIMITS.contactName),
  role: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.contactRole))),
  phone: z.optional(z.string().check(z.regex(PHONE_PATTERN, 'must be a phone number'))),
  email: z.optional(z.email('must be an e-mail address')),
});
export type Contact = z.output<typeof contactSchema>;

/** 客户基础信息 (domain.md §2): one customer, one code. */
export const customerSchema = z.object({
  id: resourceId,
  code: socialCreditCodeSchema,
  name: requiredText(TEXT_LIMITS.customerName),
  type: z.enum(CUSTOMER_TYPES),
  industry: requiredText(TEXT_LIMITS.industry),
  legalRepresentative: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.legalRepresentative))),
  registeredCapital: z.optional(nonNegativeMoneyString),
  paidInCapital: z.optional(nonNegativeMoneyString),
  currency: currencyCode,
  establishedOn: isoDate,
  address: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.address))),
  contacts: z.optional(boundedArray(contactSchema, CONTRACT_LIMITS.contacts)),
  /** Group (集团客户) this customer belongs to, if any. */
  groupId: z.optional(resourceId),
  parentCompany: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.parentCompany))),
  salesperson: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.salesperson))),
  region: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.region))),
  blacklisted: z.optional(z.boolean()),
});
export type Customer = z.output<typeof customerSchema>;

/** One page of `GET /customers?query=&page=`. Pages are numbered from 1. */
export const customerPageSchema = z.object({
  items: boundedArray(customerSchema, CONTRACT_LIMITS.customerPageItems),
  page: z.int().check(z.gte(1)),
  pageSize: z.int().check(z.gte(1)),
  total: z.int().check(z.gte(0)),
});
export type CustomerPage = z.output<typeof customerPageSchema>;
