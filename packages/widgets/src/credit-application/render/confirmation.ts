import { html, type TemplateResult } from 'lit';
import { formatMoney } from '../../i18n/format.js';
import { formatTimestamp } from '../display.js';
import type { CreditApplicationMessages } from '../credit-application.messages.js';
import type { ConfirmationView } from './view.js';

/** The confirmation after the host stored the application: its number and status, and New application. */
export function renderConfirmation({ t, lang, application, startNew }: ConfirmationView): TemplateResult {
  let amount = `${application.request.amount} ${application.request.currency}`;
  try {
    amount = formatMoney(application.request.amount, application.request.currency, lang);
  } catch {
    // An unknown currency code: shown as sent.
  }
  return html`<section part="confirmation" class="confirmation" aria-labelledby="ck-confirmation-title">
    <h2 id="ck-confirmation-title" class="title" tabindex="-1">${t.confirmation.title}</h2>
    <p role="status">${t.confirmation.message(application.number)}</p>
    <dl class="review-list">
      <div class="review-item"><dt>${t.confirmation.number}</dt><dd part="application-number">${application.number}</dd></div>
      <div class="review-item">
        <dt>${t.confirmation.status}</dt>
        <dd part="application-status">${t.options.status[application.status] ?? application.status}</dd>
      </div>
      <div class="review-item"><dt>${t.confirmation.submittedAt}</dt><dd>${formatTimestamp(application.submittedAt, lang)}</dd></div>
      <div class="review-item"><dt>${t.confirmation.amount}</dt><dd>${amount}</dd></div>
    </dl>
    <button type="button" part="new-application-button" class="primary" @click=${startNew}>${t.actions.newApplication}</button>
  </section>`;
}

/** Another tab or window submitted this draft (as `number`): it is closed here, with New application. */
export function renderSubmittedElsewhere(t: CreditApplicationMessages, number: string, startNew: () => void): TemplateResult {
  return html`<section part="confirmation" class="confirmation" aria-labelledby="ck-confirmation-title">
    <h2 id="ck-confirmation-title" class="title" tabindex="-1">${t.tabs.submittedTitle}</h2>
    <p role="status">${t.tabs.submitted(number)}</p>
    <dl class="review-list">
      <div class="review-item"><dt>${t.confirmation.number}</dt><dd part="application-number">${number}</dd></div>
    </dl>
    <button type="button" part="new-application-button" class="primary" @click=${startNew}>${t.actions.newApplication}</button>
  </section>`;
}
