import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CreditKitClient } from '@credit-kit/client';
import type { MockBackend } from '@credit-kit/mock';
import type { CkCreditApplication } from './credit-application.component.js';
import type { CkApplicationSubmittedEvent } from './credit-application.events.js';
import {
  BASE_URL,
  clearDrafts,
  control,
  draftKeys,
  fieldError,
  fill,
  goToSection,
  mockClient,
  mount,
  part,
  parts,
  sectionHeading,
  validApplication,
} from './test-support/mount.js';

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const submitButton = (el: CkCreditApplication) => part<HTMLButtonElement>(el, 'submit-button')!;

/** Idempotency-Key headers of every POST /credit-applications the mock received. */
const postKeys = (backend: MockBackend) =>
  backend.state.requests.filter((r) => r.route === 'POST /credit-applications').map((r) => r.headers['idempotency-key']);

/** A complete application, edited once (so a draft exists), on the review step. */
async function readyToSubmit(client: CreditKitClient): Promise<CkCreditApplication> {
  const el = await mount({ client, value: validApplication() });
  await fill(el, 'applicant.legalRepresentative', '王建国');
  window.dispatchEvent(new Event('pagehide')); // writes the draft now
  await goToSection(el, 'review');
  return el;
}

const draftKey = () => `credit-kit:draft:v1:${location.origin}${BASE_URL}:new`;
const storedIdempotencyKey = () => JSON.parse(localStorage.getItem(draftKey())!).idempotencyKey as string;

