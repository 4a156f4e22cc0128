import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { isIsoDate, parseDateInput, type DateFieldOrder } from '@credit-kit/core/lean';
import { dateFormat, formatDate } from './format.js';

/**
 * Date fields in the page's language. A native `<input type="date">` shows the browser's locale
 * (`08/14/2000` on a zh-CN page in an English browser), whatever `lang` says; these fields are text
 * inputs that show and read the date as the page's language writes it (`2000/08/14`), also taking
 * ISO, `2000年8月14日` and full-width digits (core's `parseDateInput`). The value handed to the
 * widget is always the ISO day.
 */

const SAMPLE = Date.UTC(2000, 7, 14);

/** The order `lang` writes a date's numbers in. */
export function dateFieldOrder(lang: string): DateFieldOrder {
  return dateFormat(lang, 'numeric')
    .formatToParts(SAMPLE)
    .flatMap((part) => (part.type === 'year' || part.type === 'month' || part.type === 'day' ? [part.type] : []));
}

/** `2000-08-14` as `lang` writes it in numbers (`08/14/2000`, `2000/08/14`); `''` for no day. */
export function formatDateText(iso: string, lang: string): string {
  return isIsoDate(iso) ? formatDate(iso, lang, 'numeric') : '';
}

/** The shape of the text a field in `lang` takes, in its own words: `month/day/year`, `年/月/日`, `Tag.Monat.Jahr`. */
export function datePlaceholder(lang: string): string {
  const names = new Intl.DisplayNames(lang, { type: 'dateTimeField' });
  return dateFormat(lang, 'numeric')
    .formatToParts(SAMPLE)
    .map((part) => (part.type === 'year' || part.type === 'month' || part.type === 'day' ? names.of(part.type) : part.value))
    .join('');
}

/** What a date field holds: the ISO day (`''` when empty or not a whole date) and whether its text is not a date. */
export interface DateFieldValue {
  readonly iso: string;
  readonly bad: boolean;
}

/** Reads a date field's text in its language (the one `dateText` gave it). */
export function readDateField(input: HTMLInputElement): DateFieldValue {
  const read = parseDateInput(input.value, dateFieldOrder(input.dataset.dateLang || input.lang || 'en'));
  return read.ok ? { iso: read.value, bad: false } : { iso: '', bad: read.problem !== 'empty' };
}

class DateTextDirective extends Directive {
  /** The ISO day the user's own text last meant (`''` for partial text), so a render does not overwrite typing. */
  private typed?: string;
  private input?: HTMLInputElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('dateText() belongs on an <input> element');
  }

  render(_iso: string, _lang: string, _pending?: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [iso, lang, pending]: Parameters<this['render']>): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (this.input !== input) {
      this.input = input;
      input.addEventListener('input', () => (this.typed = readDateField(input).iso));
    }
    input.dataset.dateLang = lang;
    const read = readDateField(input);
    // The text already means this day (in whatever accepted form it was typed), or both are empty.
    if (read.iso === iso && !read.bad) return nothing;
    // Partial text the user is still typing: the model holds no day, and the field is marked pending.
    if (read.bad && iso === '' && this.typed === '' && pending !== false) return nothing;
    // A value that is no day at all (`2025-02-30` from a host) is shown as given, so its error has something to point at.
    input.value = iso === '' || isIsoDate(iso) ? formatDateText(iso, lang) : iso;
    this.typed = iso;
    return nothing;
  }
}

/**
 * Binds a text `<input>` to an ISO day shown in `lang`: `<input type="text" ${dateText(day, lang)}>`.
 * The user's text stands while it is being typed; a new value from the widget (a restored draft, a
 * reset, another language) replaces it. `pending`: whether the widget still counts the field's
 * partial text as the user's (false clears it, as a reset does).
 */
export const dateText = directive(DateTextDirective);
