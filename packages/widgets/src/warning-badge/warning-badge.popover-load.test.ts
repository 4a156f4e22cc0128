import { expect, html, waitUntil } from '@open-wc/testing';
import { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { loadPopover } from './popover/load-popover.js';
import type { PopoverPart } from './popover/popover-part.js';
import { flakyImport } from '../test-support/flaky-import.js';
import { AS_OF, badgeButton, mount, popoverOf, signal, unmountAll, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

const popoverImport = flakyImport();
/** A badge whose popover code fails to load while `popoverImport.failing` is true (a network failure), then loads. */
class FlakyPopoverBadge extends CkWarningBadge {
  protected override loadPopoverPart(): Promise<PopoverPart> {
    return popoverImport.through(() => super.loadPopoverPart());
  }
}
customElements.define('flaky-popover-badge', FlakyPopoverBadge);

const redStatus = () => warningStatus('C001', [signal('bankruptcy', 'severe', { raisedOn: '2026-11-01' })]);

describe('<ck-warning-badge> popover code loaded on first open', () => {
  afterEach(() => unmountAll());

  it('says beside the badge when the popover cannot load, and opens on the next try', async () => {
    popoverImport.failing = true;
    popoverImport.loads = 0;
    const wrapper = mount(html`<flaky-popover-badge as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>`);
    const el = wrapper.querySelector('flaky-popover-badge') as CkWarningBadge;
    await waitUntil(() => el.ready);

    badgeButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=popover-error]') !== null, 'the failure is shown');
    const note = el.shadowRoot!.querySelector('[part=popover-error]')!;
    expect(note.getAttribute('role')).to.equal('alert');
    expect(note.textContent).to.equal('The details could not be loaded. Select the badge to try again.');
    expect(popoverOf(el)).to.equal(null);
    expect(el.isOpen).to.equal(false);
    expect(badgeButton(el).getAttribute('aria-expanded')).to.equal('false');

    popoverImport.failing = false;
    badgeButton(el).click();
    await waitUntil(() => popoverOf(el) !== null, 'opens on the next try');
    expect(el.isOpen).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=popover-error]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=signal]')!.getAttribute('data-code')).to.equal('bankruptcy');
    expect(popoverImport.loads).to.equal(2);
  });

  it('says the failure in the reader\'s language', async () => {
    popoverImport.failing = true;
    const wrapper = mount(html`<flaky-popover-badge lang="zh-CN" as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>`);
    const el = wrapper.querySelector('flaky-popover-badge') as CkWarningBadge;
    await waitUntil(() => el.ready && el.shadowRoot!.querySelector('[part=badge]')?.textContent?.includes('红色'));
    await el.open();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=popover-error]') !== null);
    expect(el.shadowRoot!.querySelector('[part=popover-error]')!.textContent).to.equal('详情加载失败，请再次点击徽标重试。');
  });

  it('asks for the popover code only when opened, once per badge; the page loads it once', async () => {
    popoverImport.failing = false;
    popoverImport.loads = 0;
    const wrapper = mount(html`<flaky-popover-badge as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>
      <flaky-popover-badge as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>`);
    const [first, second] = [...wrapper.querySelectorAll('flaky-popover-badge')] as CkWarningBadge[];
    await waitUntil(() => first!.ready && second!.ready);
    expect(popoverImport.loads).to.equal(0);
    await first!.open();
    first!.close();
    await first!.open();
    expect(popoverImport.loads).to.equal(1);
    await second!.open();
    expect(popoverOf(second!)).to.not.equal(null);
    expect(popoverImport.loads).to.equal(2);
    expect(await loadPopover()).to.equal(await loadPopover());
  });
});
