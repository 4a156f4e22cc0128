import { expect } from '@open-wc/testing';
import { createClient } from './client.js';
import { ApiError } from './errors.js';
import { createApplicationServer } from './test-support/fake-application-server.js';
import { application, applicationInput } from './test-support/fixtures.js';
import { createFakeFetch, json, problem, scripted, type FakeHandler } from './test-support/fake-fetch.js';
import { BASE, rejectionOf, setup } from './test-support/setup.js';

describe('submitApplication idempotency', () => {
  it('retries after a lost response with the same key, and the server creates one application', async () => {
    const server = createApplicationServer();
    let calls = 0;
    // The first request reaches the server, which creates the application, but the response is lost.
    const handler: FakeHandler = async (request, index) => {
      calls += 1;
      const response = await server.handler(request, index);
      if (calls === 1) throw new TypeError('Failed to fetch');
      return response;
    };
    const { client, fake } = setup(handler);
    const result = await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-42' });
    expect(fake.requests).to.have.length(2);
    expect(fake.requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['draft-42', 'draft-42']);
    expect(fake.requests[1]!.body).to.equal(fake.requests[0]!.body);
    expect(server.created).to.equal(1);
    expect(result.id).to.equal('APP000001');
  });

  it('shares a double-click in flight: one request, one application', async () => {
    const server = createApplicationServer({ processingMs: 20 });
    const { client, fake } = setup(server.handler);
    const [a, b] = await Promise.all([
      client.submitApplication(applicationInput(), { idempotencyKey: 'draft-1' }),
      client.submitApplication(applicationInput(), { idempotencyKey: 'draft-1' }),
    ]);
    expect(fake.requests).to.have.length(1);
    expect(server.created).to.equal(1);
    expect(a.id).to.equal(b.id);
  });

  it('gets the same application back when the same draft is submitted again', async () => {
    const server = createApplicationServer();
    const { client, fake } = setup(server.handler);
    const first = await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-2' });
    const again = await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-2' });
    expect(again).to.deep.equal(first);
    expect(server.created).to.equal(1);
    expect(fake.requests).to.have.length(2);
  });

  it('waits out a 409 from another tab still submitting the same key, then gets the replay', async () => {
    const server = createApplicationServer({ processingMs: 30 });
    const fake = createFakeFetch(server.handler);
    // Two clients (two tabs) share the server; real sleeps: random 1 → waits of 40 ms, then 80 ms.
    const options = { baseUrl: BASE, fetch: fake.fetch, retry: { baseDelayMs: 40, random: () => 1 } };
    const [a, b] = await Promise.all([
      createClient(options).submitApplication(applicationInput(), { idempotencyKey: 'draft-3' }),
      createClient(options).submitApplication(applicationInput(), { idempotencyKey: 'draft-3' }),
    ]);
    expect(a.id).to.equal(b.id);
    expect(server.created).to.equal(1);
    expect(fake.requests.length).to.be.at.least(3);
  });

  it('does not retry a 422 (same key, different body)', async () => {
    const server = createApplicationServer();
    const { client, fake } = setup(server.handler);
    await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-4' });
    const changed = applicationInput();
    changed.request.amount = '600000.00';
    const e = (await rejectionOf(client.submitApplication(changed, { idempotencyKey: 'draft-4' }))) as ApiError;
    expect(e).to.be.instanceOf(ApiError);
    expect(e.status).to.equal(422);
    expect(e.endpoint).to.equal('POST /credit-applications');
    expect(fake.requests).to.have.length(2);
    expect(server.created).to.equal(1);
  });

  it('retries a 503 with the same key', async () => {
    const { client, fake } = setup(
      scripted(
        () => problem(503),
        () => json(application('APP9', 'CA-9'), { status: 201 }),
      ),
    );
    await client.submitApplication(applicationInput(), { idempotencyKey: 'draft-5' });
    expect(fake.requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['draft-5', 'draft-5']);
  });
});
