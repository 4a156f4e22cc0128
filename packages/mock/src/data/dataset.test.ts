import { expect } from '@open-wc/testing';
import {
  DEFAULT_CREDIT_POLICY,
  Decimal,
  SIGNAL_CATALOGUE,
  creditApplicationSchema,
  creditProfileSchema,
  customerSchema,
  daysBetween,
  evaluateWarning,
  financialsSchema,
  isSocialCreditCode,
  receivableSchema,
  warningSignalWireSchema,
  type Receivable,
} from '@credit-kit/core';
import { expectValid } from '../test-support/expect-schema.js';
import { createDataset, type DatasetOptions } from './dataset.js';
import type { Dataset } from './model.js';

const DEFAULTS: DatasetOptions = { seed: 1, customers: 40, receivables: 3_000, asOf: '2026-11-25' };
const allItems = (dataset: Dataset): Receivable[] => Array.from({ length: dataset.receivables.count }, (_, i) => dataset.receivables.toWire(i));

/** Open amount on the as-of date, worked out from the wire item alone (independent of the store). */
function openOf(item: Receivable, asOf: string): Decimal {
  const paid = (item.payments ?? []).filter((p) => p.date <= asOf).reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  const open = new Decimal(item.amount).minus(paid);
  return item.kind === 'credit_note' || item.kind === 'payment' ? open.neg() : open;
}

