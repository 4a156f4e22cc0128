import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { css, html, LitElement, nothing } from 'lit';
import { LazyPart, type LoadedPart } from './lazy-part.js';

interface NotePart extends LoadedPart {
  render(text: string): ReturnType<typeof html>;
}

/** A deferred load the test settles by hand. */
function deferred() {
  let settle!: { resolve(part: NotePart): void; reject(error: Error): void };
  const promise = new Promise<NotePart>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const notePart: NotePart = { render: (text) => html`<p class="note">${text}</p>`, styles: css`.note { display: flex; }` };

class LazyPartElement extends LitElement {
  static override styles = css`:host { display: block; }`;
  loads: ReturnType<typeof deferred>[] = [];
  readonly lazy = new LazyPart<NotePart>(
    this,
    () => {
      const load = deferred();
      this.loads.push(load);
      return load.promise;
    },
    () => (this.constructor as typeof LitElement).elementStyles,
  );
  show = false;
  protected override getUpdateComplete(): Promise<boolean> {
    return this.lazy.completeAfter(() => super.getUpdateComplete());
  }
  protected override render() {
    if (!this.show) return nothing;
    const part = this.lazy.request();
    if (part) return part.render('loaded');
    return this.lazy.failed ? html`<button class="retry" @click=${() => this.lazy.retry()}>retry</button>` : html`<span class="waiting"></span>`;
  }
}
customElements.define('lazy-part-element', LazyPartElement);

const q = (el: LazyPartElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('LazyPart', () => {
  it('loads nothing until asked, then renders the part when it arrives, with its styles', async () => {
    const el = await fixture<LazyPartElement>(testHtml`<lazy-part-element></lazy-part-element>`);
    expect(el.loads.length).to.equal(0);
    el.show = true;
    el.requestUpdate();
    await waitUntil(() => el.loads.length === 1);
    expect(q(el, '.waiting')).to.not.equal(null);
    const complete = el.updateComplete;
    el.loads[0]!.resolve(notePart);
    await complete; // updateComplete waited for the part and the render after it
    expect(q(el, '.note')!.textContent).to.equal('loaded');
    expect(getComputedStyle(q(el, '.note')!).display).to.equal('flex');
    expect(getComputedStyle(el).display, "the element's own styles kept").to.equal('block');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads.length, 'loaded once').to.equal(1);
  });

  it('after a failure renders the failed state without loading again, until retry()', async () => {
    const el = await fixture<LazyPartElement>(testHtml`<lazy-part-element></lazy-part-element>`);
    el.show = true;
    el.requestUpdate();
    await waitUntil(() => el.loads.length === 1);
    el.loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(el.lazy.failed).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.loads.length, 'no load on every render').to.equal(1);
    q(el, '.retry')!.click();
    await waitUntil(() => el.loads.length === 2);
    expect(el.lazy.failed, 'not failed while loading again').to.equal(false);
    el.loads[1]!.resolve(notePart);
    await el.updateComplete;
    expect(q(el, '.note')).to.not.equal(null);
  });

  it('load() gives the part, or undefined when it cannot load, and tries again after a failure', async () => {
    const el = await fixture<LazyPartElement>(testHtml`<lazy-part-element></lazy-part-element>`);
    const first = el.lazy.load();
    el.loads[0]!.reject(new Error('offline'));
    expect(await first).to.equal(undefined);
    expect(el.lazy.failed).to.equal(true);
    const second = el.lazy.load();
    expect(el.loads.length).to.equal(2);
    el.loads[1]!.resolve(notePart);
    expect(await second).to.equal(notePart);
    expect(el.lazy.part).to.equal(notePart);
  });
});
