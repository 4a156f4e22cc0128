import { evaluateWarning, type WarningSignalWire, type WarningStatus } from '@credit-kit/core';
import { openBlacklistOf } from '../blacklist/store.js';
import type { Database } from '../db/database.js';
import { compact, optionalMoney } from './rows.js';

interface SignalRow {
  customer_id: string; code: string; severity: WarningSignalWire['severity']; category: string | null; raised_on: string;
  released_on: string | null; amount: string | null; note: string | null;
}
interface StatusRow { id: string; name: string; level: WarningStatus['level'] | null; evaluated_at: string | null }

export interface NamedWarningStatus extends WarningStatus {
  customerName: string;
}

/**
 * Warning statuses of the customers `where` selects (`c` is `customers`), in customer id order.
 * `level` is the host's when it set one, else core's `evaluateWarning` on `asOf` — never a rule here.
 */
export async function loadWarningStatuses(db: Database, where: string, params: unknown[], asOf: string): Promise<NamedWarningStatus[]> {
  const statuses = await db.query<StatusRow>(
    `SELECT c.id, c.name, s.level, s.evaluated_at FROM customers c LEFT JOIN warning_status s ON s.customer_id = c.id
     WHERE ${where} ORDER BY c.id`,
    params,
  );
  if (statuses.rows.length === 0) return [];
  const signals = await db.query<SignalRow>(
    `SELECT customer_id, code, severity, category, raised_on, released_on, amount, note FROM warning_signals
     WHERE customer_id = ANY($1::text[]) ORDER BY customer_id, position, raised_on, code`,
    [statuses.rows.map((r) => r.id)],
  );
  const byCustomer = new Map<string, WarningSignalWire[]>();
  for (const s of signals.rows) {
    const wire = compact({
      code: s.code, severity: s.severity, category: s.category, raisedOn: s.raised_on, releasedOn: s.released_on,
      amount: optionalMoney(s.amount), note: s.note,
    }) as WarningSignalWire;
    const list = byCustomer.get(s.customer_id);
    if (list) list.push(wire);
    else byCustomer.set(s.customer_id, [wire]);
  }
  // The open blacklist entry travels with the status, so the badge can say why.
  const blacklist = await openBlacklistOf(db, statuses.rows.map((r) => r.id));
  return statuses.rows.map((row) => {
    const list = byCustomer.get(row.id) ?? [];
    const level = row.level ?? evaluateWarning(
      list.map(({ code, severity, raisedOn, releasedOn }) => ({ code, severity, raisedOn, ...(releasedOn ? { releasedOn } : {}) })),
      { asOf },
    ).level;
    return compact({ customerId: row.id, level, signals: list, evaluatedAt: row.evaluated_at, blacklist: blacklist.get(row.id), customerName: row.name }) as NamedWarningStatus;
  });
}

/** Replaces a customer's signals (and its status row), moving its ETag version on. */
export async function replaceWarningSignals(
  db: Database, customerId: string, signals: readonly WarningSignalWire[], status: { level?: WarningStatus['level']; evaluatedAt?: string } = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM warning_signals WHERE customer_id = $1', [customerId]);
    for (const [position, s] of signals.entries()) {
      await tx.query(
        `INSERT INTO warning_signals (customer_id, code, raised_on, severity, category, released_on, amount, note, position)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
         ON CONFLICT (customer_id, code, raised_on) DO UPDATE SET severity = EXCLUDED.severity, category = EXCLUDED.category,
           released_on = EXCLUDED.released_on, amount = EXCLUDED.amount, note = EXCLUDED.note, position = EXCLUDED.position`,
        [customerId, s.code, s.raisedOn, s.severity, s.category ?? null, s.releasedOn ?? null, s.amount ?? null, s.note ?? null, position],
      );
    }
    await tx.query(
      `INSERT INTO warning_status (customer_id, level, evaluated_at) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id) DO UPDATE SET level = EXCLUDED.level, evaluated_at = EXCLUDED.evaluated_at, version = warning_status.version + 1`,
      [customerId, status.level ?? null, status.evaluatedAt ?? null],
    );
  });
}
