import { html, type TemplateResult } from 'lit';
import type { PathToYesMessages } from './path-to-yes.messages.js';

/** In place of the path to yes when its code could not be loaded (a network failure): said, with a retry. */
export function renderPathUnavailable(t: PathToYesMessages, retry: () => void): TemplateResult {
  return html`<div class="path-unavailable" part="path-to-yes-error" role="alert">
    <span>${t.unavailable}</span> <button type="button" part="path-to-yes-retry" @click=${retry}>${t.retry}</button>
  </div>`;
}
