import { expect } from '@open-wc/testing';
import { CreditKitError, CreditKitValidationError } from '@credit-kit/core';
import { createClient } from './client.js';
import { configure, findDefaultClient, getDefaultClient, setDefaultClient } from './default-client.js';

describe('page-wide default client', () => {
  afterEach(() => setDefaultClient(undefined));

  it('throws a CreditKitError that says how to configure one when there is none', () => {
    setDefaultClient(undefined);
    expect(() => getDefaultClient()).to.throw(CreditKitError, 'configure({ baseUrl })');
    expect(findDefaultClient()).to.equal(undefined);
  });

  it('configure creates and stores the default client', () => {
    const client = configure({ baseUrl: '/api/credit/v1' });
    expect(getDefaultClient()).to.equal(client);
    expect(client.baseUrl).to.equal('/api/credit/v1');
  });

  it('setDefaultClient replaces it', () => {
    configure({ baseUrl: '/a' });
    const other = createClient({ baseUrl: '/b' });
    setDefaultClient(other);
    expect(getDefaultClient()).to.equal(other);
  });

  it('configure validates its options and keeps the previous client on failure', () => {
    const client = configure({ baseUrl: '/a' });
    expect(() => configure({ baseUrl: 'ftp://x' })).to.throw(CreditKitValidationError);
    expect(getDefaultClient()).to.equal(client);
  });
});
