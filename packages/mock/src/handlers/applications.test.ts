import { expect } from '@open-wc/testing';
import { creditApplicationSchema, type CreditApplication } from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { applicationInput, submit } from '../test-support/application-input.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const fixedClock = () => new Date('2026-11-25T03:08:09.123Z');

describe('POST /credit-applications', () => {
  it('creates a submitted application with a number, an audit entry and a Location', async () => {
    const backend = createMockBackend({ receivables: 10, now: fixedClock });
    const response = await submit(backend, applicationInput(backend, 2));
    const created = await json<CreditApplication>(response, 201);
    expectValid(creditApplicationSchema, created);
    const next = backend.dataset.applications.length + 1;
    expect(created.number).to.equal(`CA-2026-${String(next).padStart(6, '0')}`);
    expect(created.status).to.equal('submitted');
    expect(created.customerId).to.equal(backend.dataset.customers[2]!.customer.id);
    expect(created.submittedAt).to.equal('2026-11-25T03:08:09Z');
    expect(created.history).to.deep.equal([{ status: 'submitted', actor: backend.dataset.customers[2]!.customer.salesperson, at: '2026-11-25T03:08:09Z' }]);
    expect(response.headers.get('Location')).to.equal(`/api/credit/v1/credit-applications/${created.id}`);
    expect(backend.state.applications).to.deep.equal([created]);
  });

  it('replays the same key and body: one application, 200, Idempotent-Replayed', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const body = applicationInput(backend);
    const key = crypto.randomUUID();
    const first = await json<CreditApplication>(await submit(backend, body, key), 201);
    // Same content with the keys in another order is the same body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await submit(backend, reordered, key);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(await json(again, 200)).to.deep.equal(first);
    expect(backend.state.applications).to.have.length(1);
    const third = await submit(backend, body, crypto.randomUUID());
    expect(third.status).to.equal(201);
    expect(backend.state.applications).to.have.length(2);
  });

  it('refuses the same key with a different body (422) and keeps one application', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const key = crypto.randomUUID();
    await json(await submit(backend, applicationInput(backend, 0, '1000000.00'), key), 201);
    const body = await problem(await submit(backend, applicationInput(backend, 0, '2000000.00'), key), 422);
    expect(body.detail).to.match(/different request body/);
    expect(backend.state.applications).to.have.length(1);
  });

  it('answers 409 to a second request with the same key while the first is in flight', async () => {
    // The first request stays in flight for its whole latency; a long one leaves the short pause
    // below (which only lets the first request read its body and claim the key) far inside it.
    const backend = createMockBackend({ receivables: 10, latencyMs: 2_000 });
    const body = applicationInput(backend);
    const key = crypto.randomUUID();
    const first = submit(backend, body, key);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = await submit(backend, body, key);
    const conflict = await problem(second, 409);
    expect(conflict.type).to.equal('urn:credit-kit:problem:idempotency-key-in-flight');
    expect((await first).status).to.equal(201);
    expect((await submit(backend, body, key)).status).to.equal(200);
    expect(backend.state.applications).to.have.length(1);
  });

  it('creates one application when the same submission arrives twice at once (a double click)', async () => {
    for (const latencyMs of [0, 40]) {
      const backend = createMockBackend({ receivables: 10, latencyMs });
      const body = applicationInput(backend);
      const key = crypto.randomUUID();
      const statuses = (await Promise.all([submit(backend, body, key), submit(backend, body, key), submit(backend, body, key)])).map((r) => r.status);
      expect(backend.state.applications, `latency ${latencyMs}`).to.have.length(1);
      expect(statuses.filter((s) => s === 201)).to.have.length(1);
      expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).to.equal(true);
    }
  });

  it('needs an Idempotency-Key (400) and valid JSON (400)', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const missing = await problem(await submit(backend, applicationInput(backend), null), 400);
    expect(missing.detail).to.contain('Idempotency-Key');
    const broken = await backend.fetch(`${API}/credit-applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
      body: '{"applicant": ',
    });
    await problem(broken, 400);
    expect(backend.state.applications).to.have.length(0);
  });

  it('answers 422 with field errors naming each bad path, and lets the key be reused once fixed', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const good = applicationInput(backend);
    const bad = {
      ...good,
      applicant: { ...good.applicant, code: '91310115MA1K3XXXX0', name: '' },
      request: { ...good.request, amount: '-5', termDays: 0, settlementMethod: 'barter' },
    };
    const key = crypto.randomUUID();
    const body = await problem(await submit(backend, bad, key), 422);
    const paths = body.errors!.map((e) => e.path);
    expect(paths).to.include.members(['applicant.code', 'applicant.name', 'request.amount', 'request.termDays', 'request.settlementMethod']);
    for (const error of body.errors!) {
      expect(error.code).to.be.a('string').and.not.equal('');
      expect(error.message).to.be.a('string').and.not.equal('');
    }
    expect((await submit(backend, good, key)).status).to.equal(201);
  });
});

describe('GET /credit-applications', () => {
  it('gets one by id (404 when unknown) and lists a customer\'s newest first', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const seeded = backend.dataset.applications[0]!;
    expect(await json(await backend.fetch(`${API}/credit-applications/${seeded.id}`))).to.deep.equal(seeded);
    await problem(await backend.fetch(`${API}/credit-applications/A999999`), 404);

    const customerId = seeded.customerId!;
    const index = backend.dataset.customerById.get(customerId)!.index;
    const created = await json<CreditApplication>(await submit(backend, applicationInput(backend, index)), 201);
    const list = await json<{ items: CreditApplication[] }>(await backend.fetch(`${API}/credit-applications?customerId=${customerId}`));
    const expected = [...backend.dataset.applications.filter((a) => a.customerId === customerId), created].reverse();
    expect(list.items).to.deep.equal(expected);
    expect(list.items[0]!.id).to.equal(created.id);
    expect((await json<{ items: unknown[] }>(await backend.fetch(`${API}/credit-applications?customerId=C999`))).items).to.deep.equal([]);
  });

  it('seeds applications in every status with consistent audit trails', () => {
    const backend = createMockBackend({ receivables: 10 });
    const statuses = new Set(backend.dataset.applications.map((a) => a.status));
    expect([...statuses]).to.include.members(['approved', 'under_review']);
    for (const a of backend.dataset.applications) {
      expect(a.history[0]!.status).to.equal('submitted');
      expect(a.history.at(-1)!.status).to.equal(a.status);
      expect(a.number).to.match(/^CA-\d{4}-\d{6}$/);
      if (a.status === 'approved') {
        const profile = backend.dataset.profiles[backend.dataset.customerById.get(a.customerId!)!.index]!;
        expect(a.decision).to.include({ grantedLimit: profile.granted, grade: profile.grade });
      }
    }
  });
});

describe('POST /credit-applications/{id}/transitions', () => {
  const move = (backend: ReturnType<typeof createMockBackend>, id: string, body: unknown, user = 'Li Wei') =>
    backend.fetch(`${API}/credit-applications/${id}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Credit-Kit-User': user },
      body: JSON.stringify(body),
    });

  it('moves along core\'s transitions, appending actor and time to the history, and GET shows the move', async () => {
    const backend = createMockBackend({ receivables: 10, now: fixedClock });
    const created = await json<CreditApplication>(await submit(backend, applicationInput(backend, 1)), 201);
    const reviewed = await json<CreditApplication>(await move(backend, created.id, { status: 'under_review', note: 'statements in' }), 200);
    expectValid(creditApplicationSchema, reviewed);
    expect(reviewed.status).to.equal('under_review');
    expect(reviewed.history.slice(1)).to.deep.equal([{ status: 'under_review', actor: 'Li Wei', at: '2026-11-25T03:08:09Z', note: 'statements in' }]);
    expect(await json(await backend.fetch(`${API}/credit-applications/${created.id}`), 200)).to.deep.equal(reviewed);
  });

  it('never decides: approved, rejected and returned are 409 decision-required, and the application stays under review', async () => {
    const backend = createMockBackend({ receivables: 10, now: fixedClock });
    const created = await json<CreditApplication>(await submit(backend, applicationInput(backend, 1)), 201);
    const reviewed = await json<CreditApplication>(await move(backend, created.id, { status: 'under_review' }), 200);
    for (const status of ['approved', 'rejected', 'returned']) {
      const refused = await problem(await move(backend, created.id, { status, decision: { grantedLimit: '99999999.00', termDays: 60 } }, 'Wang Fang'), 409);
      expect(refused.type).to.equal('urn:credit-kit:problem:decision-required');
      expect(refused.detail).to.contain(`/credit-applications/${created.id}/decision`);
    }
    expect(await json(await backend.fetch(`${API}/credit-applications/${created.id}`), 200)).to.deep.equal(reviewed);
  });

  it('refuses a move the status does not allow (409), an unknown status (422) and an unknown application (404)', async () => {
    const backend = createMockBackend({ receivables: 10 });
    const created = await json<CreditApplication>(await submit(backend, applicationInput(backend)), 201);
    const skipped = await problem(await move(backend, created.id, { status: 'approved' }), 409);
    expect(skipped.detail).to.match(/submitted cannot be moved to approved/);
    const unknown = await problem(await move(backend, created.id, { status: 'shipped' }), 422);
    expect(unknown.errors?.map((e) => e.path)).to.deep.equal(['status']);
    await problem(await move(backend, 'A999999', { status: 'under_review' }), 404);
    expect(await json<CreditApplication>(await backend.fetch(`${API}/credit-applications/${created.id}`), 200)).to.deep.equal(created);
  });
});
