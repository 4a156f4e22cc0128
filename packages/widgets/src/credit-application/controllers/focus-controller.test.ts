import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { byId, byPart, FocusController, firstOf } from './focus-controller.js';

/** Shows one of two panels; the second only exists once `second` is set. */
class TwoPanels extends LitElement {
  @state() second = false;
  readonly focusing = new FocusController(this);

  protected override render() {
    return this.second
      ? html`<h2 id="second" tabindex="-1">Second</h2><button part="go">Go</button>`
      : html`<h2 id="first" tabindex="-1">First</h2>`;
  }
}
customElements.define('ck-test-two-panels', TwoPanels);

async function mount(): Promise<TwoPanels> {
  const el = document.createElement('ck-test-two-panels') as TwoPanels;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('FocusController', () => {
  let el: TwoPanels;
  afterEach(() => el.remove());

  it('focuses what the next update renders, and resolves once it has', async () => {
    el = await mount();
    el.second = true;
    // Not there yet: only the update that is asked for renders it.
    expect(el.shadowRoot!.getElementById('second')).to.equal(null);
    await el.focusing.focus(byId('second'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('second');
  });

  it('lets the last request before an update win, and settles every one', async () => {
    el = await mount();
    el.second = true;
    const first = el.focusing.focus(byId('second'));
    const last = el.focusing.focus(byPart('go'));
    await Promise.all([first, last]);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('go');
  });

  it('asks for an update itself, and leaves focus alone when the target finds nothing', async () => {
    el = await mount();
    await el.focusing.focus(byId('first'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('first');
    await el.focusing.focus(byId('missing'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('first');
    el.second = true;
    await el.focusing.focus(firstOf(byId('missing'), byPart('go')));
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('go');
  });
});
