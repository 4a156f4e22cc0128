import { expect, waitUntil } from '@open-wc/testing';
import { CreditKitError } from '@credit-kit/core';
import { ApiError, NetworkError, ResponseValidationError, TimeoutError } from './errors.js';
import { customer } from './test-support/fixtures.js';
import { json, networkFailure, never, problem, scripted } from './test-support/fake-fetch.js';
import { rejectionOf, setup, wait } from './test-support/setup.js';

describe('client errors', () => {
  it('raises ResponseValidationError for malformed JSON, naming the endpoint, without retrying', async () => {
    const { client, fake } = setup(scripted(() => new Response('{"id": "C001", ', { headers: { 'Content-Type': 'application/json' } })));
    const error = await rejectionOf(client.getCustomer('C001'));
    expect(error).to.be.instanceOf(ResponseValidationError).and.instanceOf(CreditKitError);
    const e = error as ResponseValidationError;
    expect(e.endpoint).to.equal('GET /customers/{id}');
    expect(e.issues).to.have.length(1);
    expect(e.issues[0]!.code).to.equal('invalid_json');
    expect(e.issues[0]!.message).to.contain('not valid JSON');
    expect(e.message).to.contain('GET /customers/{id}').and.contain('not valid JSON');
    expect(fake.requests).to.have.length(1);
  });

  it('names the content type when an HTML page comes back instead of JSON', async () => {
    const { client } = setup(scripted(() => new Response('<!doctype html><p>Login</p>', { headers: { 'Content-Type': 'text/html' } })));
    const e = (await rejectionOf(client.getCustomer('C001'))) as ResponseValidationError;
    expect(e).to.be.instanceOf(ResponseValidationError);
    expect(e.issues[0]!.message).to.contain('text/html');
  });

  it('raises ResponseValidationError for an empty success body', async () => {
    const { client } = setup(scripted(() => new Response('', { status: 200 })));
    const e = (await rejectionOf(client.getCreditProfile('C001'))) as ResponseValidationError;
    expect(e).to.be.instanceOf(ResponseValidationError);
    expect(e.endpoint).to.equal('GET /customers/{id}/credit-profile');
    expect(e.issues[0]!.message).to.contain('empty');
  });

  it('names each bad path of a body with wrong types', async () => {
    const bad = { ...customer(), id: 42, establishedOn: '2021-02-30' };
    const { client } = setup(scripted(() => json(bad)));
    const e = (await rejectionOf(client.getCustomer('C001'))) as ResponseValidationError;
    expect(e).to.be.instanceOf(ResponseValidationError);
    expect(e.status).to.equal(200);
    const paths = e.issues.map((issue) => issue.path);
    expect(paths).to.have.members(['id', 'establishedOn']);
    expect(e.issues.find((issue) => issue.path === 'id')!.message).to.equal('must be a string');
    expect(e.message).to.contain('id must be a string');
  });

  it('names nested paths in a page of results', async () => {
    const page = { items: [customer('C1'), { ...customer('C2'), currency: 'cny' }], page: 1, pageSize: 20, total: 2 };
    const { client } = setup(scripted(() => json(page)));
    const e = (await rejectionOf(client.listCustomers())) as ResponseValidationError;
    expect(e.endpoint).to.equal('GET /customers');
    expect(e.issues).to.deep.equal([
      { path: 'items[1].currency', code: 'invalid_format', message: 'must be an ISO 4217 currency code such as "CNY"' },
    ]);
  });

  it('never resolves to undefined: a JSON null body is a validation error', async () => {
    const { client } = setup(scripted(() => json(null)));
    const e = await rejectionOf(client.getCustomer('C001'));
    expect(e).to.be.instanceOf(ResponseValidationError);
  });

  it('retries a 500 and succeeds on the following 200', async () => {
    const { client, fake, delays } = setup(scripted(() => problem(500, { title: 'Boom' }), () => json(customer())));
    const result = await client.getCustomer('C001');
    expect(result).to.deep.equal(customer());
    expect(fake.requests).to.have.length(2);
    // First backoff: random 0.5 × min(10000, 300 · 2^0) = 150.
    expect(delays).to.deep.equal([150]);
  });

  it('gives up after maxAttempts 503s with an ApiError carrying the problem details', async () => {
    const { client, fake, delays } = setup(scripted(() => problem(503, { title: 'Maintenance', detail: 'Back at 04:00' })));
    const e = (await rejectionOf(client.getCustomer('C001'))) as ApiError;
    expect(e).to.be.instanceOf(ApiError).and.instanceOf(CreditKitError);
    expect(e.status).to.equal(503);
    expect(e.endpoint).to.equal('GET /customers/{id}');
    expect(e.problem).to.deep.include({ title: 'Maintenance', detail: 'Back at 04:00', status: 503 });
    expect(e.message).to.contain('503').and.contain('Back at 04:00');
    expect(fake.requests).to.have.length(3);
    // Full jitter with random 0.5: 0.5 × 300 = 150, then 0.5 × 600 = 300.
    expect(delays).to.deep.equal([150, 300]);
  });

  it('honours maxAttempts and maxDelayMs', async () => {
    const { client, fake, delays } = setup(scripted(() => problem(502)), { retry: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 2500 } });
    await rejectionOf(client.getCustomer('C001'));
    expect(fake.requests).to.have.length(5);
    // Ceilings 1000, 2000, min(2500, 4000), min(2500, 8000); halved by random 0.5.
    expect(delays).to.deep.equal([500, 1000, 1250, 1250]);
  });

  it('does not retry a 404 and reads an HTML error page leniently', async () => {
    const { client, fake } = setup(
      scripted(() => new Response('<html>gone</html>', { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'text/html' } })),
    );
    const e = (await rejectionOf(client.getCustomer('C404'))) as ApiError;
    expect(e).to.be.instanceOf(ApiError);
    expect(e.status).to.equal(404);
    expect(e.problem).to.deep.equal({ status: 404, title: 'Not Found' });
    expect(e.fieldErrors).to.deep.equal([]);
    expect(fake.requests).to.have.length(1);
  });

  it('does not retry with retry: false', async () => {
    const { client, fake } = setup(scripted(() => problem(503)), { retry: false });
    const e = (await rejectionOf(client.getCustomer('C001'))) as ApiError;
    expect(e.status).to.equal(503);
    expect(fake.requests).to.have.length(1);
  });

  it('raises NetworkError with the cause after retrying network failures', async () => {
    const { client, fake } = setup(scripted(networkFailure));
    const e = (await rejectionOf(client.getFinancials('C001'))) as NetworkError;
    expect(e).to.be.instanceOf(NetworkError).and.instanceOf(CreditKitError);
    expect(e.endpoint).to.equal('GET /customers/{id}/financials');
    expect(e.cause).to.be.instanceOf(TypeError);
    expect(fake.requests).to.have.length(3);
  });

  it('raises TimeoutError when no response arrives in time, and aborts the fetch', async () => {
    const { client, fake } = setup(scripted(never), { timeoutMs: 30, retry: false });
    const e = (await rejectionOf(client.getCustomer('C001'))) as TimeoutError;
    expect(e).to.be.instanceOf(TimeoutError).and.instanceOf(CreditKitError);
    expect(e.timeoutMs).to.equal(30);
    expect(e.endpoint).to.equal('GET /customers/{id}');
    expect(fake.requests[0]!.signal!.aborted).to.equal(true);
  });

  it('retries timeouts like network errors', async () => {
    const { client, fake } = setup(scripted(never, () => json(customer())), { timeoutMs: 20 });
    expect(await client.getCustomer('C001')).to.deep.equal(customer());
    expect(fake.requests).to.have.length(2);
  });

  it('times out a custom fetch that ignores its signal', async () => {
    const ignoring = (() => never()) as typeof fetch;
    const { client } = setup(scripted(never), { fetch: ignoring, timeoutMs: 20, retry: false });
    expect(await rejectionOf(client.getCustomer('C001'))).to.be.instanceOf(TimeoutError);
  });

  it('rejects with an AbortError when the caller aborts, and does not retry', async () => {
    const { client, fake } = setup(scripted(never));
    const controller = new AbortController();
    const pending = client.getCustomer('C001', { signal: controller.signal });
    await waitUntil(() => fake.requests.length === 1, 'request sent');
    controller.abort();
    const e = (await rejectionOf(pending)) as DOMException;
    expect(e).to.be.instanceOf(DOMException);
    expect(e.name).to.equal('AbortError');
    await wait(20);
    expect(fake.requests).to.have.length(1);
    expect(fake.requests[0]!.signal!.aborted).to.equal(true);
  });

  it('rejects with the signal’s own reason, unwrapped', async () => {
    const { client } = setup(scripted(never));
    const controller = new AbortController();
    const reason = new Error('widget disconnected');
    const pending = client.getCustomer('C001', { signal: controller.signal });
    controller.abort(reason);
    expect(await rejectionOf(pending)).to.equal(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { client, fake } = setup(scripted(() => json(customer())));
    const e = (await rejectionOf(client.getCustomer('C001', { signal: AbortSignal.abort() }))) as DOMException;
    expect(e.name).to.equal('AbortError');
    expect(fake.requests).to.have.length(0);
  });

  it('stops waiting between attempts when aborted during the backoff', async () => {
    const { client, fake } = setup(scripted(() => problem(503)), {
      // A backoff longer than the test's own timeout: only an abort that ends the wait lets it finish.
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, random: () => 1, sleep: undefined as never },
    });
    const controller = new AbortController();
    const pending = client.getCustomer('C001', { signal: controller.signal });
    await waitUntil(() => fake.requests.length === 1, 'first attempt sent');
    controller.abort();
    const e = (await rejectionOf(pending)) as DOMException;
    expect(e.name).to.equal('AbortError');
    expect(fake.requests).to.have.length(1);
  });

  it('waits as long as Retry-After asks (delta-seconds)', async () => {
    const { client, fake, delays } = setup(scripted(() => problem(429, {}, { 'Retry-After': '1' }), () => json(customer())));
    expect(await client.getCustomer('C001')).to.deep.equal(customer());
    expect(delays).to.deep.equal([1000]);
    expect(fake.requests).to.have.length(2);
  });

  it('waits until the Retry-After HTTP-date', async () => {
    // HTTP-dates have whole seconds: 5 s ahead, truncated, is between 4 and 5 s ahead.
    const at = new Date(Date.now() + 5000).toUTCString();
    const { client, delays } = setup(scripted(() => problem(503, {}, { 'Retry-After': at }), () => json(customer())));
    await client.getCustomer('C001');
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(3900, 5000);
  });

  it('ends the retries when Retry-After exceeds maxDelayMs', async () => {
    const { client, fake, delays } = setup(scripted(() => problem(429, {}, { 'Retry-After': '60' }), () => json(customer())));
    const e = (await rejectionOf(client.getCustomer('C001'))) as ApiError;
    expect(e.status).to.equal(429);
    expect(e.retryAfterMs).to.equal(60_000);
    expect(fake.requests).to.have.length(1);
    expect(delays).to.deep.equal([]);
  });

  it('carries the field errors of a 422', async () => {
    const errors = [{ path: 'request.amount', code: 'too_big', message: 'exceeds the maximum limit' }];
    const { client } = setup(scripted(() => problem(422, { title: 'Invalid application', errors })));
    const e = (await rejectionOf(client.getApplication('APP1'))) as ApiError;
    expect(e.status).to.equal(422);
    expect(e.fieldErrors).to.deep.equal(errors);
  });

  it('rejects an empty id before sending anything', async () => {
    const { client, fake } = setup(scripted(() => json(customer())));
    const e = (await rejectionOf(client.getCustomer(''))) as CreditKitError;
    expect(e.name).to.equal('CreditKitValidationError');
    expect(e.message).to.contain('customerId');
    expect(await rejectionOf(client.getCustomer('..'))).to.be.instanceOf(CreditKitError);
    expect(fake.requests).to.have.length(0);
  });

  it('rejects a bad query before sending anything', async () => {
    const { client, fake } = setup(scripted(() => json({ items: [], nextCursor: null })));
    const e = (await rejectionOf(client.listReceivables({ asOf: '2026-13-01', limit: 0 }))) as CreditKitError;
    expect(e.name).to.equal('CreditKitValidationError');
    expect(e.message).to.contain('asOf must be a date').and.contain('limit must be a whole number');
    expect(fake.requests).to.have.length(0);
  });
});
