import { expect } from '@open-wc/testing';
import { describeWarning } from './warning-view.js';
import { AS_OF, signal, warningStatus } from './test-support/fixtures.js';

describe('describeWarning', () => {
  it('computes the level from the signals when the host sends none (domain.md §5)', () => {
    const one = describeWarning(warningStatus('C1', [signal('tax-arrears', 'ordinary')]), AS_OF);
    expect([one.level, one.action, one.levelSource]).to.deep.equal(['yellow', 'adjust', 'signals']);
    const two = describeWarning(warningStatus('C1', [signal('tax-arrears', 'ordinary'), signal('industry-downturn', 'ordinary')]), AS_OF);
    expect([two.level, two.action]).to.deep.equal(['orange', 'reduce']);
    const severe = describeWarning(warningStatus('C1', [signal('bankruptcy', 'severe')]), AS_OF);
    expect([severe.level, severe.action]).to.deep.equal(['red', 'exit']);
    const none = describeWarning(warningStatus('C1', []), AS_OF);
    expect([none.level, none.action]).to.deep.equal(['none', 'none']);
  });

  it("keeps the host's level when it disagrees, and still lists the signals", () => {
    const view = describeWarning(warningStatus('C1', [signal('bankruptcy', 'severe')], 'yellow'), AS_OF);
    expect(view.level).to.equal('yellow');
    expect(view.computedLevel).to.equal('red');
    expect(view.levelSource).to.equal('host');
    expect(view.action).to.equal('adjust');
    expect(view.active.map((s) => s.code)).to.deep.equal(['bankruptcy']);
  });

  it('separates released signals, ignores future ones, and asks for a report within 24 hours for a major event', () => {
    const view = describeWarning(
      warningStatus('C1', [
        signal('tax-arrears', 'ordinary', { releasedOn: '2026-11-20' }),
        signal('ownership-change', 'major'),
        signal('industry-downturn', 'ordinary', { raisedOn: '2026-11-26' }),
      ]),
      AS_OF,
    );
    expect(view.active.map((s) => s.code)).to.deep.equal(['ownership-change']);
    expect(view.released.map((s) => s.code)).to.deep.equal(['tax-arrears']);
    expect(view.level).to.equal('red');
    expect(view.reportWithinHours).to.equal(24);
    expect(view.asOf).to.equal(AS_OF);
  });
});
