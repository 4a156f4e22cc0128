import { expect, waitUntil } from '@open-wc/testing';
import { clearDrafts, control, fill, goToSection, mockClient, mount, part, parts, VALID_CODE } from './test-support/mount.js';

const notice = (el: HTMLElement, key: string) => el.shadowRoot!.getElementById(`ck-field-${key.replace(/[^A-Za-z0-9]+/g, '-')}-record`);

describe('ck-credit-application: an existing customer\'s code and name (issue 14 item 7)', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('marks a code or name that differs from the customer record, on the field and in the review, in the reader\'s language', async () => {
    const { backend, client } = mockClient();
    const el = await mount({ client, customerId: 'C001' });
    // Ground truth: the mock's seeded record (not the element's reading of it).
    const seeded = backend.dataset.customers[0]!.customer;
    expect(notice(el, 'applicant.name')).to.equal(null);
    expect(notice(el, 'applicant.code')).to.equal(null);

    await fill(el, 'applicant.name', `${seeded.name} (renamed)`);
    expect(notice(el, 'applicant.name')!.textContent).to.equal(
      `Differs from the customer record (${seeded.name}). It is sent as you entered it, marked as a change to the record.`,
    );
    expect(control(el, 'applicant.name')!.getAttribute('aria-describedby')).to.contain(notice(el, 'applicant.name')!.id);
    expect(notice(el, 'applicant.code')).to.equal(null);
    // Only spacing differs: the same name.
    await fill(el, 'applicant.name', `  ${seeded.name} `);
    expect(notice(el, 'applicant.name')).to.equal(null);

    const otherCode = seeded.code === VALID_CODE ? '91110000100000000A' : VALID_CODE;
    await fill(el, 'applicant.code', otherCode);
    await fill(el, 'applicant.name', 'Another company');
    expect(parts(el, 'record-notice')).to.have.length(2);
    await expect(el).to.be.accessible();
    el.lang = 'zh-CN';
    await waitUntil(() => notice(el, 'applicant.code')?.textContent?.startsWith('与客户档案不一致（档案为：'), 'in Chinese');
    expect(notice(el, 'applicant.code')!.textContent).to.contain(seeded.code);

    await goToSection(el, 'review');
    const changes = parts(el, 'record-change').map((c) => c.textContent);
    expect(changes).to.deep.equal([`（已修改，客户档案为：${seeded.code}）`, `（已修改，客户档案为：${seeded.name}）`]);
    el.lang = 'en';
    await waitUntil(() => part(el, 'record-change')?.textContent === ` (changed from the customer record: ${seeded.code})`, 'in English');
    // Sent as entered, for the customer on record.
    expect(el.value.applicant?.id).to.equal('C001');
    expect(el.value.applicant?.name).to.equal('Another company');
  });

  it('shows no notice for a new customer', async () => {
    const el = await mount({});
    await fill(el, 'applicant.name', 'ACME Trading');
    await fill(el, 'applicant.code', VALID_CODE);
    expect(parts(el, 'record-notice')).to.have.length(0);
  });
});
