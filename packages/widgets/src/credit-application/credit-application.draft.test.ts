import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CkCreditApplication } from './credit-application.component.js';
import {
  BASE_URL,
  clearDrafts,
  control,
  draftKeys,
  fill,
  goToSection,
  mockClient,
  mount,
  PAGE_ID,
  part,
  sectionHeading,
  VALID_CODE,
} from './test-support/mount.js';

/** The key the draft of a new application on the mock's base URL must have, built by hand. */
const newDraftKey = () => `credit-kit:draft:v1:${location.origin}${BASE_URL}:new`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Waits for the autosave (a debounced write, not a fixed time) to have stored a draft that passes `check`. */
function autosaved(check: (draft: ReturnType<typeof storedDraft>) => boolean, key = newDraftKey()): Promise<void> {
  return waitUntil(() => localStorage.getItem(key) !== null && check(storedDraft(key)), 'the draft is autosaved');
}

function storedDraft(key = newDraftKey()): Record<string, unknown> & { form: { applicant: Record<string, unknown>; request: Record<string, unknown> } } {
  const text = localStorage.getItem(key);
  if (text === null) throw new Error(`no draft under ${key}`);
  return JSON.parse(text);
}

describe('ck-credit-application: draft autosave', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('saves the draft under the backend and customer shortly after a change', async () => {
    const { client } = mockClient();
    const el = await mount({ client });
    expect(draftKeys()).to.deep.equal([]); // nothing is stored before the user changes something
    await fill(el, 'applicant.name', 'ACME Trading');
    await fill(el, 'applicant.code', VALID_CODE);
    await autosaved((d) => d.form.applicant.code === VALID_CODE);
    expect(draftKeys()).to.deep.equal([newDraftKey()]);
    const draft = storedDraft();
    expect(Object.keys(draft).sort()).to.deep.equal(['form', 'idempotencyKey', 'savedAt', 'section']);
    expect(draft.form.applicant.name).to.equal('ACME Trading');
    expect(draft.form.applicant.code).to.equal(VALID_CODE);
    expect(draft.idempotencyKey).to.match(UUID);
    expect(draft.section).to.equal('basic');
    expect(Date.now() - Date.parse(draft.savedAt as string)).to.be.within(0, 5000);
    // The key is made once per draft: later saves keep it.
    const key = draft.idempotencyKey;
    await fill(el, 'applicant.industry', 'Machinery');
    await autosaved((d) => d.form.applicant.industry === 'Machinery');
    expect(storedDraft().idempotencyKey).to.equal(key);
    expect(storedDraft().form.applicant.industry).to.equal('Machinery');
  });

  it('namespaces drafts by customer', async () => {
    const { client } = mockClient();
    const el = await mount({ client, customerId: 'C003' });
    await fill(el, 'applicant.industry', 'Retail');
    await waitUntil(() => draftKeys().length > 0, 'the draft is autosaved');
    expect(draftKeys()).to.deep.equal([`credit-kit:draft:v1:${location.origin}${BASE_URL}:C003`]);
  });

  it('writes a pending draft at once when the page is hidden or the element removed', async () => {
    const { client } = mockClient();
    const el = await mount({ client });
    await fill(el, 'applicant.name', 'Before pagehide');
    expect(draftKeys()).to.deep.equal([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(storedDraft().form.applicant.name).to.equal('Before pagehide');
    await fill(el, 'applicant.name', 'Before removal');
    el.remove();
    expect(storedDraft().form.applicant.name).to.equal('Before removal');
  });

  it('restores the draft in a new element instance with a note, and discards it with undo', async () => {
    const { client } = mockClient();
    const first = await mount({ client });
    await fill(first, 'applicant.name', 'ACME Trading');
    await goToSection(first, 'request');
    await fill(first, 'request.purpose', 'Working capital');
    await autosaved((d) => d.form.request.purpose === 'Working capital');
    const saved = storedDraft();
    first.remove();

    const el = await mount({ client });
    expect(sectionHeading(el)).to.equal('4. Request');
    expect(control(el, 'request.purpose')!.value).to.equal('Working capital');
    const note = part(el, 'draft-note')!;
    expect(note.getAttribute('role')).to.equal('status');
    const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(saved.savedAt as string));
    expect(note.textContent).to.contain(`Draft restored (saved ${time}).`);

    part<HTMLButtonElement>(el, 'discard-button')!.click();
    await waitUntil(() => part(el, 'undo-button'), 'undo offered');
    expect(draftKeys()).to.deep.equal([]);
    expect(sectionHeading(el)).to.equal('1. Basic information');
    expect(control(el, 'applicant.name')!.value).to.equal('');
    expect(part(el, 'draft-note')!.textContent).to.contain('Draft discarded');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'undo-button'));

    part<HTMLButtonElement>(el, 'undo-button')!.click();
    await el.updateComplete;
    expect(sectionHeading(el)).to.equal('4. Request');
    expect(control(el, 'request.purpose')!.value).to.equal('Working capital');
    expect(storedDraft().idempotencyKey).to.equal(saved.idempotencyKey);

    // reset() discards for good: a reload starts blank, with no note.
    el.reset();
    el.remove();
    const fresh = await mount({ client });
    expect(control(fresh, 'applicant.name')!.value).to.equal('');
    expect(part(fresh, 'draft-note')!.textContent!.trim()).to.equal('');
  });

  it('says the draft was restored in Chinese too', async () => {
    const { client } = mockClient();
    const first = await mount({ client });
    await fill(first, 'applicant.name', '华东精密');
    first.remove();
    const el = await mount({ client, lang: 'zh-CN' });
    expect(part(el, 'draft-note')!.textContent).to.contain('已恢复草稿（保存于');
    expect(part(el, 'discard-button')!.textContent).to.equal('放弃草稿');
    await expect(el).to.be.accessible();
  });

  it('keeps working and says so when drafts cannot be saved', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const { client } = mockClient();
      const el = await mount({ client });
      await fill(el, 'applicant.name', 'ACME Trading');
      await waitUntil(() => part(el, 'draft-note')!.textContent!.includes('Drafts cannot be saved'), 'says drafts cannot be saved', { timeout: 2000 });
      expect(control(el, 'applicant.name')!.value).to.equal('ACME Trading');
      expect(el.value.applicant?.name).to.equal('ACME Trading');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('uses an explicit draft-key', async () => {
    const { client } = mockClient();
    const el = await fixture<CkCreditApplication>(html`<ck-credit-application .client=${client} draft-key=${`${PAGE_ID}:quick`}></ck-credit-application>`);
    await waitUntil(() => el.ready);
    await fill(el, 'applicant.name', 'Keyed');
    window.dispatchEvent(new Event('pagehide'));
    expect(draftKeys()).to.deep.equal([`credit-kit:draft:v1:${PAGE_ID}:quick`]);
  });
});
