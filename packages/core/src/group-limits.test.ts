import { expect } from '@open-wc/testing';
import { checkGroupLimits, recommendGroupLimitMode } from './group-limits.js';
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
      violations: [],
      excess: '0.00',
      unallocated: '0.00',
      members: [
        { customerId: 'c1', limit: '300.00', share: '0.6000' },
        { customerId: 'c2', limit: '200.00', share: '0.4000' },
      ],
    });
  });

  it('flags a total one cent over the group limit', () => {
    const r = checkGroupLimits({ groupLimit: '500', mode: 'allocated' }, [
      { customerId: 'c1', limit: '300' },
      { customerId: 'c2', limit: '200.01' },
    ]);
    expect([r.ok, r.excess, r.unallocated, r.mode]).to.deep.equal([false, '0.01', '0.00', 'allocated']);
    expect(r.violations.map((v) => v.code)).to.deep.equal(['over-group-limit']);
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

  // 002 篇二 四(三)1: "整体授信、统一使用额度…由集团本部统一承贷承还,对其下属子(分)公司不单独授信".
  it('joint: only the head office holds the limit; a member with its own limit breaks the mode', () => {
    const ok = checkGroupLimits({ groupLimit: '500', mode: 'joint' }, [{ customerId: 'hq', limit: '500', headOffice: true }, { customerId: 'c1', limit: '0' }]);
    expect([ok.ok, ok.violations]).to.deep.equal([true, []]);
    const bad = checkGroupLimits({ groupLimit: '500', mode: 'joint' }, [{ customerId: 'hq', limit: '300', headOffice: true }, { customerId: 'c1', limit: '200' }]);
    expect(bad.violations.map((v) => [v.code, v.customerId])).to.deep.equal([['joint-member-limit', 'c1']]);
  });

  // 3: "单独授信、汇总额度…不对集团本部授信".
  it('separate: the head office gets no limit; the group total is the sum', () => {
    const r = checkGroupLimits({ groupLimit: '1000', mode: 'separate' }, [{ customerId: 'hq', limit: '1', headOffice: true }, { customerId: 'c1', limit: '600' }]);
    expect([r.total, r.violations.map((v) => v.code)]).to.deep.equal(['601.00', ['separate-head-office-limit']]);
  });

  // 002 篇二 四(四): "授信的对象是法人,不允许对不具备法人资格的分支公司客户授信".
  it('gives no limit to a branch without legal-person status, in any mode', () => {
    for (const mode of ['joint', 'allocated', 'separate'] as const) {
      const r = checkGroupLimits({ groupLimit: '1000', mode }, [{ customerId: 'branch', limit: '10', legalPerson: false }]);
      expect(r.violations.map((v) => v.code), mode).to.deep.equal(['not-legal-person']);
      expect(checkGroupLimits({ groupLimit: '1000', mode }, [{ customerId: 'branch', limit: '0', legalPerson: false }]).ok, mode).to.equal(true);
    }
  });

  // 002: 紧密型 → "整体授信、分配额度"; 控股管理型 → "单独授信、汇总额度" (统贷统还: 也可分配额度); 松散型 → "单独授信、汇总额度".
  it('recommends allocated for tight groups and separate for loose or holding ones', () => {
    expect(['tight', 'loose', 'holding', 'holding-central-borrowing'].map((s) => recommendGroupLimitMode(s as never))).to.deep.equal(['allocated', 'separate', 'separate', 'allocated']);
  });
});
