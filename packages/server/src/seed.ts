import { readFileSync } from 'node:fs';
import {
  creditApplicationSchema, creditPolicySchema, creditProfileSchema, customerSchema, financialsSchema, receivableSchema,
  warningStatusSchema, blacklistEntrySchema, limitRequestSchema, type CreditApplication, type Receivable,
} from '@credit-kit/core';
import * as z from 'zod/mini';
import type { Database } from './db/database.js';
import { writeSeededBlacklist } from './blacklist/index.js';
import { writeSeededLimitRequests } from './decisions/index.js';
import { writeReceivables } from './receivables/index.js';
import { upsertCreditProfile, upsertCustomer, upsertFinancials } from './store/customers.js';
import { replaceWarningSignals } from './store/warnings.js';

/**
 * A seed file: contract documents, as `GET` answers them (the demo's comes from the mock through
 * its own endpoints: scripts/seed-from-mock.mjs). Every document is checked with core's schemas.
 */
export const seedSchema = z.object({
  asOf: z.optional(z.string()),
  policy: z.optional(creditPolicySchema),
  customers: z.array(customerSchema),
  financials: z.array(financialsSchema),
  profiles: z.array(creditProfileSchema),
  warnings: z.array(warningStatusSchema),
  applications: z.array(creditApplicationSchema),
  receivables: z.array(receivableSchema),
  limitRequests: z.optional(z.array(limitRequestSchema)),
  blacklist: z.optional(z.array(blacklistEntrySchema)),
});
export type Seed = z.output<typeof seedSchema>;

export function readSeedFile(file: string): Seed {
  const parsed = seedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Seed ${file}: ${issue.path.join('.')} ${issue.message}`);
  }
  return parsed.data;
}

/** Whether the database holds no customers yet (a seed is written only then). */
export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM customers) AS any');
  return !rows[0]?.any;
}

/** Writes a seed in one transaction. Applications keep their ids, numbers and audit trails. */
export async function writeSeed(db: Database, seed: Seed): Promise<void> {
  await db.transaction(async (tx) => {
    if (seed.policy) {
      await tx.query(`INSERT INTO credit_policy (id, document) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, updated_at = now()`, [
        JSON.stringify(seed.policy),
      ]);
    }
    for (const customer of seed.customers) await upsertCustomer(tx, customer);
    for (const financials of seed.financials) await upsertFinancials(tx, financials);
    for (const profile of seed.profiles) {
      await upsertCreditProfile(tx, profile);
      if (profile.validUntil || profile.nextReviewOn) {
        await tx.query('UPDATE credit_profiles SET valid_until = $2, next_review_on = $3 WHERE customer_id = $1', [
          profile.customerId, profile.validUntil ?? null, profile.nextReviewOn ?? null,
        ]);
      }
    }
    for (const status of seed.warnings) {
      await replaceWarningSignals(tx, status.customerId, status.signals, {
        ...(status.level ? { level: status.level } : {}), ...(status.evaluatedAt ? { evaluatedAt: status.evaluatedAt } : {}),
      });
    }
    for (const application of seed.applications) await insertSeededApplication(tx, application);
    await tx.query(`SELECT setval('credit_application_number_seq',
      COALESCE((SELECT max(substring(id FROM 2)::bigint) FROM credit_applications WHERE id ~ '^A[0-9]+$'), 0) + 1, false)`);
    if (seed.receivables.length) await writeReceivables(tx, seed.receivables as Receivable[]);
    if (seed.limitRequests) await writeSeededLimitRequests(tx, seed.limitRequests);
    if (seed.blacklist) await writeSeededBlacklist(tx, seed.blacklist);
  });
}

async function insertSeededApplication(tx: Database, a: CreditApplication): Promise<void> {
  const input = { request: a.request };
  const submitter = a.history[0]?.actor ?? 'seed';
  await tx.query(
    `INSERT INTO credit_applications (id, number, customer_id, status, submitted_at, submitted_by, amount, currency, term_days, input, decision)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING`,
    [a.id, a.number, a.customerId ?? null, a.status, a.submittedAt, submitter, a.request.amount, a.request.currency, a.request.termDays,
      JSON.stringify(input), a.decision ? JSON.stringify(a.decision) : null],
  );
  for (const event of a.history) {
    await tx.query('INSERT INTO application_events (application_id, status, actor, at, note) VALUES ($1,$2,$3,$4,$5)', [
      a.id, event.status, event.actor, event.at, event.note ?? null,
    ]);
  }
}
