import { toValidationIssues, type FieldError } from '@credit-kit/core';
import { CellError, IMPORT_KIND_SPECS, readCell, type CellType, type ImportKind, type ImportRows } from './kinds.js';
import { CsvSyntaxError, csvRecordBatches, ndjsonLineBatches, type ImportSource, type SourceRecord } from './lines.js';

/** Reading an import file: its records as raw objects, then as rows validated with core's schemas. */

export type ImportFormat = 'csv' | 'ndjson';

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

/**
 * Raw objects of the file, one per record, with their line numbers (CSV through the kind's
 * columns), a chunk of the file at a time.
 */
async function* rawRecordBatches(kind: ImportKind, source: ImportSource, format: ImportFormat): AsyncGenerator<SourceRecord<unknown>[]> {
  if (format === 'ndjson') {
    for await (const lines of ndjsonLineBatches(source)) yield lines.map(({ line, value }) => ({ line, value: parseJsonLine(line, value) }));
    return;
  }
  const columns = IMPORT_KIND_SPECS[kind].columns;
  let header: string[] | undefined;
  let types: (typeof columns)[string][] | undefined;
  try {
    for await (const records of csvRecordBatches(source)) {
      const batch: SourceRecord<unknown>[] = [];
      for (const { line, value } of records) {
        if (header) batch.push({ line, value: recordOf(line, value, header, types!) });
        else {
          header = headerOf(kind, line, value);
          types = header.map((name) => columns[name]!);
        }
      }
      if (batch.length) yield batch;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportError(error.line, `not valid CSV: ${error.message}`);
    throw error;
  }
}

function parseJsonLine(line: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(line, `not valid JSON (${(error as Error).message})`);
  }
}

/** The CSV header's column names, checked against the kind's. */
function headerOf(kind: ImportKind, line: number, value: readonly string[]): string[] {
  const columns = IMPORT_KIND_SPECS[kind].columns;
  const header = value.map((name) => name.trim());
  const unknown = header.filter((name) => !(name in columns));
  if (unknown.length) throw new ImportError(line, `unknown column ${unknown.map((n) => `"${n}"`).join(', ')}; the ${kind} columns are ${Object.keys(columns).join(', ')}`);
  const twice = header.find((name, k) => header.indexOf(name) !== k);
  if (twice) throw new ImportError(line, `column "${twice}" appears twice`);
  return header;
}

/** One CSV record as a wire object: empty cells absent, each cell read as its column's type. */
function recordOf(line: number, value: readonly string[], header: readonly string[], types: readonly CellType[]): Record<string, unknown> {
  if (value.length !== header.length) throw new ImportError(line, `${value.length} fields, but the header has ${header.length}`);
  const record: Record<string, unknown> = {};
  try {
    for (let k = 0; k < header.length; k++) {
      const cell = value[k]!;
      if (cell === '') continue;
      const name = header[k]!;
      record[name] = readCell(name, types[k]!, cell);
    }
  } catch (error) {
    if (error instanceof CellError) throw new ImportError(line, error.message, [{ path: error.column, code: 'invalid_format', message: error.message }]);
    throw error;
  }
  return record;
}

/**
 * Rows validated with core's schema for the kind, a chunk of the file at a time (a million-row
 * import awaits per chunk, not per row); the first invalid one rejects the import.
 */
export async function* validRowBatches<K extends ImportKind>(kind: K, source: ImportSource, format: ImportFormat): AsyncGenerator<SourceRecord<ImportRows[K]>[]> {
  const { schema } = IMPORT_KIND_SPECS[kind];
  for await (const records of rawRecordBatches(kind, source, format)) {
    yield records.map(({ line, value }) => {
      const result = schema.safeParse(value);
      if (!result.success) {
        const errors = toValidationIssues(result.error.issues, value);
        throw new ImportError(line, errors.map((e) => `${e.path || 'row'}: ${e.message}`).join('; '), errors);
      }
      return { line, value: result.data as ImportRows[K] };
    });
  }
}

/** `validRowBatches` a row at a time. */
export async function* validRows<K extends ImportKind>(kind: K, source: ImportSource, format: ImportFormat): AsyncGenerator<SourceRecord<ImportRows[K]>> {
  for await (const batch of validRowBatches(kind, source, format)) yield* batch;
}
