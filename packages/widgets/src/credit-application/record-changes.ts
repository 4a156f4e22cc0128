import { customerRecordChanges, type CustomerRecordChange } from '@credit-kit/core/lean';
import type { ApplicationForm } from './form-model.js';

/** The code and name of the customer record the form was prefilled from (an existing customer). */
export type CustomerRecord = { readonly code: string; readonly name: string };

/** The change the form makes to the customer record at `key` (`applicant.code`, `applicant.name`), if any (core's rule). */
export function recordChangeAt(form: ApplicationForm, record: CustomerRecord | undefined, key: string): CustomerRecordChange | undefined {
  if (!record || (key !== 'applicant.code' && key !== 'applicant.name')) return undefined;
  return customerRecordChanges(record, form.applicant).find((change) => `applicant.${change.field}` === key);
}
