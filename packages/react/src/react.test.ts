import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createClient, setDefaultClient } from '@credit-kit/client';
import { createMockFetch, type MockFetch } from '@credit-kit/mock';
import type { CreditApplication as Application, WarningStatus } from '@credit-kit/core';
import {
  AgingTable,
  CreditApplication,
  LimitCalculator,
  WarningBadge,
  type CkAgingLoadedEvent,
  type CkApplicationSubmittedEvent,
  type CkLimitChangeEvent,
  type CkReadyEvent,
  type CkWarningChangeEvent,
} from './index.js';
import {
  CkApplicationSubmittedEvent as ApplicationSubmitted,
  CkRowToggleEvent as RowToggle,
  CkWarningChangeEvent as WarningChange,
} from '@credit-kit/widgets';

/** A CNY customer of the mock's seed 1, established long ago (the widgets' own suites use it too). */
const CUSTOMER_ID = 'C004';
const OTHER_CUSTOMER_ID = 'C005';
const AS_OF = '2026-11-25';

let mockFetch: MockFetch;
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  mockFetch = createMockFetch({ seed: 1, receivables: 200 });
  setDefaultClient(createClient({ baseUrl: '/api/credit/v1', fetch: mockFetch, retry: { baseDelayMs: 1 } }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
  setDefaultClient(undefined);
});

/** Renders `element` into the React root and returns the custom element it produced. */
function render<E extends HTMLElement>(element: React.ReactElement, tag: string): E {
  flushSync(() => root.render(element));
  const el = container.querySelector<E>(tag);
  expect(el, `<${tag}> rendered by React`).to.exist;
  return el!;
}

const shadowText = (el: HTMLElement) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const seededCustomer = (id: string) => mockFetch.backend.dataset.customerById.get(id)!.customer;

