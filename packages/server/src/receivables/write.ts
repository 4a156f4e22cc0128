import { Decimal, decimalPlaces, type Receivable } from '@credit-kit/core';
import type { Database } from '../db/database.js';
import { bumpReceivablesRevision } from './revision.js';

/**
 * Writing receivables: every write goes through a staging table so one set-based step keeps the
 * maintained columns (`paid`, `last_paid_on`, `places`, and from them the generated `open` and
 * `settled_on`) exact. An item
 * written again replaces the stored one and its whole payments list (upsert by the host's ids).
 */

/** Temporary staging table of one transaction: rows as the host sent them, with their line numbers. */
export const RECEIVABLE_STAGE = 'receivable_stage';

/** Columns of the staging table, in COPY order. Payments ride along as two parallel arrays. */
export const RECEIVABLE_STAGE_COLUMNS = [
  'line', 'customer_id', 'id', 'customer_name', 'document_number', 'document_date', 'due_date', 'amount',
  'currency', 'kind', 'disputed', 'salesperson', 'region', 'paid_on', 'paid_amount', 'paid', 'last_paid_on', 'places',
] as const;

/** Creates the staging table (dropped at commit). Call inside a transaction. */
export async function createReceivableStage(tx: Database): Promise<void> {
  await tx.exec(`CREATE TEMP TABLE IF NOT EXISTS ${RECEIVABLE_STAGE} (
    line bigint NOT NULL, customer_id text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL,
    customer_name text, document_number text, document_date date NOT NULL, due_date date NOT NULL,
    amount numeric NOT NULL, currency char(3) NOT NULL, kind text, disputed boolean, salesperson text,
    region text, paid_on date[], paid_amount numeric[], paid numeric NOT NULL, last_paid_on date, places smallint NOT NULL)
    ON COMMIT DROP`);
}

/** One validated receivable and the line it came from (1-based; the position for API writes). */
export interface StagedReceivable {
  readonly line: number;
  readonly item: Receivable;
}

/** A PostgreSQL array literal of plain tokens (dates, decimals): no quoting needed. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/**
 * Column values of one staged row, as text (NULL as `null`), in `RECEIVABLE_STAGE_COLUMNS` order.
 * The payments' exact sum, latest date and the most decimal places are worked out here, once per
 * item, so the database only copies them.
 */
export function stageValues({ line, item }: StagedReceivable): (string | null)[] {
  const payments = item.payments ?? [];
  let places = decimalPlaces(item.amount);
  let paid = '0';
  let last: string | null = null;
  if (payments.length > 0) {
    let sum = new Decimal(0);
    for (const payment of payments) {
      sum = sum.plus(payment.amount);
      places = Math.max(places, decimalPlaces(payment.amount));
      if (last === null || payment.date > last) last = payment.date;
    }
    paid = sum.toFixed();
  }
  return [
    String(line), item.customerId, item.id, item.customerName ?? null, item.documentNumber ?? null,
    item.documentDate, item.dueDate, item.amount, item.currency, item.kind ?? null,
    item.disputed === undefined ? null : String(item.disputed), item.salesperson ?? null, item.region ?? null,
    arrayLiteral(payments.map((p) => p.date)), arrayLiteral(payments.map((p) => p.amount)), paid, last, String(places),
  ];
}

/** Rows per INSERT on engines without COPY (PGlite): one statement of parallel arrays. */
export const STAGE_BATCH = 5_000;

