import type { CreditProfile, Customer, Financials } from '@credit-kit/core';
import type { Database } from '../db/database.js';
import { compact, money, optionalMoney } from './rows.js';

export interface CustomerRow {
  id: string; code: string; name: string; type: Customer['type']; industry: string; currency: string;
  established_on: string; registered_capital: string | null; paid_in_capital: string | null; group_id: string | null;
  salesperson: string | null; region: string | null; blacklisted: boolean;
  details: { legalRepresentative?: string; address?: string; contacts?: Customer['contacts']; parentCompany?: string };
}

export const CUSTOMER_COLUMNS = `id, code, name, type, industry, currency, established_on, registered_capital, paid_in_capital,
  group_id, salesperson, region, blacklisted, details`;

export function rowToCustomer(row: CustomerRow): Customer {
  const { legalRepresentative, address, contacts, parentCompany } = row.details ?? {};
  return compact({
    id: row.id, code: row.code, name: row.name, type: row.type, industry: row.industry,
    legalRepresentative, registeredCapital: optionalMoney(row.registered_capital), paidInCapital: optionalMoney(row.paid_in_capital),
    currency: row.currency, establishedOn: row.established_on, address, contacts,
    groupId: row.group_id, parentCompany, salesperson: row.salesperson, region: row.region,
    blacklisted: row.blacklisted,
  }) as Customer;
}

/** Inserts or updates a customer by its id (the host's own). */
export async function upsertCustomer(db: Database, c: Customer, tenantId = 'default'): Promise<void> {
  const details = compact({ legalRepresentative: c.legalRepresentative, address: c.address, contacts: c.contacts, parentCompany: c.parentCompany });
  await db.query(
    `INSERT INTO customers (id, tenant_id, code, name, type, industry, currency, established_on, registered_capital, paid_in_capital,
       group_id, salesperson, region, blacklisted, details)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
     ON CONFLICT (id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, code = EXCLUDED.code, name = EXCLUDED.name, type = EXCLUDED.type,
       industry = EXCLUDED.industry, currency = EXCLUDED.currency, established_on = EXCLUDED.established_on,
       registered_capital = EXCLUDED.registered_capital, paid_in_capital = EXCLUDED.paid_in_capital, group_id = EXCLUDED.group_id,
       salesperson = EXCLUDED.salesperson, region = EXCLUDED.region, blacklisted = EXCLUDED.blacklisted, details = EXCLUDED.details,
       updated_at = now()`,
    [c.id, tenantId, c.code, c.name, c.type, c.industry, c.currency, c.establishedOn, c.registeredCapital ?? null, c.paidInCapital ?? null,
      c.groupId ?? null, c.salesperson ?? null, c.region ?? null, c.blacklisted ?? false, JSON.stringify(details)],
  );
}

export async function upsertFinancials(db: Database, f: Financials): Promise<void> {
  await db.query(
    `INSERT INTO financials (customer_id, period_end, currency, document) VALUES ($1, $2, $3, $4)
     ON CONFLICT (customer_id) DO UPDATE SET period_end = EXCLUDED.period_end, currency = EXCLUDED.currency,
       document = EXCLUDED.document, updated_at = now()`,
    [f.customerId, f.basePeriodEnd, f.currency, JSON.stringify(f)],
  );
}

export interface CreditProfileRow {
  customer_id: string; grade: CreditProfile['grade']; score: string | null; rated_on: string; currency: string; granted: string;
  maximum: string | null; term_days: number; open_receivables: string; open_orders: string | null; undelivered: string | null;
  special_items: string | null; overdue_amount: string; oldest_overdue_days: number; blacklisted: boolean;
  /** Set by an approval (migration 0004). */
  valid_until?: string | null; next_review_on?: string | null;
}

export function rowToCreditProfile(row: CreditProfileRow): CreditProfile {
  return compact({
    customerId: row.customer_id, grade: row.grade, score: row.score === null ? undefined : Number(row.score), ratedOn: row.rated_on,
    currency: row.currency, granted: money(row.granted), maximum: optionalMoney(row.maximum), termDays: row.term_days,
    components: compact({
      openReceivables: money(row.open_receivables), openOrders: optionalMoney(row.open_orders),
      undelivered: optionalMoney(row.undelivered), specialItems: optionalMoney(row.special_items),
    }),
    overdueAmount: money(row.overdue_amount), oldestOverdueDays: row.oldest_overdue_days, blacklisted: row.blacklisted,
    validUntil: row.valid_until, nextReviewOn: row.next_review_on,
  }) as CreditProfile;
}

export async function upsertCreditProfile(db: Database, p: CreditProfile): Promise<void> {
  await db.query(
    `INSERT INTO credit_profiles (customer_id, grade, score, rated_on, currency, granted, maximum, term_days, open_receivables,
       open_orders, undelivered, special_items, overdue_amount, oldest_overdue_days)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
     ON CONFLICT (customer_id) DO UPDATE SET grade = EXCLUDED.grade, score = EXCLUDED.score, rated_on = EXCLUDED.rated_on,
       currency = EXCLUDED.currency, granted = EXCLUDED.granted, maximum = EXCLUDED.maximum, term_days = EXCLUDED.term_days,
       open_receivables = EXCLUDED.open_receivables, open_orders = EXCLUDED.open_orders, undelivered = EXCLUDED.undelivered,
       special_items = EXCLUDED.special_items, overdue_amount = EXCLUDED.overdue_amount,
       oldest_overdue_days = EXCLUDED.oldest_overdue_days, updated_at = now()`,
    [p.customerId, p.grade, p.score ?? null, p.ratedOn, p.currency, p.granted, p.maximum ?? null, p.termDays, p.components.openReceivables,
      p.components.openOrders ?? null, p.components.undelivered ?? null, p.components.specialItems ?? null, p.overdueAmount, p.oldestOverdueDays],
  );
}