describe('ck-credit-application: submitting', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('submits, confirms with number and status, fires ck-application-submitted and clears the draft', async () => {
    const { backend, client } = mockClient();
    const el = await readyToSubmit(client);
    expect(draftKeys()).to.deep.equal([draftKey()]);
    const key = storedIdempotencyKey();
    const submitted = oneEvent(el, 'ck-application-submitted') as Promise<CkApplicationSubmittedEvent>;
    submitButton(el).click();
    const event = await submitted;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(backend.state.applications).to.have.length(1);
    const stored = backend.state.applications[0]!;
    expect(event.detail.application.id).to.equal(stored.id);
    expect(event.detail.application.number).to.match(/^CA-\d{4}-\d{6}$/);
    expect(stored.request).to.deep.equal({ amount: '20000000.00', currency: 'CNY', termDays: 90, purpose: 'Working capital for Q1 orders', settlementMethod: 'bank_acceptance_bill' });
    expect(postKeys(backend)).to.deep.equal([key]);
    await el.updateComplete;
    expect(part(el, 'application-number')!.textContent).to.equal(stored.number);
    expect(part(el, 'application-status')!.textContent).to.equal('Submitted');
    expect(focused(el)!.id).to.equal('ck-confirmation-title');
    expect(draftKeys()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    el.lang = 'zh-CN';
    await waitUntil(() => part(el, 'application-status')!.textContent === '已提交', 'status in Chinese');
    await expect(el).to.be.accessible();

    // A new application starts from the prefill with a new key.
    part<HTMLButtonElement>(el, 'new-application-button')!.click();
    await el.updateComplete;
    expect(sectionHeading(el)).to.equal('1. 客户基础信息');
    await fill(el, 'applicant.legalRepresentative', '李四');
    window.dispatchEvent(new Event('pagehide'));
    expect(storedIdempotencyKey()).to.not.equal(key);
  });

  it('keeps the data after a lost answer; one retry with the same key makes exactly one application', async () => {
    // The POSTs reach the mock (which creates the application) but the answer is lost on the way
    // back, three times: all of the client's own attempts fail, so the user sees the failure.
    let lost = 3;
    const { backend, client } = mockClient({}, (fetch) => async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/credit-applications') && lost > 0) {
        lost--;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    const el = await readyToSubmit(client);
    const key = storedIdempotencyKey();
    submitButton(el).click();
    await waitUntil(() => part(el, 'submit-error'), 'failure shown', { timeout: 5000 });
    expect(part(el, 'submit-error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'submit-error-message')!.textContent).to.equal('The server could not be reached. Check the connection and try again.');
    expect(focused(el)).to.equal(part(el, 'retry-submit-button'));
    // Nothing is lost: the form, the draft and its key are all still there.
    expect(el.value.request?.amount).to.equal('20000000.00');
    expect(draftKeys()).to.deep.equal([draftKey()]);
    expect(storedIdempotencyKey()).to.equal(key);
    expect(submitButton(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();

    const submitted = oneEvent(el, 'ck-application-submitted') as Promise<CkApplicationSubmittedEvent>;
    part<HTMLButtonElement>(el, 'retry-submit-button')!.click();
    const event = await submitted;
    expect(backend.state.applications).to.have.length(1);
    expect(event.detail.application.number).to.equal(backend.state.applications[0]!.number);
    const keys = postKeys(backend);
    expect(keys).to.have.length(4);
    expect(new Set(keys)).to.deep.equal(new Set([key]));
    expect(draftKeys()).to.deep.equal([]);
  });

  it('retries after server errors (mock routeStatus) with the same key and makes one application', async () => {
    const { backend, client } = mockClient({ routeStatus: { 'POST /credit-applications': { status: 503, times: 3 } } });
    const el = await readyToSubmit(client);
    submitButton(el).click();
    await waitUntil(() => part(el, 'submit-error'), 'failure shown', { timeout: 5000 });
    expect(part(el, 'submit-error-message')!.textContent).to.equal('The server had a problem answering.');
    expect(backend.state.applications).to.have.length(0);
    part<HTMLButtonElement>(el, 'retry-submit-button')!.click();
    await waitUntil(() => part(el, 'confirmation'), 'confirmed');
    expect(backend.state.applications).to.have.length(1);
    const keys = postKeys(backend);
    expect(keys).to.have.length(4);
    expect(new Set(keys).size).to.equal(1);
  });

  it('resubmits a restored draft with the draft\'s key after a reload', async () => {
    let lost = 3;
    const { backend, client } = mockClient({}, (fetch) => async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && lost-- > 0) throw new TypeError('Failed to fetch');
      return response;
    });
    const first = await readyToSubmit(client);
    const key = storedIdempotencyKey();
    submitButton(first).click();
    await waitUntil(() => part(first, 'submit-error'), 'failure shown', { timeout: 5000 });
    first.remove();
    // "Reload": a new element restores the draft and its key.
    const el = await mount({ client });
    expect(part(el, 'draft-note')!.textContent).to.contain('Draft restored');
    const confirmed = await el.submit();
    expect(confirmed?.number).to.equal(backend.state.applications[0]!.number);
    expect(backend.state.applications).to.have.length(1);
    expect(new Set(postKeys(backend))).to.deep.equal(new Set([key]));
  });

  it('sends one request for a double click, with the button busy meanwhile', async () => {
    const { backend, client } = mockClient({ latencyMs: 80 });
    const el = await readyToSubmit(client);
    const button = submitButton(el);
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.textContent).to.equal('Submitting…');
    button.click();
    void el.submit();
    await waitUntil(() => part(el, 'confirmation'), 'confirmed', { timeout: 5000 });
    // The mock counts a request when it arrives, before its latency: a second POST sent by any of
    // the clicks would be counted by now; after the confirmation submit() sends nothing.
    expect(backend.hits('POST /credit-applications')).to.equal(1);
    expect(await el.submit()).to.equal(undefined);
    expect(backend.hits('POST /credit-applications')).to.equal(1);
    expect(backend.state.applications).to.have.length(1);
  });

  it('maps a 422\'s field errors to the fields and focuses the first', async () => {
    const { backend, client } = mockClient({}, (fetch) => async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/credit-applications')) {
        return new Response(
          JSON.stringify({
            type: 'https://erp.example.com/problems/validation',
            title: 'The application is not valid',
            status: 422,
            errors: [
              { path: 'request.amount', code: 'too_big', message: 'exceeds what this branch may grant' },
              { path: 'applicant.code', code: 'duplicate', message: 'is already registered to customer C007' },
            ],
          }),
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      return fetch(input, init);
    });
    const el = await readyToSubmit(client);
    submitButton(el).click();
    await waitUntil(() => focused(el)?.id === 'ck-field-applicant-code', 'first server-invalid field focused', { timeout: 5000 });
    expect(fieldError(el, 'applicant.code')).to.equal('The server did not accept this value.');
    expect(part(el, 'submit-error-message')!.textContent).to.equal('The server did not accept some fields: see the messages beside them.');
    expect(part(el, 'retry-submit-button')).to.equal(null);
    expect(parts(el, 'summary-link').map((l) => l.textContent!.trim())).to.deep.equal([
      'Unified social credit code: The server did not accept this value.',
      'Amount requested: Too large.',
    ]);
    el.lang = 'zh-CN';
    await waitUntil(() => fieldError(el, 'applicant.code') === '服务器未接受此值。', 'in Chinese');
    await goToSection(el, 'request');
    expect(fieldError(el, 'request.amount')).to.equal('数值过大。');
    await expect(el).to.be.accessible();
    // Editing a field clears the server's message for it.
    await fill(el, 'request.amount', '15000000.00');
    expect(fieldError(el, 'request.amount')).to.equal(null);
    expect(backend.state.applications).to.have.length(0);
  });

  it('explains a key reused with changed data instead of creating a second application', async () => {
    let lost = 3;
    const { backend, client } = mockClient({}, (fetch) => async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && lost-- > 0) throw new TypeError('Failed to fetch');
      return response;
    });
    const el = await readyToSubmit(client);
    submitButton(el).click();
    await waitUntil(() => part(el, 'submit-error'), 'failure shown', { timeout: 5000 });
    await goToSection(el, 'request');
    await fill(el, 'request.purpose', 'Changed after the lost answer');
    await el.submit();
    await el.updateComplete;
    expect(part(el, 'submit-error-message')!.textContent).to.contain('An earlier attempt of this application reached the server with different details');
    expect(backend.state.applications).to.have.length(1);
    expect(control(el, 'request.purpose')!.value).to.equal('Changed after the lost answer');
  });

  it('says the host is still processing after 409 retries run out, and Check again reuses the key', async () => {
    // The host holds the first attempt: it answers 409 "still processing" to every retry the
    // client makes, then, when the user checks again, the stored application.
    let busy = 3;
    const seen: string[] = [];
    const { backend, client } = mockClient({}, (fetch) => async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/credit-applications')) {
        seen.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
        if (busy-- > 0) {
          return new Response(JSON.stringify({ type: 'about:blank', title: 'Still processing', status: 409 }), {
            status: 409,
            headers: { 'Content-Type': 'application/problem+json' },
          });
        }
      }
      return fetch(input, init);
    });
    const el = await readyToSubmit(client);
    const key = storedIdempotencyKey();
    submitButton(el).click();
    await waitUntil(() => part(el, 'submit-error'), 'failure shown', { timeout: 5000 });
    const text = part(el, 'submit-error')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('The application is still being processed.');
    expect(part(el, 'submit-error-message')!.textContent).to.contain('still processing it. Do not submit it again');
    expect(text).to.not.contain('Something went wrong');
    const retry = part<HTMLButtonElement>(el, 'retry-submit-button')!;
    expect(retry.textContent!.trim()).to.equal('Check again');
    expect(focused(el)).to.equal(retry);
    expect(seen).to.have.length(3);
    el.lang = 'zh-CN';
    await waitUntil(() => part(el, 'submit-error-message')!.textContent!.includes('仍在处理中'), 'in Chinese');
    expect(part(el, 'retry-submit-button')!.textContent!.trim()).to.equal('再次查询');
    await expect(el).to.be.accessible();

    part<HTMLButtonElement>(el, 'retry-submit-button')!.click();
    await waitUntil(() => part(el, 'confirmation'), 'confirmed');
    expect(backend.state.applications).to.have.length(1);
    expect(seen).to.have.length(4);
    expect(new Set(seen)).to.deep.equal(new Set([key]));
  });

  it('does not send an invalid application', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client });
    expect(await el.submit()).to.equal(undefined);
    expect(backend.hits('POST /credit-applications')).to.equal(0);
    expect(part(el, 'summary')).to.exist;
  });
});
