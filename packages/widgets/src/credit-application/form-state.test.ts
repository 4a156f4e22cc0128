import { expect } from '@open-wc/testing';
import * as edits from './form-edits.js';
import { blankForm, formFromPartial } from './form-model.js';
import { deriveFormState, memoizedFormState, type FormInputs } from './form-state.js';
import { validApplication } from './test-support/mount.js';
import { INVALID_DATE, UPLOAD_FAILED, UPLOAD_PENDING, type FieldIssue } from './validation.js';

const valid = () => formFromPartial(blankForm(), validApplication());
const inputs = (edit: edits.FormEdit, uploads: FormInputs['uploads'] = 'none'): FormInputs => ({ edit, uploads });
const serverIssue = (key: string, code = 'duplicate'): FieldIssue => ({ key, path: key, code, source: 'server' });

describe('credit application form state (derived from the edit alone)', () => {
  it('shows no issue before a field is left, the field\'s once it is, every one after a submit', () => {
    const start = edits.startEdit(blankForm());
    const state = deriveFormState(inputs(start));
    // The blank form blocks (20 required fields, counted in the submit test), but shows nothing yet.
    expect(state.blocking.size).to.equal(20);
    expect(state.shown.size).to.equal(0);
    expect(state.firstIssue).to.equal('applicant.code');

    const left = deriveFormState(inputs(edits.touch(start, ['applicant.name'])));
    expect([...left.shown.keys()]).to.deep.equal(['applicant.name']);
    expect(left.sections.basic).to.equal('error');
    expect(left.sections.financials).to.equal('incomplete');

    const submitted = deriveFormState(inputs(edits.showAllIssues(start)));
    expect(submitted.shown.size).to.equal(20);
    expect(submitted.showAll).to.equal(true);
    expect(Object.entries(submitted.sections).filter(([, s]) => s === 'error').map(([id]) => id)).to.deep.equal(['basic', 'financials', 'request']);
  });

  it('counts a section complete once started and without issues, an optional one that asks for nothing at once; review never', () => {
    const state = deriveFormState(inputs(edits.startEdit(valid())));
    expect(state.blocking.size).to.equal(0);
    expect(state.validation.value?.request.termDays).to.equal(90);
    expect(state.sections).to.deep.equal({
      basic: 'complete',
      financials: 'complete',
      guarantees: 'complete',
      request: 'complete',
      impression: 'complete',
      // Nothing in it and not visited yet, but nothing is required there: an application ready to submit is 6 of 6.
      attachments: 'complete',
      review: 'incomplete',
    });
    expect(state.completed).to.equal(6);
    // A blank form: the sections with required fields are to do, the optional ones (no guarantee
    // rows, impression, attachments) are not "incomplete".
    const blank = deriveFormState(inputs(edits.startEdit(blankForm())));
    expect(blank.sections).to.deep.equal({
      basic: 'incomplete',
      financials: 'incomplete',
      guarantees: 'complete',
      request: 'incomplete',
      impression: 'complete',
      attachments: 'complete',
      review: 'incomplete',
    });
    // A guarantee row added asks for its required fields: to do until they are given.
    const withRow = deriveFormState(inputs(edits.addRow(edits.startEdit(blankForm()), 'guarantees').edit));
    expect(withRow.sections.guarantees).to.equal('incomplete');
    const visited = deriveFormState(inputs(edits.moveTo(edits.moveTo(edits.startEdit(valid(), 'attachments'), 'review'), 'basic')));
    expect(visited.sections.attachments).to.equal('complete');
    expect(visited.sections.review).to.equal('incomplete');
    expect(visited.completed).to.equal(6);
  });

  it('puts the server\'s issues over the form\'s, shows them at once, and forgets one when its field is edited', () => {
    const rejected = edits.showAllIssues(edits.startEdit(valid()), new Map([['request.amount', serverIssue('request.amount', 'too_big')]]));
    const state = deriveFormState(inputs({ ...rejected, showAll: false }));
    expect(state.shown.get('request.amount')?.source).to.equal('server');
    expect(state.blockingKeys).to.deep.equal(['request.amount']);
    // The form's own issues are not the server's: validate() would pass.
    expect(state.firstIssue).to.equal(undefined);
    const edited = edits.editField(rejected, 'request.amount', '15000000.00');
    expect(deriveFormState(inputs(edited)).blocking.size).to.equal(0);
  });

  it('blocks on a partial date and on uploads not done, at the fields they belong to', () => {
    const edit = edits.markBadDate(edits.startEdit(valid()), 'applicant.establishedOn', true);
    expect(deriveFormState(inputs(edit)).issues.get('applicant.establishedOn')?.code).to.equal(INVALID_DATE);
    expect(edits.markBadDate(edit, 'applicant.establishedOn', true)).to.equal(edit);
    expect(deriveFormState(inputs(edits.markBadDate(edit, 'applicant.establishedOn', false))).issues.size).to.equal(0);
    expect(deriveFormState(inputs(edits.startEdit(valid()), 'uploading')).issues.get('attachments')?.code).to.equal(UPLOAD_PENDING);
    expect(deriveFormState(inputs(edits.startEdit(valid()), 'failed')).issues.get('attachments')?.code).to.equal(UPLOAD_FAILED);
  });

  it('lists blocking keys in the order the fields are shown, unknown paths last', () => {
    const serverErrors = new Map([
      ['request.amount', serverIssue('request.amount')],
      ['applicant.region', serverIssue('applicant.region')],
      ['applicant.code', serverIssue('applicant.code')],
    ]);
    const state = deriveFormState(inputs(edits.showAllIssues(edits.startEdit(valid()), serverErrors)));
    expect(state.blockingKeys).to.deep.equal(['applicant.code', 'request.amount', 'applicant.region']);
  });

  it('gives the same state object for the same edit and uploads, and a new one after any change', () => {
    const derive = memoizedFormState();
    const edit = edits.startEdit(valid());
    const first = derive(inputs(edit));
    expect(derive(inputs(edit))).to.equal(first);
    expect(derive(inputs(edit, 'uploading'))).to.not.equal(first);
    const touched = edits.touch(edit, ['applicant.name']);
    expect(derive(inputs(touched))).to.not.equal(first);
    expect(derive(inputs(touched))).to.equal(derive(inputs(touched)));
  });
});

