import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditKitElement } from './credit-kit-element.js';

/** What a form-associated widget puts in its host form's FormData, and what the browser keeps to restore it. */
export interface FormEntry {
  /** The FormData entry under the element's `name`; `null` for none. */
  readonly value: string | File | FormData | null;
  /** The state the browser hands back to `restoreFormState` (history navigation, autofill). */
  readonly state?: string | File | FormData | null;
}

/** Whether a form-associated widget is valid, and if not, why and where the browser shows it. */
export type FormValidity =
  | { readonly valid: true }
  | { readonly valid: false; readonly flags: ValidityStateFlags; readonly message: string; readonly anchor?: HTMLElement | undefined };

/**
 * The value contract of a form-associated widget, as Shoelace and Web Awesome have it: `value` is
 * what the element holds now, `defaultValue` what `reset()` and a host form's reset return to.
 * (An interface, not abstract members of the base: each widget documents and types its own.)
 */
export interface FormValue<TValue, TDefault = TValue> {
  /** What the element holds now. */
  readonly value: TValue;
  /** What `reset()` and a host form's reset return to. */
  defaultValue: TDefault;
  /** Returns to `defaultValue`. */
  reset(): void;
}

/**
 * The base of a widget that takes part in a host `<form>` like a native control (see
 * `FormValue`). ElementInternals carry the FormData entry and the validity, brought in step after
 * every update from the subclass's `formEntry()` and `formValidity()`; `name` and `disabled` work
 * as on an `<input>` (a disabled ancestor `<fieldset>` disables the element too); a host form's
 * reset calls `reset()`, and the browser's saved state comes back through `restoreFormState()`.
 */
export abstract class FormAssociatedElement extends CreditKitElement {
  static formAssociated = true;

  /** Name of the element's entry in a host form's FormData. Default: none. */
  @property({ reflect: true }) name?: string;

  /** Disables every control (also set by a disabled ancestor `<fieldset>`). Default: false. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A disabled ancestor `<fieldset>` disables the element. */
  @state() protected formDisabled = false;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** Returns to the element's `defaultValue`. */
  abstract reset(): void;

  /** The FormData entry and restore state for the element as it is now. */
  protected abstract formEntry(): FormEntry;

  /** The element's validity as it is now. */
  protected abstract formValidity(): FormValidity;

  /** Applies a state the browser saved from `formEntry().state`. */
  protected abstract restoreFormState(state: string): void;

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state in the host form (`customError` while the value is invalid). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid, in the reader's language (`''` when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether a host form would validate this element. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Like an input's: `false` (and an `invalid` event) while the value is invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like an input's: also shows the browser's message at the element's anchor. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** A host form was reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** The browser restores the form state (history navigation, autofill). */
  formStateRestoreCallback(stateValue: unknown): void {
    if (typeof stateValue === 'string') this.restoreFormState(stateValue);
  }

  /** A host `<fieldset disabled>` or the element's own `disabled` changed. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Disabled by its own `disabled` or by a disabled ancestor `<fieldset>`. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const entry = this.formEntry();
    this.internals.setFormValue(entry.value, entry.state);
    const validity = this.formValidity();
    if (validity.valid) this.internals.setValidity({});
    else this.internals.setValidity(validity.flags, validity.message, validity.anchor);
  }
}
