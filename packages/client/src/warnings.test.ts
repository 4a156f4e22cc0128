import { expect, waitUntil } from '@open-wc/testing';
import type { WarningStatus } from '@credit-kit/core';
import { ApiError } from './errors.js';
import { warning } from './test-support/fixtures.js';
import { deferred, json, problem, type RecordedRequest } from './test-support/fake-fetch.js';
import { BASE, rejectionOf, setup } from './test-support/setup.js';

const ids = (n: number, prefix = 'C') => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);

/** A fake host: `/warnings?customerId=…` answers for the ids it knows; `/customers/{id}/warning` for any id. */
function warningHost(options: { unknown?: readonly string[] } = {}) {
  const unknown = new Set(options.unknown ?? []);
  return (request: RecordedRequest) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(BASE).pathname.length);
    if (path === '/warnings') {
      const items = url.searchParams.getAll('customerId').filter((id) => !unknown.has(id)).map((id) => warning(id, 'yellow'));
      return json({ items });
    }
    const single = /^\/customers\/([^/]+)\/warning$/.exec(path);
    if (single) return json(warning(decodeURIComponent(single[1]!), 'red'));
    return problem(404);
  };
}

describe('warnings', () => {
  describe('conditional GET', () => {
    it('revalidates with If-None-Match and returns the remembered body on 304', async () => {
      const first = warning('C001', 'orange');
      const second = warning('C001', 'red');
      let served = 0;
      const { client, fake } = setup((request) => {
        served += 1;
        if (served === 1) return json(first, { headers: { ETag: '"v1"' } });
        if (request.headers.get('If-None-Match') === '"v1"' && served === 2) return new Response(null, { status: 304 });
        return json(second, { headers: { ETag: '"v2"' } });
      });
      expect(await client.getWarning('C001')).to.deep.equal(first);
      expect(await client.getWarning('C001')).to.deep.equal(first);
      expect(await client.getWarning('C001')).to.deep.equal(second);
      expect(fake.requests.map((r) => r.headers.get('If-None-Match'))).to.deep.equal([null, '"v1"', '"v1"']);
      expect(await client.getWarning('C001')).to.deep.equal(second);
      expect(fake.requests[3]!.headers.get('If-None-Match')).to.equal('"v2"');
    });

    it('remembers per URL and not without an ETag', async () => {
      const { client, fake } = setup((request) =>
        request.url.includes('C002') ? json(warning('C002')) : json(warning('C001'), { headers: { ETag: 'W/"a"' } }),
      );
      await client.getWarning('C001');
      await client.getWarning('C002');
      await client.getWarning('C001');
      await client.getWarning('C002');
      expect(fake.requests.map((r) => r.headers.get('If-None-Match'))).to.deep.equal([null, null, 'W/"a"', null]);
    });

    it('forgets the ETags on clearCache', async () => {
      const { client, fake } = setup(() => json(warning('C001'), { headers: { ETag: '"x"' } }));
      await client.getWarning('C001');
      client.clearCache();
      await client.getWarning('C001');
      expect(fake.requests[1]!.headers.get('If-None-Match')).to.equal(null);
    });
  });

  describe('batching', () => {
    it('coalesces 20 concurrent lookups into one request and gives each caller its own status', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      const wanted = ids(20);
      const results = await Promise.all(wanted.map((id) => client.getWarning(id)));
      expect(fake.requests).to.have.length(1);
      const url = new URL(fake.requests[0]!.url);
      expect(url.pathname).to.equal('/api/credit/v1/warnings');
      expect(url.searchParams.getAll('customerId')).to.deep.equal(wanted);
      expect(results.map((r) => r.customerId)).to.deep.equal(wanted);
      expect(results.every((r) => r.level === 'yellow')).to.equal(true);
    });

    it('falls back to the individual endpoint for a customer the batch answer lacks', async () => {
      const { client, fake } = setup(warningHost({ unknown: ['C007'] }), { batchWindowMs: 10 });
      const results = await Promise.all(ids(20).map((id) => client.getWarning(id)));
      expect(fake.requests).to.have.length(2);
      expect(fake.requests[1]!.url).to.equal(`${BASE}/customers/C007/warning`);
      expect(results[6]).to.deep.equal(warning('C007', 'red'));
      expect(results[5]).to.deep.equal(warning('C006', 'yellow'));
    });

    it('sends at most 100 ids per request', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      const wanted = ids(250);
      const results = await Promise.all(wanted.map((id) => client.getWarning(id)));
      const sizes = fake.requests.map((r) => new URL(r.url).searchParams.getAll('customerId').length);
      expect(sizes).to.deep.equal([100, 100, 50]);
      expect(results.map((r) => r.customerId)).to.deep.equal(wanted);
    });

    it('asks once for an id requested twice in a window', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      const [a, b, c] = await Promise.all([client.getWarning('C001'), client.getWarning('C002'), client.getWarning('C001')]);
      expect(new URL(fake.requests[0]!.url).searchParams.getAll('customerId')).to.deep.equal(['C001', 'C002']);
      expect(a).to.equal(c);
      expect(b.customerId).to.equal('C002');
    });

    it('uses the individual, conditional endpoint for a lone lookup', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      expect(await client.getWarning('C001')).to.deep.equal(warning('C001', 'red'));
      expect(fake.requests[0]!.url).to.equal(`${BASE}/customers/C001/warning`);
    });

    it('makes separate batches for separate windows', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      await Promise.all([client.getWarning('C001'), client.getWarning('C002')]);
      await Promise.all([client.getWarning('C003'), client.getWarning('C004')]);
      expect(fake.requests).to.have.length(2);
    });

    it('lets one caller abort while the others get their status', async () => {
      const { client, fake } = setup(warningHost(), { batchWindowMs: 10 });
      const controller = new AbortController();
      const aborted = client.getWarning('C001', { signal: controller.signal });
      const others = Promise.all([client.getWarning('C002'), client.getWarning('C003')]);
      controller.abort();
      expect(((await rejectionOf(aborted)) as DOMException).name).to.equal('AbortError');
      const statuses = await others;
      expect(statuses.map((s: WarningStatus) => s.customerId)).to.deep.equal(['C002', 'C003']);
      // C001 was dropped before the batch left.
      expect(new URL(fake.requests[0]!.url).searchParams.getAll('customerId')).to.deep.equal(['C002', 'C003']);
    });

    it('aborts the batch request once all of its callers have aborted', async () => {
      const gate = deferred<void>();
      const { client, fake } = setup(
        async (request) => {
          await gate.promise;
          return warningHost()(request);
        },
        { batchWindowMs: 5 },
      );
      const controllers = [new AbortController(), new AbortController()];
      const pending = ['C001', 'C002'].map((id, i) => client.getWarning(id, { signal: controllers[i]!.signal }));
      await waitUntil(() => fake.requests.length === 1, 'one batched request');
      controllers[0]!.abort();
      expect(fake.requests[0]!.signal!.aborted).to.equal(false);
      controllers[1]!.abort();
      expect(fake.requests[0]!.signal!.aborted).to.equal(true);
      for (const p of pending) expect(((await rejectionOf(p)) as DOMException).name).to.equal('AbortError');
      gate.resolve();
    });

    it('rejects every caller with the batch request’s error', async () => {
      const { client } = setup(() => problem(403, { title: 'Forbidden' }), { batchWindowMs: 10 });
      const errors = await Promise.all(['C001', 'C002'].map((id) => rejectionOf(client.getWarning(id))));
      for (const e of errors) expect((e as ApiError).status).to.equal(403);
    });
  });
});
