import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { receivableColumnsPageSchema } from '../schemas/receivable-columns.js';
import { receivablePageSchema, receivableSchema, type Receivable } from '../schemas/receivables.js';
import { checkReceivableColumnsPage, checkReceivablePage } from './check-page.js';
import { encodeReceivableColumns } from './columns.js';
import { isReceivable } from './fast-receivable.js';

const realDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amountText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  });
const validId = fc.string({ unit: fc.constantFrom(...'ABCXYZabc0189._-'), minLength: 1, maxLength: 12 });
const validItem: fc.Arbitrary<Receivable> = fc.record(
  {
    id: validId,
    customerId: fc.constantFrom('C001', 'C002', 'C003'),
    customerName: fc.constantFrom('华东精密机械有限公司', 'Acme'),
    documentNumber: fc.string(),
    documentDate: realDate,
    dueDate: realDate,
    amount: amountText,
    currency: fc.constantFrom('CNY', 'USD'),
    kind: fc.constantFrom('invoice', 'credit_note', 'payment', 'retention'),
    payments: fc.array(fc.record({ date: realDate, amount: amountText }), { maxLength: 3 }),
    disputed: fc.boolean(),
    salesperson: fc.constantFrom('Zhang Wei', '赵磊'),
    region: fc.constantFrom('华东', '华中'),
  },
  { requiredKeys: ['id', 'customerId', 'documentDate', 'dueDate', 'amount', 'currency'] },
);
const junk = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, 0, 12, 1.5, -1, '', ' 12.50', '12.50 ', '12.', '.5', '-1', '1e3', '1,000', '１２',
    '2024-02-30', '2024-1-01', 'cny', 'XYZ', 'refund', 'a b', 'a'.repeat(65), [], {}, [1]),
  fc.string({ maxLength: 5 }),
);
const FIELDS = ['id', 'customerId', 'customerName', 'documentNumber', 'documentDate', 'dueDate', 'amount', 'currency', 'kind', 'payments', 'disputed', 'salesperson', 'region'] as const;
const mutated = fc.oneof(
  fc.tuple(validItem, fc.constantFrom(...FIELDS), junk).map(([item, field, value]) => ({ ...item, [field]: value })),
  fc.tuple(validItem, fc.constantFrom('date', 'amount'), junk).map(([item, field, value]) => ({
    ...item,
    payments: [{ date: '2026-01-02', amount: '1.00', [field]: value }],
  })),
  junk,
);

