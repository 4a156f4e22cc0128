import { expect, fixture } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CreditKitElement } from './credit-kit-element.js';
import { defineElement } from './define-element.js';

/** A widget with data at hand (no client): it renders `inner` in its shadow root. */
class Leaf extends CreditKitElement {
  protected async load() {}
  protected needsReload() {
    return false;
  }
  protected renderReady() {
    return litHtml`<p part="text">leaf</p>`;
  }
}
const leaf = defineElement('theme-leaf', Leaf, 'test');

/** A widget rendering another (as the review renders the calculator, the table its badges), with no theme of its own given. */
class Parent extends CreditKitElement {
  protected async load() {}
  protected needsReload() {
    return false;
  }
  protected renderReady() {
    return staticHtml`<div class="wrap"><${unsafeStatic(leaf)}></${unsafeStatic(leaf)}></div>`;
  }
}
const parent = defineElement('theme-parent', Parent, 'test');

/** A widget rendering a parent: the grandchild is two shadow roots down. */
class Grand extends CreditKitElement {
  protected async load() {}
  protected needsReload() {
    return false;
  }
  protected renderReady() {
    return staticHtml`<${unsafeStatic(parent)}></${unsafeStatic(parent)}>`;
  }
}
const grand = defineElement('theme-grand', Grand, 'test');

async function ready<T extends CreditKitElement>(el: T): Promise<T> {
  await el.reload();
  await el.updateComplete;
  return el;
}
const child = (el: Element, tag: string) => el.shadowRoot!.querySelector<CreditKitElement>(tag)!;

/** The surface colour the child's styles resolve to: proves the dark tokens apply, not just the attribute. */
const surface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part=text]') ?? el).getPropertyValue('--_ck-surface').trim();

describe('Theme inheritance (issue 14 item 3: rendered children take the parent\'s theme)', () => {
  it('a rendered child without a theme of its own takes its parent\'s, and follows it', async () => {
    const el = await ready(await fixture<Parent>(`<${parent} theme="dark"></${parent}>`));
    const inner = await ready(child(el, leaf));
    expect(inner.theme).to.equal('dark');
    expect(inner.getAttribute('theme'), 'reflected, so the styles apply').to.equal('dark');
    expect(surface(inner)).to.equal(surface(el));

    el.theme = 'light';
    await el.updateComplete;
    await inner.updateComplete;
    expect(inner.theme).to.equal('light');
    expect(inner.getAttribute('theme')).to.equal('light');

    el.setAttribute('theme', 'auto');
    await el.updateComplete;
    await inner.updateComplete;
    expect(inner.getAttribute('theme')).to.equal('auto');
  });

  it('a theme of its own wins, and removing it brings back the inherited one', async () => {
    const el = await ready(await fixture<Parent>(`<${parent} theme="dark"></${parent}>`));
    const inner = await ready(child(el, leaf));
    inner.theme = 'light';
    await inner.updateComplete;
    el.theme = 'auto';
    await el.updateComplete;
    await inner.updateComplete;
    expect(inner.theme, 'its own').to.equal('light');
    inner.removeAttribute('theme');
    await inner.updateComplete;
    expect(inner.theme).to.equal('auto');
    expect(inner.getAttribute('theme')).to.equal('auto');
  });

  it('passes through every level, across shadow roots', async () => {
    const el = await ready(await fixture<Grand>(`<${grand} theme="dark"></${grand}>`));
    const middle = await ready(child(el, parent));
    const inner = await ready(child(middle, leaf));
    expect([middle.theme, inner.theme]).to.deep.equal(['dark', 'dark']);
    el.theme = 'light';
    await el.updateComplete;
    await middle.updateComplete;
    await inner.updateComplete;
    expect([middle.getAttribute('theme'), inner.getAttribute('theme')]).to.deep.equal(['light', 'light']);
  });

  it('a widget on its own is light, as before, and a page element in between changes nothing', async () => {
    const alone = await ready(await fixture<Leaf>(`<${leaf}></${leaf}>`));
    expect(alone.theme).to.equal('light');
    expect(alone.getAttribute('theme')).to.equal('light');
    // Slotted in a page's own markup inside a dark widget's light DOM: the nearest widget decides.
    // A plain wrapper, not `fixture` (which waits for an animation frame a hidden tab never gives).
    const wrapper = document.body.appendChild(document.createElement('div'));
    const outer = document.createElement(parent) as Parent;
    outer.theme = 'dark';
    wrapper.append(outer);
    const section = document.createElement('section');
    const nested = document.createElement(leaf) as Leaf;
    section.append(nested);
    outer.append(section);
    await ready(outer);
    await ready(nested);
    expect(nested.theme).to.equal('dark');
    wrapper.remove();
  });
});
