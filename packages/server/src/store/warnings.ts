import { evaluateWarning, type WarningSignalWire, type WarningStatus } from '@credit-kit/core';
import { OPEN_BLACKLIST_SQL } from '../blacklist/store.js';
import type { Database } from '../db/database.js';
import { compact } from './rows.js';

interface StatusRow {
  id: string; name: string; level: WarningStatus['level'] | null; evaluated_at: string | null;
  /** The customer's signals in the wire shape (absent fields left out), in the host's order; null when none. */
  signals: WarningSignalWire[] | null;
  /** The open blacklist entry (`WarningStatus['blacklist']`), or null. */
  blacklist: WarningStatus['blacklist'] | null;
}

export interface NamedWarningStatus extends WarningStatus {
  customerName: string;
}

/**
 * Warning statuses of the customers `where` selects (`c` is `customers`), in customer id order, in
 * one statement (status row, signals and the open blacklist entry: one round trip per request).
 * `level` is the host's when it set one, else core's `evaluateWarning` on `asOf` — never a rule here.
 */
export async function loadWarningStatuses(db: Database, where: string, params: unknown[], asOf: string): Promise<NamedWarningStatus[]> {
  const { rows } = await db.query<StatusRow>(
    `SELECT c.id, c.name, s.level, s.evaluated_at,
       (SELECT json_agg(json_strip_nulls(json_build_object(
           'code', w.code, 'severity', w.severity, 'category', w.category, 'raisedOn', w.raised_on::text,
           'releasedOn', w.released_on::text, 'amount', w.amount::text, 'note', w.note))
         ORDER BY w.position, w.raised_on, w.code)
        FROM warning_signals w WHERE w.customer_id = c.id) AS signals,
       -- The open blacklist entry travels with the status, so the badge can say why.
       (SELECT json_build_object('entryId', b.id, 'status', b.status, 'reason', b.reason)
        FROM blacklist_entries b WHERE b.customer_id = c.id AND b.status IN ${OPEN_BLACKLIST_SQL} LIMIT 1) AS blacklist
     FROM customers c LEFT JOIN warning_status s ON s.customer_id = c.id
     WHERE ${where} ORDER BY c.id`,
    params,
  );
  return rows.map((row) => {
    const list = row.signals ?? [];
    const level = row.level ?? evaluateWarning(
      list.map(({ code, severity, raisedOn, releasedOn }) => ({ code, severity, raisedOn, ...(releasedOn ? { releasedOn } : {}) })),
      { asOf },
    ).level;
    return compact({ customerId: row.id, level, signals: list, evaluatedAt: row.evaluated_at, blacklist: row.blacklist, customerName: row.name }) as NamedWarningStatus;
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
