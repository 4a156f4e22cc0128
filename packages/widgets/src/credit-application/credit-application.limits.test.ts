import { expect, waitUntil } from '@open-wc/testing';
import { CONTRACT_LIMITS, type Customer } from '@credit-kit/core';
import { clearDrafts, control, fieldError, leave, mockClient, mount, part, parts } from './test-support/mount.js';

/** A mock whose C001 has `count` contacts. */
function withContacts(count: number) {
  const setup = mockClient();
  const customer = setup.backend.dataset.customers[0]!.customer as Customer;
  customer.contacts = Array.from({ length: count }, (_, i) => ({ name: `Contact ${i + 1}`, email: `c${i + 1}@example.com` }));
  return setup;
}

describe('ck-credit-application at the contract\'s limits (issue 16 §2)', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('takes a record with the most contacts the contract allows, every row editable and checked', async () => {
    const max = CONTRACT_LIMITS.contacts;
    const el = await mount({ client: withContacts(max).client, customerId: 'C001' });
    expect(parts(el, 'row').length).to.equal(max);
    expect(el.value.applicant?.contacts?.length).to.equal(max);
    const last = control(el, `applicant.contacts[${max - 1}].email`)!;
    expect(last.value).to.equal(`c${max}@example.com`);
    last.value = 'not an address';
    last.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    leave(last);
    await el.updateComplete;
    expect(fieldError(el, `applicant.contacts[${max - 1}].email`)).to.equal('Enter an e-mail address.');
    // The list is full: no Add button, a note instead; removing a row brings it back.
    expect(el.shadowRoot!.querySelector('[data-add="applicant.contacts"]')).to.equal(null);
    expect(part(el, 'row-limit')!.textContent).to.include(String(max));
    parts<HTMLButtonElement>(el, 'remove-button')[0]!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-add="applicant.contacts"]') !== null, 'Add contact is offered again', { timeout: 5_000 });
    expect(parts(el, 'row').length).to.equal(max - 1);
  });

  it('stops adding rows at the limit rather than building an application the backend must refuse', async () => {
    const el = await mount({ client: withContacts(CONTRACT_LIMITS.contacts - 1).client, customerId: 'C001' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-add="applicant.contacts"]')!.click();
    await waitUntil(() => parts(el, 'row').length === CONTRACT_LIMITS.contacts, 'the last row is added', { timeout: 5_000 });
    expect(el.shadowRoot!.querySelector('[data-add="applicant.contacts"]')).to.equal(null);
  });

  it('shows a record past the limit as the backend\'s error with Retry, never a frozen or blank form', async () => {
    const el = await mount({ client: withContacts(CONTRACT_LIMITS.contacts + 1).client, customerId: 'C001' });
    expect(el.error, 'the client refuses the record').to.exist;
    expect(part(el, 'retry-button')).to.exist;
    expect(el.shadowRoot!.textContent).to.include('The server sent data in an unexpected form.');
  });
});
