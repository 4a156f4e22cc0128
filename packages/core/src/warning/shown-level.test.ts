import { expect } from '@open-wc/testing';
import { evaluateWarning } from './evaluate.js';
import { shownWarningLevel, warningLevelOf, warningLevelSource } from './shown-level.js';

const asOf = '2026-11-30';
const signal = { code: 'collateral-value-down', severity: 'severe', raisedOn: '2026-11-01' };

describe("the host's warning level wins", () => {
  it('a status with a level shows it, whatever its signals give, and never evaluates them', () => {
    let evaluated = 0;
    expect(shownWarningLevel({ level: 'none' }, () => (evaluated++, 'red' as const))).to.equal('none');
    expect(evaluated).to.equal(0);
    expect(warningLevelSource({ level: 'red' })).to.equal('host');
  });

  it('a status without a level shows the evaluated one', () => {
    expect(shownWarningLevel({}, () => 'orange' as const)).to.equal('orange');
    expect(warningLevelSource({})).to.equal('signals');
  });

  it('warningLevelOf evaluates the signals with core when the host sends no level', () => {
    const status = { customerId: 'C1', signals: [signal] } as never;
    expect(warningLevelOf(status, asOf)).to.equal(evaluateWarning([signal] as never, { asOf }).level);
    expect(evaluateWarning([signal] as never, { asOf }).level).to.not.equal('yellow');
    expect(warningLevelOf({ customerId: 'C1', level: 'yellow', signals: [signal] } as never, asOf)).to.equal('yellow');
  });

  it('warningLevelOf gives undefined when the signals cannot be evaluated on that day (a malformed as-of)', () => {
    expect(warningLevelOf({ customerId: 'C1', signals: [signal] } as never, '2026-13-01')).to.equal(undefined);
    // The host's level needs no evaluation.
    expect(warningLevelOf({ customerId: 'C1', level: 'orange', signals: [signal] } as never, '2026-13-01')).to.equal('orange');
  });
});
