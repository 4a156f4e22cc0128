import { html, nothing, type TemplateResult } from 'lit';
import { signalDetail, type AssessedSignal } from '@credit-kit/core/lean';

/**
 * A signal's detail: core's catalogue text from its `params` in the reader's language, else the
 * host's free-text `note` as given (issue 14 item 10).
 */
export function renderSignalDetail(signal: AssessedSignal, lang: string): TemplateResult | typeof nothing {
  const text = signalDetail(signal.code, signal.params, lang) ?? signal.note;
  return text ? html`<p class="signal-note">${text}</p>` : nothing;
}
