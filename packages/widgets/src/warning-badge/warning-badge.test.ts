import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { WarningLevel, WarningStatus } from '@credit-kit/core';
import { registerMessages, resetMessages } from '../i18n/locale-registry.js';
import type { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { AS_OF, badgeButton, mount, accessibleName, popoverOf, signal, unmountAll, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

const LEVELS: WarningLevel[] = ['none', 'yellow', 'orange', 'red'];
// The words of domain.md §5 (黄色 / 橙色 / 红色 预警), written out here, not read from the code.
const LEVEL_WORDS: Record<'en' | 'zh-CN', Record<WarningLevel, string>> = {
  en: { none: 'No warning', yellow: 'Yellow warning', orange: 'Orange warning', red: 'Red warning' },
  'zh-CN': { none: '无预警', yellow: '黄色预警', orange: '橙色预警', red: '红色预警' },
};

/** A status whose signals match `level` (so the popover has content), with the host's level. */
function statusFor(level: WarningLevel): WarningStatus {
  const signals = {
    none: [],
    yellow: [signal('tax-arrears', 'ordinary')],
    orange: [signal('tax-arrears', 'ordinary'), signal('receivable-overdue', 'ordinary', { amount: '12345.67', raisedOn: '2026-10-03' })],
    red: [signal('bankruptcy', 'severe', { amount: '800000' }), signal('tax-arrears', 'ordinary'), signal('industry-downturn', 'ordinary')],
  }[level];
  return warningStatus('C001', signals, level);
}

async function badge(status: WarningStatus, attrs: { variant?: string; size?: string; lang?: string; currency?: string } = {}): Promise<CkWarningBadge> {
  const el = await fixture<CkWarningBadge>(
    html`<ck-warning-badge
      as-of=${AS_OF}
      variant=${attrs.variant ?? 'pill'}
      size=${attrs.size ?? 'medium'}
      lang=${attrs.lang ?? 'en'}
      currency=${attrs.currency ?? 'CNY'}
      .warningStatus=${status}
    ></ck-warning-badge>`,
  );
  await waitUntil(() => el.ready, 'badge ready');
  return el;
}

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

const text = (el: CkWarningBadge, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<ck-warning-badge> levels and variants', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const level of LEVELS) {
      it(`says "${LEVEL_WORDS[lang][level]}" in words (${lang}) in every variant`, async () => {
        for (const variant of ['dot', 'pill', 'full']) {
          const el = await badge(statusFor(level), { variant, lang });
          const button = badgeButton(el);
          expect(accessibleName(button), `${variant} accessible name`).to.include(LEVEL_WORDS[lang][level]);
          expect(text(el, '[part=label]')).to.equal(LEVEL_WORDS[lang][level]);
          expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          const label = el.shadowRoot!.querySelector('[part=label]')!;
          // Visible text in pill and full; in the accessible name only for dot.
          expect(label.classList.contains('visually-hidden'), variant).to.equal(variant === 'dot');
          expect(el.shadowRoot!.querySelector('[part=dot] svg')!.getAttribute('data-shape')).to.equal(level);
        }
      });
    }
  }

  it('follows a language change at runtime', async () => {
    const el = await badge(statusFor('orange'));
    el.lang = 'zh-CN';
    await waitUntil(() => el.shadowRoot!.querySelector('[part=label]')!.textContent === '橙色预警', 'relabelled');
    expect(accessibleName(badgeButton(el))).to.equal('橙色预警，当前预警信号 2 项');
  });

  it('draws a different shape for each level, not just another colour', async () => {
    const shapes = new Set<string>();
    for (const level of LEVELS) {
      const el = await badge(statusFor(level));
      shapes.add(el.shadowRoot!.querySelector('[part=dot] svg')!.innerHTML.replace(/<!--[^>]*-->/g, ''));
    }
    expect(shapes.size).to.equal(4);
  });

  it('shows level, required action and active-signal count in the full variant', async () => {
    const el = await badge(statusFor('red'), { variant: 'full' });
    // red → exit; three active signals (bankruptcy, tax arrears, industry downturn).
    expect(text(el, '[part=label]')).to.equal('Red warning');
    expect(text(el, '[part=badge] [part=action]')).to.equal('Exit');
    expect(text(el, '[part=count]')).to.equal('3 signals');
    expect(accessibleName(badgeButton(el))).to.equal('Red warning, Exit, 3 signals');
    const zh = await badge(statusFor('orange'), { variant: 'full', lang: 'zh-CN' });
    expect(accessibleName(badgeButton(zh))).to.equal('橙色预警，减持，2 项信号');
  });

  it('wraps the full variant in a narrow column instead of clipping its words', async () => {
    const el = await badge(statusFor('yellow'), { variant: 'full' });
    const column = document.createElement('div');
    column.style.inlineSize = '120px';
    el.before(column);
    column.append(el);
    await el.updateComplete;
    const button = badgeButton(el);
    expect(button.getBoundingClientRect().width).to.be.at.most(120);
    for (const part of ['label', 'action', 'count']) {
      const span = el.shadowRoot!.querySelector<HTMLElement>(`[part=badge] [part=${part}]`)!;
      expect(span.scrollWidth, `${part} is not clipped`).to.be.at.most(span.clientWidth + 1);
      expect(span.getBoundingClientRect().right, `${part} stays inside the badge`).to.be.at.most(button.getBoundingClientRect().right + 0.5);
    }
    expect(button.getBoundingClientRect().height, 'more than one line').to.be.greaterThan(parseFloat(getComputedStyle(button).fontSize) * 2);
  });

  it('names the count of active signals in the pill and dot accessible names', async () => {
    const pill = await badge(statusFor('orange'));
    expect(accessibleName(badgeButton(pill))).to.equal('Orange warning, 2 active signals');
    const dot = await badge(statusFor('yellow'), { variant: 'dot', lang: 'zh-CN' });
    expect(accessibleName(badgeButton(dot))).to.equal('黄色预警，当前预警信号 1 项');
    const none = await badge(statusFor('none'), { variant: 'dot' });
    expect(accessibleName(badgeButton(none))).to.equal('No warning');
  });

  it('computes the level from the signals when the host sends none', async () => {
    const cases: Array<[string, WarningStatus, WarningLevel]> = [
      ['one ordinary → yellow', warningStatus('C1', [signal('tax-arrears', 'ordinary')]), 'yellow'],
      ['two ordinary → orange', warningStatus('C1', [signal('tax-arrears', 'ordinary'), signal('industry-downturn', 'ordinary')]), 'orange'],
      ['one severe → red', warningStatus('C1', [signal('collateral-value-down', 'severe')]), 'red'],
      [
        'three ordinary → red',
        warningStatus('C1', [signal('tax-arrears', 'ordinary'), signal('industry-downturn', 'ordinary'), signal('sales-declining', 'ordinary')]),
        'red',
      ],
      ['a released signal does not count', warningStatus('C1', [signal('tax-arrears', 'ordinary', { releasedOn: '2026-11-25' })]), 'none'],
      ['a signal raised after as-of does not count yet', warningStatus('C1', [signal('tax-arrears', 'ordinary', { raisedOn: '2026-11-26' })]), 'none'],
    ];
    for (const [name, status, level] of cases) {
      const el = await badge(status);
      expect(el.level, name).to.equal(level);
      expect(text(el, '[part=label]'), name).to.equal(LEVEL_WORDS.en[level]);
    }
  });

  it("shows the host's level when it disagrees with the signals, and still lists them", async () => {
    const el = await badge(warningStatus('C1', [signal('bankruptcy', 'severe')], 'yellow'));
    expect(text(el, '[part=label]')).to.equal('Yellow warning');
    await el.open();
    expect(text(el, '[part=popover] [part=action] strong')).to.equal('Analyse and adjust the terms');
    expect(text(el, '[part=signal] .signal-label')).to.equal('Severe Bankruptcy');
  });

  it('sizes itself: small < medium < large', async () => {
    const sizes: number[] = [];
    for (const size of ['small', 'medium', 'large']) {
      const el = await badge(statusFor('yellow'), { size });
      sizes.push(parseFloat(getComputedStyle(badgeButton(el)).fontSize));
    }
    // The theme's defaults: 0.75rem, 0.875rem, 1.125rem of a 16 px root.
    expect(sizes).to.deep.equal([12, 14, 18]);
  });

  it('rejects a malformed status from the host with the compact error', async () => {
    const el = await fixture<CkWarningBadge>(
      html`<ck-warning-badge .warningStatus=${{ customerId: 'C1', signals: [{ code: 'x', severity: 'dreadful', raisedOn: 'yesterday' }] } as unknown as WarningStatus}></ck-warning-badge>`,
    );
    await waitUntil(() => el.error !== undefined, 'fails');
    expect((el.error as Error).name).to.equal('CreditKitValidationError');
    expect(accessibleName(el.shadowRoot!.querySelector('[part~=error]')!)).to.include('Some of the data given to this widget is not valid.');
  });

  it('lets a partner relabel a level in one language only', async () => {
    registerMessages('en', 'warning-badge', { labels: { levels: { red: 'Critical' } } });
    try {
      const en = await badge(statusFor('red'));
      expect(text(en, '[part=label]')).to.equal('Critical');
      const zh = await badge(statusFor('red'), { lang: 'zh-CN' });
      expect(text(zh, '[part=label]')).to.equal('红色预警');
    } finally {
      resetMessages();
    }
  });
});

