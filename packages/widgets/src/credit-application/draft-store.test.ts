import { expect } from '@open-wc/testing';
import { Debounced, draftStorageKey, DraftStore, type Timers } from './draft-store.js';
import { blankForm, setField } from './form-model.js';
import { clearDrafts, PAGE_ID } from './test-support/mount.js';

/** Keys of this page's own (parallel pages share localStorage). */
const P = `credit-kit:draft:v1:${PAGE_ID}:test:`;

describe('DraftStore', () => {
  afterEach(clearDrafts);

  it('namespaces keys by backend and customer, or by an explicit draft key', () => {
    expect(draftStorageKey('https://erp.example.com/api/credit/v1', 'C001')).to.equal('credit-kit:draft:v1:https://erp.example.com/api/credit/v1:C001');
    expect(draftStorageKey('https://erp.example.com', undefined)).to.equal('credit-kit:draft:v1:https://erp.example.com:new');
    expect(draftStorageKey('https://erp.example.com', 'C001', 'user-7:C001')).to.equal('credit-kit:draft:v1:user-7:C001');
  });

  it('stores the form, key, section and time, and nothing else', () => {
    const store = new DraftStore(`${P}a`);
    const form = setField(blankForm(), 'request.amount', '1000.50');
    expect(store.save({ form, idempotencyKey: 'k-1', section: 'request', savedAt: '2026-11-25T03:08:00.000Z' })).to.equal(true);
    const raw = JSON.parse(localStorage.getItem(`${P}a`)!);
    expect(Object.keys(raw).sort()).to.deep.equal(['form', 'idempotencyKey', 'savedAt', 'section']);
    const loaded = store.load()!;
    expect(loaded.form.request.amount).to.equal('1000.50');
    expect(loaded.idempotencyKey).to.equal('k-1');
    expect(loaded.section).to.equal('request');
    expect(store.clear()).to.equal(true);
    expect(localStorage.getItem(`${P}a`)).to.equal(null);
    expect(store.load()).to.equal(undefined);
  });

  it('drops a corrupt or foreign entry instead of failing', () => {
    localStorage.setItem(`${P}b`, '{not json');
    expect(new DraftStore(`${P}b`).load()).to.equal(undefined);
    expect(localStorage.getItem(`${P}b`)).to.equal(null);
    localStorage.setItem(`${P}c`, JSON.stringify({ form: {}, idempotencyKey: 'k', section: 'elsewhere', savedAt: 'x' }));
    expect(new DraftStore(`${P}c`).load()).to.equal(undefined);
    const good = { form: {}, idempotencyKey: 'k-1', section: 'basic', savedAt: '2026-11-25T03:08:00Z' };
    for (const [name, bad] of [
      ['key with a space', { ...good, idempotencyKey: 'k 1' }],
      ['time that is not a timestamp', { ...good, savedAt: 'yesterday' }],
      ['form that is a string', { ...good, form: 'x' }],
    ] as const) {
      localStorage.setItem(`${P}e`, JSON.stringify(bad));
      expect(new DraftStore(`${P}e`).load(), name).to.equal(undefined);
    }
    localStorage.setItem(`${P}e`, JSON.stringify(good));
    expect(new DraftStore(`${P}e`).load()!.idempotencyKey).to.equal('k-1');
  });

  it('keeps only the known string fields of a stored form', () => {
    localStorage.setItem(
      `${P}d`,
      JSON.stringify({
        form: { applicant: { name: 'ACME', token: 'secret', contacts: [{ name: 'Li', extra: 1 }] }, request: { termDays: 30, amount: { $gt: 1 } } },
        idempotencyKey: 'k',
        section: 'basic',
        savedAt: '2026-11-25T03:08:00Z',
      }),
    );
    const form = new DraftStore(`${P}d`).load()!.form;
    expect(form.applicant.name).to.equal('ACME');
    expect('token' in form.applicant).to.equal(false);
    expect(form.applicant.contacts).to.deep.equal([{ name: 'Li', role: '', phone: '', email: '' }]);
    expect(form.request.termDays).to.equal('30');
    expect(form.request.amount).to.equal('');
  });

  it('keeps the trading history, and restores a draft saved before the form had it', () => {
    const store = new DraftStore(`${P}h`);
    const form = setField(setField(blankForm(), 'history.salesLast12Months', '12345678901234567.89'), 'history.overdueCountLast12Months', '3');
    store.save({ form, idempotencyKey: 'k-h', section: 'financials', savedAt: '2026-11-25T03:08:00Z' });
    expect(store.load()!.form.history).to.deep.equal({
      salesLast12Months: '12345678901234567.89',
      paymentsLast12Months: '',
      overdueCountLast12Months: '3',
      maxDaysOverdueLast12Months: '',
    });
    // The same v1 key, a form with no `history` member at all: restored, the history empty.
    const old = blankForm() as Partial<ReturnType<typeof blankForm>>;
    delete old.history;
    localStorage.setItem(`${P}i`, JSON.stringify({ form: { ...old, applicant: { ...old.applicant, name: 'ACME' } }, idempotencyKey: 'k-i', section: 'request', savedAt: '2026-11-25T03:08:00Z' }));
    const restored = new DraftStore(`${P}i`).load()!;
    expect(restored.form.applicant.name).to.equal('ACME');
    expect(restored.form.history).to.deep.equal(blankForm().history);
    expect(restored.section).to.equal('request');
    // A history that is not an object is dropped, not kept.
    localStorage.setItem(`${P}j`, JSON.stringify({ form: { history: ['1'] }, idempotencyKey: 'k-j', section: 'basic', savedAt: '2026-11-25T03:08:00Z' }));
    expect(new DraftStore(`${P}j`).load()!.form.history).to.deep.equal(blankForm().history);
  });

  it('reports a storage that is missing or full instead of throwing', () => {
    const none = new DraftStore('k', () => undefined);
    expect(none.available).to.equal(false);
    expect(none.save({ form: blankForm(), idempotencyKey: 'k', section: 'basic', savedAt: new Date().toISOString() })).to.equal(false);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = new DraftStore('k', () => full);
    expect(store.available).to.equal(true);
    expect(store.save({ form: blankForm(), idempotencyKey: 'k', section: 'basic', savedAt: new Date().toISOString() })).to.equal(false);
  });
});

