import { toValidationIssues, type FieldError, type Receivable } from '@credit-kit/core';
import type { Database } from '../db/database.js';
import { upsertCustomer, upsertFinancials } from '../store/customers.js';
import {
  RECEIVABLE_STAGE,
  RECEIVABLE_STAGE_COLUMNS,
  copyLine,
  createReceivableStage,
  writeReceivableStage,
} from '../receivables/write.js';
import { bumpReceivablesRevision } from '../receivables/revision.js';
import { CellError, IMPORT_KIND_SPECS, readCell, type ImportKind, type ImportRows, type WarningSignalRow } from './kinds.js';
import { CsvSyntaxError, csvRecords, ndjsonLines, type ImportSource, type SourceRecord } from './lines.js';

export type ImportFormat = 'csv' | 'ndjson';

/** What a finished import did. */
export interface ImportSummary {
  readonly kind: ImportKind;
  readonly format: ImportFormat;
  /** Rows read and written (inserted or updated). */
  readonly rows: number;
}

/** A rejected import: the first bad line, why, and the field errors. Nothing of the file was kept. */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly line: number;
  readonly reason: string;
  readonly errors: readonly FieldError[];
  constructor(line: number, reason: string, errors: readonly FieldError[] = []) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
    this.errors = errors;
  }
}

/** The format a file name implies: `.csv` → csv, `.ndjson` / `.jsonl` → ndjson; undefined otherwise. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(fileName)) return 'ndjson';
  return undefined;
}

/** Raw objects of the file, one per record, with their line numbers (CSV through the kind's columns). */
async function* rawRecords(kind: ImportKind, source: ImportSource, format: ImportFormat): AsyncGenerator<SourceRecord<unknown>> {
  if (format === 'ndjson') {
    for await (const { line, value } of ndjsonLines(source)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (error) {
        throw new ImportError(line, `not valid JSON (${(error as Error).message})`);
      }
      yield { line, value: parsed };
    }
    return;
  }
  const columns = IMPORT_KIND_SPECS[kind].columns;
  let header: string[] | undefined;
  let types: (typeof columns)[string][] | undefined;
  try {
    for await (const { line, value } of csvRecords(source)) {
      if (!header) {
        header = value.map((name) => name.trim());
        const unknown = header.filter((name) => !(name in columns));
        if (unknown.length) throw new ImportError(line, `unknown column ${unknown.map((n) => `"${n}"`).join(', ')}; the ${kind} columns are ${Object.keys(columns).join(', ')}`);
        const twice = header.find((name, k) => header!.indexOf(name) !== k);
        if (twice) throw new ImportError(line, `column "${twice}" appears twice`);
        types = header.map((name) => columns[name]!);
        continue;
      }
      if (value.length !== header.length) throw new ImportError(line, `${value.length} fields, but the header has ${header.length}`);
      const record: Record<string, unknown> = {};
      try {
        for (let k = 0; k < header.length; k++) {
          const cell = value[k]!;
          if (cell === '') continue;
          const name = header[k]!;
          record[name] = readCell(name, types![k]!, cell);
        }
      } catch (error) {
        if (error instanceof CellError) throw new ImportError(line, error.message, [{ path: error.column, code: 'invalid_format', message: error.message }]);
        throw error;
      }
      yield { line, value: record };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportError(error.line, `not valid CSV: ${error.message}`);
    throw error;
  }
}

/** Rows validated with core's schema for the kind; the first invalid one rejects the import. */
async function* validRows<K extends ImportKind>(kind: K, source: ImportSource, format: ImportFormat): AsyncGenerator<SourceRecord<ImportRows[K]>> {
  const { schema } = IMPORT_KIND_SPECS[kind];
  for await (const { line, value } of rawRecords(kind, source, format)) {
    const result = schema.safeParse(value);
    if (!result.success) {
      const errors = toValidationIssues(result.error.issues, value);
      throw new ImportError(line, errors.map((e) => `${e.path || 'row'}: ${e.message}`).join('; '), errors);
    }
    yield { line, value: result.data as ImportRows[K] };
  }
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
}

async function importReceivables(tx: Database, rows: AsyncGenerator<SourceRecord<Receivable>>, options: ImportOptions): Promise<number> {
  await createReceivableStage(tx);
  await tx.query(`TRUNCATE ${RECEIVABLE_STAGE}`);
  // COPY, fed in chunks of whole lines while the file is read and validated: streamed into
  // PostgreSQL, and in blobs of a few MB into PGlite (`Database.copyFrom`).
  let staged = 0;
  async function* copyText(): AsyncGenerator<string> {
    let chunk = '';
    for await (const { line, value } of rows) {
      staged++;
      chunk += copyLine({ line, item: value });
      if (chunk.length >= 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await tx.copyFrom(`COPY ${RECEIVABLE_STAGE} (${RECEIVABLE_STAGE_COLUMNS.join(', ')}) FROM STDIN`, copyText());
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
      return importReceivables(tx, validRows('receivables', source, format), options);
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
