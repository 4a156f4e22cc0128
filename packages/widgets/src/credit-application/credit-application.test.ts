import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setDefaultClient } from '@credit-kit/client';
import type { CkLoadErrorEvent } from '../base/events.js';
import type { CkAttachmentSelectEvent } from './credit-application.events.js';
import {
  clearDrafts,
  control,
  fieldError,
  fill,
  goToSection,
  leave,
  mockClient,
  mount,
  part,
  parts,
  sectionHeading,
  shadow,
  VALID_CODE,
  validApplication,
  WRONG_CHECK_CODE,
} from './test-support/mount.js';

/** The element inside the shadow root that has focus. */
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Puts files into the file input as a user's choice would. */
function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ck-credit-application: prefill and sections', () => {
  beforeEach(clearDrafts);
  afterEach(() => {
    clearDrafts();
    setDefaultClient(undefined);
  });

  it('prefills the basic information and financials from the mock customer', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, customerId: 'C001' });
    // Ground truth: the mock's seeded record for C001 (not the element's own reading of it).
    const seeded = backend.dataset.customers[0]!.customer;
    const financials = backend.dataset.financials[0]!;
    expect(seeded.id).to.equal('C001');
    expect(control(el, 'applicant.code')!.value).to.equal(seeded.code);
    expect(control(el, 'applicant.name')!.value).to.equal(seeded.name);
    expect(control<HTMLSelectElement>(el, 'applicant.type')!.value).to.equal(seeded.type);
    expect(control(el, 'applicant.paidInCapital')!.value).to.equal(seeded.paidInCapital);
    // Dates show in the page's language (en: month/day/year), whatever the browser's.
    const [year, month, day] = seeded.establishedOn!.split('-');
    expect(control(el, 'applicant.establishedOn')!.value).to.equal(`${month}/${day}/${year}`);
    expect(el.value.applicant?.establishedOn).to.equal(seeded.establishedOn);
    expect(control(el, 'applicant.contacts[0].email')!.value).to.equal(seeded.contacts![0]!.email);
    await goToSection(el, 'financials');
    expect(control(el, 'financials.totalAssets')!.value).to.equal(financials.totalAssets);
    expect(control(el, 'financials.existingFinancing')!.value).to.equal(financials.existingFinancing);
    expect(backend.hits('GET /customers/{id}')).to.equal(1);
    expect(backend.hits('GET /customers/{id}/financials')).to.equal(1);
    // Prefilled and valid: the first two sections count as complete, and the optional ones that ask
    // for nothing (guarantees, impression, attachments) are not "incomplete": only the request is left.
    expect(part(el, 'progress')!.textContent).to.contain('5 of 6 sections complete');
    expect(parts(el, 'step').filter((s) => !s.part.contains('step-complete')).map((s) => s.dataset.step)).to.deep.equal(['request', 'review']);
    expect(el.value.request?.currency).to.equal(seeded.currency);
  });

  it('says every section is complete on an application ready to submit, optional ones never visited included (issue 14 item 11)', async () => {
    const el = await mount({ value: { ...validApplication(), guarantees: [], impression: {} } });
    await goToSection(el, 'review');
    expect(part(el, 'progress')!.textContent).to.contain('6 of 6 sections complete');
    expect(part<HTMLProgressElement>(el, 'progress-bar')!.value).to.equal(6);
    el.lang = 'zh-CN';
    await waitUntil(() => part(el, 'progress')!.textContent!.includes('已完成 6/6 部分'), 'in Chinese');
  });

  it('leaves the financials empty when the host has none (404)', async () => {
    const { backend, client } = mockClient({ routeStatus: { 'GET /customers/{id}/financials': 404 } });
    const el = await mount({ client, customerId: 'C002' });
    expect(el.ready).to.equal(true);
    expect(control(el, 'applicant.code')!.value).to.equal(backend.dataset.customers[1]!.customer.code);
    await goToSection(el, 'financials');
    expect(control(el, 'financials.totalAssets')!.value).to.equal('');
  });

  it('shows the load error with Retry when the customer cannot be loaded', async () => {
    const { client } = mockClient({ routeStatus: { 'GET /customers/{id}': { status: 503, times: 3 } } });
    const failed = new Promise<CkLoadErrorEvent>((resolve) => document.addEventListener('ck-load-error', (e) => resolve(e as CkLoadErrorEvent), { once: true }));
    const el = await mount({ client, customerId: 'C001' });
    expect((await failed).detail.message).to.equal('The server had a problem answering.');
    expect(part(el, 'retry-button')).to.exist;
    const ready = oneEvent(el, 'ck-ready');
    part<HTMLButtonElement>(el, 'retry-button')!.click();
    await ready;
    expect(control(el, 'applicant.code')!.value).to.have.length(18);
  });

  it('is a blank application at once without customer-id, needing no client', async () => {
    const el = await mount({ client: null });
    expect(el.ready).to.equal(true);
    expect(control(el, 'applicant.code')!.value).to.equal('');
    expect(control(el, 'applicant.currency')!.value).to.equal('CNY');
    expect(sectionHeading(el)).to.equal('1. Basic information');
  });

  it('takes a partial application by property', async () => {
    const el = await mount({ value: { applicant: { name: 'ACME Trading', code: VALID_CODE }, request: { termDays: 60 } } });
    expect(control(el, 'applicant.name')!.value).to.equal('ACME Trading');
    await goToSection(el, 'request');
    expect(control(el, 'request.termDays')!.value).to.equal('60');
    el.value = validApplication();
    await el.updateComplete;
    expect(control(el, 'request.amount')!.value).to.equal('20000000.00');
    expect(el.validate({ focus: false })).to.equal(true);
  });

  it('navigates sections with aria-current, Previous and Next', async () => {
    const el = await mount({ value: validApplication() });
    const steps = parts<HTMLButtonElement>(el, 'step');
    expect(steps).to.have.length(7);
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await waitUntil(() => sectionHeading(el) === '2. Financials');
    expect(parts(el, 'step')[1]!.getAttribute('aria-current')).to.equal('step');
    expect(parts(el, 'step')[0]!.hasAttribute('aria-current')).to.equal(false);
    // Focus moves to the new section's heading, so screen readers announce it.
    expect(focused(el)!.id).to.equal('ck-section-heading');
    part<HTMLButtonElement>(el, 'previous-button')!.click();
    await waitUntil(() => sectionHeading(el) === '1. Basic information');
    expect(part(el, 'step-complete')).to.exist;
    expect(parts(el, 'step')[0]!.textContent).to.contain('(complete)');
  });
});

