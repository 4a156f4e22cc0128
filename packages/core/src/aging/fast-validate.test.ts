import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CreditKitValidationError } from '../errors.js';
import { parseWith } from '../validate.js';
import { ageReceivables } from './age-receivables.js';
import {
  AGING_SUBJECT,
  MAX_REPORTED_ITEMS,
  assertReceivableInputs,
  isReceivableInput,
  receivablesValidationError,
} from './fast-validate.js';
import { allocationInputSchema, receivableInputSchema, receivablesArgumentSchema } from './receivable-schema.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Dates from a year/month/day grid wider than the calendar: real and unreal dates alike. */
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const realDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const amountText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  });
const validAmount = fc.oneof(amountText, fc.double({ min: 0, max: 1e12, noNaN: true }), fc.nat());

const idChars = 'ABCXYZabcxyz0189._-';
const validId = fc.string({ unit: fc.constantFrom(...idChars), minLength: 1, maxLength: 64 });

const validPayment = fc.record({ date: realDate, amount: validAmount });
const validItem = fc.record(
  {
    id: validId,
    customerId: validId,
    customerName: fc.string(),
    documentNumber: fc.string(),
    documentDate: realDate,
    dueDate: realDate,
    amount: validAmount,
    currency: fc.constantFrom('CNY', 'USD', 'EUR', 'JPY'),
    kind: fc.constantFrom('invoice', 'credit_note', 'payment', 'retention'),
    payments: fc.array(validPayment, { maxLength: 3 }),
    disputed: fc.boolean(),
    salesperson: fc.string(),
    region: fc.string(),
  },
  { requiredKeys: ['id', 'customerId', 'documentDate', 'dueDate', 'amount', 'currency'] },
);

/** Values that are wrong somewhere, or right somewhere else: each field gets tried with all of them. */
const junk = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, 1e21, 5e-7, 12n, [], {}, [1], '',
    ' ', 'x', 'CNY', 'cny', 'US', 'USDX', 'U$D', 'invoice', 'refund', 'credit_note', 'payment', 'retention', 'INVOICE',
    '12', '12.5', '12.', '.5', '-1', '+1', '1e3', '1,000', ' 12.5 ', '\u00a012', '12.5\n', '１２', '0x10', '1 2',
    '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2024-1-01', '2024-01-01T00:00:00Z',
    '20240101', ' 2024-01-01', '2024-04-31', '2024-00-10', 'a'.repeat(64), 'a'.repeat(65), 'a b', 'C-1.x_y', 'Ä1',
  ),
  fc.string({ maxLength: 6 }),
  dateLike,
  fc.double(),
  fc.integer(),
);

const FIELDS = [
  'id', 'customerId', 'customerName', 'documentNumber', 'documentDate', 'dueDate', 'amount', 'currency', 'kind',
  'payments', 'disputed', 'salesperson', 'region',
] as const;

/** A valid item with one change: a field replaced or removed, a payment field spoiled, or the whole item replaced. */
const mutatedItem = fc.oneof(
  fc.tuple(validItem, fc.constantFrom(...FIELDS), junk).map(([item, field, value]) => ({ ...item, [field]: value })),
  fc.tuple(validItem, fc.constantFrom(...FIELDS)).map(([item, field]) => {
    const copy: Record<string, unknown> = { ...item };
    delete copy[field];
    return copy;
  }),
  fc
    .tuple(validItem, validPayment, fc.constantFrom('date', 'amount'), junk)
    .map(([item, payment, field, value]) => ({ ...item, payments: [payment, { ...payment, [field]: value }] })),
  fc.tuple(validItem, junk).map(([item, value]) => ({ ...item, payments: [value] })),
  junk,
);

