import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { setDefaultClient, type CreditKitClient } from '@credit-kit/client';
import { ClientLookup } from './client-lookup.js';
import { defineElement } from './define-element.js';
import { dependencyTag } from './dependencies.js';
import { CkLoadErrorEvent } from './events.js';
import { importOnce, LoadController } from './load-controller.js';

/** A deferred answer the test releases by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Loads `name` for `customerId` through a scripted task; owns a second, quiet load. */
class LoadProbe extends LitElement {
  @property() customerId = 'C1';
  runs: { args: readonly unknown[]; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> }[] = [];
  readonly name = new LoadController(this, {
    args: () => [this.customerId] as const,
    task: ([id], signal) => {
      const answer = deferred<string>();
      this.runs.push({ args: [id], signal, answer });
      return answer.promise;
    },
    announce: { describe: (error) => `failed: ${(error as Error).message}` },
  });
  readonly detail = new LoadController(this, { task: async () => 'detail', autoRun: false });
  override render() {
    return this.name.render({ loading: () => html`<p>loading</p>`, ready: (name) => html`<p>${name}</p>`, error: () => html`<p>error</p>` });
  }
}
const tag = defineElement('load-probe', LoadProbe, 'test');

describe('LoadController (a task-like load)', () => {
  it('runs on the first update, renders by status, and taskComplete settles once drawn, with ck-ready', async () => {
    const el = await fixture<LoadProbe>(`<${tag}></${tag}>`);
    expect(el.name.status).to.equal('loading');
    expect(el.shadowRoot!.textContent).to.contain('loading');
    expect(el.runs.map((r) => r.args)).to.deep.equal([['C1']]);
    const ready = oneEvent(el, 'ck-ready');
    el.runs[0]!.answer.resolve('华东精密');
    expect(await el.name.taskComplete).to.equal('华东精密');
    expect(el.shadowRoot!.textContent).to.contain('华东精密');
    await ready;
  });

  it('a new argument aborts the running load; its late answer is never shown', async () => {
    const el = await fixture<LoadProbe>(`<${tag}></${tag}>`);
    el.customerId = 'C2';
    await el.updateComplete;
    expect(el.runs.map((r) => r.args)).to.deep.equal([['C1'], ['C2']]);
    expect(el.runs[0]!.signal.aborted).to.equal(true);
    expect(el.runs[1]!.signal.aborted).to.equal(false);
    const complete = el.name.taskComplete;
    el.runs[0]!.answer.resolve('stale');
    el.runs[1]!.answer.resolve('fresh');
    expect(await complete).to.equal('fresh');
    expect(el.shadowRoot!.textContent).to.contain('fresh');
    expect(el.shadowRoot!.textContent).to.not.contain('stale');
  });

  it('a failure shows the error, fires ck-load-error with the described message, and retry runs again with the same arguments', async () => {
    const el = await fixture<LoadProbe>(`<${tag}></${tag}>`);
    const failed = oneEvent(el, 'ck-load-error') as Promise<CkLoadErrorEvent>;
    el.runs[0]!.answer.reject(new Error('offline'));
    const event = await failed;
    expect(event.detail.message).to.equal('failed: offline');
    expect(el.name.status).to.equal('error');
    expect((el.name.error as Error).message).to.equal('offline');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('error');
    void el.name.retry();
    expect(el.runs.map((r) => r.args)).to.deep.equal([['C1'], ['C1']]);
    el.runs[1]!.answer.resolve('back');
    expect(await el.name.taskComplete).to.equal('back');
  });

  it('aborts on disconnect and runs again on reconnect', async () => {
    const el = await fixture<LoadProbe>(`<${tag}></${tag}>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.runs[0]!.signal.aborted).to.equal(true);
    expect(el.name.status).to.equal('idle');
    parent.append(el);
    await el.updateComplete;
    expect(el.runs.length).to.equal(2);
  });

  it('an element may own several: a second one runs only when asked, and does not announce', async () => {
    const el = await fixture<LoadProbe>(`<${tag}></${tag}>`);
    expect(el.detail.status).to.equal('idle');
    let readyEvents = 0;
    el.addEventListener('ck-ready', () => readyEvents++);
    await el.detail.run();
    expect(el.detail.value).to.equal('detail');
    expect(readyEvents).to.equal(0);
  });

  it('the old two-argument CkLoadErrorEvent still works', () => {
    const error = new Error('x');
    expect(new CkLoadErrorEvent(error, 'message').detail).to.deep.equal({ error, message: 'message' });
    expect(new CkLoadErrorEvent({ error, message: 'message' }).detail).to.deep.equal({ error, message: 'message' });
  });
});

describe('ClientLookup', () => {
  afterEach(() => setDefaultClient(undefined));

  it('takes the given client, else one per base URL, else the page-wide one, else none', () => {
    const lookup = new ClientLookup();
    const given = {} as CreditKitClient;
    expect(lookup.find(given, '/api')).to.equal(given);
    const own = lookup.find(undefined, '/api');
    expect(own?.baseUrl).to.equal('/api');
    expect(lookup.find(undefined, '/api')).to.equal(own);
    expect(lookup.find(undefined, '/other')?.baseUrl).to.equal('/other');
    expect(lookup.find(undefined, undefined)).to.equal(undefined);
    const page = {} as CreditKitClient;
    setDefaultClient(page);
    expect(lookup.find(undefined, undefined)).to.equal(page);
  });
});

class DependencyChild extends LitElement {}
class DependentProbe extends LitElement {
  static dependencies = { 'dep-child': DependencyChild };
}

describe('static dependencies', () => {
  it('registers dependencies with the element, under its prefix', () => {
    defineElement('dep-probe', DependentProbe, 'brand');
    expect(customElements.get('brand-dep-child')).to.equal(DependencyChild);
    expect(dependencyTag(document.createElement('brand-dep-probe'), 'dep-child')).to.equal('brand-dep-child');
  });

  it('refuses a dependency the element does not declare', () => {
    defineElement('dep-probe', DependentProbe, 'other');
    expect(() => dependencyTag(document.createElement('other-dep-probe'), 'dep-missing')).to.throw('does not declare a dependency on dep-missing');
  });
});

describe('importOnce', () => {
  it('gives every caller the same load, and forgets a failed one so the next call tries again', async () => {
    let calls = 0;
    let fail = true;
    const load = importOnce(() => {
      calls++;
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(`module ${calls}`);
    });
    const [a, b] = [load(), load()];
    expect(a).to.equal(b);
    let failed: unknown;
    await a.catch((error: unknown) => (failed = error));
    expect((failed as Error).message).to.equal('offline');
    fail = false;
    expect(await load()).to.equal('module 2');
    expect(await load()).to.equal('module 2');
    expect(calls).to.equal(2);
  });
});
