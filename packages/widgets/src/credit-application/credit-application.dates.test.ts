import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearDrafts, control, fieldError, leave, mockClient, mount } from './test-support/mount.js';

/** Clears a field and types `text` into it, as a user does. */
async function retype(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

describe('ck-credit-application dates in the page\'s language (issue 14 item 8)', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('shows a zh-CN page\'s dates year first, whatever the browser\'s language', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, customerId: 'C001', lang: 'zh-CN' });
    const seeded = backend.dataset.customers[0]!.customer.establishedOn!;
    const date = control(el, 'applicant.establishedOn')!;
    expect(date.type).to.equal('text');
    expect(date.value).to.equal(seeded.replaceAll('-', '/'));
    expect(date.placeholder).to.equal('年/月/日');
    expect(el.value.applicant?.establishedOn).to.equal(seeded);
  });

  it('reads typed dates in the page\'s order, ISO and 年月日 with full-width digits, into the ISO day', async () => {
    const el = await mount({ client: mockClient().client, customerId: 'C001', lang: 'en' });
    const date = control(el, 'applicant.establishedOn')!;
    expect(date.placeholder).to.equal('month/day/year');
    for (const [typed, iso] of [
      ['03/09/2001', '2001-03-09'],
      ['2002-11-30', '2002-11-30'],
      ['２００３年１月５日', '2003-01-05'],
    ] as const) {
      await retype(date, typed);
      await waitUntil(() => el.value.applicant?.establishedOn === iso, `${typed} is read as ${iso}`, { timeout: 5_000 });
      expect(date.value, 'the typed text stands while the field has focus').to.equal(typed);
    }
    leave(date);
    await el.updateComplete;
    expect(fieldError(el, 'applicant.establishedOn')).to.equal(null);
  });

  it('calls a partial or impossible date a date problem on the field, in the reader\'s language', async () => {
    const el = await mount({ client: mockClient().client, customerId: 'C001', lang: 'zh-CN' });
    const date = control(el, 'applicant.establishedOn')!;
    await retype(date, '2001/02/30');
    leave(date);
    await el.updateComplete;
    expect(date.value, 'the text is kept for the user to mend').to.equal('2001/02/30');
    expect(fieldError(el, 'applicant.establishedOn')).to.equal('请输入日期。');
    expect(el.value.applicant?.establishedOn).to.equal(undefined);
    await retype(date, '2001/02/28');
    leave(date);
    await waitUntil(() => fieldError(el, 'applicant.establishedOn') === null, 'the mended date is accepted', { timeout: 5_000 });
    expect(el.value.applicant?.establishedOn).to.equal('2001-02-28');
  });

  it('rewrites the shown dates when the page\'s language changes, keeping the day', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, customerId: 'C001', lang: 'en' });
    const seeded = backend.dataset.customers[0]!.customer.establishedOn!;
    const [year, month, day] = seeded.split('-');
    const date = control(el, 'applicant.establishedOn')!;
    expect(date.value).to.equal(`${month}/${day}/${year}`);
    el.lang = 'zh-CN';
    await waitUntil(() => control(el, 'applicant.establishedOn')!.value === `${year}/${month}/${day}`, 'the date is shown year first', { timeout: 5_000 });
    expect(el.value.applicant?.establishedOn).to.equal(seeded);
  });

  it('clears a partial date on reset', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount({ client: mockClient().client, lang: 'en' });
    form.append(el);
    await el.updateComplete;
    const date = control(el, 'applicant.establishedOn')!;
    await retype(date, '03/09');
    await waitUntil(() => date.value === '03/09', 'the partial text is typed', { timeout: 5_000 });
    form.reset();
    await waitUntil(() => control(el, 'applicant.establishedOn')!.value === '', 'the reset clears the text', { timeout: 5_000 });
    form.remove();
  });

  it('has a calendar button whose chosen day lands in the field in the page\'s language, as if typed', async () => {
    const el = await mount({ client: mockClient().client, customerId: 'C001', lang: 'zh-CN' });
    const date = control(el, 'applicant.establishedOn')!;
    const wrapper = date.closest('.date-field')!;
    const button = wrapper.querySelector<HTMLButtonElement>('[part~=date-picker-button]')!;
    expect(button.getAttribute('aria-label')).to.equal('选择日期');
    const picker = wrapper.querySelector<HTMLInputElement>('input[type=date]')!;
    button.click();
    expect(picker.value, 'the picker opens on the field\'s day').to.equal(el.value.applicant?.establishedOn);
    // What the browser's picker does when a day is chosen in it.
    picker.value = '2011-03-04';
    picker.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitUntil(() => el.value.applicant?.establishedOn === '2011-03-04', 'the chosen day is the value', { timeout: 5_000 });
    expect(date.value).to.equal('2011/03/04');
  });
});

