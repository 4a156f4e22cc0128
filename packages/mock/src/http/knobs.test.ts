import { expect } from '@open-wc/testing';
import {
  agingReportSchema,
  creditPolicySchema,
  customerPageSchema,
  customerSchema,
  receivablePageSchema,
  warningListSchema,
  warningStatusSchema,
} from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { KnobController } from './knobs.js';
import { json, passes, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const ENDPOINTS = [
  [`${API}/customers`, customerPageSchema],
  [`${API}/customers/C001`, customerSchema],
  [`${API}/customers/C001/warning`, warningStatusSchema],
  [`${API}/warnings`, warningListSchema],
  [`${API}/credit-policy`, creditPolicySchema],
  [`${API}/receivables`, receivablePageSchema],
  [`${API}/receivables/aging`, agingReportSchema],
] as const;

async function statuses(backend: ReturnType<typeof createMockBackend>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await backend.fetch(`${API}/credit-policy`)).status);
  return out;
}

describe('knobs', () => {
  it('failureRate 1 answers every route with a 503 problem, and still counts the hits', async () => {
    const backend = createMockBackend({ receivables: 20, failureRate: 1, retryAfterSeconds: 2 });
    for (const [url] of ENDPOINTS) {
      const response = await backend.fetch(url);
      const body = await problem(response, 503);
      expect(body.detail).to.match(/failureRate/);
      expect(response.headers.get('Retry-After')).to.equal('2');
    }
    expect(backend.hits('GET /credit-policy')).to.equal(1);
  });

  it('fails a seeded share of requests, the same ones for the same seed', async () => {
    const a = await statuses(createMockBackend({ receivables: 10, seed: 4, failureRate: 0.3 }), 200);
    const b = await statuses(createMockBackend({ receivables: 10, seed: 4, failureRate: 0.3 }), 200);
    const c = await statuses(createMockBackend({ receivables: 10, seed: 5, failureRate: 0.3 }), 200);
    expect(a).to.deep.equal(b);
    expect(a).not.to.deep.equal(c);
    const failed = a.filter((s) => s === 503).length;
    expect(failed).to.be.within(35, 85);
    expect(a.every((s) => s === 200 || s === 503)).to.equal(true);
  });

  it('malformedRate 1 breaks every successful body: cut-off JSON or a shape that fails the schema', async () => {
    for (const kind of ['invalid-json', 'wrong-shape', 'mixed'] as const) {
      const backend = createMockBackend({ receivables: 20, malformedRate: 1, malformedKind: kind });
      for (const [url, schema] of ENDPOINTS) {
        const response = await backend.fetch(url);
        expect(response.status).to.equal(200);
        const text = await response.text();
        let parsed: unknown;
        let parses = true;
        try {
          parsed = JSON.parse(text);
        } catch {
          parses = false;
        }
        if (kind === 'invalid-json') expect(parses, `${url} ${text.slice(0, 60)}`).to.equal(false);
        if (kind === 'wrong-shape') expect(parses, url).to.equal(true);
        if (parses) expect(passes(schema, parsed), `${kind} ${url}`).to.equal(false);
      }
    }
  });

  it('leaves error responses and 304s intact when breaking bodies', async () => {
    const backend = createMockBackend({ receivables: 20, malformedRate: 1 });
    await problem(await backend.fetch(`${API}/customers/C999`), 404);
    const etag = (await createMockBackend({ receivables: 20 }).fetch(`${API}/customers/C001/warning`)).headers.get('ETag')!;
    expect((await backend.fetch(`${API}/customers/C001/warning`, { headers: { 'If-None-Match': etag } })).status).to.equal(304);
  });

  it('routeStatus answers one route with the given status and leaves the others alone', async () => {
    const backend = createMockBackend({ receivables: 20, routeStatus: { 'GET /customers/{id}/warning': 500 } });
    const body = await problem(await backend.fetch(`${API}/customers/C001/warning`), 500);
    expect(body.detail).to.contain('GET /customers/{id}/warning');
    await json(await backend.fetch(`${API}/customers/C001`));
    await json(await backend.fetch(`${API}/warnings`));
  });

  it('routeStatus with times answers the status that many times, then normally ("500 then 200")', async () => {
    const backend = createMockBackend({ receivables: 20, routeStatus: { 'GET /credit-policy': { status: 429, retryAfter: 1, times: 2 } } });
    const first = await backend.fetch(`${API}/credit-policy`);
    await problem(first, 429);
    expect(first.headers.get('Retry-After')).to.equal('1');
    await problem(await backend.fetch(`${API}/credit-policy`), 429);
    await json(await backend.fetch(`${API}/credit-policy`));
    backend.setKnobs({ routeStatus: { 'GET /credit-policy': { status: 500, times: 1 } } });
    await problem(await backend.fetch(`${API}/credit-policy`), 500);
    await json(await backend.fetch(`${API}/credit-policy`));
  });

  it('routeStatus "*" applies to every route, and a 2xx status keeps the body', async () => {
    const backend = createMockBackend({ receivables: 20, routeStatus: { '*': 502 } });
    await problem(await backend.fetch(`${API}/customers`), 502);
    await problem(await backend.fetch(`${API}/receivables`), 502);
    backend.setKnobs({ routeStatus: { 'GET /customers/{id}': 203 } });
    const response = await backend.fetch(`${API}/customers/C001`);
    expect(response.status).to.equal(203);
    expect(passes(customerSchema, await response.json())).to.equal(true);
  });

  it('waits the latency before answering, fixed or drawn from a range', async () => {
    // How long a timer takes is the browser's business; what the mock decides is the delay it asks
    // for, and that it does not answer before it.
    const fixed = new KnobController(1, { latencyMs: 120 });
    expect(fixed.latency()).to.equal(120);
    const ranged = new KnobController(1, { latencyMs: [40, 60] });
    const draws = Array.from({ length: 200 }, () => ranged.latency());
    expect(draws.every((ms) => ms >= 40 && ms <= 60), 'every draw in [40, 60]').to.equal(true);
    expect(new Set(draws).size, 'drawn, not fixed').to.be.above(100);
    expect(new KnobController(1, { latencyMs: [40, 60] }).latency(), 'seeded: the same first draw').to.equal(draws[0]);

    const backend = createMockBackend({ receivables: 20, latencyMs: 600_000 });
    let settled = false;
    const abandon = new AbortController();
    const slow = backend.fetch(`${API}/credit-policy`, { signal: abandon.signal }).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled, 'no answer before the latency').to.equal(false);
    backend.setKnobs({ latencyMs: 0 });
    // Without latency the answer needs no timer: it arrives before a task queued after the request.
    let answered = false;
    const quick = backend.fetch(`${API}/credit-policy`).then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 0));
    expect(answered, 'answered without waiting').to.equal(true);
    expect((await quick).status).to.equal(200);
    abandon.abort();
    await slow.catch(() => undefined);
  });

  it('waits the latency before an injected failure of a route that times its own latency (POST /credit-applications)', async () => {
    for (const knobs of [{ failureRate: 1 }, { routeStatus: { 'POST /credit-applications': 500 } }] as const) {
      const backend = createMockBackend({ receivables: 10, latencyMs: 600_000, ...knobs });
      const abandon = new AbortController();
      let settled = false;
      const submit = backend
        .fetch(`${API}/credit-applications`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, signal: abandon.signal })
        .finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 0));
      expect(settled, `no failure before the latency (${JSON.stringify(knobs)})`).to.equal(false);
      abandon.abort();
      // Aborting ends the wait: the failure then comes, still the injected one.
      const response = await submit.catch(() => undefined);
      if (response) expect(response.status).to.equal('failureRate' in knobs ? 503 : 500);
    }
  });

  it('setKnobs changes knobs while running; reset() restores the ones it started with and the fault sequence', async () => {
    const backend = createMockBackend({ receivables: 10, seed: 8, failureRate: 0.5 });
    const before = await statuses(backend, 40);
    backend.setKnobs({ failureRate: 0 });
    expect(backend.knobs.failureRate).to.equal(0);
    expect((await statuses(backend, 20)).every((s) => s === 200)).to.equal(true);
    backend.reset();
    expect(backend.knobs.failureRate).to.equal(0.5);
    expect(await statuses(backend, 40)).to.deep.equal(before);
  });
});
