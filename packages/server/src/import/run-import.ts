import type { Database } from '../db/database.js';
import { upsertCustomer, upsertFinancials } from '../store/customers.js';
import { RECEIVABLE_STAGE, RECEIVABLE_STAGE_COLUMNS, createReceivableStage, writeReceivableStage } from '../receivables/write.js';
import { bumpReceivablesRevision } from '../receivables/revision.js';
import { IMPORT_KIND_SPECS, type ImportKind, type ImportRows, type WarningSignalRow } from './kinds.js';
import type { ImportSource } from './lines.js';
import { receivableCopyText } from './parse-in-worker.js';
import { receivableCopyTextHere } from './receivable-copy-text.js';
import { ImportError, validRows, type ImportFormat } from './rows.js';

export { ImportError, type ImportFormat } from './rows.js';

/** What a finished import did. */
export interface ImportSummary {
  readonly kind: ImportKind;
  readonly format: ImportFormat;
  /** Rows read and written (inserted or updated). */
  readonly rows: number;
}

/** The format a file name implies: `.csv` → csv, `.ndjson` / `.jsonl` → ndjson; undefined otherwise. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(fileName)) return 'ndjson';
  return undefined;
}

/** Refuses a second row with the same host id in one file (kinds written row by row). */
function duplicateGuard<T>(key: (row: T) => string) {
  const seen = new Map<string, number>();
  return (line: number, row: T) => {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) throw new ImportError(line, `the same row as line ${first} (one row per ${k.split('\u0000').join(' / ')})`);
    seen.set(k, line);
  };
}

/** PostgreSQL's refusal of a row (a foreign key, a unique code) as the line's reason. */
function databaseRefusal(line: number, error: unknown, what: string): never {
  const code = (error as { code?: string }).code;
  if (code === '23503') throw new ImportError(line, `customerId: no such customer; import the customers first`, [{ path: 'customerId', code: 'not_found', message: 'no such customer' }]);
  if (code === '23505') throw new ImportError(line, `${what}: another row already has this value (${(error as Error).message})`);
  if (code?.startsWith('23') || code?.startsWith('22')) throw new ImportError(line, `refused by the database: ${(error as Error).message}`);
  throw error;
}

/** Options of `runImport`. */
export interface ImportOptions {
  /**
   * Receivables: rows from which a first load into empty tables on PGlite takes the bulk path
   * (indexes dropped and rebuilt; `writeReceivableStage`). Default `BULK_LOAD_MIN_ROWS`.
   */
  readonly bulkLoadMinRows?: number;
  /**
   * Receivables: parse and validate on a worker thread while the database loads (default true;
   * this thread where the worker is not built, as in a bundle without `import/parse-worker.js`).
   */
  readonly parseInWorker?: boolean;
}

async function importReceivables(tx: Database, source: ImportSource, format: ImportFormat, options: ImportOptions): Promise<number> {
  await createReceivableStage(tx);
  await tx.query(`TRUNCATE ${RECEIVABLE_STAGE}`);
  // COPY, fed in chunks of whole lines while the file is read and validated (on the parsing worker
  // where it is built): streamed into PostgreSQL, and in blobs of a few MB into PGlite
  // (`Database.copyFrom`).
  let staged = 0;
  const copyText = (options.parseInWorker ?? true) ? receivableCopyText() : receivableCopyTextHere;
  await tx.copyFrom(
    `COPY ${RECEIVABLE_STAGE} (${RECEIVABLE_STAGE_COLUMNS.join(', ')}) FROM STDIN`,
    copyText(source, format, (rows) => (staged += rows)),
  );
  const outcome = await writeReceivableStage(tx, staged, options.bulkLoadMinRows);
  if (outcome.problem) throw new ImportError(outcome.problem.line, outcome.problem.reason);
  const written = outcome.written;
  await tx.query(`DROP TABLE ${RECEIVABLE_STAGE}`);
  await bumpReceivablesRevision(tx);
  return written;
}

/** Upserts one signal by (customer, code, raised on) and moves the customer's warning ETag on. */
async function upsertSignal(tx: Database, row: WarningSignalRow): Promise<void> {
  await tx.query(
    `INSERT INTO warning_signals (customer_id, code, raised_on, severity, category, released_on, amount, note, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
             (SELECT coalesce(max(position) + 1, 0) FROM warning_signals WHERE customer_id = $1))
     ON CONFLICT (customer_id, code, raised_on) DO UPDATE SET severity = EXCLUDED.severity, category = EXCLUDED.category,
       released_on = EXCLUDED.released_on, amount = EXCLUDED.amount, note = EXCLUDED.note`,
    [row.customerId, row.code, row.raisedOn, row.severity, row.category ?? null, row.releasedOn ?? null, row.amount ?? null, row.note ?? null],
  );
}

async function bumpWarningVersions(tx: Database, customers: Set<string>): Promise<void> {
  if (customers.size === 0) return;
  await tx.query(
    `INSERT INTO warning_status (customer_id) SELECT unnest($1::text[])
     ON CONFLICT (customer_id) DO UPDATE SET version = warning_status.version + 1`,
    [[...customers]],
  );
}

/**
 * Imports one file of `kind` in one transaction: streamed (never read whole), every row validated
 * with core's schema, upserted by the host's own ids (repeating an import changes nothing and
 * duplicates nothing). Receivables go through a staging table (COPY on both engines) and replace each
 * item's payments. The first bad row rejects the whole file with an
 * `ImportError` naming its line; nothing of the file is kept. Pass the database itself, not a
 * transaction: the import opens its own (and vacuums after a receivables import).
 */
export async function runImport(db: Database, kind: ImportKind, source: ImportSource, format: ImportFormat, options: ImportOptions = {}): Promise<ImportSummary> {
  if (kind === 'receivables') {
    const rows = await db.transaction(async (tx) => {
      // The stage's checks sort and hash the whole file: let them do it in memory.
      await tx.exec(`SET LOCAL work_mem = '256MB'; SET LOCAL jit = off`);
      return importReceivables(tx, source, format, options);
    });
    // Fresh statistics, and the visibility map the aging report's index-only scan needs (PGlite
    // has no autovacuum). Outside the import's transaction, as VACUUM must be.
    await db.exec('VACUUM (ANALYZE) receivables, receivable_payments');
    return { kind, format, rows };
  }
  return db.transaction(async (tx) => {
    let rows = 0;
    const guard = duplicateGuard(IMPORT_KIND_SPECS[kind].key as (row: unknown) => string);
    const touched = new Set<string>();
    for await (const { line, value } of validRows(kind, source, format)) {
      guard(line, value);
      try {
        if (kind === 'customers') await upsertCustomer(tx, value as ImportRows['customers']);
        else if (kind === 'financials') await upsertFinancials(tx, value as ImportRows['financials']);
        else {
          const signal = value as WarningSignalRow;
          await upsertSignal(tx, signal);
          touched.add(signal.customerId);
        }
      } catch (error) {
        databaseRefusal(line, error, kind === 'customers' ? 'code' : 'row');
      }
      rows++;
    }
    await bumpWarningVersions(tx, touched);
    // Aging rows carry the customer master's name, salesperson and region.
    if (kind === 'customers') await bumpReceivablesRevision(tx);
    return { kind, format, rows };
  });
}
