// Shared by the PGlite and the PostgreSQL suites: POST …/transitions makes only the moves that need
// no approval-policy check; approving, rejecting or returning goes through POST …/decision, which checks it.
import assert from 'node:assert/strict';
import { Decimal } from '@credit-kit/core';
import { applicationFor } from './support.mjs';

/**
 * Runs the checks against a server at `url` on `db`, authenticated with `TOKENS` (support.mjs), with
 * the demo seed's customer C001 (a credit profile and statements, so the decision has a maximum).
 */
export async function checkTransitionsCannotDecide({ url, db, customer }) {
  const as = (token) => async (path, body) => {
    const response = await fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
  };
  const sales = as('tok-sales');
  const analyst = as('tok-analyst');
  const approver = as('tok-approver');
  const count = async (sql, params) => Number((await db.query(sql, params)).rows[0].n);

  const submitted = await fetch(`${url}/credit-applications`, {
    method: 'POST',
    headers: { authorization: 'Bearer tok-sales', 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(applicationFor(customer, `bypass ${crypto.randomUUID()}`)),
  });
  assert.equal(submitted.status, 201);
  const { id } = await submitted.json();
  const path = `/credit-applications/${id}`;
  assert.equal((await analyst(`${path}/transitions`, { status: 'under_review' })).status, 200);
  const before = (await analyst(path)).body;
  const profile = (await analyst(`/customers/${customer.id}/credit-profile`)).body;
  const aboveMaximum = new Decimal(profile.maximum).plus('0.01').toFixed(2);
  const stored = () => Promise.all([
    count('SELECT count(*) AS n FROM application_events WHERE application_id = $1', [id]),
    count('SELECT count(*) AS n FROM decisions'),
    db.query('SELECT granted FROM credit_profiles WHERE customer_id = $1', [customer.id]).then((r) => r.rows[0].granted),
  ]);
  const storedBefore = await stored();

  for (const move of [
    { status: 'approved', decision: { grantedLimit: aboveMaximum, termDays: 60 } },
    { status: 'approved', decision: { grantedLimit: '1.00', termDays: 30 } },
    { status: 'rejected', note: 'no' },
    { status: 'returned', note: 'statements missing' },
  ]) {
    const refused = await approver(`${path}/transitions`, move);
    assert.equal(refused.status, 409, JSON.stringify(move));
    assert.equal(refused.type, 'application/problem+json');
    assert.equal(refused.body.type, 'urn:credit-kit:problem:decision-required');
    assert.match(refused.body.detail, /\/decision/);
  }
  assert.deepEqual((await analyst(path)).body, before, 'the application did not move');
  assert.deepEqual(await stored(), storedBefore, 'no audit entry, no decision, the profile unchanged');

  // The decision endpoint applies the policy: above the computed maximum without an override is refused …
  const conditions = (grantedLimit) => ({ grantedLimit, termDays: 60, settlementMethod: 'open_credit', validUntil: '2027-12-31', nextReviewOn: '2027-06-30' });
  const overMax = await approver(`${path}/decision`, { outcome: 'approve', conditions: conditions(aboveMaximum) });
  assert.equal(overMax.status, 403);
  assert.ok(overMax.body.refusals.some((r) => r.code === 'above-computed-maximum'), JSON.stringify(overMax.body.refusals));
  assert.deepEqual(await stored(), storedBefore);
  // … and a decision it allows moves the application, with its receipt.
  const granted = Decimal.min(profile.maximum, '1000000').toFixed(2); // within the approver's level
  const approved = await approver(`${path}/decision`, { outcome: 'approve', conditions: conditions(granted) });
  assert.equal(approved.status, 201, JSON.stringify(approved.body));
  const after = (await analyst(path)).body;
  assert.equal(after.status, 'approved');
  assert.equal(after.decision.grantedLimit, granted);
  assert.deepEqual(after.history.map((h) => [h.status, h.actor]), [['submitted', 'u-sales'], ['under_review', 'u-analyst'], ['approved', 'u-approver']]);
  assert.equal((await stored())[1], storedBefore[1] + 1, 'one decision stored');
}
