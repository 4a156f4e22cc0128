import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { setDefaultClient, type CreditKitClient } from '@credit-kit/client';
import { CreditKitElement } from './credit-kit-element.js';
import { defineElement } from './define-element.js';
import type { CkLoadErrorEvent } from './events.js';

/** A minimal widget: loads a customer's name through the client. */
class ProbeWidget extends CreditKitElement {
  @property({ attribute: 'customer-id' }) customerId = '';
  name = '';
  loads = 0;
  protected async load(signal: AbortSignal) {
    this.loads++;
    const customer = await this.resolveClient().getCustomer(this.customerId, { signal });
    this.name = customer.name;
  }
  protected needsReload(changed: PropertyValues<this>) {
    return changed.has('customerId');
  }
  protected renderReady() {
    return litHtml`<p part="name">${this.name}</p>`;
  }
}
const tag = defineElement('probe-widget', ProbeWidget, 'test');

function fakeClient(answers: Array<() => Promise<unknown>>): CreditKitClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getCustomer: (id: string) => {
      calls.push(id);
      const next = answers.shift();
      if (!next) throw new Error('no scripted answer');
      return next();
    },
  } as unknown as CreditKitClient & { calls: string[] };
}

const networkError = () => Promise.reject(Object.assign(new Error('fetch failed'), { name: 'NetworkError', endpoint: 'GET /customers/{id}' }));
const customer = (name: string) => () => Promise.resolve({ id: 'C1', name });

describe('CreditKitElement (the widget foundation)', () => {
  afterEach(() => setDefaultClient(undefined));

  it('shows a skeleton while loading, then its content, and fires ck-ready', async () => {
    let release!: () => void;
    const client = fakeClient([() => new Promise((r) => (release = () => r({ id: 'C1', name: '华东精密' })))]);
    const el = await fixture<ProbeWidget>(`<${tag} customer-id="C1"></${tag}>`);
    // No client yet: configured below, so the first load failed with a configuration error.
    expect(el.shadowRoot!.querySelector('[part=error-message]')!.textContent).to.equal('No Credit Kit backend is configured for this page.');
    el.client = client;
    await el.updateComplete;
    expect(el.loading).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=skeleton]')).to.exist;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Loading…');
    const ready = oneEvent(el, 'ck-ready');
    release();
    await ready;
    expect(el.ready).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('华东精密');
    expect(client.calls).to.deep.equal(['C1']);
  });

  it('shows the error in words with Retry, fires ck-load-error, and recovers on Retry', async () => {
    const client = fakeClient([networkError, customer('Shenzhen Lianhe')]);
    setDefaultClient(client);
    const el = document.createElement(tag) as ProbeWidget;
    el.customerId = 'C1';
    const failed = oneEvent(el, 'ck-load-error') as Promise<CkLoadErrorEvent>;
    document.body.append(el);
    const event = await failed;
    expect(event.detail.message).to.equal('The server could not be reached. Check the connection and try again.');
    expect((event.detail.error as Error).name).to.equal('NetworkError');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part=error]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.querySelector('details')!.textContent).to.include('GET /customers/{id}');
    const ready = oneEvent(el, 'ck-ready');
    (el.shadowRoot!.querySelector('[part=retry-button]') as HTMLButtonElement).click();
    await ready;
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Shenzhen Lianhe');
    el.remove();
  });

  it('reloads when its data property changes, and ignores a superseded answer', async () => {
    let releaseFirst!: () => void;
    const client = fakeClient([
      () => new Promise((r) => (releaseFirst = () => r({ id: 'C1', name: 'stale' }))),
      customer('fresh'),
    ]);
    const el = await fixture<ProbeWidget>(html`<test-probe-widget .client=${client} customer-id="C1"></test-probe-widget>`);
    el.customerId = 'C2';
    await waitUntil(() => el.ready, 'second load finishes');
    releaseFirst();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('fresh');
    expect(client.calls).to.deep.equal(['C1', 'C2']);
  });

  it('speaks the reader\'s language and follows <html lang> at runtime', async () => {
    setDefaultClient(fakeClient([networkError]));
    const el = await fixture<ProbeWidget>(html`<test-probe-widget customer-id="C1"></test-probe-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=retry-button]'));
    expect(el.shadowRoot!.querySelector('[part=retry-button]')!.textContent).to.equal('Retry');
    document.documentElement.lang = 'zh-CN';
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[part=retry-button]')!.textContent === '重试', 'switches to Chinese');
      expect(el.shadowRoot!.querySelector('[part=error-message]')!.textContent).to.equal('无法连接服务器，请检查网络后重试。');
      el.lang = 'en';
      await waitUntil(() => el.shadowRoot!.querySelector('[part=retry-button]')!.textContent === 'Retry', 'element lang wins');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('uses data and a client set right after insertion, in the same task (React, Angular, script tags)', async () => {
    const client = fakeClient([customer('同一任务')]);
    const el = document.createElement(tag) as ProbeWidget;
    document.body.append(el);
    el.client = client;
    el.customerId = 'C9';
    await waitUntil(() => el.ready, 'loads with what was set after append');
    expect(client.calls).to.deep.equal(['C9']);
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('同一任务');
    el.remove();
  });

  it('uses a page-wide client configured after the element was registered and inserted, before the next task', async () => {
    const el = document.createElement(tag) as ProbeWidget;
    el.customerId = 'C3';
    document.body.append(el);
    const client = fakeClient([customer('configured late')]);
    setDefaultClient(client);
    await waitUntil(() => el.ready, 'loads with the late page client');
    expect(client.calls).to.deep.equal(['C3']);
    el.remove();
  });

  it('is accessible in its error state', async () => {
    setDefaultClient(fakeClient([networkError]));
    const el = await fixture<ProbeWidget>(html`<test-probe-widget customer-id="C1"></test-probe-widget>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'));
    await expect(el).to.be.accessible();
  });
});

describe('defineElement', () => {
  it('is harmless when called twice and lets another prefix coexist', () => {
    expect(defineElement('probe-widget', ProbeWidget, 'test')).to.equal('test-probe-widget');
    const other = defineElement('probe-widget', ProbeWidget, 'acme');
    expect(other).to.equal('acme-probe-widget');
    const a = document.createElement('test-probe-widget');
    const b = document.createElement('acme-probe-widget');
    expect(a).to.be.instanceOf(ProbeWidget);
    expect(b).to.be.instanceOf(ProbeWidget);
    expect(customElements.get('acme-probe-widget')).to.not.equal(customElements.get('test-probe-widget'));
    expect(() => defineElement('probe-widget', ProbeWidget, 'Bad Prefix')).to.throw(TypeError);
  });
});