describe('seeded dataset', () => {
  const dataset = createDataset(DEFAULTS);

  it('passes the core wire schemas, record by record', () => {
    for (const seed of dataset.customers) expectValid(customerSchema, seed.customer, `customer ${seed.customer.id}`);
    for (const financials of dataset.financials) expectValid(financialsSchema, financials, `financials ${financials.customerId}`);
    for (const profile of dataset.profiles) expectValid(creditProfileSchema, profile, `profile ${profile.customerId}`);
    dataset.signals.forEach((signals, c) => signals.forEach((s) => expectValid(warningSignalWireSchema, s, `signal of customer ${c}`)));
    for (const application of dataset.applications) expectValid(creditApplicationSchema, application, `application ${application.id}`);
    for (const item of allItems(dataset)) expectValid(receivableSchema, item, `receivable ${item.id}`);
  });

  it('is the same for the same options and different for another seed', () => {
    const again = createDataset(DEFAULTS);
    const other = createDataset({ ...DEFAULTS, seed: 2 });
    const view = (d: Dataset) => ({
      customers: d.customers.map((c) => c.customer),
      financials: d.financials,
      profiles: d.profiles,
      signals: d.signals,
      applications: d.applications,
      items: allItems(d),
    });
    expect(view(again)).to.deep.equal(view(dataset));
    expect(view(other).customers).not.to.deep.equal(view(dataset).customers);
  });

  it('keeps the customers when only the number of receivables changes', () => {
    const more = createDataset({ ...DEFAULTS, receivables: 5_000 });
    expect(more.customers.map((c) => c.customer)).to.deep.equal(dataset.customers.map((c) => c.customer));
    expect(more.receivables.count).to.equal(5_000);
  });

  it('honours the size options exactly', () => {
    const small = createDataset({ ...DEFAULTS, customers: 7, receivables: 1_234 });
    expect(small.customers).to.have.length(7);
    expect(small.receivables.count).to.equal(1_234);
    expect(createDataset({ ...DEFAULTS, receivables: 0 }).receivables.count).to.equal(0);
  });

  it('has unique ids, names and valid unique social credit codes', () => {
    const customers = dataset.customers.map((c) => c.customer);
    expect(customers).to.have.length(40);
    expect(new Set(customers.map((c) => c.id)).size).to.equal(40);
    expect(new Set(customers.map((c) => c.name)).size).to.equal(40);
    expect(new Set(customers.map((c) => c.code)).size).to.equal(40);
    expect(customers.every((c) => isSocialCreditCode(c.code))).to.equal(true);
  });

  it('looks like a real portfolio: both languages, regions, groups, blacklist, a newcomer', () => {
    const customers = dataset.customers.map((c) => c.customer);
    expect(customers.some((c) => /[\u4e00-\u9fff]/.test(c.name) && c.name.endsWith('公司'))).to.equal(true);
    expect(customers.some((c) => / Co\., Ltd\.$/.test(c.name))).to.equal(true);
    expect(new Set(customers.map((c) => c.region)).size).to.be.at.least(4);
    expect(new Set(customers.map((c) => c.industry)).size).to.be.at.least(6);
    expect([...new Set(customers.map((c) => c.type))]).to.include.members(['distributor', 'direct', 'project']);
    const groups = new Map<string, number>();
    for (const c of customers) if (c.groupId) groups.set(c.groupId, (groups.get(c.groupId) ?? 0) + 1);
    expect(groups.size).to.be.at.least(2);
    expect([...groups.values()].every((n) => n >= 2)).to.equal(true);
    expect(customers.filter((c) => c.blacklisted)).to.have.length(2);
    const newcomers = customers.filter((c) => daysBetween(c.establishedOn, DEFAULTS.asOf) < 365);
    expect(newcomers).to.have.length(1);
    expect(customers.every((c) => new Decimal(c.paidInCapital!).lte(c.registeredCapital!))).to.equal(true);
  });

  it('has consistent financials, some heavily leveraged', () => {
    for (const f of dataset.financials) {
      expect(new Decimal(f.effectiveAssets).lte(f.totalAssets), f.customerId).to.equal(true);
      expect(new Decimal(f.currentAssets).lte(f.totalAssets), f.customerId).to.equal(true);
      expect(new Decimal(f.currentLiabilities).lte(f.totalLiabilities), f.customerId).to.equal(true);
      expect(f.basePeriodEnd < DEFAULTS.asOf).to.equal(true);
    }
    const leveraged = dataset.financials.filter((f) => new Decimal(f.totalLiabilities).div(f.totalAssets).gt('0.85'));
    expect(leveraged.length).to.be.at.least(2);
  });

  it('has receivables of every kind, both currencies, payments and disputes, dated no later than the as-of date', () => {
    const items = allItems(dataset);
    expect(new Set(items.map((i) => i.kind))).to.have.keys(['invoice', 'credit_note', 'payment', 'retention']);
    const usd = items.filter((i) => i.currency === 'USD').length;
    expect(usd).to.be.above(0);
    expect(usd).to.be.below(items.length / 2);
    expect(items.some((i) => i.payments?.length === 2)).to.equal(true);
    expect(items.some((i) => i.disputed)).to.equal(true);
    const established = new Map(dataset.customers.map((c) => [c.customer.id, c.customer.establishedOn]));
    for (const item of items) {
      expect(item.documentDate <= DEFAULTS.asOf, item.id).to.equal(true);
      expect(item.documentDate >= established.get(item.customerId)!, `${item.id} dated before its customer existed`).to.equal(true);
      for (const p of item.payments ?? []) expect(p.date <= DEFAULTS.asOf && p.date > item.documentDate, item.id).to.equal(true);
      expect(openOf(item, DEFAULTS.asOf).isZero(), `${item.id} is settled`).to.equal(false);
    }
  });

  it('fills every default aging bucket', () => {
    const counts = DEFAULT_CREDIT_POLICY.agingBuckets.map(() => 0);
    for (const item of allItems(dataset)) {
      const days = daysBetween(item.dueDate, DEFAULTS.asOf);
      const bucket = DEFAULT_CREDIT_POLICY.agingBuckets.findIndex((b) => (b.minDays === undefined || days >= b.minDays) && (b.maxDays === undefined || days <= b.maxDays));
      counts[bucket]!++;
    }
    expect(counts.every((n) => n >= 10), `bucket counts ${counts}`).to.equal(true);
  });

  it('gives credit profiles that match the receivables and the limits', () => {
    const items = allItems(dataset);
    for (const seed of dataset.customers) {
      const profile = dataset.profiles[seed.index]!;
      const own = items.filter((i) => i.customerId === seed.customer.id && i.currency === profile.currency);
      const open = own.reduce((sum, i) => sum.plus(openOf(i, DEFAULTS.asOf)), new Decimal(0));
      const overdue = own.filter((i) => i.dueDate < DEFAULTS.asOf).reduce((sum, i) => sum.plus(openOf(i, DEFAULTS.asOf)), new Decimal(0));
      expect(profile.components.openReceivables, seed.customer.id).to.equal(Decimal.max(open, 0).toFixed(2));
      expect(profile.overdueAmount, seed.customer.id).to.equal(Decimal.max(overdue, 0).toFixed(2));
      expect(new Decimal(profile.granted).lte(profile.maximum!), seed.customer.id).to.equal(true);
      expect(profile.blacklisted).to.equal(seed.customer.blacklisted);
      if (profile.blacklisted) expect(profile.granted).to.equal('0.00');
      expect(profile.currency).to.equal(seed.customer.currency);
    }
  });

  it('raises catalogued signals spreading over all four warning levels', () => {
    const catalogue = new Map(SIGNAL_CATALOGUE.map((d) => [d.code, d]));
    const levels = new Map<string, number>();
    dataset.signals.forEach((signals) => {
      for (const s of signals) {
        const definition = catalogue.get(s.code);
        expect(definition, s.code).to.not.equal(undefined);
        expect(s.severity, s.code).to.equal(definition!.severity);
        expect(s.category, s.code).to.equal(definition!.category);
      }
      const { level } = evaluateWarning(signals.map(({ code, severity, raisedOn, releasedOn }) => ({ code, severity, raisedOn, ...(releasedOn ? { releasedOn } : {}) })), { asOf: DEFAULTS.asOf });
      levels.set(level, (levels.get(level) ?? 0) + 1);
    });
    for (const level of ['none', 'yellow', 'orange', 'red']) expect(levels.get(level) ?? 0, level).to.be.at.least(3);
    expect(dataset.signals.flat().some((s) => s.releasedOn !== undefined)).to.equal(true);
    // Contagion inside a group (domain.md §5): a sound member of a group with a weak one is watched.
    const watched = dataset.customers.filter((c) => dataset.signals[c.index]!.some((s) => s.code === 'group-member-under-warning'));
    expect(watched.length).to.be.at.least(1);
    for (const c of watched) {
      const peers = dataset.customers.filter((p) => p.customer.groupId === c.customer.groupId && p !== c);
      expect(peers.some((p) => dataset.signals[p.index]!.some((s) => !s.releasedOn))).to.equal(true);
    }
  });

  it('generates a million receivables', () => {
    const big = createDataset({ ...DEFAULTS, receivables: 1_000_000 });
    expect(big.receivables.count).to.equal(1_000_000);
    expectValid(receivableSchema, big.receivables.toWire(999_999), 'last item');
  });
});
