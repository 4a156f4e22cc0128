import { expect } from '@open-wc/testing';
import { rateInHouse, ratingSource } from './rating-source.js';
import { validationError, paths } from './test-support/expect-validation-error.js';

// 002 篇二 评级方法: "对拟融资总量不超过100万元的法人客户,由客户经理…进行内部评级,但信用等级最高不超过AA级(含);
// 对能够出具他行省级分支机构、省联社认可的专业评级机构评级证书的,可直接认同。除此之外,均需委托…进行评级。"
describe('ratingSource', () => {
  it('allows an in-house rating, capped at AA, while existing + requested is at most 1,000,000 (inclusive)', () => {
    expect(ratingSource({ existingFinancing: '600000', requested: '400000' })).to.deep.equal({ kind: 'in-house', intendedTotal: '1000000.00', maxGrade: 'AA' });
  });

  it('requires a commissioned rating a cent above it — a typed result, not a throw', () => {
    expect(ratingSource({ existingFinancing: '600000', requested: '400000.01' })).to.deep.equal({
      kind: 'commissioned-required', intendedTotal: '1000000.01', reason: 'above-in-house-limit',
    });
    // Existing financing alone under the limit does not decide: the intended total does.
    expect(ratingSource({ existingFinancing: '100', requested: '2000000' }).kind).to.equal('commissioned-required');
  });

  it('accepts a recognised certificate as is (直接认同), with its issuer and date, at any amount', () => {
    const certificate = { grade: 'AAA', issuer: 'Provincial branch of Bank X', ratedOn: '2025-03-01', recognised: true };
    expect(ratingSource({ existingFinancing: '9000000', requested: '1000000', certificate })).to.deep.equal({
      kind: 'external', intendedTotal: '10000000.00', rated: { grade: 'AAA', source: 'external', issuer: 'Provincial branch of Bank X', ratedOn: '2025-03-01' },
    });
    expect(ratingSource({ existingFinancing: '9000000', requested: '0', certificate: { ...certificate, recognised: false } }).kind).to.equal('commissioned-required');
  });

  it('names bad paths', () => {
    expect(paths(validationError(() => ratingSource({ existingFinancing: '-1', requested: 'x', certificate: { grade: 'AAA+', issuer: ' ', ratedOn: '2025-1-1', recognised: true } }))))
      .to.have.members(['existingFinancing', 'requested', 'certificate.grade', 'certificate.issuer', 'certificate.ratedOn']);
  });
});

describe('rateInHouse', () => {
  const top = { performanceCapacity: 100, creditPerformance: 100, impression: 100 };

  it('rates in-house within the limit, capped at AA, with source, issuer and date', () => {
    const r = rateInHouse(top, { existingFinancing: '0', requested: '1000000' }, { issuer: 'Branch 12', ratedOn: '2025-06-30' });
    if (r.kind !== 'rated') expect.fail(r.kind);
    expect([r.result.grade, r.result.capped, r.rated]).to.deep.equal(['AA', true, { grade: 'AA', source: 'in-house', issuer: 'Branch 12', ratedOn: '2025-06-30' }]);
  });

  it('says a commissioned rating is required above the limit', () => {
    expect(rateInHouse(top, { existingFinancing: '1', requested: '1000000' }, { ratedOn: '2025-06-30' }).kind).to.equal('commissioned-required');
  });
});