describe('<ck-warning-badge> popover', () => {
  afterEach(() => unmountAll());
  /** The badge, followed by a button to tab or click to. */
  async function withNeighbour(status: WarningStatus, lang = 'en') {
    const wrapper = mount(html`<ck-warning-badge as-of=${AS_OF} lang=${lang} .warningStatus=${status}></ck-warning-badge>
      <button id="after">Next row</button>`);
    const el = wrapper.querySelector('ck-warning-badge') as CkWarningBadge;
    await waitUntil(() => el.ready);
    return { el, after: wrapper.querySelector('#after') as HTMLButtonElement };
  }

  const orangeWithReleased = () =>
    warningStatus('C001', [
      signal('receivable-overdue', 'ordinary', { category: 'performance', raisedOn: '2026-11-01', amount: '12345.67', note: 'Oldest item 55 days overdue' }),
      signal('leverage-worsening', 'ordinary', { raisedOn: '2026-10-15' }),
      signal('tax-arrears', 'ordinary', { raisedOn: '2026-06-01', releasedOn: '2026-08-01' }),
    ]);

  for (const key of ['Enter', 'Space']) {
    it(`opens with ${key}, moves focus in, lists the active signals; Escape closes and focus returns`, async () => {
      const { el } = await withNeighbour(orangeWithReleased());
      const button = badgeButton(el);
      button.focus();
      await sendKeys({ press: key });
      await waitUntil(() => popoverOf(el) !== null, 'popover opens');
      await waitUntil(() => el.shadowRoot!.activeElement === popoverOf(el), 'focus moves into the popover');
      const panel = popoverOf(el)!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.getAttribute('role')).to.equal('dialog');
      const heading = el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)!;
      expect(heading.textContent!.trim()).to.equal('Orange warning');
      expect(panel.matches(':popover-open')).to.equal(true);

      // Two ordinary signals → orange → reduce exposure (domain.md §5).
      expect(text(el, '[part=popover] [part=action] strong')).to.equal('Reduce exposure');
      const items = [...el.shadowRoot!.querySelectorAll('[part=signal-list] > [part=signal]')];
      // Sorted by date: leverage (Oct 15) before the overdue receivable (Nov 1).
      expect(items.map((li) => li.querySelector('.signal-label')!.textContent!.trim())).to.deep.equal([
        'Ordinary Leverage ratios worsening',
        'Ordinary Receivable overdue',
      ]);
      const overdue = items[1]!;
      expect(overdue.querySelector('.signal-category')!.textContent).to.equal('Capacity to perform');
      expect(overdue.querySelector('time')!.textContent).to.equal('Nov 1, 2026');
      expect(overdue.textContent).to.include('CN¥12,345.67');
      expect(overdue.textContent).to.include('Oldest item 55 days overdue');
      expect(items[0]!.querySelector('.signal-category')!.textContent).to.equal('Financial condition');

      // Released apart, folded.
      const released = el.shadowRoot!.querySelector('details[part=released-list]') as HTMLDetailsElement;
      expect(released.open).to.equal(false);
      expect(released.querySelector('summary')!.textContent).to.equal('Released signals (1)');
      expect(released.querySelector('[part=signal] .signal-label')!.textContent).to.include('Tax arrears');
      expect(released.textContent).to.include('Aug 1, 2026');

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => popoverOf(el) === null, 'closes');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });
  }

  it("takes a partner's relabelling of its text under `warning-badge`, in that language only, also once loaded", async () => {
    registerMessages('en', 'warning-badge', { labels: { signals: { 'tax-arrears': 'Taxes unpaid' } }, popover: { activeSignals: 'Current signals' } });
    try {
      const status = warningStatus('C001', [signal('tax-arrears', 'ordinary', { category: 'integrity', raisedOn: '2026-06-01' })]);
      const { el } = await withNeighbour(status);
      await el.open();
      await waitUntil(() => popoverOf(el) !== null, 'popover opens');
      expect(text(el, '[part=signal-list] .signal-label')).to.equal('Ordinary Taxes unpaid');
      expect(popoverOf(el)!.textContent).to.include('Current signals');
      expect(text(el, '[part=signal-list] .signal-category')).to.equal('Customer integrity and quality');

      // Registered after the popover's text loaded: the open popover follows.
      registerMessages('en', 'warning-badge', { labels: { categories: { integrity: 'Integrity' } } });
      await waitUntil(() => text(el, '[part=signal-list] .signal-category') === 'Integrity', 're-rendered');
      expect(text(el, '[part=signal-list] .signal-label')).to.equal('Ordinary Taxes unpaid');

      const { el: zh } = await withNeighbour(status, 'zh-CN');
      await zh.open();
      await waitUntil(() => popoverOf(zh) !== null, 'Chinese popover opens');
      expect(text(zh, '[part=signal-list] .signal-label')).to.equal('一般 欠缴税款');
      expect(popoverOf(zh)!.textContent).to.include('当前预警信号');
    } finally {
      resetMessages();
    }
  });

  it('is reachable by Tab in order, Shift+Tab goes back to the badge, and tabbing out closes it', async () => {
    const { el, after } = await withNeighbour(orangeWithReleased());
    badgeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement === popoverOf(el));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('close-button');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Space' });
    expect((el.shadowRoot!.querySelector('details') as HTMLDetailsElement).open).to.equal(true);
    await shiftTab(); // close button
    await shiftTab(); // the badge
    expect(el.shadowRoot!.activeElement).to.equal(badgeButton(el));
    expect(el.isOpen).to.equal(true);
    await sendKeys({ press: 'Tab' }); // popover container is not a tab stop: the close button
    await sendKeys({ press: 'Tab' }); // summary
    await sendKeys({ press: 'Tab' }); // out of the badge
    expect(document.activeElement).to.equal(after);
    await waitUntil(() => popoverOf(el) === null, 'tabbing out closes');
  });

  it('delegates focus: focusing the element focuses its badge button', async () => {
    const { el } = await withNeighbour(orangeWithReleased());
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(badgeButton(el));
    expect(document.activeElement).to.equal(el);
  });

  it('closes with its close button (focus back on the badge) and toggles with a click on the badge', async () => {
    const { el } = await withNeighbour(orangeWithReleased());
    badgeButton(el).click();
    await waitUntil(() => popoverOf(el) !== null);
    (el.shadowRoot!.querySelector('[part=close-button]') as HTMLButtonElement).click();
    await waitUntil(() => popoverOf(el) === null);
    expect(el.shadowRoot!.activeElement).to.equal(badgeButton(el));
    badgeButton(el).click();
    await waitUntil(() => popoverOf(el) !== null);
    badgeButton(el).click();
    await waitUntil(() => popoverOf(el) === null);
  });

  it('closes on a click outside, leaving focus where the click put it', async () => {
    const { el, after } = await withNeighbour(orangeWithReleased());
    await el.open();
    expect(el.isOpen).to.equal(true);
    const box = after.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => popoverOf(el) === null, 'closed');
    expect(document.activeElement).to.equal(after);
  });

  it('anchors below the badge, inside the viewport', async () => {
    const { el } = await withNeighbour(orangeWithReleased());
    await el.open();
    const badgeBox = badgeButton(el).getBoundingClientRect();
    const panelBox = popoverOf(el)!.getBoundingClientRect();
    expect(panelBox.top).to.be.closeTo(badgeBox.bottom + 4, 1);
    expect(panelBox.left).to.be.closeTo(Math.max(8, badgeBox.left), 1);
    expect(panelBox.right).to.be.at.most(document.documentElement.clientWidth);
  });

  it('flips above the badge when there is no room below', async () => {
    const wrapper = mount(html`<div style="position: fixed; inset-block-end: 12px; inset-inline-start: 12px">
      <ck-warning-badge as-of=${AS_OF} .warningStatus=${orangeWithReleased()}></ck-warning-badge>
    </div>`);
    const el = wrapper.querySelector('ck-warning-badge') as CkWarningBadge;
    await waitUntil(() => el.ready);
    await el.open();
    const badgeBox = badgeButton(el).getBoundingClientRect();
    const panelBox = popoverOf(el)!.getBoundingClientRect();
    expect(popoverOf(el)!.dataset.side).to.equal('above');
    expect(panelBox.bottom).to.be.closeTo(badgeBox.top - 4, 1);
    expect(panelBox.top).to.be.at.least(0);
  });

  it('reports the major-event deadline and the exit action', async () => {
    const { el } = await withNeighbour(warningStatus('C1', [signal('ownership-change', 'major')]));
    await el.open();
    expect(text(el, '[part=popover] [part=action]')).to.equal('Required action Exit Major event: report within 24 hours.');
  });

  it('speaks Chinese: labels from the catalogue, dates and amounts for zh-CN', async () => {
    const { el } = await withNeighbour(orangeWithReleased(), 'zh-CN');
    await el.open();
    const heading = el.shadowRoot!.getElementById('popover-heading')!;
    expect(heading.textContent!.trim()).to.equal('橙色预警');
    expect(text(el, '[part=popover] [part=action] strong')).to.equal('减持');
    const overdue = el.shadowRoot!.querySelector('[part=signal][data-code=receivable-overdue]')!;
    expect(overdue.querySelector('.signal-category')!.textContent).to.equal('履约能力');
    expect(overdue.querySelector('.signal-label')!.textContent).to.equal('一般 应收账款逾期');
    expect(overdue.querySelector('time')!.textContent).to.equal('2026年11月1日');
    expect(overdue.textContent).to.include('¥12,345.67');
    expect(text(el, 'summary')).to.equal('已解除的信号（1）');
    expect(text(el, '[part=close-button]')).to.equal('×');
    expect(el.shadowRoot!.querySelector('[part=close-button]')!.getAttribute('aria-label')).to.equal('关闭');
  });

  it('shows amounts in the currency attribute', async () => {
    const el = await badge(statusFor('orange'), { currency: 'USD' });
    await el.open();
    expect(el.shadowRoot!.querySelector('[data-code=receivable-overdue]')!.textContent).to.include('$12,345.67');
  });

  it('lists a host code outside the catalogue by its code and category', async () => {
    const el = await badge(warningStatus('C1', [signal('custom-flag', 'ordinary', { category: 'sales-team' })]));
    await el.open();
    expect(text(el, '[data-code=custom-flag] .signal-label')).to.equal('Ordinary custom-flag');
    expect(text(el, '[data-code=custom-flag] .signal-category')).to.equal('sales-team');
  });

  it('fires no ck-warning-change for opening, closing or the first load', async () => {
    let events = 0;
    const listener = () => events++;
    document.addEventListener('ck-warning-change', listener);
    try {
      const { el } = await withNeighbour(orangeWithReleased());
      await el.open();
      el.close();
      await el.updateComplete;
      expect(events).to.equal(0);
    } finally {
      document.removeEventListener('ck-warning-change', listener);
    }
  });
});

