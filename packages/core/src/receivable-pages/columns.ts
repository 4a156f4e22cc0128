import type { ValidationIssue } from '../errors.js';
import type { Receivable } from '../schemas/receivables.js';
import {
  RECEIVABLE_SCALAR_COLUMNS,
  type ReceivableColumn,
  type ReceivableColumnsPage,
  type ReceivableScalarColumn,
} from '../schemas/receivable-columns.js';

/**
 * Encoding and decoding of the compact (columnar) page. Decoding checks only the structure
 * (column lengths, dictionary indexes); the decoded items are then validated like JSON items, so
 * a wrong value anywhere is reported on the item and field it lands in (`items[7].amount`).
 */

/** A column is dictionary-coded when it has at most this share of distinct values. */
const DICTIONARY_SHARE = 0.25;

/**
 * The columns of `items` (wire items, as a JSON page holds them). Repetitive columns (customer,
 * dates, currency, kind) are dictionary-coded; a field no item has is left out.
 */
export function encodeReceivableColumns(items: readonly Receivable[]): Pick<ReceivableColumnsPage, 'count' | 'columns'> {
  const count = items.length;
  const columns: Record<string, unknown> = {};
  for (const name of RECEIVABLE_SCALAR_COLUMNS) {
    const encoded = encodeColumn(items, name);
    if (encoded) columns[name] = encoded;
  }
  let anyPayments = false;
  const payments: ([string, string][] | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const list = items[i]!.payments;
    if (list === undefined) payments[i] = null;
    else {
      anyPayments = true;
      payments[i] = list.map((p) => [p.date, p.amount]);
    }
  }
  if (anyPayments) columns.payments = payments;
  return { count, columns };
}

function encodeColumn(items: readonly Receivable[], name: ReceivableScalarColumn): ReceivableColumn | undefined {
  const count = items.length;
  const plain: (string | boolean | null)[] = new Array(count);
  const positions = new Map<string | boolean, number>();
  const values: (string | boolean)[] = [];
  let present = 0;
  for (let i = 0; i < count; i++) {
    const value = items[i]![name];
    if (value === undefined) {
      plain[i] = null;
      continue;
    }
    present++;
    plain[i] = value;
    if (values.length <= count * DICTIONARY_SHARE && !positions.has(value)) {
      positions.set(value, values.length);
      values.push(value);
    }
  }
  if (present === 0) return undefined;
  if (values.length > count * DICTIONARY_SHARE) return plain;
  const index: (number | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const value = plain[i]!;
    index[i] = value === null ? null : positions.get(value)!;
  }
  return { values, index };
}

/** Decoded items (not yet validated), or the structural issues of the columns. */
export type DecodedColumns = { ok: true; items: Record<string, unknown>[] } | { ok: false; issues: ValidationIssue[] };

/** Structural issues reported before giving up. */
const MAX_STRUCTURE_ISSUES = 20;

/**
 * The items of a compact page, field by field as the JSON page would hold them (a `null` entry
 * leaves the field out). `columns` and `count` must already be an object and a whole number.
 */
export function decodeReceivableColumns(count: number, columns: Record<string, unknown>): DecodedColumns {
  const issues: ValidationIssue[] = [];
  const readers: { name: string; plain?: readonly unknown[]; values?: readonly unknown[]; index?: readonly unknown[] }[] = [];
  for (const name of RECEIVABLE_SCALAR_COLUMNS) {
    const column = columns[name];
    if (column === undefined) continue;
    if (Array.isArray(column)) {
      if (column.length !== count) issues.push(lengthIssue(`columns.${name}`, column.length, count));
      else readers.push({ name, plain: column });
    } else if (typeof column === 'object' && column !== null && Array.isArray((column as { values?: unknown }).values) && Array.isArray((column as { index?: unknown }).index)) {
      const { values, index } = column as { values: unknown[]; index: unknown[] };
      if (index.length !== count) issues.push(lengthIssue(`columns.${name}.index`, index.length, count));
      else {
        const bad = badIndex(index, values.length);
        if (bad >= 0) issues.push({ path: `columns.${name}.index[${bad}]`, code: 'invalid_index', message: `must be null or a position in values (0 to ${values.length - 1})` });
        else readers.push({ name, values, index });
      }
    } else {
      issues.push({ path: `columns.${name}`, code: 'invalid_type', message: 'must be an array of values or { values, index }' });
    }
  }
  const payments = columns.payments;
  if (payments !== undefined && !(Array.isArray(payments) && payments.length === count)) {
    issues.push(
      Array.isArray(payments)
        ? lengthIssue('columns.payments', payments.length, count)
        : { path: 'columns.payments', code: 'invalid_type', message: 'must be an array with null or [date, amount] pairs per item' },
    );
  }
  if (issues.length > 0) return { ok: false, issues };

  const items: Record<string, unknown>[] = new Array(count);
  const paymentList = payments as readonly unknown[] | undefined;
  for (let i = 0; i < count; i++) {
    const item: Record<string, unknown> = {};
    for (let c = 0; c < readers.length; c++) {
      const reader = readers[c]!;
      let value: unknown;
      if (reader.plain) value = reader.plain[i];
      else {
        const position = reader.index![i];
        value = position === null ? null : reader.values![position as number];
      }
      if (value !== null) item[reader.name] = value;
    }
    if (paymentList) {
      const list = paymentList[i];
      if (list !== null) {
        const decoded = decodePayments(list);
        if (decoded === undefined) {
          issues.push({ path: `columns.payments[${i}]`, code: 'invalid_type', message: 'must be null or a list of [date, amount] pairs' });
          if (issues.length >= MAX_STRUCTURE_ISSUES) break;
        } else item.payments = decoded;
      }
    }
    items[i] = item;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, items };
}

function decodePayments(list: unknown): { date: unknown; amount: unknown }[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: { date: unknown; amount: unknown }[] = new Array(list.length);
  for (let j = 0; j < list.length; j++) {
    const pair: unknown = list[j];
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    out[j] = { date: pair[0], amount: pair[1] };
  }
  return out;
}

/** The first entry that is neither null nor a whole number in `[0, size)`; -1 when all are. */
function badIndex(index: readonly unknown[], size: number): number {
  for (let i = 0; i < index.length; i++) {
    const position = index[i];
    if (position === null) continue;
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= size) return i;
  }
  return -1;
}

function lengthIssue(path: string, length: number, count: number): ValidationIssue {
  return { path, code: 'invalid_length', message: `has ${length} entries, not count (${count})` };
}
