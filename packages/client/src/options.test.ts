import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '@credit-kit/core';
import { resolveOptions, type ClientOptions } from './options.js';

function issuesOf(options: unknown): string[] {
  try {
    resolveOptions(options as ClientOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(CreditKitValidationError);
    return (error as CreditKitValidationError).issues.map((issue) => issue.path);
  }
  return [];
}

describe('client options', () => {
  it('accepts absolute http(s) URLs and absolute paths, without trailing slashes', () => {
    expect(resolveOptions({ baseUrl: 'https://erp.example.com/api/credit/v1/' }).baseUrl).to.equal('https://erp.example.com/api/credit/v1');
    expect(resolveOptions({ baseUrl: 'http://localhost:4010' }).baseUrl).to.equal('http://localhost:4010');
    expect(resolveOptions({ baseUrl: '/api/credit/v1' }).baseUrl).to.equal('/api/credit/v1');
  });

  it('rejects every other base URL', () => {
    for (const baseUrl of ['', 'api/credit/v1', 'ftp://erp.example.com', '//cdn.example.com/api', 'https://x/api?v=1', '/api#x', 42, undefined]) {
      expect(issuesOf({ baseUrl }), String(baseUrl)).to.deep.equal(['baseUrl']);
    }
  });

  it('fills in the defaults', () => {
    const resolved = resolveOptions({ baseUrl: '/api' });
    expect(resolved.timeoutMs).to.equal(15_000);
    expect(resolved.retry).to.include({ maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 10_000 });
    expect(resolved.batchWindowMs).to.equal(10);
    expect(resolved.policyCacheMs).to.equal(60_000);
    expect(resolveOptions({ baseUrl: '/api', retry: false }).retry.maxAttempts).to.equal(1);
  });

  it('names every bad option at once', () => {
    const paths = issuesOf({
      baseUrl: '/api',
      headers: { Authorization: 5 },
      getHeaders: 'token',
      credentials: 'always',
      csrf: { headerName: 'X CSRF', getToken: null },
      fetch: {},
      timeoutMs: 0,
      batchWindowMs: -1,
      policyCacheMs: Number.NaN,
      retry: { maxAttempts: 1.5, baseDelayMs: -1, maxDelayMs: Infinity, random: 1, sleep: 'no' },
    });
    expect(paths).to.have.members([
      'headers',
      'getHeaders',
      'credentials',
      'csrf.headerName',
      'csrf.getToken',
      'fetch',
      'timeoutMs',
      'batchWindowMs',
      'policyCacheMs',
      'retry.maxAttempts',
      'retry.baseDelayMs',
      'retry.maxDelayMs',
      'retry.random',
      'retry.sleep',
    ]);
  });

  it('accepts Infinity as "no timeout"', () => {
    expect(resolveOptions({ baseUrl: '/api', timeoutMs: Infinity }).timeoutMs).to.equal(Infinity);
  });
});
