/**
 * Helpers for the `ck-credit-application` tests (not part of the package's entry points), on the
 * shared widget test kit (`../../test-support/`: mounting, shadow-DOM queries): a real client on
 * the mock backend under this page's own base path, and reading or driving fields.
 */
import { createClient, type CreditKitClient } from '@credit-kit/client';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '@credit-kit/mock';
import { mount as mountWidget } from '../../test-support/mount.js';
import { maybe, qa } from '../../test-support/shadow.js';
import type { CkCreditApplication } from '../credit-application.component.js';
import { defineCreditApplication } from '../credit-application.js';
import { DRAFT_KEY_PREFIX } from '../draft-store.js';
import { SUBMITTED_KEY_PREFIX } from '../draft-tabs.js';
import { controlId } from '../fields.js';
import type { PartialApplication } from '../form-model.js';

export const TAG = defineCreditApplication();
/**
 * Test files run in parallel pages that share localStorage: each page gets its own base path (so
 * its own draft keys) and only ever clears its own drafts.
 */
export const PAGE_ID = Math.random().toString(36).slice(2, 10);
export const BASE_URL = `/api/${PAGE_ID}/credit/v1`;

/**
 * A valid unified social credit code. Check character worked out by hand (GB 32100-2015):
 * weights 3^i mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 over the values of
 * "91350100M000100Y4" (M=21, Y=30) give 1640; 1640 mod 31 = 28; 31 − 28 = 3 → "3".
 */
export const VALID_CODE = '91350100M000100Y43';
/** The same code with a wrong check character. */
export const WRONG_CHECK_CODE = '91350100M000100Y4X';

export interface MockSetup {
  backend: MockBackend;
  client: CreditKitClient;
}

/**
 * A mock backend and a real client on it (fast retries), under this page's own base path: the
 * kit's `mockClient` shares one base path, and drafts are keyed by it (see `PAGE_ID`).
 */
export function mockClient(options: MockBackendOptions = {}, fetchWrapper?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch): MockSetup {
  const backend = createMockBackend({ seed: 1, receivables: 50, basePath: BASE_URL, ...options });
  const fetch = fetchWrapper ? fetchWrapper(backend.fetch as typeof globalThis.fetch) : backend.fetch;
  const client = createClient({ baseUrl: BASE_URL, fetch, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  return { backend, client };
}

/**
 * Mounts the element (the kit's `mount`: properties set before it connects) and waits until it
 * is ready. Without `client`, on a fresh mock; with `client: null`, with no client at all (and a
 * draft key of this page's own). `value` is the prefill (the `value` property, as hosts set it).
 */
export function mount(
  options: { client?: CreditKitClient | null; customerId?: string; value?: PartialApplication; lang?: string; attachmentMode?: string } = {},
): Promise<CkCreditApplication> {
  const client = options.client === null ? undefined : (options.client ?? mockClient().client);
  const attrs = new URLSearchParams({ lang: options.lang ?? 'en', 'attachment-mode': options.attachmentMode ?? 'upload' });
  if (options.customerId) attrs.set('customer-id', options.customerId);
  if (options.client === null) attrs.set('draft-key', `${PAGE_ID}:no-client`);
  return mountWidget<CkCreditApplication>(TAG, { client, value: options.value } as Partial<CkCreditApplication>, attrs.toString());
}

export function shadow(el: CkCreditApplication): ShadowRoot {
  return el.shadowRoot!;
}

/** The first element with the part `name`, or null. */
export function part<T extends Element = HTMLElement>(el: CkCreditApplication, name: string): T | null {
  return maybe<T>(el, `[part~="${name}"]`);
}

/** Every element with the part `name`. */
export function parts<T extends Element = HTMLElement>(el: CkCreditApplication, name: string): T[] {
  return qa<T>(el, `[part~="${name}"]`);
}

/** The control of a field (input, select, textarea) by its key. */
export function control<T extends HTMLElement = HTMLInputElement>(el: CkCreditApplication, key: string): T | null {
  return shadow(el).getElementById(controlId(key)) as T | null;
}

/** The error text shown beside a field, without the warning sign; `null` when none. */
export function fieldError(el: CkCreditApplication, key: string): string | null {
  const node = shadow(el).getElementById(`${controlId(key)}-error`);
  return node ? node.textContent!.replace(/⚠/g, ' ').replace(/\s+/g, ' ').trim() : null;
}

/** Types `value` into a field as it appears to the element: set, `input` and `change` events, then leaving the field. */
export async function fill(el: CkCreditApplication, key: string, value: string, options: { blur?: boolean } = {}): Promise<void> {
  const c = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, key);
  if (!c) throw new Error(`no control for ${key}`);
  c.focus();
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true }));
  if (options.blur !== false) leave(c);
  await el.updateComplete;
}

/**
 * Moves focus away from a control. The `focusout` is also dispatched by hand: a page running in
 * the background (test files run in parallel pages) gets no focus events from `blur()`.
 */
export function leave(c: HTMLElement): void {
  c.blur();
  c.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** The text of the current section's heading. */
export function sectionHeading(el: CkCreditApplication): string {
  return shadow(el).getElementById('ck-section-heading')?.textContent?.trim() ?? '';
}

/** Clicks the section button of `section`. */
export async function goToSection(el: CkCreditApplication, section: string): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>(`[data-step="${section}"]`)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

const ownDraft = (key: string) => key.startsWith(DRAFT_KEY_PREFIX) && key.includes(PAGE_ID);
const ownRecord = (key: string) => (key.startsWith(DRAFT_KEY_PREFIX) || key.startsWith(SUBMITTED_KEY_PREFIX)) && key.includes(PAGE_ID);

/** Removes this page's Credit Kit drafts (and the records of submitted drafts) from localStorage. */
export function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) if (ownRecord(key)) localStorage.removeItem(key);
}

/** This page's Credit Kit draft keys in localStorage. */
export function draftKeys(): string[] {
  return Object.keys(localStorage).filter(ownDraft);
}

/** A complete, valid application (every section filled), for tests that submit. */
export function validApplication(): PartialApplication {
  return {
    applicant: {
      code: VALID_CODE,
      name: '华东精密机械有限公司',
      type: 'direct',
      industry: 'Machinery',
      legalRepresentative: '王建国',
      registeredCapital: '50000000.00',
      paidInCapital: '30000000.00',
      currency: 'CNY',
      establishedOn: '2008-04-16',
      address: '福州市鼓楼区五四路100号',
      contacts: [{ name: '李娜', role: '财务总监', phone: '+86 591 8765 4321', email: 'li.na@example.cn' }],
    },
    financials: {
      basePeriodEnd: '2025-12-31',
      currency: 'CNY',
      totalAssets: '180000000.00',
      effectiveAssets: '150000000.00',
      totalLiabilities: '90000000.00',
      currentAssets: '70000000.00',
      currentLiabilities: '45000000.00',
      revenue: '260000000.00',
      netProfit: '15600000.00',
      operatingCashFlow: '18200000.00',
      existingFinancing: '40000000.00',
    },
    guarantees: [{ kind: 'collateral', owner: '华东精密机械有限公司', collateralType: 'real_estate', appraisedValue: '12000000.00', pledgeRatio: '0.6' }],
    request: { amount: '20000000.00', currency: 'CNY', termDays: 90, purpose: 'Working capital for Q1 orders', settlementMethod: 'bank_acceptance_bill' },
    impression: { notes: 'Pays on time.', score: 82 },
    attachments: [],
  };
}
