import { expect } from '@open-wc/testing';
import { QueryParamError, readDateParam, readIntegerParam, readListParam } from './query-params.js';

const q = (text: string) => new URLSearchParams(text);
const errorOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('reading the contract\'s query parameters', () => {
  const bounds = { fallback: 20, min: 1, max: 200 };

  it('an integer: absent → the fallback, above the maximum → the maximum, not whole or below the minimum → a named error', () => {
    expect(readIntegerParam(q(''), 'pageSize', bounds)).to.equal(20);
    expect(readIntegerParam(q('pageSize='), 'pageSize', bounds)).to.equal(20);
    expect(readIntegerParam(q('pageSize=50'), 'pageSize', bounds)).to.equal(50);
    expect(readIntegerParam(q('pageSize=5000'), 'pageSize', bounds)).to.equal(200);
    const notWhole = errorOf(() => readIntegerParam(q('pageSize=2.5'), 'pageSize', bounds)) as QueryParamError;
    expect(notWhole).to.be.instanceOf(QueryParamError);
    expect([notWhole.param, notWhole.message]).to.deep.equal(['pageSize', 'Query parameter pageSize must be a whole number, not "2.5".']);
    expect((errorOf(() => readIntegerParam(q('pageSize=0'), 'pageSize', bounds)) as Error).message).to.equal('Query parameter pageSize must be at least 1, not 0.');
  });

  it('a date: a real calendar day, or absent', () => {
    expect(readDateParam(q('asOf=2024-02-29'), 'asOf')).to.equal('2024-02-29');
    expect(readDateParam(q(''), 'asOf')).to.equal(undefined);
    expect(errorOf(() => readDateParam(q('asOf=2026-02-30'), 'asOf'))).to.be.instanceOf(QueryParamError);
  });

  it('a list: repeated and comma-separated values, empty ones dropped', () => {
    expect(readListParam(q('customerId=C1,C2&customerId=%20C3%20&customerId='), 'customerId')).to.deep.equal(['C1', 'C2', 'C3']);
  });
});
