import { html, type TemplateResult } from 'lit';
import { formatDateText, readDateField } from './date-text.js';

/**
 * A calendar button for a date field (`dateText`): the browser's own date picker, opened through a
 * hidden `<input type="date">`, writes its day into the field in the page's language, as if typed
 * (the field's `input` and `change` handlers run). The picker itself is drawn in the browser's
 * language — only the field is the page's; typing stays the way for keyboard users, so the button
 * and the hidden input are out of the tab order.
 */
export function renderDatePicker(label: string, disabled = false): TemplateResult {
  return html`<button type="button" class="date-picker-button" part="date-picker-button" aria-label=${label} title=${label} tabindex="-1"
      ?disabled=${disabled} @click=${openPicker}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="currentColor"
        d="M4 1h1.5v1.5h5V1H12v1.5h1.5A1.5 1.5 0 0 1 15 4v9.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 1 13.5V4a1.5 1.5 0 0 1 1.5-1.5H4V1Zm-1.5 5v7.5h11V6h-11Z" /></svg>
    </button>
    <input type="date" class="date-picker-input" tabindex="-1" aria-hidden="true" @change=${pickerChose} @input=${stop} />`;
}

/** The text field a picker part belongs to: the date field in the same wrapper. */
function fieldOf(part: Element): HTMLInputElement | null {
  return part.parentElement?.querySelector<HTMLInputElement>('input[data-date-lang]') ?? null;
}

function openPicker(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const picker = button.parentElement?.querySelector<HTMLInputElement>('.date-picker-input');
  const field = fieldOf(button);
  if (!picker || !field) return;
  picker.value = readDateField(field).iso;
  try {
    picker.showPicker();
  } catch {
    // No picker here (an old browser, or no user gesture): the field still takes typing.
    field.focus();
  }
}

function stop(event: Event): void {
  event.stopPropagation();
}

function pickerChose(event: Event): void {
  event.stopPropagation();
  const picker = event.currentTarget as HTMLInputElement;
  const field = fieldOf(picker);
  if (!field || !picker.value) return;
  field.value = formatDateText(picker.value, field.dataset.dateLang ?? 'en');
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  field.focus();
}
