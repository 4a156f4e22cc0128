/** The identifying members of a customer record that an application may not change silently. */
export const RECORD_IDENTITY_FIELDS = ['code', 'name'] as const;
export type RecordIdentityField = (typeof RECORD_IDENTITY_FIELDS)[number];

/** One identifying member where an application about an existing customer says something else than its record. */
export interface CustomerRecordChange {
  readonly field: RecordIdentityField;
  /** As the customer record has it. */
  readonly record: string;
  /** As the application has it. */
  readonly application: string;
}

/** How two spellings compare: trimmed, inner whitespace as one space (full-width too); codes also ignore case. */
function comparable(field: RecordIdentityField, value: string): string {
  const text = value.replace(/[\s\u3000]+/g, ' ').trim();
  return field === 'code' ? text.toUpperCase() : text;
}

/**
 * Where an application for an existing customer changes its unified social credit code or legal
 * name from the customer record (an empty value is not a change: it is reported as missing).
 * Used by the form to show it and by a backend to review it: the application stays about the
 * record's customer (`applicant.id`), with the new code or name as the applicant sent it.
 */
export function customerRecordChanges(
  record: Readonly<Record<RecordIdentityField, string>>,
  application: Readonly<Partial<Record<RecordIdentityField, string>>>,
): CustomerRecordChange[] {
  const changes: CustomerRecordChange[] = [];
  for (const field of RECORD_IDENTITY_FIELDS) {
    const given = application[field] ?? '';
    if (comparable(field, given) === '' || comparable(field, given) === comparable(field, record[field])) continue;
    changes.push({ field, record: record[field], application: given.trim() });
  }
  return changes;
}
