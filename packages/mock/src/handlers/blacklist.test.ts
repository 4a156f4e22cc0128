import { expect } from '@open-wc/testing';
import { blacklistEntrySchema, blacklistListSchema, warningStatusSchema, type BlacklistEntry, type BlacklistList, type WarningStatus } from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';
const post = (body: unknown, user = 'east.sales') => ({ method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Credit-Kit-User': user }, body: JSON.stringify(body) });

// 000 黑名单客户管理: "上报…总部通过审核后,该客户被记录到总部黑名单库中,全集团企业共同分享…客户提出撤销黑名单时,下属企业提交总部审批,
// 如果总部审核通过才可从黑名单中撤销。"
describe('blacklist routes', () => {
  it('serves the seeded, listed customers with reason and history', async () => {
    const backend = createMockBackend({ receivables: 50 });
    const list = await json<BlacklistList>(await backend.fetch(`${API}/blacklist`));
    expectValid(blacklistListSchema, list);
    const flagged = backend.dataset.customers.filter((s) => s.customer.blacklisted).map((s) => s.customer.id);
    expect(list.items.map((e) => e.customerId)).to.deep.equal(flagged);
    expect(list.items.every((e) => e.status === 'listed' && e.reason.startsWith('Severely overdue'))).to.equal(true);
    // The badge's status carries the entry.
    const status = await json<WarningStatus>(await backend.fetch(`${API}/customers/${flagged[0]}/warning`));
    expectValid(warningStatusSchema, status);
    expect(status.blacklist).to.deep.equal({ entryId: list.items[0]!.id, status: 'listed', reason: list.items[0]!.reason });
  });

  it('walks report → approval → removal request → approval, each step in the history; out of order is a 409', async () => {
    const backend = createMockBackend({ receivables: 50 });
    const customerId = backend.dataset.customers.find((s) => !s.customer.blacklisted)!.customer.id;
    const created = await backend.fetch(`${API}/blacklist`, post({ customerId, reason: 'Oldest item 400 days overdue', reportedBy: 'East branch' }));
    expect(created.status).to.equal(201);
    const entry = await json<BlacklistEntry>(created, 201);
    expectValid(blacklistEntrySchema, entry);
    expect(created.headers.get('Location')).to.equal(`${API}/blacklist/${entry.id}`);
    expect([entry.status, entry.history[0]!.actor]).to.deep.equal(['reported', 'east.sales']);

    // A second report for the same customer while one is open, and removal before listing: 409.
    expect(await problem(await backend.fetch(`${API}/blacklist`, post({ customerId, reason: 'again' })), 409)).to.include({ status: 409 });
    expect((await backend.fetch(`${API}/blacklist/${entry.id}/removal-requests`, post({ reason: 'paid' }))).status).to.equal(409);

    const listed = await json<BlacklistEntry>(await backend.fetch(`${API}/blacklist/${entry.id}/decisions`, post({ decision: 'approve' }, 'hq.credit')));
    expect(listed.status).to.equal('listed');
    const pending = await json<BlacklistEntry>(await backend.fetch(`${API}/blacklist/${entry.id}/removal-requests`, post({ reason: 'Paid in full' })));
    expect(pending.status).to.equal('removal-requested');
    const removed = await json<BlacklistEntry>(await backend.fetch(`${API}/blacklist/${entry.id}/decisions`, post({ decision: 'approve', note: 'verified' }, 'hq.credit')));
    expect(removed.status).to.equal('removed');
    expect(removed.history.map((e) => [e.action, e.actor])).to.deep.equal([
      ['report', 'east.sales'], ['approve', 'hq.credit'], ['request-removal', 'east.sales'], ['approve-removal', 'hq.credit'],
    ]);
    expect((await backend.fetch(`${API}/blacklist/${entry.id}/decisions`, post({ decision: 'approve' }))).status).to.equal(409);
    const got = await json<BlacklistEntry>(await backend.fetch(`${API}/blacklist/${entry.id}`));
    expect(got).to.deep.equal(removed);
    const filtered = await json<BlacklistList>(await backend.fetch(`${API}/blacklist?status=removed`));
    expect(filtered.items.map((e) => e.id)).to.deep.equal([entry.id]);
  });

  it('answers 422 with field errors, 404 for an unknown customer or entry, 400 for a bad filter', async () => {
    const backend = createMockBackend({ receivables: 50 });
    const invalid = await problem(await backend.fetch(`${API}/blacklist`, post({ customerId: 'C001', reason: ' ' })), 422);
    expect((invalid.errors ?? []).map((e) => e.path)).to.deep.equal(['reason']);
    expect((await backend.fetch(`${API}/blacklist`, post({ customerId: 'NOPE', reason: 'x' }))).status).to.equal(404);
    expect((await backend.fetch(`${API}/blacklist/BL-9999`)).status).to.equal(404);
    expect((await backend.fetch(`${API}/blacklist/BL-0001/decisions`, post({ decision: 'maybe' }))).status).to.equal(422);
    expect((await backend.fetch(`${API}/blacklist?status=gone`)).status).to.equal(400);
  });
});
