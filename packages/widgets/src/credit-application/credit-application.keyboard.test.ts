import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CkCreditApplication } from './credit-application.component.js';
import { clearDrafts, control, fieldError, leave, mockClient, mount, part, sectionHeading } from './test-support/mount.js';

/** The focused element, looking into the widget's shadow root. */
function active(el: CkCreditApplication): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
async function tabUntil(el: CkCreditApplication, predicate: (focused: Element | null) => boolean, what: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (predicate(active(el))) return;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${active(el)?.outerHTML.slice(0, 120)}`);
}

const isControl = (key: string) => (node: Element | null) => node?.getAttribute('data-key') === key;
const isPart = (name: string) => (node: Element | null) => (node?.getAttribute('part') ?? '').split(' ').includes(name);

async function typeInto(el: CkCreditApplication, key: string, text: string): Promise<void> {
  await tabUntil(el, isControl(key), key);
  await sendKeys({ type: text });
}

describe('ck-credit-application by keyboard alone', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('fills every section and submits with Tab, typing and Enter', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, customerId: 'C001' });
    const before = document.createElement('button');
    before.textContent = 'Before the form';
    el.before(before);
    try {
      before.focus();
      // Into the widget: the section buttons come first, then the fields.
      await tabUntil(el, isPart('step'), 'the first section button');
      expect(active(el)!.getAttribute('aria-current')).to.equal('step');
      await tabUntil(el, isControl('applicant.code'), 'the code field');
      // Enter in a field goes to the next section (basic information is prefilled and valid).
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '2. Financials', 'financials');
      expect(active(el)!.id).to.equal('ck-section-heading');
      await tabUntil(el, isControl('financials.totalAssets'), 'total assets');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '3. Guarantees and collateral', 'guarantees');

      // Add a row with the keyboard and fill it; selects take type-ahead.
      await tabUntil(el, isPart('add-button'), 'add guarantee');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => isControl('guarantees[0].kind')(active(el)), 'focus in the new row');
      await typeInto(el, 'guarantees[0].owner', 'Huadong Precision');
      await tabUntil(el, isControl('guarantees[0].collateralType'), 'collateral type');
      await sendKeys({ type: 'r' });
      await typeInto(el, 'guarantees[0].appraisedValue', '12000000.00');
      await typeInto(el, 'guarantees[0].pledgeRatio', '0.6');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '4. Request', 'request');

      await typeInto(el, 'request.amount', '20000000');
      await typeInto(el, 'request.termDays', '90');
      await typeInto(el, 'request.purpose', 'Working capital');
      await tabUntil(el, isControl('request.settlementMethod'), 'settlement method');
      await sendKeys({ type: 'b' });
      await tabUntil(el, isPart('next-button'), 'next');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '5. Overall impression', 'impression');

      await typeInto(el, 'impression.notes', 'Reliable payer');
      await typeInto(el, 'impression.score', '80');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '6. Attachments', 'attachments');
      await tabUntil(el, isPart('next-button'), 'next');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sectionHeading(el) === '7. Review and submit', 'review');

      await tabUntil(el, isPart('submit-button'), 'submit');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'confirmation'), 'confirmed', { timeout: 5000 });
      expect(backend.state.applications).to.have.length(1);
      expect(backend.state.applications[0]!.request).to.deep.equal({
        amount: '20000000',
        currency: 'CNY',
        termDays: 90,
        purpose: 'Working capital',
        settlementMethod: 'bank_acceptance_bill',
      });
      expect(el.value.guarantees).to.deep.equal([
        { kind: 'collateral', owner: 'Huadong Precision', collateralType: 'real_estate', appraisedValue: '12000000.00', pledgeRatio: '0.6' },
      ]);
      expect(el.value.impression).to.deep.equal({ notes: 'Reliable payer', score: 80 });
      expect(active(el)!.id).to.equal('ck-confirmation-title');
    } finally {
      before.remove();
    }
  });

  it('adds and removes a contact with Enter, and Enter on Next stops at the first invalid field', async () => {
    const el = await mount();
    control(el, 'applicant.code')!.focus();
    await tabUntil(el, (n) => n?.getAttribute('data-add') === 'applicant.contacts', 'add contact');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isControl('applicant.contacts[0].name')(active(el)), 'focus in the new contact');
    await sendKeys({ type: 'Li Na' });
    await tabUntil(el, isPart('remove-button'), 'remove contact');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.value.applicant?.contacts === undefined, 'contact removed');
    // Focus goes back to "Add contact", never lost to the page.
    expect(active(el)!.getAttribute('data-add')).to.equal('applicant.contacts');
    await tabUntil(el, isPart('next-button'), 'next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isControl('applicant.code')(active(el)), 'first invalid field focused');
    expect(fieldError(el, 'applicant.code')).to.equal('Required.');
    expect(sectionHeading(el)).to.equal('1. Basic information');
  });

  it('calls a partly erased date a date problem, not a missing one', async () => {
    const { client } = mockClient();
    const el = await mount({ client, customerId: 'C001' });
    const date = control(el, 'applicant.establishedOn')!;
    const whole = date.value;
    date.focus();
    date.setSelectionRange(whole.length, whole.length);
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => date.value === whole.slice(0, -1), 'the date is incomplete');
    leave(date);
    await el.updateComplete;
    expect(fieldError(el, 'applicant.establishedOn')).to.equal('Enter a date.');
  });
});
