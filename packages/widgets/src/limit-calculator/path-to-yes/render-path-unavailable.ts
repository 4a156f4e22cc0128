import { html, type TemplateResult } from 'lit';

/** In place of the path to yes when its code could not be loaded (a network failure): said, with a retry. */
export function renderPathUnavailable(text: string, retryLabel: string, retry: () => void): TemplateResult {
  return html`<div class="path-unavailable" part="path-to-yes-error" role="alert">
    <span>${text}</span> <button type="button" part="path-to-yes-retry" @click=${retry}>${retryLabel}</button>
  </div>`;
}
