import { allFieldKeys, ATTACHMENTS_KEY, FIELD_SECTIONS, fieldKeys, SECTIONS, specFor, type SectionId } from './fields.js';
import type { FormEdit } from './form-edits.js';
import { getField, type ApplicationForm } from './form-model.js';
import { INVALID_DATE, UPLOAD_FAILED, UPLOAD_PENDING, validateForm, type FieldIssue, type FormValidation } from './validation.js';

/** Where a section stands, as its step shows it. */
export type SectionState = 'complete' | 'error' | 'incomplete';

/** Where the uploads stand: one still running, one failed (and neither retried nor removed), or none. */
export type UploadsStatus = 'uploading' | 'failed' | 'none';

/** Everything the form state is derived from: what the user did, and where the uploads stand. */
export interface FormInputs {
  readonly edit: FormEdit;
  readonly uploads: UploadsStatus;
}

/** What the form shows and reports, derived from `FormInputs` alone. */
export interface FormState {
  /** The schema's answer: the issues, the unvalidated input and, when valid, the parsed application. */
  readonly validation: FormValidation;
  /** The form's own issues: the schema's, partial dates and uploads not done. */
  readonly issues: ReadonlyMap<string, FieldIssue>;
  /** What blocks the application: the form's issues with the server's on top. */
  readonly blocking: ReadonlyMap<string, FieldIssue>;
  /** Keys of `blocking` in the order the fields are shown; keys of fields the form lacks last. */
  readonly blockingKeys: readonly string[];
  /** The first of the form's own issues in display order (what `validate()` focuses). */
  readonly firstIssue: string | undefined;
  /** The issue shown beside each field now: the server's, or the form's once left or after a submit. */
  readonly shown: ReadonlyMap<string, FieldIssue>;
  readonly sections: Readonly<Record<SectionId, SectionState>>;
  /** How many field sections are complete. */
  readonly completed: number;
  /** A submit was tried: the error summary is shown. */
  readonly showAll: boolean;
}

/** The keys of `issues` in the order the form shows their fields; keys of fields it lacks last. */
export function orderedKeys(form: ApplicationForm, issues: ReadonlyMap<string, FieldIssue>): string[] {
  const shown = allFieldKeys(form).filter((key) => issues.has(key));
  const rest = [...issues.keys()].filter((key) => !shown.includes(key));
  return [...shown, ...rest];
}

/** The field to focus after the server refused `issues`: the first in display order that is a field's, if any. */
export function firstRejectedField(form: ApplicationForm, issues: ReadonlyMap<string, FieldIssue> | undefined): string | undefined {
  const first = issues && orderedKeys(form, issues)[0];
  return first !== undefined && (specFor(first) || first === ATTACHMENTS_KEY) ? first : undefined;
}

function formIssues({ edit, uploads }: FormInputs, validation: FormValidation): Map<string, FieldIssue> {
  const issues = new Map(validation.issues);
  for (const key of edit.badDates) issues.set(key, { key, path: key, code: INVALID_DATE, source: 'client' });
  const upload = uploads === 'uploading' ? UPLOAD_PENDING : uploads === 'failed' ? UPLOAD_FAILED : undefined;
  if (upload && !issues.has(ATTACHMENTS_KEY)) issues.set(ATTACHMENTS_KEY, { key: ATTACHMENTS_KEY, path: ATTACHMENTS_KEY, code: upload, source: 'client' });
  return issues;
}

/** A section is started once visited or once any of its fields (but a currency) holds something. */
function started(edit: FormEdit, section: SectionId, keys: readonly string[]): boolean {
  return edit.visited.has(section) || keys.some((key) => !/currency$/.test(key) && getField(edit.form, key).trim() !== '');
}

/** A section that asks for nothing (no required field: no guarantee rows, impression, attachments) is done as it is. */
function needsNothing(keys: readonly string[]): boolean {
  return !keys.some((key) => specFor(key)?.required);
}

/** Derives the form's state: pure, so the element recomputes it on every update instead of patching it. */
export function deriveFormState(inputs: FormInputs): FormState {
  const { edit } = inputs;
  const validation = validateForm(edit.form);
  const issues = formIssues(inputs, validation);
  const blocking = new Map(issues);
  for (const [key, issue] of edit.serverErrors) blocking.set(key, issue);
  const shown = new Map<string, FieldIssue>();
  for (const [key, issue] of blocking) {
    if (edit.serverErrors.has(key) || edit.showAll || edit.touched.has(key)) shown.set(key, issue);
  }
  const sections = {} as Record<SectionId, SectionState>;
  for (const section of SECTIONS) {
    const keys = fieldKeys(edit.form, section);
    if (keys.some((key) => shown.has(key))) sections[section] = 'error';
    else if (section !== 'review' && !keys.some((key) => blocking.has(key)) && (started(edit, section, keys) || needsNothing(keys))) sections[section] = 'complete';
    else sections[section] = 'incomplete';
  }
  return {
    validation,
    issues,
    blocking,
    blockingKeys: orderedKeys(edit.form, blocking),
    firstIssue: orderedKeys(edit.form, issues)[0],
    shown,
    sections,
    completed: FIELD_SECTIONS.filter((s) => sections[s] === 'complete').length,
    showAll: edit.showAll,
  };
}

/**
 * `deriveFormState` remembering its last answer: the same edit (by identity: it is immutable) and
 * uploads give the same state without validating again.
 */
export function memoizedFormState(): (inputs: FormInputs) => FormState {
  let last: { inputs: FormInputs; state: FormState } | undefined;
  return (inputs) => {
    if (last?.inputs.edit !== inputs.edit || last.inputs.uploads !== inputs.uploads) last = { inputs, state: deriveFormState(inputs) };
    return last.state;
  };
}