describe('<ck-warning-badge> accessibility (axe)', () => {
  for (const lang of ['en', 'zh-CN']) {
    for (const level of LEVELS) {
      it(`is accessible closed (every variant) and open: ${level}, ${lang}`, async () => {
        for (const variant of ['dot', 'pill', 'full']) {
          const el = await badge(statusFor(level), { variant, lang });
          await expect(el).to.be.accessible();
        }
        const el = await badge(statusFor(level), { lang });
        await el.open();
        (el.shadowRoot!.querySelector('details') as HTMLDetailsElement | null)?.setAttribute('open', '');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('is accessible in the dark theme, open', async () => {
    const el = await badge(statusFor('orange'));
    el.theme = 'dark';
    await el.open();
    await expect(el).to.be.accessible();
  });
});

describe('<ck-warning-badge> theming', () => {
  afterEach(() => unmountAll());
  it('takes its level colours from the --ck-* tokens', async () => {
    const wrapper = mount(
      html`<div style="--ck-color-level-red: rgb(1, 2, 3); --ck-color-level-red-bg: rgb(250, 240, 230)">
        <ck-warning-badge .warningStatus=${statusFor('red')}></ck-warning-badge>
      </div>`,
    );
    const el = wrapper.querySelector('ck-warning-badge') as CkWarningBadge;
    await waitUntil(() => el.ready);
    const style = getComputedStyle(badgeButton(el));
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(style.borderTopColor).to.equal('rgb(1, 2, 3)');
  });

  it('can be restyled through ::part() and its own custom properties', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `.themed::part(badge) { background-color: rgb(4, 5, 6); }
      .themed::part(label) { text-transform: uppercase; }
      .themed { --ck-warning-badge-dot-size: 20px; --ck-warning-badge-radius: 3px; }`;
    document.head.append(sheet);
    try {
      const el = await fixture<CkWarningBadge>(html`<ck-warning-badge class="themed" .warningStatus=${statusFor('yellow')}></ck-warning-badge>`);
      await waitUntil(() => el.ready);
      const style = getComputedStyle(badgeButton(el));
      expect(style.backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(style.borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=label]')!).textTransform).to.equal('uppercase');
      expect(el.shadowRoot!.querySelector('[part=dot] svg')!.getBoundingClientRect().width).to.equal(20);
    } finally {
      sheet.remove();
    }
  });

  it('marks a loading badge busy, in the size of a badge', async () => {
    let release!: (s: WarningStatus) => void;
    const client = { getWarning: () => new Promise<WarningStatus>((r) => (release = r)) };
    const el = await fixture<CkWarningBadge>(html`<ck-warning-badge customer-id="C1" .client=${client as never}></ck-warning-badge>`);
    const skeleton = el.shadowRoot!.querySelector('[part=skeleton]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.below(30);
    await expect(el).to.be.accessible();
    const ready = oneEvent(el, 'ck-ready');
    release(statusFor('red'));
    await ready;
    expect(el.level).to.equal('red');
  });
});

describe('<ck-warning-badge> status set before registration', () => {
  it('keeps a status given to the element before its tag was defined', async () => {
    const { defineWarningBadge } = await import('./warning-badge.js');
    const el = document.createElement('early-warning-badge') as HTMLElement & { status?: unknown; level?: string; ready?: boolean };
    el.status = { customerId: 'C1', level: 'orange', signals: [] };
    document.body.append(el);
    defineWarningBadge('early');
    try {
      await waitUntil(() => el.ready === true, 'upgraded and ready');
      expect(el.ready).to.equal(true);
      expect(el.level).to.equal('orange');
    } finally {
      el.remove();
    }
  });
});
