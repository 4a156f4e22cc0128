import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Decimal } from '@credit-kit/core';
import { AS_OF } from '../test-support/dates.js';
import { flakyImport } from '../test-support/flaky-import.js';
import { useMockBackend } from '../test-support/mock-client.js';
import { CkLimitCalculator } from './limit-calculator.component.js';
import { defineLimitCalculator } from './limit-calculator.js';
import type { PathToYesPart } from './path-to-yes/path-to-yes-part.js';

defineLimitCalculator();

const pathImport = flakyImport();
/** A calculator whose path-to-yes code fails to load while `pathImport.failing` is true (a network failure). */
class FlakyPathCalculator extends CkLimitCalculator {
  protected override loadPathToYesPart(): Promise<PathToYesPart> {
    return pathImport.through(() => super.loadPathToYesPart());
  }
}
customElements.define('flaky-path-calculator', FlakyPathCalculator);

const mock = useMockBackend({ seed: 1 });

describe('<ck-limit-calculator> path to yes code loaded when first shown', () => {
  it('loads nothing while no path is shown; says when it cannot load, and retries on request', async () => {
    pathImport.failing = true;
    pathImport.loads = 0;
    const el = await fixture<FlakyPathCalculator>(html`<flaky-path-calculator .client=${mock.client} customer-id="C004" as-of=${AS_OF}></flaky-path-calculator>`);
    await waitUntil(() => el.ready, 'the calculator loads', { timeout: 10_000 });
    await el.updateComplete;
    expect(pathImport.loads).to.equal(0);

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#field-requested')!;
    input.value = new Decimal(el.result!.maximum).times(3).toFixed(2);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector<HTMLElement>('[part=path-to-yes-error]');
    expect(error, 'the failure is said where the path would be').to.not.equal(null);
    expect(error!.getAttribute('role')).to.equal('alert');
    expect(error!.textContent).to.include('The path to yes could not be loaded.');
    expect(el.shadowRoot!.querySelector('[part~=path-to-yes]')).to.equal(null);
    expect(pathImport.loads).to.equal(1);

    pathImport.failing = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=path-to-yes-retry]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=path-to-yes-error]')).to.equal(null);
    const path = el.shadowRoot!.querySelector<HTMLElement>('[part~=path-to-yes]');
    expect(path, 'the path to yes once loaded').to.not.equal(null);
    expect(path!.dataset.approvable).to.equal('false');
    // Its styles came with it.
    expect(getComputedStyle(path!).display).to.equal('grid');
    expect(pathImport.loads).to.equal(2);
  });
});
