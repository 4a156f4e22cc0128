import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '@credit-kit/mock';
import { defineAgingTable } from '../aging-table.js';
import type { CkAgingTable } from '../aging-table.component.js';
import type { AgingRow } from '../aging-model.js';

defineAgingTable();

export const API = '/api/credit/v1';

/** A mock backend and a real client on it. */
export function mockClient(options: MockBackendOptions = {}): { backend: MockBackend; client: CreditKitClient } {
  const backend = createMockBackend({ latencyMs: 0, ...options });
  const client = createClient({ baseUrl: API, fetch: backend.fetch, retry: { baseDelayMs: 1 } });
  return { backend, client };
}

/** Waits until the table is ready and no view work (sort, filter, totals) is pending. */
export async function settled(el: CkAgingTable): Promise<void> {
  await waitUntil(() => el.ready || el.error !== undefined, 'table loads', { timeout: 60_000 });
  await waitUntil(() => {
    const grid = el.shadowRoot!.querySelector('[role=grid]');
    return !grid || (grid.getAttribute('aria-busy') === 'false' && !el.shadowRoot!.querySelector('[part=totals-row]')!.textContent!.includes('…'));
  }, 'view settles', { timeout: 30_000 });
  await el.updateComplete;
}

/** A table with these properties and attributes (set before it connects), loaded and settled. */
export async function tableWith(props: Partial<CkAgingTable>, attrs = '', tag = 'ck-aging-table'): Promise<CkAgingTable> {
  const el = document.createElement(tag) as CkAgingTable;
  if (attrs) for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  // fixtureSync: waiting for a frame would hang while the runner's page is in the background.
  fixtureSync<HTMLDivElement>(html`<div></div>`).appendChild(el);
  await settled(el);
  return el;
}

export function q<T extends Element = HTMLElement>(el: CkAgingTable, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function qa<T extends Element = HTMLElement>(el: CkAgingTable, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
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