describe('ck-credit-application: validation in the form', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('shows a field\'s message when it loses focus, and only that field\'s', async () => {
    const el = await mount();
    control(el, 'applicant.code')!.focus();
    leave(control(el, 'applicant.code')!);
    await el.updateComplete;
    expect(fieldError(el, 'applicant.code')).to.equal('Required.');
    expect(control(el, 'applicant.code')!.getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'applicant.code')!.getAttribute('aria-describedby')).to.contain('ck-field-applicant-code-error');
    expect(fieldError(el, 'applicant.name')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
    // Fixing it clears the message while typing.
    await fill(el, 'applicant.code', VALID_CODE, { blur: false });
    expect(fieldError(el, 'applicant.code')).to.equal(null);
  });

  it('checks the social credit code\'s check character, upper-casing what is typed', async () => {
    const el = await mount();
    await fill(el, 'applicant.code', WRONG_CHECK_CODE);
    expect(fieldError(el, 'applicant.code')).to.equal('Enter the 18-character unified social credit code; its last character does not match.');
    await fill(el, 'applicant.code', VALID_CODE.toLowerCase());
    expect(control(el, 'applicant.code')!.value).to.equal(VALID_CODE);
    expect(fieldError(el, 'applicant.code')).to.equal(null);
    await fill(el, 'applicant.code', '91350100');
    expect(fieldError(el, 'applicant.code')).to.equal('The unified social credit code has exactly 18 characters.');
  });

  it('words each kind of problem in English on blur', async () => {
    const el = await mount({ value: validApplication() });
    // "3,000" is an amount now (issue 14.6: one money parser); a broken digit group is not.
    await fill(el, 'applicant.paidInCapital', '3,00');
    expect(fieldError(el, 'applicant.paidInCapital')).to.equal('Enter an amount such as 1234.56.');
    await fill(el, 'applicant.paidInCapital', '-3000');
    expect(fieldError(el, 'applicant.paidInCapital')).to.equal('Enter an amount of zero or more, such as 1234.56.');
    await fill(el, 'applicant.contacts[0].email', 'li.na at example.cn');
    expect(fieldError(el, 'applicant.contacts[0].email')).to.equal('Enter an e-mail address.');
    await fill(el, 'applicant.contacts[0].phone', 'ask reception');
    expect(fieldError(el, 'applicant.contacts[0].phone')).to.equal('Enter a phone number.');
    await fill(el, 'applicant.currency', 'rmb1');
    expect(fieldError(el, 'applicant.currency')).to.equal('Enter a three-letter currency code such as CNY.');
    await goToSection(el, 'guarantees');
    await fill(el, 'guarantees[0].pledgeRatio', '1.2');
    expect(fieldError(el, 'guarantees[0].pledgeRatio')).to.equal('Enter a ratio between 0 and 1, such as 0.6.');
    await goToSection(el, 'request');
    await fill(el, 'request.amount', '0');
    expect(fieldError(el, 'request.amount')).to.equal('Enter an amount greater than zero.');
    await fill(el, 'request.termDays', '45.5');
    expect(fieldError(el, 'request.termDays')).to.equal('Enter a whole number of days.');
    await fill(el, 'request.termDays', '4000');
    expect(fieldError(el, 'request.termDays')).to.equal('Enter from 1 to 3650 days.');
    await goToSection(el, 'impression');
    await fill(el, 'impression.score', '120');
    expect(fieldError(el, 'impression.score')).to.equal('Enter a score from 0 to 100.');
  });

  it('shows a date the control cannot hold as a date problem', async () => {
    const el = await mount({ value: { ...validApplication(), applicant: { ...validApplication().applicant, establishedOn: '2025-02-30' } } });
    expect(el.validate({ focus: false })).to.equal(false);
    await el.updateComplete;
    expect(fieldError(el, 'applicant.establishedOn')).to.equal('Enter a date.');
  });

  it('words the messages in Chinese for zh-CN', async () => {
    const el = await mount({ lang: 'zh-CN', value: validApplication() });
    await fill(el, 'applicant.name', '');
    expect(fieldError(el, 'applicant.name')).to.equal('必填。');
    await fill(el, 'applicant.code', WRONG_CHECK_CODE);
    expect(fieldError(el, 'applicant.code')).to.equal('请输入18位统一社会信用代码；校验位不正确。');
    await fill(el, 'applicant.paidInCapital', '三十万');
    expect(fieldError(el, 'applicant.paidInCapital')).to.equal('请输入金额，例如 1234.56。');
    await fill(el, 'applicant.contacts[0].email', 'li.na');
    expect(fieldError(el, 'applicant.contacts[0].email')).to.equal('请输入电子邮箱地址。');
    await goToSection(el, 'request');
    await fill(el, 'request.termDays', '三十');
    expect(fieldError(el, 'request.termDays')).to.equal('请输入整数天数。');
    expect(sectionHeading(el)).to.equal('4. 申请内容');
  });

  it('on submit, focuses the first invalid field and announces a summary that links to each', async () => {
    const el = await mount();
    await goToSection(el, 'review');
    part<HTMLButtonElement>(el, 'submit-button')!.click();
    await waitUntil(() => focused(el)?.id === 'ck-field-applicant-code', 'focus on the first invalid field');
    expect(sectionHeading(el)).to.equal('1. Basic information');
    const summary = part(el, 'summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = parts<HTMLButtonElement>(el, 'summary-link');
    // Blank form: 6 basic (code, name, type, industry, paid-in capital, established; currency is CNY), 10 financial
    // (all but the CNY currency), 4 of the request (all but the CNY currency). Counted by hand from the schema.
    expect(links.map((l) => l.textContent!.trim())).to.deep.equal([
      'Unified social credit code: Required.',
      'Legal name: Required.',
      'Customer type: Required.',
      'Industry: Required.',
      'Paid-in capital: Required.',
      'Date established: Required.',
      'Base period end: Required.',
      'Total assets: Required.',
      'Effective assets: Required.',
      'Total liabilities: Required.',
      'Current assets: Required.',
      'Current liabilities: Required.',
      'Revenue: Required.',
      'Net profit: Required.',
      'Operating cash flow: Required.',
      'Existing financing balance: Required.',
      'Amount requested: Required.',
      'Credit period (days): Required.',
      'Purpose: Required.',
      'Settlement method: Required.',
    ]);
    expect(summary.textContent).to.contain('There are 20 problems to correct');
    // Every field with a problem shows it too, now that a submit was tried.
    expect(fieldError(el, 'applicant.industry')).to.equal('Required.');
    links[8]!.click();
    await waitUntil(() => focused(el)?.id === 'ck-field-financials-effectiveAssets', 'summary entry focuses its field');
    expect(sectionHeading(el)).to.equal('2. Financials');
    expect(parts(el, 'step-error').map((s) => s.dataset.step)).to.deep.equal(['basic', 'financials', 'request']);
  });

  it('Next checks the section, shows its messages and stays on the first invalid field', async () => {
    const el = await mount();
    await fill(el, 'applicant.code', VALID_CODE);
    part<HTMLButtonElement>(el, 'next-button')!.click();
    await waitUntil(() => focused(el)?.id === 'ck-field-applicant-name');
    expect(sectionHeading(el)).to.equal('1. Basic information');
    expect(fieldError(el, 'applicant.name')).to.equal('Required.');
    expect(fieldError(el, 'applicant.code')).to.equal(null);
    // Other sections' problems are not shown yet.
    expect(part(el, 'summary')).to.equal(null);
  });

  it('adds and removes contacts and guarantees', async () => {
    const el = await mount({ value: validApplication() });
    const addContact = shadow(el).querySelector<HTMLButtonElement>('[data-add="applicant.contacts"]')!;
    addContact.click();
    await waitUntil(() => focused(el)?.id === 'ck-field-applicant-contacts-1-name', 'focus moves into the new row');
    await fill(el, 'applicant.contacts[1].name', 'Zhang Wei');
    await fill(el, 'applicant.contacts[1].email', 'wrong');
    expect(fieldError(el, 'applicant.contacts[1].email')).to.equal('Enter an e-mail address.');
    // Removing the first row moves the second up, with its message.
    parts<HTMLButtonElement>(el, 'remove-button')[0]!.click();
    await el.updateComplete;
    expect(el.value.applicant?.contacts?.map((c) => c.name)).to.deep.equal(['Zhang Wei']);
    expect(fieldError(el, 'applicant.contacts[0].email')).to.equal('Enter an e-mail address.');
    expect(focused(el)?.id).to.equal('ck-field-applicant-contacts-0-name');
    await goToSection(el, 'guarantees');
    expect(parts(el, 'row')).to.have.length(1);
    shadow(el).querySelector<HTMLButtonElement>('[data-add="guarantees"]')!.click();
    await el.updateComplete;
    expect(parts(el, 'row')).to.have.length(2);
    expect(control<HTMLSelectElement>(el, 'guarantees[1].kind')!.value).to.equal('collateral');
    parts<HTMLButtonElement>(el, 'remove-button')[1]!.click();
    parts<HTMLButtonElement>(el, 'remove-button')[0]!.click();
    await el.updateComplete;
    expect(el.value.guarantees).to.deep.equal([]);
    expect(focused(el)?.dataset.add).to.equal('guarantees');
  });
});

