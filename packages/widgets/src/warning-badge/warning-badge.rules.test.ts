import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WarningStatus } from '@credit-kit/core';
import type { CkWarningBadge } from './warning-badge.component.js';
import { defineWarningBadge } from './warning-badge.js';
import { AS_OF, badgeButton, popoverOf, signal, warningStatus } from './test-support/fixtures.js';

defineWarningBadge();

/** The rules of the practice as the badge shows them (issue 10): each test quotes its rule. */
async function open(status: WarningStatus, lang = 'en'): Promise<CkWarningBadge> {
  const el = await fixture<CkWarningBadge>(html`<ck-warning-badge as-of=${AS_OF} lang=${lang} .warningStatus=${status}></ck-warning-badge>`);
  await waitUntil(() => el.ready, 'badge ready');
  badgeButton(el).click();
  await waitUntil(() => popoverOf(el) !== null, 'popover opens');
  return el;
}

const text = (el: CkWarningBadge, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<ck-warning-badge> shows the practice\'s rules', () => {
  // 003 第十九条(一): "已经拖欠到期贷款本金或利息" — a severe signal: red, 主动清户退出.
  it('欠息 alone is red, with the exit action, even when a host still sends it as ordinary', async () => {
    const el = await open(warningStatus('C001', [signal('interest-in-arrears', 'ordinary')]), 'zh-CN');
    expect(text(el, '[part=label]')).to.equal('红色预警');
    expect(text(el, '[part=popover] [part=action] strong')).to.equal('主动清户退出');
    expect(text(el, '[part=signal-list]')).to.contain('已经拖欠到期贷款本金或利息(含欠息)');
  });

  // 003 第十一条(一)5: "集团关联企业中有一户企业发生风险预警的,其…关联企业,均按预警级别列入业务风险预警信息上报范围。上报时间为发现问题后的2日内。"
  it("takes a related group member's warning level and says why", async () => {
    const status: WarningStatus = {
      customerId: 'C001', level: 'none', signals: [],
      propagatedFrom: [{ customerId: 'C007', customerName: 'Huadong Steel Co.', level: 'orange' }, { customerId: 'C008', level: 'yellow' }],
    };
    const el = await open(status);
    expect(text(el, '[part=label]')).to.equal('Orange warning');
    expect(text(el, '[part=popover] [part=action] strong')).to.equal('Reduce exposure');
    expect(text(el, '[part=propagation]')).to.equal('Orange warning of related group member Huadong Steel Co.: this customer is reported at that level within 2 days.');
    const zh = await open(status, 'zh-CN');
    expect(text(zh, '[part=propagation]')).to.equal('集团关联企业 Huadong Steel Co. 发生橙色预警：本客户按该预警级别列入上报范围，须在 2 日内上报。');
    expect(text(zh, '[part=popover] [part=action] strong')).to.equal('减持');
  });

  // 000 黑名单客户管理: "总部通过审核后,该客户被记录到总部黑名单库中…记录在册的客户…进行交易都会受到一定限制".
  it('shows the blacklist entry with its status and reason, escaped', async () => {
    const status: WarningStatus = {
      customerId: 'C002', signals: [signal('principal-or-interest-overdue', 'severe')],
      blacklist: { entryId: 'BL-0001', status: 'listed', reason: 'Severely overdue <b>369</b> days' },
    };
    const el = await open(status);
    expect(text(el, '[part=blacklist]')).to.equal('Blacklist: listed, trading restricted. Reason: Severely overdue <b>369</b> days');
    expect(el.shadowRoot!.querySelector('[part=blacklist] b')).to.equal(null);
    const zh = await open({ ...status, blacklist: { status: 'removal-requested', reason: '严重逾期' } }, 'zh-CN');
    expect(text(zh, '[part=blacklist]')).to.equal('黑名单：已申请撤销，仍在黑名单中。原因：严重逾期');
  });

  it('shows no reasons line for a plain status', async () => {
    const el = await open(warningStatus('C003', [signal('tax-arrears', 'ordinary')]));
    expect([el.shadowRoot!.querySelector('[part=propagation]'), el.shadowRoot!.querySelector('[part=blacklist]')]).to.deep.equal([null, null]);
  });
});
