import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { attachmentSchema, creditRequestSchema, guaranteeSchema, impressionSchema } from './application.js';
import { contactSchema, customerSchema } from './customer.js';
import {
  ATTACHMENT_TYPES,
  ATTACHMENT_TYPES_BY_EXTENSION,
  CURRENCY_CODE_PATTERN,
  GUARANTEE_KINDS,
  IDEMPOTENCY_KEY_PATTERN,
  IMPRESSION_SCORE_RANGE,
  MAX_ATTACHMENT_BYTES,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  PHONE_PATTERN,
  RATIO_PATTERN,
  RESOURCE_ID_PATTERN,
  TERM_DAYS_RANGE,
  TEXT_LIMITS,
  type TextLimitName,
} from './limits.js';

const customer = {
  id: 'C001',
  code: '91350100M000100Y43',
  name: 'Acme',
  type: 'direct',
  industry: 'Steel',
  currency: 'CNY',
  establishedOn: '2010-01-01',
};
const request = { amount: '1000.00', currency: 'CNY', termDays: 30, purpose: 'Stock', settlementMethod: 'open_credit' };
const guarantee = { kind: 'guarantor', owner: 'Bank', appraisedValue: '10.00' };
const attachment = { fileName: 'a.pdf', mimeType: 'application/pdf', size: 10 };
const contact = { name: 'Li' };
const impression = { notes: '' };

/** Where each text limit applies: the schema, a valid value of it, and the member the limit is on. */
const TEXT_MEMBERS: Record<TextLimitName, readonly [z.ZodMiniType, Record<string, unknown>, string]> = {
  customerName: [customerSchema, customer, 'name'],
  industry: [customerSchema, customer, 'industry'],
  legalRepresentative: [customerSchema, customer, 'legalRepresentative'],
  address: [customerSchema, customer, 'address'],
  parentCompany: [customerSchema, customer, 'parentCompany'],
  salesperson: [customerSchema, customer, 'salesperson'],
  region: [customerSchema, customer, 'region'],
  contactName: [contactSchema, contact, 'name'],
  contactRole: [contactSchema, contact, 'role'],
  guaranteeOwner: [guaranteeSchema, guarantee, 'owner'],
  guaranteeDescription: [guaranteeSchema, guarantee, 'description'],
  requestPurpose: [creditRequestSchema, request, 'purpose'],
  impressionNotes: [impressionSchema, impression, 'notes'],
  attachmentFileName: [attachmentSchema, attachment, 'fileName'],
};

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('the contract limits are the ones the schemas enforce', () => {
  it('the base values are valid', () => {
    for (const [schema, base] of Object.values(TEXT_MEMBERS)) expect(accepts(schema, base)).to.equal(true);
  });

  for (const [name, [schema, base, member]] of Object.entries(TEXT_MEMBERS)) {
    it(`${name}: ${TEXT_LIMITS[name as TextLimitName]} characters pass, one more does not`, () => {
      const max = TEXT_LIMITS[name as TextLimitName];
      expect(accepts(schema, { ...base, [member]: 'x'.repeat(max) })).to.equal(true);
      expect(accepts(schema, { ...base, [member]: 'x'.repeat(max + 1) })).to.equal(false);
    });
  }

  it('the term range bounds termDays', () => {
    for (const [days, ok] of [
      [TERM_DAYS_RANGE.min, true],
      [TERM_DAYS_RANGE.max, true],
      [TERM_DAYS_RANGE.min - 1, false],
      [TERM_DAYS_RANGE.max + 1, false],
    ] as const) expect(accepts(creditRequestSchema, { ...request, termDays: days }), String(days)).to.equal(ok);
  });

  it('the score range bounds impression.score', () => {
    expect(accepts(impressionSchema, { notes: '', score: IMPRESSION_SCORE_RANGE.min })).to.equal(true);
    expect(accepts(impressionSchema, { notes: '', score: IMPRESSION_SCORE_RANGE.max })).to.equal(true);
    expect(accepts(impressionSchema, { notes: '', score: IMPRESSION_SCORE_RANGE.max + 1 })).to.equal(false);
    expect(accepts(impressionSchema, { notes: '', score: IMPRESSION_SCORE_RANGE.min - 1 })).to.equal(false);
  });

  it('guarantee kinds are exactly the ones the schema accepts', () => {
    for (const kind of GUARANTEE_KINDS) expect(accepts(guaranteeSchema, { ...guarantee, kind })).to.equal(true);
    expect(accepts(guaranteeSchema, { ...guarantee, kind: 'pledge' })).to.equal(false);
  });

  it('attachment types and size: listed types pass, others and 0 / over-limit sizes do not', () => {
    for (const mimeType of ATTACHMENT_TYPES) expect(accepts(attachmentSchema, { ...attachment, mimeType })).to.equal(true);
    for (const mimeType of Object.values(ATTACHMENT_TYPES_BY_EXTENSION)) expect(ATTACHMENT_TYPES).to.include(mimeType);
    expect(accepts(attachmentSchema, { ...attachment, mimeType: 'text/plain' })).to.equal(false);
    expect(accepts(attachmentSchema, { ...attachment, size: MAX_ATTACHMENT_BYTES })).to.equal(true);
    expect(accepts(attachmentSchema, { ...attachment, size: MAX_ATTACHMENT_BYTES + 1 })).to.equal(false);
    expect(accepts(attachmentSchema, { ...attachment, size: 0 })).to.equal(false);
  });

  it('patterns: pledge ratio, currency, identifier and phone are the schemas’', () => {
    expect(accepts(guaranteeSchema, { ...guarantee, pledgeRatio: '0.6' })).to.equal(RATIO_PATTERN.test('0.6'));
    expect(accepts(guaranteeSchema, { ...guarantee, pledgeRatio: '1.2' })).to.equal(RATIO_PATTERN.test('1.2'));
    expect(RATIO_PATTERN.test('1.2')).to.equal(false);
    expect(accepts(customerSchema, { ...customer, currency: 'cny' })).to.equal(CURRENCY_CODE_PATTERN.test('cny'));
    expect(CURRENCY_CODE_PATTERN.test('cny')).to.equal(false);
    expect(accepts(customerSchema, { ...customer, id: 'a/b' })).to.equal(false);
    expect(RESOURCE_ID_PATTERN.test('a/b')).to.equal(false);
    expect(RESOURCE_ID_PATTERN.test('x'.repeat(65))).to.equal(false);
    expect(accepts(contactSchema, { ...contact, phone: '+86 591 1234' })).to.equal(true);
    expect(PHONE_PATTERN.test('+86 591 1234')).to.equal(true);
    expect(accepts(contactSchema, { ...contact, phone: 'call me' })).to.equal(PHONE_PATTERN.test('call me'));
  });

  it('an idempotency key is 1 to MAX_IDEMPOTENCY_KEY_LENGTH visible ASCII characters', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('0b6a1f2e-6d4c-4a8e-9c1d-2f3e4a5b6c7d')).to.equal(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH))).to.equal(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1))).to.equal(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('')).to.equal(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('has space')).to.equal(false);
  });
});