/** What the page looks like after the network: JSON text and back. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('receivable pages: fast validation', () => {
  it('isReceivable agrees with receivableSchema on valid and broken items (property)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof(validItem, mutated), (item) => {
        const zod = receivableSchema.safeParse(item).success;
        if (!zod) rejected++;
        expect(isReceivable(item), JSON.stringify(item)).to.equal(zod);
      }),
      { numRuns: 4000 },
    );
    expect(rejected, 'the mutations must mostly be invalid').to.be.greaterThan(1000);
  });

  it('a JSON page passes exactly when receivablePageSchema accepts it, with zod\'s issues (property)', () => {
    const page = fc.record({
      items: fc.array(fc.oneof({ weight: 5, arbitrary: validItem }, { weight: 1, arbitrary: mutated }), { maxLength: 6 }),
      nextCursor: fc.oneof(fc.constant(null), fc.string(), fc.constant(7)),
      total: fc.oneof(fc.nat(), fc.constant(-1)),
    }, { requiredKeys: ['items', 'nextCursor'] });
    fc.assert(
      fc.property(page, (body) => {
        const zod = receivablePageSchema.safeParse(body);
        const fast = checkReceivablePage(body);
        expect(fast.ok).to.equal(zod.success);
        if (fast.ok) expect(fast.page).to.deep.equal(zod.data);
        else expect(fast.issues.length).to.be.greaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('names the item and field: items[1].dueDate', () => {
    const item = { id: 'R1', customerId: 'C001', documentDate: '2026-01-01', dueDate: '2026-01-31', amount: '10.00', currency: 'CNY' };
    const result = checkReceivablePage({ items: [item, { ...item, dueDate: '2026-02-30' }], nextCursor: null });
    expect(result).to.deep.equal({
      ok: false,
      issues: [{ path: 'items[1].dueDate', code: 'invalid_format', message: 'must be a real calendar date written YYYY-MM-DD' }],
    });
  });

  it('lists at most 100 bad items of a huge page and counts the rest', () => {
    const bad = { id: 'R1', customerId: 'C001', documentDate: '2026-01-01', dueDate: '2026-01-31', amount: 10, currency: 'CNY' };
    const result = checkReceivablePage({ items: Array.from({ length: 60_000 }, () => bad), nextCursor: null });
    expect(result.ok).to.equal(false);
    const issues = (result as { issues: { path: string; message: string }[] }).issues;
    expect(issues).to.have.length(101);
    expect(issues[0]!.path).to.equal('items[0].amount');
    expect(issues[100]).to.deep.include({ path: 'items', message: 'has 59900 more invalid items not listed here' });
  });
});

describe('receivable pages: the compact (columnar) form', () => {
  it('decodes to exactly the items it was encoded from, after JSON (property)', () => {
    fc.assert(
      fc.property(fc.array(validItem, { maxLength: 40 }), fc.option(fc.string(), { nil: null }), (items, nextCursor) => {
        const body = overTheWire({ ...encodeReceivableColumns(items), nextCursor, total: items.length });
        expect(receivableColumnsPageSchema.safeParse(body).success, 'the columns schema').to.equal(true);
        const result = checkReceivableColumnsPage(body);
        expect(result).to.deep.equal({ ok: true, page: { items: overTheWire(items), nextCursor, total: items.length } });
      }),
      { numRuns: 500 },
    );
  });

  it('codes repetitive columns as dictionaries and leaves out fields no item has', () => {
    const items: Receivable[] = Array.from({ length: 40 }, (_, i) => ({
      id: `R${i}`, customerId: 'C001', documentDate: '2026-01-01', dueDate: '2026-01-31', amount: `${i}.50`, currency: 'CNY',
    }));
    const { count, columns } = encodeReceivableColumns(items);
    expect(count).to.equal(40);
    expect(Object.keys(columns).sort()).to.deep.equal(['amount', 'currency', 'customerId', 'documentDate', 'dueDate', 'id']);
    expect(columns.currency).to.deep.equal({ values: ['CNY'], index: Array(40).fill(0) });
    expect(columns.amount).to.deep.equal(items.map((i) => i.amount));
  });

  it('reports a bad value on the decoded item and field, like a JSON page', () => {
    const body = overTheWire({
      count: 2,
      columns: {
        id: ['R1', 'R2'], customerId: ['C001', 'C001'], documentDate: ['2026-01-01', '2026-01-01'], dueDate: ['2026-01-31', '2026-01-31'],
        amount: ['10.00', 10], currency: { values: ['CNY'], index: [0, 0] },
      },
      nextCursor: null,
    });
    const result = checkReceivableColumnsPage(body);
    expect(result.ok).to.equal(false);
    expect((result as { issues: { path: string }[] }).issues.map((i) => i.path)).to.deep.equal(['items[1].amount']);
  });

  it('refuses columns of the wrong length, dictionary positions out of range and broken payments', () => {
    const base = { id: ['R1', 'R2'], customerId: ['C001', 'C001'], documentDate: ['2026-01-01', '2026-01-01'], dueDate: ['2026-01-31', '2026-01-31'], amount: ['1', '2'], currency: ['CNY', 'CNY'] };
    const paths = (columns: Record<string, unknown>, count = 2) => {
      const result = checkReceivableColumnsPage({ count, columns, nextCursor: null });
      return result.ok ? [] : result.issues.map((i) => i.path);
    };
    expect(paths(base)).to.deep.equal([]);
    expect(paths(base, 3)).to.include('columns.id');
    expect(paths({ ...base, currency: { values: ['CNY'], index: [0, 1] } })).to.deep.equal(['columns.currency.index[1]']);
    expect(paths({ ...base, currency: { values: ['CNY'], index: [0, 0.5] } })).to.deep.equal(['columns.currency.index[1]']);
    expect(paths({ ...base, currency: 'CNY' })).to.deep.equal(['columns.currency']);
    expect(paths({ ...base, payments: [null, [['2026-02-01']]] })).to.deep.equal(['columns.payments[1]']);
    expect(paths({ ...base, payments: [null] })).to.deep.equal(['columns.payments']);
    expect(checkReceivableColumnsPage({ count: -1, columns: base, nextCursor: null }).ok).to.equal(false);
    expect(checkReceivableColumnsPage([]).ok).to.equal(false);
  });
});