describe('@credit-kit/react', () => {
  it('registers the four elements on import', () => {
    for (const tag of ['ck-credit-application', 'ck-limit-calculator', 'ck-warning-badge', 'ck-aging-table']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  describe('LimitCalculator', () => {
    it('passes props as properties and attributes, renders the mock customer, and calls onCkReady', async () => {
      const ready: CkReadyEvent[] = [];
      const el = render<HTMLElement & { customerId?: string; unit: string; asOf?: string }>(
        React.createElement(LimitCalculator, { customerId: CUSTOMER_ID, unit: 'wan', asOf: AS_OF, id: 'calc', onCkReady: (e) => ready.push(e) }),
        'ck-limit-calculator',
      );
      expect(el.customerId).to.equal(CUSTOMER_ID);
      expect(el.asOf).to.equal(AS_OF);
      expect(el.id).to.equal('calc');
      await waitUntil(() => ready.length === 1, 'onCkReady was called');
      // `unit` reflects to its attribute, so the property reached the element as a property.
      expect(el.getAttribute('unit')).to.equal('wan');
      expect(shadowText(el)).to.include(seededCustomer(CUSTOMER_ID).name);
    });

    it('calls onCkLimitChange with the typed event when the user edits a what-if value', async () => {
      const changes: CkLimitChangeEvent[] = [];
      let ready = false;
      const el = render<HTMLElement>(
        React.createElement(LimitCalculator, {
          customerId: CUSTOMER_ID,
          asOf: AS_OF,
          onCkReady: () => (ready = true),
          onCkLimitChange: (e) => changes.push(e),
        }),
        'ck-limit-calculator',
      );
      await waitUntil(() => ready, 'calculator ready');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#field-effectiveAssets')!;
      input.value = '123';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => changes.length > 0, 'onCkLimitChange was called');
      expect(changes.at(-1)!.type).to.equal('ck-limit-change');
      expect(changes.at(-1)!.detail.input.effectiveAssets).to.equal('123');
    });

    it('moves to another customer when the prop changes, and stops calling a removed callback', async () => {
      let readyCount = 0;
      const onCkReady = () => readyCount++;
      const el = render<HTMLElement & { customerId?: string }>(
        React.createElement(LimitCalculator, { customerId: CUSTOMER_ID, asOf: AS_OF, onCkReady }),
        'ck-limit-calculator',
      );
      await waitUntil(() => readyCount === 1, 'first customer ready');
      render(React.createElement(LimitCalculator, { customerId: OTHER_CUSTOMER_ID, asOf: AS_OF, onCkReady }), 'ck-limit-calculator');
      expect(el.customerId).to.equal(OTHER_CUSTOMER_ID);
      await waitUntil(() => readyCount === 2, 'second customer ready');
      expect(shadowText(el)).to.include(seededCustomer(OTHER_CUSTOMER_ID).name);

      render(React.createElement(LimitCalculator, { customerId: OTHER_CUSTOMER_ID, asOf: AS_OF }), 'ck-limit-calculator');
      el.dispatchEvent(new Event('ck-ready'));
      expect(readyCount).to.equal(2);
    });
  });

  describe('WarningBadge', () => {
    it('loads the mock status for customerId, shows it, and calls onCkWarningChange', async () => {
      const changes: CkWarningChangeEvent[] = [];
      let ready = false;
      const el = render<HTMLElement & { customerId: string; variant: string; level?: string }>(
        React.createElement(WarningBadge, {
          customerId: CUSTOMER_ID,
          variant: 'full',
          asOf: AS_OF,
          onCkReady: () => (ready = true),
          onCkWarningChange: (e) => changes.push(e),
        }),
        'ck-warning-badge',
      );
      expect(el.customerId).to.equal(CUSTOMER_ID);
      expect(el.variant).to.equal('full');
      await waitUntil(() => ready, 'badge ready');
      expect(['none', 'yellow', 'orange', 'red']).to.include(el.level);
      expect(el.shadowRoot!.querySelector('[part~=badge]'), 'the badge button').to.exist;

      const status = { customerId: CUSTOMER_ID, level: 'red', signals: [] } as unknown as WarningStatus;
      const event = new WarningChange({ customerId: CUSTOMER_ID, level: 'red', previousLevel: 'none', status });
      el.dispatchEvent(event);
      expect(changes).to.deep.equal([event]);
      expect(changes[0]!.detail.level).to.equal('red');
    });
  });

  describe('CreditApplication', () => {
    const draftKey = `react-wrapper-test-${Math.random().toString(36).slice(2)}`;
    after(() => {
      for (const key of Object.keys(localStorage)) if (key.includes(draftKey)) localStorage.removeItem(key);
    });

    it('prefills from the mock customer and calls onCkApplicationSubmitted', async () => {
      const submitted: CkApplicationSubmittedEvent[] = [];
      let ready = false;
      const el = render<HTMLElement & { customerId?: string; draftKey?: string }>(
        React.createElement(CreditApplication, {
          customerId: CUSTOMER_ID,
          draftKey,
          lang: 'en',
          onCkReady: () => (ready = true),
          onCkApplicationSubmitted: (e) => submitted.push(e),
        }),
        'ck-credit-application',
      );
      expect(el.customerId).to.equal(CUSTOMER_ID);
      expect(el.draftKey).to.equal(draftKey);
      await waitUntil(() => ready, 'form ready');
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('#ck-field-applicant-name');
      expect(name?.value).to.equal(seededCustomer(CUSTOMER_ID).name);

      const application = { number: 'CA-TEST-1', status: 'submitted' } as unknown as Application;
      el.dispatchEvent(new ApplicationSubmitted(application));
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.detail.application).to.equal(application);
    });
  });

  describe('AgingTable', () => {
    it('ages the mock receivables, calls onCkAgingLoaded with the counts, and onCkRowToggle', async () => {
      const loaded: CkAgingLoadedEvent[] = [];
      const toggles: string[] = [];
      const el = render<HTMLElement & { noWorker: boolean; pageSize: number; asOf: string }>(
        React.createElement(AgingTable, {
          asOf: AS_OF,
          noWorker: true,
          pageSize: 50,
          onCkAgingLoaded: (e) => loaded.push(e),
          onCkRowToggle: (e) => toggles.push(e.detail.customerId),
        }),
        'ck-aging-table',
      );
      expect(el.noWorker).to.equal(true);
      expect(el.pageSize).to.equal(50);
      expect(el.asOf).to.equal(AS_OF);
      await waitUntil(() => loaded.length > 0, 'onCkAgingLoaded was called', { timeout: 15_000 });
      const detail = loaded[0]!.detail;
      expect(detail.asOf).to.equal(AS_OF);
      expect(detail.customers).to.be.greaterThan(0);
      // Pages of 50 items: 200 receivables took at least 4 requests for open items.
      const itemRequests = mockFetch.backend.state.requests.filter((r) => r.route === 'GET /receivables');
      expect(itemRequests.length).to.be.at.least(4);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~=row]').length > 0, 'customer rows rendered');

      el.dispatchEvent(new RowToggle({ customerId: 'C001', currency: 'CNY', expanded: true }));
      expect(toggles).to.deep.equal(['C001']);
    });
  });
});
