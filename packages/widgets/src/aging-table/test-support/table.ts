import { defineAgingTable } from '../aging-table.js';
import type { CkAgingTable } from '../aging-table.component.js';
import type { AgingRow } from '../data/aging-model.js';
import { API_BASE, mockClient } from '../../test-support/mock-client.js';
import { mount, settled } from '../../test-support/mount.js';
import { q, qa } from '../../test-support/shadow.js';

defineAgingTable();

export { mockClient, q, qa, settled };
export const API = API_BASE;

/** A table with these properties and attributes (set before it connects), loaded and its view complete. */
export function tableWith(props: Partial<CkAgingTable>, attrs = '', tag = 'ck-aging-table'): Promise<CkAgingTable> {
  return mount<CkAgingTable>(tag, props, attrs);
}

/** Header labels in column order. */
export function headers(el: CkAgingTable): string[] {
  return qa(el, '[part~=header-cell]').map((c) => c.querySelector('.sort-button')!.textContent!.replace(/[▲▼]/g, '').trim());
}

/** Text of every cell of the customer rows drawn, by row. */
export function rowTexts(el: CkAgingTable): string[][] {
  return qa(el, '[part~=row]')
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => [...row.querySelectorAll('[part~=cell]')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
}

/** The customer code of every customer row drawn, in order. */
export function rowIds(el: CkAgingTable): string[] {
  return qa(el, '[part~=row]')
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => row.querySelector('.code')?.textContent ?? row.querySelector('.name')!.textContent!);
}

/** Parses CSV text (RFC 4180) into records, for checking exports independently of the writer. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A report row (the shape of the server report) with amounts per bucket; total and overdue summed by hand by the caller. */
export function reportRow(customerId: string, customerName: string, buckets: string[], extra: Partial<AgingRow> = {}): AgingRow {
  return {
    customerId,
    customerName,
    currency: 'CNY',
    total: extra.total ?? '0.00',
    overdue: extra.overdue ?? '0.00',
    buckets,
    oldestDueDate: '2024-01-01',
    maxDaysOverdue: 0,
    ...extra,
  };
}

export const THREE_BUCKETS = [{ label: 'Not due', maxDays: 0 }, { label: '1–30', minDays: 1, maxDays: 30 }, { label: 'Over 30', minDays: 31 }];
