import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { CreditKitClient } from '@credit-kit/client';
import type { CkCreditApplication } from './credit-application.component.js';
import { clearDrafts, control, fill, goToSection, mockClient, part, validApplication, VALID_CODE } from './test-support/mount.js';

const containers: HTMLElement[] = [];

/**
 * A host form with the element in it. Rendered by hand, not with `fixture`: a fixture whose root
 * is not a Lit element waits for an animation frame, which a page running in the background
 * (parallel test files) never gets.
 */
async function hostForm(client: CreditKitClient, value?: ReturnType<typeof validApplication>) {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(html`<form>
    <label>Reference <input name="reference" value="R-1" /></label>
    <fieldset>
      <ck-credit-application name="application" lang="en" .client=${client} .value=${value}></ck-credit-application>
    </fieldset>
    <button>Send</button>
  </form>`, container);
  const form = container.querySelector('form')!;
  const el = form.querySelector('ck-credit-application') as CkCreditApplication;
  await waitUntil(() => el.ready);
  await el.updateComplete;
  return { form, el };
}

describe('ck-credit-application inside a host <form>', () => {
  beforeEach(clearDrafts);
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
    clearDrafts();
  });

  it('is invalid while the application is, with a message, and its value is the application JSON', async () => {
    const { client } = mockClient();
    const { form, el } = await hostForm(client);
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    const entry = new FormData(form).get('application');
    expect(typeof entry).to.equal('string');
    const blank = JSON.parse(entry as string);
    expect(blank.applicant.currency).to.equal('CNY');
    expect(blank.guarantees).to.deep.equal([]);
    expect(new FormData(form).get('reference')).to.equal('R-1');

    el.value = validApplication();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(new FormData(form).get('application') as string);
    expect(value.request).to.deep.equal({ amount: '20000000.00', currency: 'CNY', termDays: 90, purpose: 'Working capital for Q1 orders', settlementMethod: 'bank_acceptance_bill' });
    expect(value.applicant.code).to.equal(VALID_CODE);
    expect(value.impression.score).to.equal(82);

    await fill(el, 'applicant.code', 'NOT-A-CODE');
    expect(form.checkValidity()).to.equal(false);
    expect(JSON.parse(new FormData(form).get('application') as string).applicant.code).to.equal('NOT-A-CODE');
  });

  it('says in words why it is invalid, anchored to a control inside it', async () => {
    const { client } = mockClient();
    const { form } = await hostForm(client);
    const invalid = new Promise<Event>((resolve) => form.querySelector('ck-credit-application')!.addEventListener('invalid', resolve, { once: true }));
    form.checkValidity();
    await invalid;
    const el = form.querySelector('ck-credit-application') as CkCreditApplication;
    expect(el.validationMessage).to.equal('The credit application has 20 fields to correct.');
    expect(el.validity.customError).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    expect(el.form).to.equal(form);
    el.lang = 'zh-CN';
    await waitUntil(() => el.validationMessage === '授信申请有 20 处需要修改。', 'message in Chinese');
  });

  it('goes back to its prefill when the host form is reset', async () => {
    const { client } = mockClient();
    const { form, el } = await hostForm(client, validApplication());
    await fill(el, 'applicant.name', 'Changed Ltd');
    expect(el.value.applicant?.name).to.equal('Changed Ltd');
    form.reset();
    await el.updateComplete;
    expect(el.value.applicant?.name).to.equal('华东精密机械有限公司');
    expect(control(el, 'applicant.name')!.value).to.equal('华东精密机械有限公司');
    expect(form.checkValidity()).to.equal(true);
  });

  it('carries the trading history in its FormData value only when given, and a host reset drops edits to it', async () => {
    const { client } = mockClient();
    const { form, el } = await hostForm(client, validApplication());
    const entry = () => JSON.parse(new FormData(form).get('application') as string);
    expect('history' in entry()).to.equal(false);
    await goToSection(el, 'financials');
    await fill(el, 'history.salesLast12Months', '12345678901234567.89');
    await fill(el, 'history.overdueCountLast12Months', '2');
    expect(entry().history).to.deep.equal({ salesLast12Months: '12345678901234567.89', overdueCountLast12Months: 2 });
    expect(form.checkValidity()).to.equal(true);
    await fill(el, 'history.overdueCountLast12Months', '2.5');
    expect(form.checkValidity()).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect('history' in entry()).to.equal(false);
    expect(form.checkValidity()).to.equal(true);
  });

  it('is disabled by a disabled fieldset around it, and leaves FormData then', async () => {
    const { client } = mockClient();
    const { form, el } = await hostForm(client, validApplication());
    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => control(el, 'applicant.name')!.matches(':disabled'), 'controls disabled');
    expect(part(el, 'next-button')!.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('application')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !control(el, 'applicant.name')!.matches(':disabled'), 'enabled again');
  });

  it('restores its form state from the browser', async () => {
    const { client } = mockClient();
    const { el } = await hostForm(client);
    el.formStateRestoreCallback(JSON.stringify({ form: { applicant: { name: 'Restored Ltd' } }, section: 'request' }));
    await el.updateComplete;
    expect(el.value.applicant?.name).to.equal('Restored Ltd');
    expect(el.shadowRoot!.getElementById('ck-section-heading')!.textContent).to.equal('4. Request');
    el.formStateRestoreCallback('not json');
    expect(el.value.applicant?.name).to.equal('Restored Ltd');
  });

  it('sends through the client when the host form\'s submit handler calls submit()', async () => {
    const { backend, client } = mockClient();
    const { form, el } = await hostForm(client, validApplication());
    let defaultPrevented = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      defaultPrevented = event.defaultPrevented;
      void el.submit();
    });
    form.requestSubmit();
    await waitUntil(() => part(el, 'confirmation'), 'confirmed', { timeout: 5000 });
    expect(defaultPrevented).to.equal(true);
    expect(backend.state.applications).to.have.length(1);
  });
});