describe('ck-credit-application: attachments', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('rejects a wrong type and an oversized file with localized messages', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client });
    await goToSection(el, 'attachments');
    chooseFiles(control(el, 'attachments')!, [
      new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }),
      new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }),
    ]);
    await el.updateComplete;
    expect(fieldError(el, 'attachments')).to.equal('logo.gif is not a PDF, JPEG, PNG or XLSX file. scan.pdf is larger than 20 MB.');
    expect(backend.hits('POST /attachments')).to.equal(0);
    el.lang = 'zh-CN';
    await waitUntil(() => fieldError(el, 'attachments')?.startsWith('logo.gif 不是'));
    expect(fieldError(el, 'attachments')).to.equal('logo.gif 不是 PDF、JPEG、PNG 或 XLSX 文件。 scan.pdf 超过 20 MB。');
  });

  it('uploads an accepted file through the client and lists it with its uploadId', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client });
    await goToSection(el, 'attachments');
    chooseFiles(control(el, 'attachments')!, [new File(['%PDF-1.7 licence'], 'licence.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => (el.value.attachments?.length ?? 0) === 1, 'upload finishes');
    expect(backend.hits('POST /attachments')).to.equal(1);
    expect(el.value.attachments).to.deep.equal([{ fileName: 'licence.pdf', mimeType: 'application/pdf', size: 16, uploadId: backend.state.uploads[0]!.uploadId }]);
    expect(part(el, 'attachment-list')!.textContent).to.contain('licence.pdf');
    expect(part(el, 'attachment-list')!.textContent).to.contain('Uploaded');
  });

  it('shows a failed upload in words, blocks submitting until it is retried, and retries', async () => {
    const { backend, client } = mockClient({ routeStatus: { 'POST /attachments': { status: 503, times: 1 } } });
    const el = await mount({ client, value: validApplication() });
    await goToSection(el, 'attachments');
    chooseFiles(control(el, 'attachments')!, [new File(['%PDF'], 'licence.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => part(el, 'attachment-list')!.textContent!.includes('Upload failed'), 'failure shown');
    expect(part(el, 'attachment-list')!.textContent).to.contain('Upload failed: The server had a problem answering.');
    expect(el.validate({ focus: false })).to.equal(false);
    await el.updateComplete;
    expect(fieldError(el, 'attachments')).to.equal('An attachment failed to upload: retry or remove it.');
    await expect(el).to.be.accessible();
    [...part(el, 'attachment-list')!.querySelectorAll('button')].find((b) => b.textContent === 'Retry upload of licence.pdf')!.click();
    await waitUntil(() => el.value.attachments?.length === 1, 'uploaded on retry');
    expect(backend.hits('POST /attachments')).to.equal(2);
    expect(el.validate({ focus: false })).to.equal(true);
  });

  it('hands files to the host by event, without uploading, in attachment-mode="event"', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, attachmentMode: 'event' });
    await goToSection(el, 'attachments');
    const file = new File(['x,y'], 'statements.xlsx');
    const selected = oneEvent(el, 'ck-attachment-select') as Promise<CkAttachmentSelectEvent>;
    chooseFiles(control(el, 'attachments')!, [file]);
    const event = await selected;
    expect(event.detail.file).to.equal(file);
    expect(event.detail.attachment).to.deep.equal({
      fileName: 'statements.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: 3,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(backend.hits('POST /attachments')).to.equal(0);
    expect(el.value.attachments).to.deep.equal([{ fileName: 'statements.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 3 }]);
  });
});

describe('ck-credit-application: language, theme, accessibility', () => {
  beforeEach(clearDrafts);
  afterEach(() => {
    clearDrafts();
    document.documentElement.lang = 'en';
  });

  it('switches between English and Chinese at runtime, messages included', async () => {
    const el = await mount();
    await fill(el, 'applicant.code', WRONG_CHECK_CODE);
    expect(part(el, 'title')!.textContent).to.equal('Credit application');
    el.removeAttribute('lang');
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => part(el, 'title')!.textContent === '授信申请', 'follows <html lang>');
    expect(fieldError(el, 'applicant.code')).to.equal('请输入18位统一社会信用代码；校验位不正确。');
    expect(part(el, 'next-button')!.textContent).to.equal('下一步');
    expect(shadow(el).querySelector('label[for="ck-field-applicant-paidInCapital"]')!.textContent).to.contain('实收资本');
    el.lang = 'en';
    await waitUntil(() => part(el, 'title')!.textContent === 'Credit application', 'element lang wins');
    expect(fieldError(el, 'applicant.code')).to.equal('Enter the 18-character unified social credit code; its last character does not match.');
  });

  it('takes a theme set only through --ck-* tokens and ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .brand { --ck-color-primary: rgb(10, 20, 30); --ck-radius: 0px; --ck-font-size: 20px; }
      .brand::part(input) { border-width: 3px; }
      .brand::part(next-button) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const el = await mount();
      const next = part(el, 'next-button')!;
      const input = control(el, 'applicant.name')!;
      expect(getComputedStyle(next).backgroundColor).to.equal('rgb(29, 95, 209)');
      expect(getComputedStyle(input).borderTopWidth).to.equal('1px');
      el.classList.add('brand');
      await el.updateComplete;
      expect(getComputedStyle(next).backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(next).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(next).textTransform).to.equal('uppercase');
      expect(getComputedStyle(input).borderTopWidth).to.equal('3px');
      expect(getComputedStyle(input).fontSize).to.equal('20px');
    } finally {
      style.remove();
    }
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`is accessible blank, with errors and with a restored draft (${lang})`, async () => {
      const el = await mount({ lang });
      await expect(el).to.be.accessible();
      await goToSection(el, 'review');
      part<HTMLButtonElement>(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'summary'));
      await expect(el).to.be.accessible();
      await goToSection(el, 'guarantees');
      shadow(el).querySelector<HTMLButtonElement>('[data-add="guarantees"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await goToSection(el, 'attachments');
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible in the review step of a complete application, in the dark theme', async () => {
    const el = await mount({ value: validApplication() });
    el.theme = 'dark';
    await goToSection(el, 'review');
    expect(part(el, 'review')!.textContent).to.contain('CN¥20,000,000.00');
    expect(part(el, 'review')!.textContent).to.contain('Bank acceptance bill');
    await expect(el).to.be.accessible();
  });
});
