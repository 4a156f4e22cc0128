import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '@credit-kit/core';
import { buildUrl, checkPathId } from './url.js';

describe('buildUrl', () => {
  it('fills and encodes path parameters', () => {
    expect(buildUrl('/api', '/customers/{id}/warning', { id: 'a b/c?d#e' })).to.equal('/api/customers/a%20b%2Fc%3Fd%23e/warning');
  });

  it('encodes the query in the given order, repeating arrays and leaving out undefined', () => {
    const url = buildUrl('https://h/api', '/warnings', {}, [
      ['level', undefined],
      ['customerId', ['A&B', 'C=D']],
      ['limit', 5],
    ]);
    expect(url).to.equal('https://h/api/warnings?customerId=A%26B&customerId=C%3DD&limit=5');
  });

  it('adds no question mark for an empty query', () => {
    expect(buildUrl('/api', '/credit-policy', {}, [['x', undefined]])).to.equal('/api/credit-policy');
  });
});

describe('checkPathId', () => {
  it('accepts ids and rejects empty, non-string, "." and ".."', () => {
    expect(checkPathId('C001', 'customerId')).to.equal('C001');
    for (const bad of ['', '.', '..', 7, undefined]) {
      expect(() => checkPathId(bad, 'customerId'), String(bad)).to.throw(CreditKitValidationError, 'customerId');
    }
  });
});