describe('Debounced', () => {
  /** A clock the test moves by hand: `elapse()` fires every timer that is still set. */
  function manualClock() {
    const timers = new Map<number, () => void>();
    let next = 0;
    const clock: Timers & { elapse(): void; readonly pending: number; delays: number[] } = {
      delays: [],
      setTimeout(run, ms) {
        clock.delays.push(ms);
        timers.set(++next, run);
        return next as unknown as ReturnType<typeof setTimeout>;
      },
      clearTimeout(timer) {
        timers.delete(timer as unknown as number);
      },
      elapse() {
        const due = [...timers.values()];
        timers.clear();
        for (const run of due) run();
      },
      get pending() {
        return timers.size;
      },
    };
    return clock;
  }

  it('runs once after the last call, at once on flush, never after cancel', () => {
    let runs = 0;
    const clock = manualClock();
    const d = new Debounced(() => runs++, 30, clock);
    d.schedule();
    d.schedule();
    d.schedule();
    expect(runs).to.equal(0);
    expect(clock.pending).to.equal(1);
    expect(clock.delays).to.deep.equal([30, 30, 30]);
    clock.elapse();
    expect(runs).to.equal(1);
    d.schedule();
    d.flush();
    expect(runs).to.equal(2);
    d.flush();
    expect(runs).to.equal(2);
    d.schedule();
    d.cancel();
    clock.elapse();
    expect(runs).to.equal(2);
  });
});