/** Inserts staged rows with one `unnest` statement (small API writes and the seed; files go through COPY). */
export async function insertStageRows(tx: Database, rows: readonly StagedReceivable[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = RECEIVABLE_STAGE_COLUMNS.map(() => [] as (string | null)[]);
  for (const row of rows) stageValues(row).forEach((value, c) => columns[c]!.push(value));
  const casts = ['bigint', 'text', 'text', 'text', 'text', 'date', 'date', 'numeric', 'text', 'text', 'boolean', 'text', 'text', 'text', 'text',
    'numeric', 'date', 'smallint'];
  const select = casts.map((cast, c) => {
    const column = `c${c}`;
    if (c === 13) return `${column}::date[]`;
    if (c === 14) return `${column}::numeric[]`;
    return column;
  });
  await tx.query(
    `INSERT INTO ${RECEIVABLE_STAGE} (${RECEIVABLE_STAGE_COLUMNS.join(', ')})
     SELECT ${select.join(', ')} FROM unnest(${casts.map((cast, c) => `$${c + 1}::${cast}[]`).join(', ')})
       AS t(${casts.map((_, c) => `c${c}`).join(', ')})`,
    columns,
  );
}

/**
 * Text of one staged row in COPY's text format (tab-separated, `\N` for NULL, backslash escapes):
 * the values of `stageValues`, written straight into one string (this runs a million times per
 * large import, on the same thread as PGlite).
 */
export function copyLine({ line, item }: StagedReceivable): string {
  const payments = item.payments;
  let places = decimalPlaces(item.amount);
  let paid = '0';
  let last = '\\N';
  let paidOn = '{}';
  let paidAmount = '{}';
  if (payments && payments.length > 0) {
    let sum = new Decimal(0);
    let dates = '';
    let amounts = '';
    for (let k = 0; k < payments.length; k++) {
      const payment = payments[k]!;
      sum = sum.plus(payment.amount);
      places = Math.max(places, decimalPlaces(payment.amount));
      if (last === '\\N' || payment.date > last) last = payment.date;
      dates += k === 0 ? payment.date : `,${payment.date}`;
      amounts += k === 0 ? payment.amount : `,${payment.amount}`;
    }
    paid = sum.toFixed();
    paidOn = `{${dates}}`;
    paidAmount = `{${amounts}}`;
  }
  return `${line}\t${copyText(item.customerId)}\t${copyText(item.id)}\t${copyText(item.customerName)}\t${copyText(item.documentNumber)}\t${item.documentDate}\t${item.dueDate}\t${item.amount}\t${copyText(item.currency)}\t${copyText(item.kind)}\t${item.disputed === undefined ? '\\N' : String(item.disputed)}\t${copyText(item.salesperson)}\t${copyText(item.region)}\t${paidOn}\t${paidAmount}\t${paid}\t${last}\t${places}\n`;
}

function copyText(value: string | undefined): string {
  return value === undefined ? '\\N' : escapeCopy(value);
}

function escapeCopy(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/** A staged row the database refused, with its line and why. */
export interface StageProblem {
  readonly line: number;
  readonly reason: string;
}

/**
 * Checks the staged rows against each other and the database before anything is written: the same
 * item twice in one file, or a customer that does not exist. The earliest offending line wins.
 */
export async function checkReceivableStage(tx: Database): Promise<StageProblem | null> {
  const problems = [await duplicateInStage(tx), await unknownCustomerInStage(tx)].filter((p): p is StageProblem => p !== null);
  problems.sort((a, b) => a.line - b.line);
  return problems[0] ?? null;
}

/** The first staged row naming an item an earlier row already named. */
async function duplicateInStage(tx: Database): Promise<StageProblem | null> {
  const { rows } = await tx.query<{ line: string; id: string; customer_id: string; first: string }>(
    `SELECT line, id, customer_id, first FROM (
       SELECT line, id, customer_id, min(line) OVER (PARTITION BY customer_id, id) AS first FROM ${RECEIVABLE_STAGE}
     ) s WHERE line <> first ORDER BY line LIMIT 1`,
  );
  const dup = rows[0];
  return dup ? { line: Number(dup.line), reason: `receivable ${dup.id} of customer ${dup.customer_id} appears twice (first on line ${dup.first})` } : null;
}

/** The first staged row naming a customer that does not exist. */
async function unknownCustomerInStage(tx: Database): Promise<StageProblem | null> {
  const { rows } = await tx.query<{ line: string; customer_id: string }>(
    `SELECT s.line, s.customer_id FROM ${RECEIVABLE_STAGE} s
     WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = s.customer_id) ORDER BY s.line LIMIT 1`,
  );
  const missing = rows[0];
  return missing ? { line: Number(missing.line), reason: `customerId: no customer ${missing.customer_id}; import the customers first` } : null;
}

const ITEM_COLUMNS = [
  'customer_name', 'document_number', 'document_date', 'due_date', 'amount', 'currency', 'kind', 'disputed',
  'salesperson', 'region', 'paid', 'last_paid_on', 'places',
] as const;

/** Staged rows from which a load into empty tables on PGlite drops and rebuilds the indexes. */
export const BULK_LOAD_MIN_ROWS = 50_000;

/** What `writeReceivableStage` did: the items written, or the first bad row (nothing written). */
export type StageOutcome = { readonly written: number; readonly problem?: undefined } | { readonly problem: StageProblem };

/**
 * Checks the staged rows (`checkReceivableStage`) and moves them into `receivables`, replacing
 * their payments (`applyReceivableStage`). `rows` is how many were staged. A big first load on
 * PGlite (empty tables, at least `bulkLoadMinRows` rows, default `BULK_LOAD_MIN_ROWS`) takes the bulk path instead: the
 * indexes and keys of both tables are dropped, the rows inserted in one pass each, and the indexes
 * rebuilt from their own definitions by sorting — building a B-tree once costs a fraction of a
 * million insertions into it; the per-statement customer and open-month triggers are off for the
 * insert, as the stage was checked against customers just before and the open months are summed
 * once after it. A duplicate item shows as the rebuilt primary key's unique violation, and only
 * then is the stage searched for its line. On a problem the caller throws, and the transaction
 * takes every change back (dropped indexes included).
 */
export async function writeReceivableStage(tx: Database, rows: number, bulkLoadMinRows = BULK_LOAD_MIN_ROWS): Promise<StageOutcome> {
  if (rows >= bulkLoadMinRows && (await bulkLoadPossible(tx))) return bulkLoadStage(tx, rows);
  const problem = await checkReceivableStage(tx);
  if (problem) return { problem };
  return { written: await applyReceivableStage(tx) };
}

/** Whether a big enough write takes the bulk path: PGlite, and the receivables tables empty. */
async function bulkLoadPossible(tx: Database): Promise<boolean> {
  if (tx.kind !== 'pglite') return false;
  const { rows } = await tx.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM receivables) AND NOT EXISTS (SELECT 1 FROM receivable_payments)
       AND NOT EXISTS (SELECT 1 FROM receivable_open_months) AS empty`,
  );
  return rows[0]?.empty === true;
}

/** The indexes of the receivables tables, primary keys first, with the statements that recreate them. */
async function receivableIndexes(tx: Database): Promise<{ drop: string; create: string; primary: boolean }[]> {
  const { rows } = await tx.query<{ tbl: string; idx: string; def: string; con: string | null; condef: string | null }>(
    `SELECT t.relname AS tbl, c.relname AS idx, pg_get_indexdef(i.indexrelid) AS def, k.conname AS con, pg_get_constraintdef(k.oid) AS condef
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u')
     WHERE t.relname IN ('receivables', 'receivable_payments') AND t.relnamespace = current_schema()::regnamespace
     ORDER BY (k.contype = 'p') IS NOT TRUE, t.relname, c.relname`,
  );
  return rows.map((r) =>
    r.con
      ? { drop: `ALTER TABLE ${r.tbl} DROP CONSTRAINT ${r.con}`, create: `ALTER TABLE ${r.tbl} ADD CONSTRAINT ${r.con} ${r.condef}`, primary: true }
      : { drop: `DROP INDEX ${r.idx}`, create: r.def, primary: false },
  );
}

async function bulkLoadStage(tx: Database, rows: number): Promise<StageOutcome> {
  // PGlite is one session: nothing else can delete a customer between this check and the commit, so
  // the trigger's FOR KEY SHARE locks have nothing to guard against here.
  const missing = await unknownCustomerInStage(tx);
  if (missing) return { problem: missing };
  const indexes = await receivableIndexes(tx);
  // Empty already: truncated, the three tables get new files in this transaction, which PGlite's
  // minimal WAL level then writes without logging every row and index page.
  await tx.exec(`TRUNCATE receivables; -- its trigger truncates the payments and the open months
    SET LOCAL maintenance_work_mem = '256MB';
    ALTER TABLE receivables DISABLE TRIGGER receivables_customers_inserted;
    ALTER TABLE receivables DISABLE TRIGGER receivables_months_inserted;
    ${indexes.map((i) => `${i.drop};`).join('\n')}`);
  // Every staged row goes in (the tables were empty; duplicates fail the key below).
  await tx.query(
    `INSERT INTO receivables (customer_id, id, ${ITEM_COLUMNS.join(', ')})
     SELECT s.customer_id, s.id, ${ITEM_COLUMNS.map((c) => `s.${c}`).join(', ')} FROM ${RECEIVABLE_STAGE} s`,
  );
  await insertStagedPayments(tx, false);
  // The open months in one pass over the loaded items, rather than the trigger's transition table.
  await tx.query(
    `INSERT INTO receivable_open_months (customer_id, currency, month, open, items)
     SELECT customer_id, currency, receivable_due_month(due_date), sum(open), count(*)
     FROM receivables WHERE open <> 0 GROUP BY 1, 2, 3`,
  );
  await tx.exec(`ALTER TABLE receivables ENABLE TRIGGER receivables_customers_inserted;
    ALTER TABLE receivables ENABLE TRIGGER receivables_months_inserted`);
  for (const index of indexes) {
    if (!index.primary) {
      await tx.exec(index.create);
      continue;
    }
    await tx.exec('SAVEPOINT bulk_key');
    try {
      await tx.exec(index.create);
      await tx.exec('RELEASE SAVEPOINT bulk_key');
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await tx.exec('ROLLBACK TO SAVEPOINT bulk_key');
      const duplicate = await duplicateInStage(tx);
      if (duplicate) return { problem: duplicate };
      throw error;
    }
  }
  return { written: rows };
}

/** Every staged item's payments into `receivable_payments` (in key order when indexes are kept up). */
async function insertStagedPayments(tx: Database, ordered: boolean): Promise<void> {
  await tx.query(
    `INSERT INTO receivable_payments (customer_id, receivable_id, line, paid_on, amount)
     SELECT s.customer_id, s.id, u.n - 1, u.d, u.a
     FROM ${RECEIVABLE_STAGE} s, unnest(s.paid_on, s.paid_amount) WITH ORDINALITY AS u(d, a, n)
     WHERE s.last_paid_on IS NOT NULL
     ${ordered ? 'ORDER BY s.customer_id, s.id, u.n' : ''}`,
  );
}

/**
 * Moves the staged rows into `receivables` and replaces their payments, set-based: the items
 * written before are updated (and their old payments deleted), the others inserted, then every
 * staged item's payments inserted. Plain UPDATE + INSERT rather than `INSERT … ON CONFLICT`: the
 * speculative insertion of ON CONFLICT costs about 40 % more per row on a million-row import, and
 * a first import updates nothing. To keep that race-free the receivables are locked against other
 * writers (not readers) until commit. The caller has checked the stage (`checkReceivableStage`).
 * Returns the number of items written.
 */
export async function applyReceivableStage(tx: Database): Promise<number> {
  await tx.exec(`ANALYZE ${RECEIVABLE_STAGE}; LOCK TABLE receivables IN SHARE ROW EXCLUSIVE MODE`);
  const updated = await tx.query<{ n: string }>(
    `WITH updated AS (
       UPDATE receivables r SET ${ITEM_COLUMNS.map((c) => `${c} = s.${c}`).join(', ')}
       FROM ${RECEIVABLE_STAGE} s WHERE r.customer_id = s.customer_id AND r.id = s.id
       RETURNING 1
     ) SELECT count(*) AS n FROM updated`,
  );
  const replaced = Number(updated.rows[0]?.n ?? 0);
  // Only items written before can have payments to replace: a first import skips the delete.
  if (replaced > 0) {
    await tx.query(
      `DELETE FROM receivable_payments p USING ${RECEIVABLE_STAGE} s WHERE p.customer_id = s.customer_id AND p.receivable_id = s.id`,
    );
  }
  const inserted = await tx.query<{ n: string }>(
    `WITH inserted AS (
       INSERT INTO receivables (customer_id, id, ${ITEM_COLUMNS.join(', ')})
       SELECT s.customer_id, s.id, ${ITEM_COLUMNS.map((c) => `s.${c}`).join(', ')} FROM ${RECEIVABLE_STAGE} s
       ${replaced > 0 ? 'WHERE NOT EXISTS (SELECT 1 FROM receivables r WHERE r.customer_id = s.customer_id AND r.id = s.id)' : ''}
       ORDER BY s.customer_id, s.id
       RETURNING 1
     ) SELECT count(*) AS n FROM inserted`,
  );
  await insertStagedPayments(tx, true);
  return replaced + Number(inserted.rows[0]?.n ?? 0);
}

/** +1, or −1 for credit notes and payments on account (core's `kindSign`), of the row alias `r`. */
export const SIGN_SQL = (alias: string) => `(CASE WHEN ${alias}.kind IN ('credit_note', 'payment') THEN -1 ELSE 1 END)`;

/**
 * Writes already validated receivables (upsert by customer and id, payments replaced) in the
 * caller's transaction, or in one of its own. Rejects with a `StageProblem`-carrying error when
 * an item's customer is missing or an item appears twice. For seeding and small writes; bulk
 * files go through `runImport`.
 */
export async function writeReceivables(db: Database, items: readonly Receivable[]): Promise<number> {
  return db.transaction(async (tx) => {
    await createReceivableStage(tx);
    await tx.query(`TRUNCATE ${RECEIVABLE_STAGE}`);
    for (let start = 0; start < items.length; start += STAGE_BATCH) {
      await insertStageRows(tx, items.slice(start, start + STAGE_BATCH).map((item, k) => ({ line: start + k + 1, item })));
    }
    const outcome = await writeReceivableStage(tx, items.length);
    if (outcome.problem) throw new ReceivableWriteError(outcome.problem);
    const n = outcome.written;
    await tx.query(`DROP TABLE ${RECEIVABLE_STAGE}`);
    await bumpReceivablesRevision(tx);
    return n;
  });
}

/** A write refused by `checkReceivableStage`: `line` is the 1-based position of the offending item. */
export class ReceivableWriteError extends Error {
  override name = 'ReceivableWriteError';
  readonly line: number;
  readonly reason: string;
  constructor(problem: StageProblem) {
    super(`item ${problem.line}: ${problem.reason}`);
    this.line = problem.line;
    this.reason = problem.reason;
  }
}
