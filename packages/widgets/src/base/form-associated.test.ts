import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FormAssociatedElement, type FormEntry, type FormValidity, type FormValue } from './form-associated.js';

/** The smallest form-associated widget: one text value, required, with a default. */
class TextValueElement extends FormAssociatedElement implements FormValue<string> {
  @property() defaultValue = '';
  @state() private current = '';
  restored: unknown[] = [];

  get value(): string {
    return this.current;
  }

  set value(value: string) {
    this.current = value;
  }

  reset(): void {
    this.current = this.defaultValue;
  }

  protected async load(): Promise<void> {
    this.current = this.defaultValue;
  }

  protected needsReload(_changed: PropertyValues<this>): boolean {
    return false;
  }

  protected renderReady() {
    return html`<input ?disabled=${this.isDisabled} .value=${this.current} />`;
  }

  protected formEntry(): FormEntry {
    return { value: this.current, state: `state:${this.current}` };
  }

  protected formValidity(): FormValidity {
    if (this.current) return { valid: true };
    return { valid: false, flags: { valueMissing: true }, message: 'Enter a value.', anchor: this.renderRoot.querySelector('input') ?? undefined };
  }

  protected restoreFormState(stateValue: string): void {
    this.restored.push(stateValue);
    this.current = stateValue.replace(/^state:/, '');
  }
}
customElements.define('ck-test-text-value', TextValueElement);

const containers: HTMLElement[] = [];

/** A host form around the element (rendered by hand: a background page gets no animation frames for `fixture`). */
async function hostForm(defaultValue: string) {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(html`<form><fieldset><ck-test-text-value name="field" .defaultValue=${defaultValue}></ck-test-text-value></fieldset></form>`, container);
  const form = container.querySelector('form')!;
  const el = form.querySelector('ck-test-text-value') as TextValueElement;
  await waitUntil(() => el.ready, 'element ready');
  await el.updateComplete;
  return { form, el };
}

describe('FormAssociatedElement', () => {
  afterEach(() => {
    for (const container of containers.splice(0)) container.remove();
  });

  it('puts its value in the host form\'s FormData under its name, and its validity in the form\'s', async () => {
    const { form, el } = await hostForm('');
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('field')).to.equal('');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Enter a value.');
    expect(el.willValidate).to.equal(true);
    el.value = 'typed';
    await el.updateComplete;
    expect(new FormData(form).get('field')).to.equal('typed');
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('returns to defaultValue when the host form is reset, not to the first value', async () => {
    const { form, el } = await hostForm('first');
    el.defaultValue = 'second';
    el.value = 'typed';
    await el.updateComplete;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('second');
    expect(new FormData(form).get('field')).to.equal('second');
  });

  it('is disabled by its own attribute or a disabled fieldset, and then leaves FormData', async () => {
    const { form, el } = await hostForm('x');
    const input = () => el.shadowRoot!.querySelector('input')!;
    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => input().disabled, 'disabled by the fieldset');
    expect(new FormData(form).has('field')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !input().disabled, 'enabled again');
    el.disabled = true;
    await el.updateComplete;
    expect(input().disabled).to.equal(true);
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(new FormData(form).has('field')).to.equal(false);
  });

  it('hands a string state the browser restores to restoreFormState, and ignores anything else', async () => {
    const { el } = await hostForm('x');
    el.formStateRestoreCallback('state:restored');
    el.formStateRestoreCallback(null);
    el.formStateRestoreCallback(new FormData());
    await el.updateComplete;
    expect(el.restored).to.deep.equal(['state:restored']);
    expect(el.value).to.equal('restored');
  });
});
