// End to end: the real client on the real mock backend (dev-only: the mock package never imports the client).
import { expect } from '@open-wc/testing';
import { ApiError, createClient, NetworkError, newIdempotencyKey, ResponseValidationError } from '@credit-kit/client';
import { createMockBackend } from '../index.js';
import { applicationInput } from '../test-support/application-input.js';

const API = '/api/credit/v1';

describe('the client on the mock backend', () => {
  it('a submission whose response is lost is retried with the same key and creates exactly one application', async () => {
    const backend = createMockBackend({ seed: 7 });
    let dropped = 0;
    // The server handles the first POST, then the connection dies before the answer arrives.
    const flakyFetch: typeof fetch = async (input, init) => {
      const response = await backend.fetch(input as RequestInfo, init);
      if ((init?.method ?? 'GET') === 'POST' && dropped === 0) {
        dropped++;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const client = createClient({ baseUrl: API, fetch: flakyFetch, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    const key = newIdempotencyKey();
    const application = await client.submitApplication(applicationInput(backend) as never, { idempotencyKey: key });
    expect(dropped).to.equal(1);
    expect(backend.state.applications.map((a) => a.id)).to.deep.equal([application.id]);
    const posts = backend.state.requests.filter((r) => r.method === 'POST');
    expect(posts.length).to.equal(2);
    expect(posts.map((r) => r.headers['idempotency-key'])).to.deep.equal([key, key]);
    // Submitting the same draft again (a double click after the answer) still creates nothing new.
    const again = await client.submitApplication(applicationInput(backend) as never, { idempotencyKey: key });
    expect(again.id).to.equal(application.id);
    expect(backend.state.applications.length).to.equal(1);
  });

  it('surfaces each failure as its typed error', async () => {
    const backend = createMockBackend({ seed: 7 });
    const client = createClient({ baseUrl: API, fetch: backend.fetch, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } });
    const customerId = backend.dataset.customers[0]!.customer.id;

    backend.setKnobs({ routeStatus: { 'GET /customers/{id}': 500 } });
    const apiError = await client.getCustomer(customerId).catch((e: unknown) => e);
    expect(apiError).to.be.instanceOf(ApiError);
    expect((apiError as ApiError).status).to.equal(500);

    backend.setKnobs({ routeStatus: { 'GET /customers/{id}': { status: 503, times: 1 } } });
    expect((await client.getCustomer(customerId)).id).to.equal(customerId);

    backend.setKnobs({ routeStatus: {}, malformedRate: 1, malformedKind: 'wrong-shape' });
    expect(await client.getFinancials(customerId).catch((e: unknown) => e)).to.be.instanceOf(ResponseValidationError);

    const offline = createClient({ baseUrl: API, fetch: () => Promise.reject(new TypeError('Failed to fetch')), retry: false });
    expect(await offline.getCustomer(customerId).catch((e: unknown) => e)).to.be.instanceOf(NetworkError);
  });
});
