import { expect, waitUntil } from '@open-wc/testing';
import type { CreditKitClient } from '@credit-kit/client';
import type { MockBackend } from '@credit-kit/mock';
import type { CkCreditApplication } from './credit-application.component.js';
import { SUBMITTED_KEY_PREFIX } from './draft-tabs.js';
import {
  BASE_URL,
  clearDrafts,
  control,
  draftKeys,
  fill,
  goToSection,
  mockClient,
  mount,
  part,
  TAG,
  validApplication,
} from './test-support/mount.js';

/**
 * Two elements in one page on the same draft key share the storage, the BroadcastChannel and the
 * Web Locks exactly as two tabs of the origin do; the last test adds a real second window (an
 * iframe of the same origin with its own custom-element registry).
 */
const slot = () => `credit-kit:draft:v1:${location.origin}${BASE_URL}:new`;
const stored = () => JSON.parse(localStorage.getItem(slot()) ?? 'null') as { idempotencyKey: string; form: { applicant: Record<string, string> } } | null;
const postKeys = (backend: MockBackend) =>
  backend.state.requests.filter((r) => r.route === 'POST /credit-applications').map((r) => r.headers['idempotency-key']);
/** Waits for a behaviour (saves are debounced, messages cross tabs); the bound only ends a hung test. */
const until = (check: () => unknown, message: string, options: { timeout?: number } = {}) => waitUntil(check, message, { timeout: 10_000, ...options });
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types into a field without waiting for anything (so a second tab can type before the first is heard). */
function typeInto(el: CkCreditApplication, key: string, value: string): void {
  const c = control(el, key)!;
  c.value = value;
  c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function twoTabs(client: CreditKitClient, value = validApplication()): Promise<[CkCreditApplication, CkCreditApplication]> {
  const a = await mount({ client, value });
  const b = await mount({ client, value });
  await until(() => part(a, 'open-elsewhere') && part(b, 'open-elsewhere'), 'each tab knows the other has the draft open');
  return [a, b];
}

describe('ck-credit-application: one draft in two tabs', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('tells each tab the draft is open elsewhere, in English and Chinese', async () => {
    const { client } = mockClient();
    const [a, b] = await twoTabs(client);
    expect(text(part(a, 'open-elsewhere'))).to.equal('This draft is also open in another tab or window: changes made there are combined with yours here.');
    b.lang = 'zh-CN';
    await until(() => text(part(b, 'open-elsewhere')).startsWith('此草稿也在另一个标签页或窗口中打开'), 'in Chinese');
    await expect(b).to.be.accessible();
    // A tab that closes is no longer "elsewhere".
    b.remove();
    await until(() => part(a, 'open-elsewhere') === null, 'the other tab closed');
  });

  it('shares one idempotency key on a fresh draft and merges edits field by field', async () => {
    const { client } = mockClient();
    const [a, b] = await twoTabs(client, {});
    await fill(a, 'applicant.name', 'ACME Trading');
    await until(() => control(b, 'applicant.name')!.value === 'ACME Trading', "tab B shows tab A's edit");
    const key = stored()!.idempotencyKey;
    await fill(b, 'applicant.industry', 'Machinery');
    await until(() => control(a, 'applicant.industry')!.value === 'Machinery', "tab A shows tab B's edit");
    await until(() => stored()?.form.applicant.industry === 'Machinery', 'saved');
    expect(stored()!.form.applicant.name).to.equal('ACME Trading');
    expect(stored()!.idempotencyKey).to.equal(key);
    expect(draftKeys()).to.deep.equal([slot()]);
  });

  it('loses no edit when both tabs type before either hears the other', async () => {
    const { client } = mockClient();
    const [a, b] = await twoTabs(client, {});
    typeInto(a, 'applicant.name', 'Typed in A');
    typeInto(b, 'applicant.legalRepresentative', 'Typed in B');
    await Promise.all([a.updateComplete, b.updateComplete]);
    // Both write at once (page hidden): the second writer finds the first's save and merges it.
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()!.form.applicant.name).to.equal('Typed in A');
    expect(stored()!.form.applicant.legalRepresentative).to.equal('Typed in B');
    await until(() => control(a, 'applicant.legalRepresentative')!.value === 'Typed in B', "A takes in B's edit");
    expect(control(b, 'applicant.name')!.value).to.equal('Typed in A');
    expect(control(a, 'applicant.name')!.value).to.equal('Typed in A');
  });

  it('both tabs submit: one POST, one key, one application; the other tab says it was submitted there', async () => {
    const { backend, client } = mockClient({ latencyMs: 30 });
    const [a, b] = await twoTabs(client);
    await goToSection(b, 'request');
    await fill(b, 'request.purpose', 'Typed in B');
    await until(() => a.value.request?.purpose === 'Typed in B', "A has B's edit");
    await goToSection(a, 'review');
    await goToSection(b, 'review');
    const [fromA, fromB] = await Promise.all([a.submit(), b.submit()]);
    expect(backend.state.applications).to.have.length(1);
    const application = backend.state.applications[0]!;
    expect(application.request.purpose).to.equal('Typed in B');
    expect(postKeys(backend)).to.have.length(1);
    // Exactly one of the two sent it; the other learned it was submitted under the same draft.
    expect([fromA, fromB].filter(Boolean).map((x) => x!.number)).to.deep.equal([application.number]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    const [sender, other] = fromA ? [a, b] : [b, a];
    expect(part(sender, 'application-number')!.textContent).to.equal(application.number);
    expect(text(part(other, 'confirmation'))).to.contain(`This application was submitted in another tab or window as ${application.number}.`);
    other.lang = 'zh-CN';
    await until(() => text(part(other, 'confirmation')).includes('已在另一个标签页中提交'), 'in Chinese');
    await expect(other).to.be.accessible();
    expect(await other.submit()).to.equal(undefined);
    expect(postKeys(backend)).to.have.length(1);
    expect(draftKeys()).to.deep.equal([]);
  });

  it("a tab's autosave does not write back a draft another tab submitted, and a reload does not restore it", async () => {
    const { backend, client } = mockClient();
    const [a, b] = await twoTabs(client);
    await fill(a, 'applicant.industry', 'Machinery');
    await until(() => control(b, 'applicant.industry')!.value === 'Machinery', 'B has the draft');
    typeInto(b, 'applicant.address', 'Typed in B while A submits'); // B's autosave is pending
    await goToSection(a, 'review');
    const application = await a.submit();
    expect(application).to.exist;
    await until(() => part(b, 'confirmation'), 'B is told');
    window.dispatchEvent(new Event('pagehide')); // B would write its pending save now
    expect(draftKeys()).to.deep.equal([]);
    a.remove();
    b.remove();
    const reloaded = await mount({ client, value: validApplication() });
    expect(text(part(reloaded, 'draft-note'))).to.not.contain('Draft restored');
    expect(control(reloaded, 'applicant.address')!.value).to.equal(validApplication().applicant!.address);
    expect(backend.state.applications).to.have.length(1);
  });

  it('never restores a submitted draft that an older tab wrote back', async () => {
    const { client } = mockClient();
    const a = await mount({ client, value: validApplication() });
    await fill(a, 'applicant.industry', 'Machinery');
    window.dispatchEvent(new Event('pagehide'));
    const draft = localStorage.getItem(slot())!;
    await goToSection(a, 'review');
    const application = (await a.submit())!;
    expect(draftKeys()).to.deep.equal([]);
    const record = JSON.parse(localStorage.getItem(slot().replace('credit-kit:draft:v1:', SUBMITTED_KEY_PREFIX))!);
    expect(record).to.deep.equal([{ idempotencyKey: JSON.parse(draft).idempotencyKey, number: application.number }]);
    localStorage.setItem(slot(), draft); // what a tab without this coordination would do
    a.remove();
    const reloaded = await mount({ client });
    expect(text(part(reloaded, 'draft-note'))).to.equal('');
    expect(control(reloaded, 'applicant.industry')!.value).to.equal('');
    expect(draftKeys()).to.deep.equal([]);
  });

  it('coordinates with a second window of the same origin (an iframe with its own registry)', async () => {
    const { backend, client } = mockClient();
    const frame = document.createElement('iframe');
    frame.src = new URL('./test-support/frame.html', import.meta.url).pathname;
    document.body.append(frame);
    try {
      await until(() => (frame.contentWindow as (Window & { ckReady?: boolean }) | null)?.ckReady, 'the second window is ready', { timeout: 15_000 });
      const a = await mount({ client, value: validApplication() });
      const other = frame.contentDocument!.createElement(TAG) as CkCreditApplication;
      other.setAttribute('lang', 'en');
      other.client = client;
      other.defaultValue = validApplication();
      frame.contentDocument!.body.append(other);
      await until(() => other.ready, 'the form in the second window is ready');
      await until(() => part(a, 'open-elsewhere') && part(other, 'open-elsewhere'), 'each window knows the other');
      await goToSection(other, 'request');
      await fill(other, 'request.purpose', 'Typed in the other window');
      await until(() => a.value.request?.purpose === 'Typed in the other window', 'merged into this window');
      await goToSection(a, 'review');
      await goToSection(other, 'review');
      await Promise.all([a.submit(), other.submit()]);
      expect(backend.state.applications).to.have.length(1);
      expect(new Set(postKeys(backend)).size).to.equal(1);
      expect(postKeys(backend)).to.have.length(1);
      expect(backend.state.applications[0]!.request.purpose).to.equal('Typed in the other window');
      await until(() => part(a, 'confirmation') && part(other, 'confirmation'), 'both windows show it submitted');
      expect(draftKeys()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
