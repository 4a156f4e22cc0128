import { expect, html, waitUntil } from '@open-wc/testing';
import { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { loadPopover } from './popover/load-popover.js';
import type { PopoverPart } from './popover/popover-part.js';
import { AS_OF, badgeButton, mount, popoverOf, signal, unmountAll, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

/** A badge whose popover code fails to load while `failing` is true (a network failure), then loads. */
class FlakyPopoverBadge extends CkWarningBadge {
  static failing = true;
  static loads = 0;
  protected override loadPopoverPart(): Promise<PopoverPart> {
    FlakyPopoverBadge.loads++;
    return FlakyPopoverBadge.failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : super.loadPopoverPart();
  }
}
customElements.define('flaky-popover-badge', FlakyPopoverBadge);

const redStatus = () => warningStatus('C001', [signal('bankruptcy', 'severe', { raisedOn: '2026-11-01' })]);

describe('<ck-warning-badge> popover code loaded on first open', () => {
  afterEach(() => unmountAll());

  it('says beside the badge when the popover cannot load, and opens on the next try', async () => {
    FlakyPopoverBadge.failing = true;
    FlakyPopoverBadge.loads = 0;
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

    FlakyPopoverBadge.failing = false;
    badgeButton(el).click();
    await waitUntil(() => popoverOf(el) !== null, 'opens on the next try');
    expect(el.isOpen).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=popover-error]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=signal]')!.getAttribute('data-code')).to.equal('bankruptcy');
    expect(FlakyPopoverBadge.loads).to.equal(2);
  });

  it('says the failure in the reader\'s language', async () => {
    FlakyPopoverBadge.failing = true;
    const wrapper = mount(html`<flaky-popover-badge lang="zh-CN" as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>`);
    const el = wrapper.querySelector('flaky-popover-badge') as CkWarningBadge;
    await waitUntil(() => el.ready && el.shadowRoot!.querySelector('[part=badge]')?.textContent?.includes('红色'));
    await el.open();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=popover-error]') !== null);
    expect(el.shadowRoot!.querySelector('[part=popover-error]')!.textContent).to.equal('详情加载失败，请再次点击徽标重试。');
  });

  it('asks for the popover code only when opened, once per badge; the page loads it once', async () => {
    FlakyPopoverBadge.failing = false;
    FlakyPopoverBadge.loads = 0;
    const wrapper = mount(html`<flaky-popover-badge as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>
      <flaky-popover-badge as-of=${AS_OF} .warningStatus=${redStatus()}></flaky-popover-badge>`);
    const [first, second] = [...wrapper.querySelectorAll('flaky-popover-badge')] as CkWarningBadge[];
    await waitUntil(() => first!.ready && second!.ready);
    expect(FlakyPopoverBadge.loads).to.equal(0);
    await first!.open();
    first!.close();
    await first!.open();
    expect(FlakyPopoverBadge.loads).to.equal(1);
    await second!.open();
    expect(popoverOf(second!)).to.not.equal(null);
    expect(FlakyPopoverBadge.loads).to.equal(2);
    expect(await loadPopover()).to.equal(await loadPopover());
  });
});