function caught(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('aging fast validation', () => {
  it('knows every field of the schema (a new field must be added to the fast validator too)', () => {
    expect(Object.keys(receivableInputSchema.shape).sort()).to.deep.equal([...FIELDS].sort());
    expect(Object.keys(allocationInputSchema.shape).sort()).to.deep.equal(['amount', 'date']);
  });

  it('agrees with the zod schema on valid items (property)', () => {
    fc.assert(
      fc.property(validItem, (item) => {
        expect(receivableInputSchema.safeParse(item).success, 'zod').to.equal(true);
        expect(isReceivableInput(item)).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the zod schema on mutated items (property)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedItem, (item) => {
        const zod = receivableInputSchema.safeParse(item).success;
        if (!zod) rejected++;
        expect(isReceivableInput(item), JSON.stringify(item, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))).to.equal(zod);
      }),
      { numRuns: 4000 },
    );
    expect(rejected, 'most mutations must be invalid').to.be.greaterThan(2000);
  });

  it('agrees with zod on real and unreal calendar dates (property)', () => {
    fc.assert(
      fc.property(validItem, dateLike, (item, date) => {
        const candidate = { ...item, dueDate: date };
        expect(isReceivableInput(candidate), date).to.equal(receivableInputSchema.safeParse(candidate).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('makes ageReceivables throw exactly the error parseWith throws (property)', () => {
    const items = fc.array(fc.oneof({ weight: 4, arbitrary: validItem }, { weight: 1, arbitrary: mutatedItem }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(items, (list) => {
        const expected = caught(() => parseWith(receivablesArgumentSchema, { items: list }, AGING_SUBJECT));
        const actual = caught(() => ageReceivables(list as never, { asOf: '2024-06-30' }));
        if (expected === undefined) {
          expect(actual).to.equal(undefined);
          return;
        }
        expect(actual).to.be.instanceOf(CreditKitValidationError);
        const a = actual as CreditKitValidationError, e = expected as CreditKitValidationError;
        expect(a.message).to.equal(e.message);
        expect(a.issues).to.deep.equal(e.issues);
        expect(a.subject).to.equal(e.subject);
      }),
      { numRuns: 1500 },
    );
  });

  it('names the bad item and field: items[2].dueDate', () => {
    const item = { id: 'I1', customerId: 'C1', documentDate: '2023-01-01', dueDate: '2023-01-31', amount: '10', currency: 'CNY' };
    const error = caught(() =>
      ageReceivables([item, item, { ...item, dueDate: '2023-02-29' }, item], { asOf: '2023-06-30' }),
    ) as CreditKitValidationError;
    expect(error).to.be.instanceOf(CreditKitValidationError);
    expect(error.issues).to.deep.equal([
      { path: 'items[2].dueDate', code: 'invalid_format', message: 'must be a real calendar date written YYYY-MM-DD' },
    ]);
    expect(error.message).to.equal(
      'Invalid ageReceivables input: items[2].dueDate must be a real calendar date written YYYY-MM-DD',
    );
  });

  it('rejects a non-array with a path naming the argument', () => {
    const error = caught(() => assertReceivableInputs({ length: 1 })) as CreditKitValidationError;
    expect(error.issues.map((i) => i.path)).to.deep.equal(['items']);
    expect(receivablesValidationError([])).to.equal(undefined);
  });

  it(`lists the first ${MAX_REPORTED_ITEMS} bad items and counts the rest`, () => {
    const bad = { id: 'I1', customerId: 'C1', documentDate: '2023-01-01', dueDate: '2023-01-31', amount: '-1', currency: 'CNY' };
    const error = receivablesValidationError(Array.from({ length: MAX_REPORTED_ITEMS + 3 }, () => bad))!;
    expect(error.issues.length).to.equal(MAX_REPORTED_ITEMS + 1);
    expect(error.issues[0]!.path).to.equal('items[0].amount');
    expect(error.issues[MAX_REPORTED_ITEMS - 1]!.path).to.equal(`items[${MAX_REPORTED_ITEMS - 1}].amount`);
    expect(error.issues[MAX_REPORTED_ITEMS]).to.deep.equal({
      path: 'items',
      code: 'more_issues',
      message: 'has 3 more invalid items not listed here',
    });
  });
});
