import { readDateField } from '../i18n/date-text.js';
import { specFor } from './fields.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What a field's `input` event says: the field, its value, and for a date whether it holds a partial date. */
export interface ControlInput {
  readonly key: string;
  readonly value: string;
  /** A date control whose text is not a whole date (its `value` is then `''`); `undefined` for other kinds. */
  readonly badDate?: boolean;
}

/** The control an event inside the form came from, when it is a field's (`data-key`). */
export function fieldControl(event: Event): (Control & { dataset: DOMStringMap }) | undefined {
  const control = event.composedPath()[0] as Control | undefined;
  return control?.dataset?.key ? control : undefined;
}

/** Whether a date control holds a partial or impossible date (its text read in the page's language). */
export function holdsBadDate(control: Control): boolean | undefined {
  if (specFor(control.dataset.key ?? '')?.kind !== 'date') return undefined;
  return control instanceof HTMLInputElement && readDateField(control).bad;
}

/**
 * Reads a field's `input` event. Codes and currencies are upper-cased as typed, in the control
 * too, keeping the caret where it was.
 */
export function readControlInput(event: Event): ControlInput | undefined {
  const control = fieldControl(event);
  if (!control) return undefined;
  const key = control.dataset.key!;
  const kind = specFor(key)?.kind;
  let value = kind === 'date' && control instanceof HTMLInputElement ? readDateField(control).iso : control.value;
  if ((kind === 'code' || kind === 'currency') && value !== value.toUpperCase()) {
    value = value.toUpperCase();
    if (control instanceof HTMLInputElement) {
      const { selectionStart, selectionEnd } = control;
      control.value = value;
      control.setSelectionRange(selectionStart, selectionEnd);
    }
  }
  const badDate = holdsBadDate(control);
  return badDate === undefined ? { key, value } : { key, value, badDate };
}
