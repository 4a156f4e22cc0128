import { expect } from '@open-wc/testing';
import { checkGroupLimits } from './group-limits.js';
import { validationError, paths } from './test-support/expect-validation-error.js';



describe('checkGroupLimits', () => {
  it('accepts members summing exactly to the group limit', () => {
    // 300 + 200 = 500 = group limit; shares 300/500 = 0.6, 200/500 = 0.4
    const r = checkGroupLimits({ groupLimit: '500' }, [
      { customerId: 'c1', limit: '300' },
      { customerId: 'c2', limit: '200' },
    ]);
    expect(r).to.deep.equal({
      mode: 'allocated',
      total: '500.00',
      groupLimit: '500.00',
      ok: true,
      excess: '0.00',
      unallocated: '0.00',
      members: [
        { customerId: 'c1', limit: '300.00', share: '0.6000' },
        { customerId: 'c2', limit: '200.00', share: '0.4000' },
      ],
    });
  });

  it('flags a total one cent over the group limit', () => {
    const r = checkGroupLimits({ groupLimit: '500', mode: 'joint' }, [
      { customerId: 'c1', limit: '300' },
      { customerId: 'c2', limit: '200.01' },
    ]);
    expect([r.ok, r.excess, r.unallocated, r.mode]).to.deep.equal([false, '0.01', '0.00', 'joint']);
  });

  it('reports the unallocated rest', () => {
    // 1000 − (250.50 + 0.1) = 749.40
    const r = checkGroupLimits({ groupLimit: 1000, mode: 'separate' }, [
      { customerId: 'c1', limit: 250.5 },
      { customerId: 'c2', limit: 0.1 },
    ]);
    expect([r.ok, r.total, r.unallocated]).to.deep.equal([true, '250.60', '749.40']);
  });

  it('accepts a group without members', () => {
    const r = checkGroupLimits({ groupLimit: '0' }, []);
    expect([r.ok, r.total, r.members]).to.deep.equal([true, '0.00', []]);
  });

  it('gives no share when the group limit is 0', () => {
    const r = checkGroupLimits({ groupLimit: '0' }, [{ customerId: 'c1', limit: '1' }]);
    expect([r.ok, r.members[0]!.share]).to.deep.equal([false, null]);
  });

  it('rejects a customer listed twice, negative limits and unknown modes', () => {
    expect(
      paths(
        validationError(() =>
          checkGroupLimits({ groupLimit: '100' }, [
            { customerId: 'c1', limit: '1' },
            { customerId: 'c1', limit: '2' },
          ]),
        ),
      ),
    ).to.deep.equal(['members[1].customerId']);
    expect(paths(validationError(() => checkGroupLimits({ groupLimit: '100' }, [{ customerId: 'c1', limit: '-1' }])))).to.deep.equal(['members[0].limit']);
    expect(paths(validationError(() => checkGroupLimits({ groupLimit: '-1', mode: 'pooled' as never }, [])))).to.have.members(['groupLimit', 'mode']);
  });
});
