import { expect } from '@open-wc/testing';
import { mergeForms, sameJson } from './draft-merge.js';
import { blankForm, emptyContact, setField, type ApplicationForm } from './form-model.js';

const withContacts = (form: ApplicationForm, n: number): ApplicationForm => ({
  ...form,
  applicant: { ...form.applicant, contacts: Array.from({ length: n }, emptyContact) },
});

describe('draft merge (two tabs editing one draft)', () => {
  it('takes each side\'s own changes, field by field', () => {
    const base = blankForm();
    const local = setField(base, 'applicant.name', 'Local name');
    const remote = setField(setField(base, 'applicant.industry', 'Remote industry'), 'request.purpose', 'Remote purpose');
    const { form, conflicts } = mergeForms(base, local, remote);
    expect(form.applicant.name).to.equal('Local name');
    expect(form.applicant.industry).to.equal('Remote industry');
    expect(form.request.purpose).to.equal('Remote purpose');
    expect(conflicts).to.equal(0);
  });

  it('keeps this side where both changed the same field, and counts it', () => {
    const base = blankForm();
    const { form, conflicts } = mergeForms(base, setField(base, 'applicant.name', 'Here'), setField(base, 'applicant.name', 'There'));
    expect(form.applicant.name).to.equal('Here');
    expect(conflicts).to.equal(1);
    // The same value on both sides is no conflict.
    expect(mergeForms(base, setField(base, 'applicant.name', 'Same'), setField(base, 'applicant.name', 'Same')).conflicts).to.equal(0);
  });

  it('merges rows by place while both keep the same rows; takes the one side that added or removed rows', () => {
    const base = withContacts(blankForm(), 2);
    const local = setField(base, 'applicant.contacts[0].email', 'a@example.cn');
    const remote = setField(base, 'applicant.contacts[1].phone', '+86 10 1234 5678');
    const merged = mergeForms(base, local, remote).form;
    expect(merged.applicant.contacts.map((c) => [c.email, c.phone])).to.deep.equal([['a@example.cn', ''], ['', '+86 10 1234 5678']]);
    const added = withContacts(base, 3);
    expect(mergeForms(base, base, added).form.applicant.contacts).to.have.length(3);
    expect(mergeForms(base, added, base).form.applicant.contacts).to.have.length(3);
    // Both resized: this side's rows, one conflict.
    const result = mergeForms(base, withContacts(base, 1), added);
    expect(result.form.applicant.contacts).to.have.length(1);
    expect(result.conflicts).to.equal(1);
  });

  it('compares plain JSON structurally', () => {
    expect(sameJson({ a: ['x', { b: '1' }] }, { a: ['x', { b: '1' }] })).to.equal(true);
    expect(sameJson({ a: ['x'] }, { a: ['x', 'y'] })).to.equal(false);
    expect(sameJson({ a: '1' }, { a: '1', b: '' })).to.equal(false);
  });
});
