import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ALL_GRADES } from '../grades.js';
import type { CreditLimitInput } from '../limit.js';
import { Decimal } from '../money.js';
import { DEFAULT_APPROVAL_POLICY, type DecisionInput } from '../schemas/decision.js';
import { DEFAULT_CREDIT_POLICY, type LimitPolicyInput } from '../schemas/policy.js';
import type { Receipt } from '../schemas/receipt.js';
import { canonicalJson, sha256Hex } from './canonical.js';
import { checkReceipt, decisionReceipt, limitReceipt, ratingReceipt, verifyReceipt } from './receipts.js';

const BASE: CreditLimitInput = {
  existingFinancing: '1000000.00', effectiveAssets: '6000000.00', totalAssets: '10000000.00', totalLiabilities: '3000000.00',
  grade: 'AA', paidInCapital: '5000000.00', establishedOn: '2010-01-01', asOf: '2025-06-30',
};
const ISSUED = '2026-11-25T03:08:00Z';
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const approve = (grantedLimit: string): DecisionInput => ({
  outcome: 'approve',
  conditions: { grantedLimit, termDays: 90, settlementMethod: 'open_credit', validUntil: '2027-11-25', nextReviewOn: '2027-05-25' },
});

describe('canonical JSON and SHA-256', () => {
  it('sorts keys, drops undefined members and hashes with Web Crypto', async () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: '1', y: 2.5 } })).to.equal('{"a":[true,null,"x"],"b":1,"d":{"y":2.5,"z":"1"}}');
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    expect(await sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('receipts', () => {
  it('a limit receipt carries inputs, policy version, each step and the result, and verifies', async () => {
    const r = await limitReceipt({ ...BASE, requested: '3000000' }, undefined, { issuedAt: ISSUED });
    expect(r.kind).to.equal('limit');
    expect(r.policy.version).to.match(/^sha256:[0-9a-f]{16}$/);
    expect(r.result).to.include({ maximum: '4500000.00', granted: '3000000.00' });
    expect(r.steps.find((s) => s.key === 'limit.bracket')!.value).to.equal('5000000.00');
    const { digest, ...body } = r;
    expect(digest.value).to.equal(await sha256Hex(canonicalJson(body)));
    expect(await verifyReceipt(r)).to.deep.equal({ verified: true, digest: digest.value });
    // It travels as JSON and still verifies.
    expect((await verifyReceipt(JSON.parse(JSON.stringify(r)))).verified).to.equal(true);
  });

  it('a tampered step is named, with what the recomputation gives', async () => {
    const r = copy(await limitReceipt(BASE, undefined, { issuedAt: ISSUED }));
    const i = r.steps.findIndex((s) => s.key === 'limit.maximum');
    r.steps[i]!.value = '4500000.01';
    const v = await verifyReceipt(r);
    expect(v).to.include({ verified: false, at: 'step', step: 'limit.maximum', index: i });
    if (v.verified) throw new Error('unreachable');
    expect(v.reason).to.contain('4500000.01').and.contain('4500000.00');
  });

  it('a changed input shows as the first step it changes', async () => {
    const r = copy(await limitReceipt(BASE, undefined, { issuedAt: ISSUED }));
    (r.inputs.limit as Record<string, string>).totalLiabilities = '3000001.00';
    const v = await verifyReceipt(r);
    expect(v).to.include({ verified: false, at: 'step', step: 'limit.liabilitiesTimes10Over3' });
  });

  it('a change no step shows (the date, a version) breaks the digest; a non-receipt is refused', async () => {
    const r = copy(await limitReceipt(BASE, undefined, { issuedAt: ISSUED, policyVersion: 'host-limits-7' }));
    expect(r.policy.version).to.equal('host-limits-7');
    expect(await verifyReceipt({ ...r, issuedAt: '2026-11-26T03:08:00Z' })).to.include({ verified: false, at: 'digest' });
    expect(await verifyReceipt({ ...r, policy: { ...r.policy, version: 'host-limits-8' } })).to.include({ verified: false, at: 'digest' });
    expect(await verifyReceipt({ ...r, format: 'other/1' })).to.include({ verified: false, at: 'format' });
    const digestVersioned = copy(await limitReceipt(BASE, undefined, { issuedAt: ISSUED }));
    (digestVersioned.policy.rules.limit as { capGrantedByCollateral: boolean }).capGrantedByCollateral = true;
    // The collateral step appears: the recomputation differs before the policy version is even looked at.
    expect(await verifyReceipt(digestVersioned)).to.include({ verified: false, at: 'step' });
  });

  it("a new company's limit receipt carries the pledged collateral; a changed pledge ratio is named at that step", async () => {
    // 002: "对新成立或投产不到一年的法人客户…重点考虑客户提供的足额有效担保价值来核定客户公开授信额度" — granted ≤ Σ appraised
    // value × pledge ratio: 8,000,000 × 0.5 = 4,000,000.00 pledged, requested 3,000,000 → granted 3,000,000.00.
    const input: CreditLimitInput = { ...BASE, productionStartedOn: '2025-01-15', collateral: [{ appraisedValue: '8000000', pledgeRatio: '0.5' }], requested: '3000000' };
    const r = copy(await limitReceipt(input, undefined, { issuedAt: ISSUED }));
    expect(r.result).to.include({ granted: '3000000.00', newCompany: true });
    expect(r.steps.find((s) => s.key === 'limit.collateralValue')).to.include({ value: '4000000.00', formula: '8000000 × 0.5' });
    expect((await verifyReceipt(r)).verified).to.equal(true);
    (r.inputs.limit as { collateral: { pledgeRatio: string }[] }).collateral[0]!.pledgeRatio = '0.3';
    // 8,000,000 × 0.3 = 2,400,000.00 < 3,000,000: the step and the granted limit both change; the step comes first.
    expect(await verifyReceipt(r)).to.include({ verified: false, at: 'step', step: 'limit.collateralValue' });
  });

  it('rating and check receipts verify, and name a tampered result', async () => {
    const rating = await ratingReceipt({ performanceCapacity: 95, creditPerformance: 90, impression: 96 }, undefined, { internal: true, totalFinancing: '800000' }, { issuedAt: ISSUED });
    expect(rating.result).to.include({ grade: 'AA', capped: true, uncappedGrade: 'AA+' });
    expect((await verifyReceipt(rating)).verified).to.equal(true);
    const check = await checkReceipt({ grade: 'A', granted: '1000000', components: { openReceivables: '900000' } }, { amount: '200000' }, undefined, { issuedAt: ISSUED });
    expect(check.result).to.include({ status: 'blocked', overBy: '100000.00' });
    expect((await verifyReceipt(check)).verified).to.equal(true);
    const forged = copy(check);
    forged.result.status = 'ok';
    expect(await verifyReceipt(forged)).to.include({ verified: false, at: 'result', step: 'status' });
  });

  it('a decision receipt recomputes the maximum and the approval check', async () => {
    const r = await decisionReceipt(
      {
        decision: approve('4000000'),
        subject: { kind: 'limit-request', id: 'LR1', status: 'submitted', requested: '4000000', preparedBy: ['sales.wang'], computedMaximum: '9999999' },
        principal: { subject: 'manager.chen', roles: ['credit_manager'] },
        limit: { input: BASE },
      },
      { issuedAt: ISSUED, policyVersion: DEFAULT_APPROVAL_POLICY.version },
    );
    // The maximum checked is the recomputed one, not the number the subject carried.
    expect(r.result).to.include({ allowed: true, level: 'credit_manager', computedMaximum: '4500000.00' });
    expect(r.steps[0]!.key).to.equal('limit.existingFinancing');
    expect(r.steps.at(-1)).to.deep.equal({ key: 'approval.allowed', label: 'Decision allowed', value: 'true' });
    expect((await verifyReceipt(r)).verified).to.equal(true);
    const forged = copy(r);
    (forged.inputs.principal as { subject: string }).subject = 'sales.wang';
    expect(await verifyReceipt(forged)).to.include({ verified: false, at: 'step', step: 'approval.makerChecker' });
  });

  describe('properties', () => {
    const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((c) => new Decimal(c.toString()).div(100).toFixed(2));
    const limitInputs = fc.record({
      existingFinancing: amount,
      totalAssets: amount,
      share: fc.integer({ min: 0, max: 100 }),
      debt: fc.integer({ min: 0, max: 150 }),
      grade: fc.constantFrom(...ALL_GRADES),
      paidInCapital: amount,
      requested: fc.option(amount, { nil: undefined }),
      // The limit rule's newer inputs (issue 10): each collateral item at its own or the policy's pledge ratio,
      // the legacy collateralValue, a production start ("新成立或投产不到一年") and the customer's debt capacity.
      collateralValue: fc.option(amount, { nil: undefined }),
      collateral: fc.option(fc.array(fc.record({ appraisedValue: amount, pledgeRatio: fc.option(fc.constantFrom('0.35', '0.5', '1'), { nil: undefined }) }), { maxLength: 2 }), { nil: undefined }),
      established: fc.constantFrom('2024-12-01', '2015-03-01'),
      productionStartedOn: fc.option(fc.constantFrom('2025-01-15', '2016-01-01'), { nil: undefined }),
      debtCapacity: fc.option(amount, { nil: undefined }),
    }).map((g): CreditLimitInput => {
      const total = new Decimal(g.totalAssets);
      return {
        existingFinancing: g.existingFinancing,
        totalAssets: g.totalAssets,
        effectiveAssets: total.times(g.share).div(100).toFixed(2, Decimal.ROUND_DOWN),
        totalLiabilities: total.times(g.debt).div(100).toFixed(2, Decimal.ROUND_DOWN),
        grade: g.grade,
        paidInCapital: g.paidInCapital,
        establishedOn: g.established,
        asOf: '2025-06-30',
        ...(g.requested !== undefined ? { requested: g.requested } : {}),
        ...(g.collateralValue !== undefined ? { collateralValue: g.collateralValue } : {}),
        ...(g.collateral !== undefined
          ? { collateral: g.collateral.map(({ appraisedValue, pledgeRatio }) => ({ appraisedValue, ...(pledgeRatio === undefined ? {} : { pledgeRatio }) })) }
          : {}),
        ...(g.productionStartedOn !== undefined ? { productionStartedOn: g.productionStartedOn } : {}),
        ...(g.debtCapacity !== undefined ? { debtCapacity: g.debtCapacity } : {}),
      };
    });
    const limitPolicies = fc.constantFrom<LimitPolicyInput | undefined>(
      undefined,
      { ...DEFAULT_CREDIT_POLICY.limit, capGrantedByCollateral: true, defaultPledgeRatio: '0.6' },
      { ...DEFAULT_CREDIT_POLICY.limit, newCompanyGrantedByCollateral: false },
    );

    const score = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    const ratings = fc.record({ performanceCapacity: score, creditPerformance: score, impression: score });
    const checks = fc.record({
      grade: fc.constantFrom(...ALL_GRADES),
      granted: amount,
      components: fc.record({ openReceivables: amount, openOrders: amount }),
      overdueAmount: amount,
      oldestOverdueDays: fc.integer({ min: 0, max: 400 }),
      blacklisted: fc.boolean(),
    });
    const decisions = fc.record({
      limit: limitInputs,
      policy: limitPolicies,
      granted: fc.bigInt({ min: 1n, max: 1_000_000_000n }).map((c) => new Decimal(c.toString()).div(100).toFixed(2)),
      outcome: fc.constantFrom('approve' as const, 'reject' as const, 'return' as const),
      roles: fc.subarray(['analyst', 'credit_manager', 'committee', 'sales']),
      maker: fc.boolean(),
      status: fc.constantFrom('submitted' as const, 'under_review' as const, 'approved' as const),
    }).map((g) => ({
      decision: g.outcome === 'approve'
        ? approve(g.granted)
        : { outcome: g.outcome, reasonCodes: ['grade-too-low' as const], note: 'n' },
      subject: { kind: 'application' as const, id: 'A1', status: g.status, requested: g.granted, preparedBy: ['maker'] },
      principal: { subject: g.maker ? 'maker' : 'checker', roles: g.roles },
      limit: { input: g.limit, ...(g.policy === undefined ? {} : { policy: g.policy }) },
    }));
    /** A receipt of each kind from random valid inputs. */
    const receipts = fc.oneof(
      fc.tuple(limitInputs, limitPolicies).map(([input, policy]) => () => limitReceipt(input, policy, { issuedAt: ISSUED })),
      ratings.map((scores) => () => ratingReceipt(scores, undefined, undefined, { issuedAt: ISSUED })),
      fc.tuple(checks, fc.option(amount, { nil: undefined })).map(([profile, order]) => () => checkReceipt(profile, order === undefined ? undefined : { amount: order }, undefined, { issuedAt: ISSUED })),
      decisions.map((input) => () => decisionReceipt(input, { issuedAt: ISSUED })),
    );

    it('a receipt of random valid inputs verifies (rating, limit, check, decision)', async () => {
      const kinds = new Set<string>();
      await fc.assert(fc.asyncProperty(receipts, async (make) => {
        const receipt = await make();
        kinds.add(receipt.kind);
        expect(await verifyReceipt(receipt)).to.include({ verified: true });
      }), { numRuns: 120 });
      expect([...kinds].sort()).to.deep.equal(['check', 'decision', 'limit', 'rating']);
    });

    /** Every string leaf of a receipt other than the digest, as a path, so a change can be made anywhere. */
    function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [path];
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([k, v]) => (path.length === 0 && k === 'digest' ? [] : leaves(v, [...path, Array.isArray(value) ? Number(k) : k])));
    }
    function change(receipt: Receipt, path: (string | number)[], salt: number): Receipt {
      const out = copy(receipt) as unknown as Record<string | number, unknown>;
      let node = out;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      const old = node[last];
      node[last] = typeof old === 'string' ? (/^\d+\.\d\d$/.test(old) ? new Decimal(old).plus('0.01').toFixed(2) : `${old}~${salt}`) : typeof old === 'number' ? old + 1 : !old;
      return out as unknown as Receipt;
    }

    it('any changed input, policy rule, step or result does not verify', async () => {
      await fc.assert(fc.asyncProperty(receipts, fc.nat(), fc.nat(), async (make, pick, salt) => {
        const receipt = await make();
        const all = leaves(receipt);
        const path = all[pick % all.length]!;
        const v = await verifyReceipt(change(receipt, path, salt));
        expect(v.verified, `changed ${path.join('.')}`).to.equal(false);
      }), { numRuns: 200 });
    });
  });
});
