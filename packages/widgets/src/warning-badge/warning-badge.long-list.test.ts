import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CONTRACT_LIMITS, type WarningSignalWire } from '@credit-kit/core';
import type { CkWarningBadge } from './warning-badge.component.js';
import { SIGNAL_PAGE_SIZE } from './popover/signal-pages.js';
import { defineWarningBadge } from './warning-badge.js';
import { AS_OF, popoverOf, signal, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

/** `count` active ordinary signals and `released` released ones, each its own host code (signals sharing a code count once), numbered in their notes. */
function manySignals(count: number, released = 0): WarningSignalWire[] {
  const active = Array.from({ length: count }, (_, i) => signal(`host-active-${i + 1}`, 'ordinary', { note: `active ${i + 1}` }));
  const done = Array.from({ length: released }, (_, i) => signal(`host-released-${i + 1}`, 'ordinary', { note: `released ${i + 1}`, releasedOn: '2026-11-10' }));
  return [...active, ...done];
}

async function openBadge(signals: WarningSignalWire[], lang = 'en'): Promise<CkWarningBadge> {
  const el = await fixture<CkWarningBadge>(html`<ck-warning-badge lang=${lang} as-of=${AS_OF} .warningStatus=${warningStatus('C1', signals)}></ck-warning-badge>`);
  await waitUntil(() => el.ready || el.error !== undefined, 'the badge shows its status', { timeout: 10_000 });
  expect(el.error, String(el.error)).to.equal(undefined);
  await el.open();
  return el;
}

const rows = (el: CkWarningBadge, list: string) => popoverOf(el)!.querySelectorAll(`${list} > li[part=signal]`).length;
const showMore = (el: CkWarningBadge, list: 'active' | 'released') => popoverOf(el)!.querySelector<HTMLButtonElement>(`[part=show-more][data-list=${list}]`);

describe('<ck-warning-badge> with many signals (issue 16 §2)', () => {
  it('renders the first 50 of the most signals the contract allows, and the rest in steps of 50 on request', async () => {
    const max = CONTRACT_LIMITS.warningSignals;
    expect(max).to.equal(500);
    const el = await openBadge(manySignals(max));
    expect(SIGNAL_PAGE_SIZE).to.equal(50);
    expect(rows(el, '[part=signal-list]')).to.equal(50);
    expect(showMore(el, 'active')!.textContent!.trim()).to.equal('Show 50 more (450 not shown)');
    const notes = () => [...popoverOf(el)!.querySelectorAll('[part=signal-list] .signal-note')].map((n) => n.textContent);
    const first = notes();
    showMore(el, 'active')!.click();
    await el.updateComplete;
    expect(rows(el, '[part=signal-list]')).to.equal(100);
    // The first 50 stay where they were; 50 others follow.
    expect(notes().slice(0, 50)).to.deep.equal(first);
    expect(new Set(notes()).size).to.equal(100);
  });

  it('shows what is left in the last step, then no button; released signals are paged alike', async () => {
    const el = await openBadge(manySignals(120, 70), 'zh-CN');
    expect(showMore(el, 'active')!.textContent!.trim()).to.equal('再显示 50 条（还有 70 条未显示）');
    showMore(el, 'active')!.click();
    await el.updateComplete;
    expect(showMore(el, 'active')!.textContent!.trim()).to.equal('再显示 20 条（还有 20 条未显示）');
    showMore(el, 'active')!.click();
    await el.updateComplete;
    expect(rows(el, '[part=signal-list]')).to.equal(120);
    expect(showMore(el, 'active')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(popoverOf(el));
    expect(rows(el, '[part=released-list] ul')).to.equal(50);
    expect(showMore(el, 'released')).to.exist;
  });

  it('renders a short list whole, without a button', async () => {
    const el = await openBadge(manySignals(50, 3));
    expect(rows(el, '[part=signal-list]')).to.equal(50);
    expect(rows(el, '[part=released-list] ul')).to.equal(3);
    expect(popoverOf(el)!.querySelector('[part=show-more]')).to.equal(null);
  });
});
