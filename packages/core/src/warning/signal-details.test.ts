import { expect } from '@open-wc/testing';
import { evaluateWarning } from './evaluate.js';
import { signalDetail } from './signal-details.js';

describe('signalDetail (issue 14 item 10)', () => {
  it('renders a catalogue signal from its parameters in each language', () => {
    expect(signalDetail('receivable-overdue', { days: 45 }, 'en')).to.equal('Oldest open item 45 days overdue');
    expect(signalDetail('receivable-overdue', { days: 45 }, 'zh-CN')).to.equal('最早一笔应收账款逾期45天');
    expect(signalDetail('collateral-value-down', { appraised: 12_000_000, current: 6_000_000 }, 'en')).to.equal('Pledged plant appraised at 12,000,000, now valued at 6,000,000');
    expect(signalDetail('collateral-value-down', { appraised: 12_000_000, current: 6_000_000 }, 'zh-CN')).to.equal('抵押厂房评估价值1200万元，现值600万元');
    expect(signalDetail('ownership-change', { event: 'controlling-stake-sold' }, 'zh-CN')).to.equal('控股股东转让全部股权');
  });

  it('gives nothing without a catalogue text or with parameters that do not fit (the note is shown then)', () => {
    expect(signalDetail('receivable-overdue', undefined, 'en')).to.equal(undefined);
    expect(signalDetail('receivable-overdue', { days: 'many' }, 'en')).to.equal(undefined);
    expect(signalDetail('host-own-code', { days: 3 }, 'en')).to.equal(undefined);
  });

  it('keeps params through evaluateWarning', () => {
    const e = evaluateWarning([{ code: 'receivable-overdue', severity: 'ordinary', raisedOn: '2026-11-01', params: { days: 45 } }], { asOf: '2026-11-25' });
    expect(e.active[0]!.params).to.deep.equal({ days: 45 });
  });
});
