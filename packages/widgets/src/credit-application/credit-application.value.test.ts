import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CkCreditApplication } from './credit-application.component.js';
import type { PartialApplication } from './form-model.js';
import { clearDrafts, control, draftKeys, fill, mockClient, mount, part, validApplication, VALID_CODE } from './test-support/mount.js';

describe('ck-credit-application: value (now) and defaultValue (what reset returns to)', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('prefills from defaultValue, returns it as given, and reads value as the application now', async () => {
    const defaults: PartialApplication = { applicant: { name: 'ACME Trading', code: VALID_CODE }, request: { termDays: 60 } };
    const { client } = mockClient();
    const el = await fixture<CkCreditApplication>(html`<ck-credit-application lang="en" .client=${client} .defaultValue=${defaults}></ck-credit-application>`);
    await waitUntil(() => el.ready, 'element loads');
    await el.updateComplete;
    expect(el.defaultValue).to.equal(defaults);
    expect(control(el, 'applicant.name')!.value).to.equal('ACME Trading');
    expect(el.value.request?.termDays).to.equal(60);
    await fill(el, 'applicant.name', 'Changed Ltd');
    // value follows the user; defaultValue stays what the host gave.
    expect(el.value.applicant?.name).to.equal('Changed Ltd');
    expect(el.defaultValue).to.equal(defaults);
    el.reset();
    await el.updateComplete;
    expect(el.value.applicant?.name).to.equal('ACME Trading');
    expect(control(el, 'applicant.name')!.value).to.equal('ACME Trading');
  });

  it('shows a new defaultValue at once while the user has changed nothing', async () => {
    const el = await mount();
    el.defaultValue = validApplication();
    // Synchronously, as the old `value` setter did.
    expect(el.value.request?.amount).to.equal('20000000.00');
    await el.updateComplete;
    expect(control(el, 'applicant.name')!.value).to.equal('华东精密机械有限公司');
    expect(el.validate({ focus: false })).to.equal(true);
  });

  it('keeps the user\'s changes when defaultValue changes, and reset then returns to the new one', async () => {
    const el = await mount({ value: validApplication() });
    await fill(el, 'applicant.name', 'Typed by the user');
    el.defaultValue = { ...validApplication(), applicant: { ...validApplication().applicant, name: 'New default' } };
    await el.updateComplete;
    expect(el.value.applicant?.name).to.equal('Typed by the user');
    expect(control(el, 'applicant.name')!.value).to.equal('Typed by the user');
    el.reset();
    await el.updateComplete;
    expect(el.value.applicant?.name).to.equal('New default');
    expect(draftKeys()).to.deep.equal([]);
  });

  it('lays defaultValue over the customer\'s data', async () => {
    const { backend, client } = mockClient();
    const el = await fixture<CkCreditApplication>(
      html`<ck-credit-application lang="en" .client=${client} customer-id="C001" .defaultValue=${{ request: { purpose: 'Seasonal stock' } }}></ck-credit-application>`,
    );
    await waitUntil(() => el.ready, 'element loads');
    expect(el.value.applicant?.code).to.equal(backend.dataset.customers[0]!.customer.code);
    expect(el.value.request?.purpose).to.equal('Seasonal stock');
  });

  it('still takes a prefill through the deprecated value setter, exactly as before (an alias of defaultValue)', async () => {
    const el = await mount();
    const given = validApplication();
    el.value = given;
    // Setting `value` sets the reset target; reading it gives the application now.
    expect(el.defaultValue).to.equal(given);
    await el.updateComplete;
    expect(el.value.applicant?.code).to.equal(VALID_CODE);
    await fill(el, 'applicant.industry', 'Edited');
    el.value = { ...given, applicant: { ...given.applicant, industry: 'Second prefill' } };
    await el.updateComplete;
    // As before: the user's edit is not overwritten...
    expect(el.value.applicant?.industry).to.equal('Edited');
    // ...and reset (like a host form's reset or Discard) returns to the last value set.
    el.reset();
    await el.updateComplete;
    expect(el.value.applicant?.industry).to.equal('Second prefill');
    expect(part(el, 'draft-note')!.textContent!.trim()).to.equal('');
  });
});