describe('credit application form edits (pure transitions)', () => {
  it('never changes the edit it is given', () => {
    const edit = edits.startEdit(valid());
    const frozen = JSON.stringify({ ...edit, visited: [...edit.visited], touched: [...edit.touched] });
    edits.editField(edit, 'applicant.name', 'Changed');
    edits.touch(edit, ['applicant.name']);
    edits.moveTo(edit, 'request');
    edits.addRow(edit, 'guarantees');
    edits.removeRow(edit, 'applicant.contacts', 0);
    expect(JSON.stringify({ ...edit, visited: [...edit.visited], touched: [...edit.touched] })).to.equal(frozen);
  });

  it('resumes a draft with the sections before its own visited', () => {
    expect([...edits.startEdit(valid(), 'request', { resumed: true }).visited]).to.deep.equal(['basic', 'financials', 'guarantees']);
    expect([...edits.startEdit(valid(), 'request').visited]).to.deep.equal([]);
  });

  it('records a partial date when a date control is left or typed in, and forgets it when the date is whole', () => {
    const left = edits.leave(edits.startEdit(valid()), 'applicant.establishedOn', true);
    expect([...left.touched]).to.deep.equal(['applicant.establishedOn']);
    expect([...left.badDates]).to.deep.equal(['applicant.establishedOn']);
    const typed = edits.editField(left, 'applicant.establishedOn', '2020-01-31', false);
    expect([...typed.badDates]).to.deep.equal([]);
    expect(typed.form.applicant.establishedOn).to.equal('2020-01-31');
    // Not a date control: nothing about dates changes.
    expect(edits.editField(left, 'applicant.name', 'X').badDates).to.equal(left.badDates);
  });

  it('lists an attachment as the wire has it (size as text, no uploadId when handed to the host); removing one focuses the file input', () => {
    const withFile = edits.addAttachment(edits.startEdit(valid()), { fileName: 'a.pdf', mimeType: 'application/pdf', size: 3 });
    expect(withFile.form.attachments).to.deep.equal([{ fileName: 'a.pdf', mimeType: 'application/pdf', size: '3', uploadId: '' }]);
    const removed = edits.removeRow(withFile, 'attachments', 0);
    expect(removed.edit.form.attachments).to.deep.equal([]);
    expect(removed.focus).to.equal('attachments');
  });

  it('adds a row at the end and names its first field', () => {
    const contact = edits.addRow(edits.startEdit(valid()), 'applicant.contacts');
    expect(contact.rows).to.equal(2);
    expect(contact.focus).to.equal('applicant.contacts[1].name');
    expect(contact.edit.form.applicant.contacts[1]).to.deep.equal({ name: '', role: '', phone: '', email: '' });
    const guarantee = edits.addRow(edits.startEdit(blankForm()), 'guarantees');
    expect(guarantee.focus).to.equal('guarantees[0].kind');
    expect(guarantee.edit.form.guarantees[0]!.kind).to.equal('collateral');
  });

  it('moves what later rows had (left, reported, partial dates) up with them when a row is removed', () => {
    let edit = edits.addRow(edits.addRow(edits.startEdit(valid()), 'guarantees').edit, 'guarantees').edit;
    edit = edits.touch(edit, ['guarantees[0].owner', 'guarantees[1].owner', 'guarantees[2].owner', 'applicant.name']);
    edit = edits.showAllIssues(edit, new Map([['guarantees[2].owner', serverIssue('guarantees[2].owner')], ['guarantees[1].kind', serverIssue('guarantees[1].kind')]]));
    edit = edits.markBadDate(edit, 'guarantees[2].owner', true);
    const removed = edits.removeRow(edit, 'guarantees', 1);
    expect(removed.edit.form.guarantees).to.have.length(2);
    expect(removed.removed).to.equal(edit.form.guarantees[1]);
    expect([...removed.edit.touched].sort()).to.deep.equal(['applicant.name', 'guarantees[0].owner', 'guarantees[1].owner']);
    expect([...removed.edit.serverErrors.entries()]).to.deep.equal([['guarantees[1].owner', { ...serverIssue('guarantees[2].owner'), key: 'guarantees[1].owner' }]]);
    expect([...removed.edit.badDates]).to.deep.equal(['guarantees[1].owner']);
    expect(removed.focus).to.equal('guarantees[1].kind');
    // The last row removed: focus goes to the one before; none left: no field.
    expect(edits.removeRow(removed.edit, 'guarantees', 1).focus).to.equal('guarantees[0].kind');
    const none = edits.removeRow(edits.startEdit(valid()), 'applicant.contacts', 0);
    expect(none.edit.form.applicant.contacts).to.deep.equal([]);
    expect(none.focus).to.equal(undefined);
  });
});
