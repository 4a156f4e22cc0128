import { expect, waitUntil } from '@open-wc/testing';
import { newIdempotencyKey } from '@credit-kit/client';
import { DraftTabs, SUBMITTED_KEY_PREFIX, type TabMessage } from './draft-tabs.js';
import { clearDrafts, PAGE_ID } from './test-support/mount.js';

const slot = `credit-kit:draft:v1:${PAGE_ID}:tabs-unit`;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('draft tabs (cross-tab coordination of one draft slot)', () => {
  const opened: DraftTabs[] = [];
  const open = (...args: ConstructorParameters<typeof DraftTabs>) => {
    const tabs = new DraftTabs(...args);
    opened.push(tabs);
    return tabs;
  };
  beforeEach(clearDrafts);
  afterEach(() => {
    for (const tabs of opened.splice(0)) tabs.close();
    clearDrafts();
  });

  it('runs one tab\'s work at a time on a slot under a Web Lock', async () => {
    const a = open(slot, () => {});
    const b = open(slot, () => {});
    const order: string[] = [];
    const release = deferred();
    const started = deferred();
    const first = a.exclusive(async () => {
      order.push('a starts');
      started.resolve();
      await release.promise;
      order.push('a ends');
    });
    const second = b.exclusive(() => order.push('b runs'));
    await started.promise;
    // b is queued behind a, whatever it waits for: only a's release lets it run.
    await Promise.resolve();
    expect(order).to.deep.equal(['a starts']);
    release.resolve();
    await Promise.all([first, second]);
    expect(order).to.deep.equal(['a starts', 'a ends', 'b runs']);
  });

  it('still runs the work where Web Locks are missing', async () => {
    const tabs = open(slot, () => {}, { storage: () => localStorage });
    expect(await tabs.exclusive(() => 42)).to.equal(42);
  });

  it('tells the other tabs of the slot, not itself and not other slots', async () => {
    const heard: TabMessage[] = [];
    const a = open(slot, () => {});
    open(slot, (m) => heard.push(m));
    open(`${slot}:other`, (m) => heard.push({ ...m, slot: 'WRONG' }));
    await waitUntil(() => heard.some((m) => m.type === 'here'), 'b hears a answer its open', { timeout: 10_000 });
    a.post({ type: 'closed' });
    await waitUntil(() => heard.some((m) => m.type === 'closed'), 'b hears a close', { timeout: 10_000 });
    expect(heard.every((m) => m.slot === slot && m.tab === a.tab)).to.equal(true);
  });

  it('remembers the last five submissions of a slot, and ignores a record that is not one', () => {
    const tabs = open(slot, () => {});
    const keys = Array.from({ length: 7 }, () => newIdempotencyKey());
    keys.forEach((idempotencyKey, i) => tabs.markSubmitted({ idempotencyKey, number: `CA-2026-00000${i}` }));
    expect(tabs.submitted().map((s) => s.idempotencyKey)).to.deep.equal(keys.slice(2));
    const recordKey = `${SUBMITTED_KEY_PREFIX}${PAGE_ID}:tabs-unit`;
    localStorage.setItem(recordKey, JSON.stringify([{ idempotencyKey: 'has space', number: 'x' }, { idempotencyKey: keys[1], number: 7 }, 'junk', { idempotencyKey: keys[0], number: 'CA-1' }]));
    expect(tabs.submitted()).to.deep.equal([{ idempotencyKey: keys[0], number: 'CA-1' }]);
    localStorage.setItem(recordKey, '{not json');
    expect(tabs.submitted()).to.deep.equal([]);
  });

  it('without a BroadcastChannel, hears another window through the storage event', async () => {
    const heard: TabMessage[] = [];
    open(slot, (m) => heard.push(m), { storage: () => localStorage, events: window });
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const other = frame.contentWindow!.localStorage;
      other.setItem(slot, '{}');
      await waitUntil(() => heard.some((m) => m.type === 'stored'), 'the draft write is heard', { timeout: 10_000 });
      const idempotencyKey = newIdempotencyKey();
      other.setItem(`${SUBMITTED_KEY_PREFIX}${PAGE_ID}:tabs-unit`, JSON.stringify([{ idempotencyKey, number: 'CA-2026-000001' }]));
      await waitUntil(() => heard.some((m) => m.type === 'submitted'), 'the submission is heard', { timeout: 10_000 });
      expect(heard.find((m) => m.type === 'submitted')).to.deep.include({ submitted: { idempotencyKey, number: 'CA-2026-000001' } });
    } finally {
      frame.remove();
    }
  });
});
