import type { CreditApplicationMessages } from './credit-application.messages.js';
import { ATTACHMENTS_KEY, type FieldSpec } from './fields.js';
import { parseKey, type RowList } from './form-model.js';

/** A field's own label ("E-mail"); the key itself for a field the messages do not name. */
export function fieldLabel(key: string, t: CreditApplicationMessages): string {
  if (key === ATTACHMENTS_KEY) return t.fields.attachments;
  const path = parseKey(key);
  const [head, second] = path;
  const name = String(path.at(-1));
  const group =
    head === 'applicant' && second === 'contacts'
      ? t.fields.contacts
      : head === 'guarantees'
        ? t.fields.guarantees
        : t.fields[head as 'applicant' | 'financials' | 'history' | 'request' | 'impression'];
  return (typeof group === 'object' && (group as Record<string, string>)[name]) || key;
}

/** A field's label for the error summary: with its row ("Contact 2 – E-mail"), the section for attachments. */
export function summaryLabel(key: string, t: CreditApplicationMessages): string {
  if (key === ATTACHMENTS_KEY) return t.sections.attachments;
  const [head, second, third] = parseKey(key);
  if (head === 'applicant' && second === 'contacts' && typeof third === 'number') return `${t.rows.contact(third + 1)} – ${fieldLabel(key, t)}`;
  if (head === 'guarantees' && typeof second === 'number') return `${t.rows.guarantee(second + 1)} – ${fieldLabel(key, t)}`;
  return fieldLabel(key, t);
}

/** The hint under a field: what to type, for the fields whose format is not obvious. */
export function fieldHint(key: string, spec: FieldSpec, t: CreditApplicationMessages): string | undefined {
  const h = t.hints;
  const path = parseKey(key);
  const name = path.at(-1);
  if (path[0] === 'history') return h.history[name as string];
  if (name === 'effectiveAssets') return h.effectiveAssets;
  if (name === 'groupId') return h.groupId;
  switch (spec.kind) {
    case 'code':
      return h.code;
    case 'amount':
    case 'positiveAmount':
      return h.amount;
    case 'signedAmount':
      return h.signedAmount;
    case 'currency':
      return h.currency;
    case 'ratio':
      return h.ratio;
    case 'score':
      return h.score;
    default:
      return undefined;
  }
}

/** How the live region names row `index` of `list`: "Contact 2", "Guarantee 1", or an attachment's file name. */
export function rowLabel(list: RowList, index: number, t: CreditApplicationMessages, fileName = ''): string {
  if (list === 'attachments') return fileName;
  return list === 'guarantees' ? t.rows.guarantee(index + 1) : t.rows.contact(index + 1);
}
