import { ATTACHMENTS_KEY, fieldKeys, SECTIONS, type SectionId } from './fields.js';
import { emptyContact, emptyGuarantee, getRows, setField, setRows, type ApplicationForm, type RowList } from './form-model.js';
import { firstFieldOf, shiftIssues, shiftKeys } from './rows.js';
import type { FieldIssue } from './validation.js';

/**
 * What the user has done to the form: the data, where they are, what they left and what was
 * reported. Immutable: every change below returns a new one, and the form's state
 * (`deriveFormState`) is derived from it, never patched.
 */
export interface FormEdit {
  readonly form: ApplicationForm;
  readonly section: SectionId;
  /** Sections the user has been on. */
  readonly visited: ReadonlySet<SectionId>;
  /** Fields the user has left (their issues are shown). */
  readonly touched: ReadonlySet<string>;
  /** Date controls holding a partial date (their value is then `''`). */
  readonly badDates: ReadonlySet<string>;
  /** A submit was tried: every issue is shown. */
  readonly showAll: boolean;
  /** The server's issues from the last `422`, each until its field is edited. */
  readonly serverErrors: ReadonlyMap<string, FieldIssue>;
}

/** A fresh start on `form` at `section`: nothing left, reported or (with `resumed`, but the sections before it) visited. */
export function startEdit(form: ApplicationForm, section: SectionId = 'basic', options: { resumed?: boolean } = {}): FormEdit {
  const visited = options.resumed ? SECTIONS.slice(0, SECTIONS.indexOf(section)) : [];
  return { form, section, visited: new Set(visited), touched: new Set(), badDates: new Set(), showAll: false, serverErrors: new Map() };
}

/** `edit` with what a date control says about holding a partial date (`undefined`: not a date control). */
function withBadDate(edit: FormEdit, key: string, badDate: boolean | undefined): FormEdit {
  return badDate === undefined ? edit : markBadDate(edit, key, badDate);
}

/**
 * The user typed `value` into the field at `key` (for a date control, `badDate`: whether it
 * holds a partial date): the server's issue for it, if any, is gone.
 */
export function editField(edit: FormEdit, key: string, value: string, badDate?: boolean): FormEdit {
  edit = withBadDate(edit, key, badDate);
  const form = setField(edit.form, key, value);
  if (!edit.serverErrors.has(key)) return { ...edit, form };
  const serverErrors = new Map(edit.serverErrors);
  serverErrors.delete(key);
  return { ...edit, form, serverErrors };
}

/** The user left the fields of `keys`: their issues show. */
export function touch(edit: FormEdit, keys: Iterable<string>): FormEdit {
  return { ...edit, touched: new Set([...edit.touched, ...keys]) };
}

/** The user left the field at `key` (a date control saying whether it holds a partial date): its issue shows. */
export function leave(edit: FormEdit, key: string, badDate?: boolean): FormEdit {
  return touch(withBadDate(edit, key, badDate), [key]);
}

/** Whether the date control at `key` holds a partial date; the same edit when that did not change. */
export function markBadDate(edit: FormEdit, key: string, bad: boolean): FormEdit {
  if (bad === edit.badDates.has(key)) return edit;
  const badDates = new Set(edit.badDates);
  if (bad) badDates.add(key);
  else badDates.delete(key);
  return { ...edit, badDates };
}

/** The user went to `section`; the one left counts as visited. */
export function moveTo(edit: FormEdit, section: SectionId): FormEdit {
  if (section === edit.section) return edit;
  return { ...edit, section, visited: new Set([...edit.visited, edit.section]) };
}

/** A submit was tried (with the server's issues, when it refused the fields): every issue shows. */
export function showAllIssues(edit: FormEdit, serverErrors: ReadonlyMap<string, FieldIssue> = edit.serverErrors): FormEdit {
  return { ...edit, showAll: true, serverErrors };
}

/** An empty contact or guarantee at the end of `list`; `focus` is its first field. */
export function addRow(edit: FormEdit, list: 'applicant.contacts' | 'guarantees'): { edit: FormEdit; rows: number; focus: string } {
  const rows = [...getRows(edit.form, list as 'guarantees'), list === 'guarantees' ? emptyGuarantee() : emptyContact()];
  return { edit: { ...edit, form: setRows(edit.form, list, rows) }, rows: rows.length, focus: firstFieldOf(list, rows.length - 1) };
}

/**
 * Row `index` of `list` removed: what was left, reported or partly typed in later rows moves up
 * with them. `focus` is the first field of the row now in its place (else the last row's), the
 * file input for an attachment, or `undefined` when no row is left.
 */
export function removeRow(edit: FormEdit, list: RowList, index: number): { edit: FormEdit; removed: unknown; focus: string | undefined } {
  const rows = getRows(edit.form, list as 'guarantees') as unknown[];
  const next = rows.filter((_, i) => i !== index);
  const target = Math.min(index, next.length - 1);
  return {
    edit: {
      ...edit,
      form: setRows(edit.form, list, next),
      touched: shiftKeys(edit.touched, list, index),
      badDates: shiftKeys(edit.badDates, list, index),
      serverErrors: shiftIssues(edit.serverErrors, list, index),
    },
    removed: rows[index],
    focus: list === 'attachments' ? ATTACHMENTS_KEY : target < 0 ? undefined : firstFieldOf(list, target),
  };
}

/** A file appended to the attachments: uploaded (with its `uploadId`) or handed to the host (without). */
export function addAttachment(edit: FormEdit, file: { fileName: string; mimeType: string; size: number; uploadId?: string }): FormEdit {
  const attachment = { fileName: file.fileName, mimeType: file.mimeType, size: String(file.size), uploadId: file.uploadId ?? '' };
  return { ...edit, form: setRows(edit.form, 'attachments', [...edit.form.attachments, attachment]) };
}

/**
 * Next: the section's fields are left (their issues show); `field` is the first of them that
 * `blocking` holds (stay there), else `section` is the one to go on to (none after the last).
 */
export function next(edit: FormEdit, blocking: ReadonlyMap<string, unknown>): { edit: FormEdit; field?: string; section?: SectionId } {
  const keys = fieldKeys(edit.form, edit.section);
  const field = keys.find((key) => blocking.has(key));
  const section = SECTIONS[SECTIONS.indexOf(edit.section) + 1];
  return { edit: touch(edit, keys), ...(field !== undefined ? { field } : section ? { section } : {}) };
}
