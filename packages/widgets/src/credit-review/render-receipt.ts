import { html, nothing, type TemplateResult } from 'lit';
import type { Decision, ReceiptVerification } from '@credit-kit/core/lean';
import type { CreditReviewMessages } from './credit-review.messages.js';

/** The decision recorded, and whether its receipt recomputes here, offline, to the cent. */
export function renderDecisionOutcome(
  decision: Decision,
  verification: ReceiptVerification | undefined,
  download: string | undefined,
  t: CreditReviewMessages,
): TemplateResult {
  const r = t.receipt;
  return html`<div role="group" class="outcome" part="decision" aria-labelledby="outcome-heading">
    <h3 id="outcome-heading">${t.decision.heading}</h3>
    <p>${t.decision.decided(t.decision.outcomes[decision.outcome], decision.decidedBy, decision.level)}</p>
    <div class="receipt" part="receipt">
      <h4>${r.heading}</h4>
      ${!verification
        ? html`<p role="status">${r.checking}</p>`
        : verification.verified
          ? html`<p class="verified" part="receipt-verified" role="status">✓ ${r.verified}</p>`
          : html`<p class="not-verified" part="receipt-failed" role="alert">✗ ${r.notVerified(verification.reason)}</p>`}
      <p class="digest"><span>${r.digest}</span> <code>${decision.receipt.digest.value}</code></p>
      ${download ? html`<a part="receipt-download" href=${download} download=${`receipt-${decision.receipt.digest.value.slice(0, 12)}.json`}>${r.download}</a>` : nothing}
    </div>
  </div>`;
}
