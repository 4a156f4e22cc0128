import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewWorklist, ReviewWorklistEntry } from '@credit-kit/core/lean';
import { formatDate, formatMoney } from '../i18n/format.js';
import type { CreditReviewMessages } from './credit-review.messages.js';

export interface WorklistView {
  readonly worklist: ReviewWorklist;
  readonly open: string | undefined;
  readonly lang: string;
  /** The calculator of the open entry (the element's dependency). */
  readonly calculator: (entry: ReviewWorklistEntry) => TemplateResult | string;
}

/** Limits due, overdue or expiring, most urgent first; an entry opens its calculator below it. */
export function renderWorklist(view: WorklistView, t: CreditReviewMessages, toggle: (entry: ReviewWorklistEntry) => void): TemplateResult {
  const w = t.worklist;
  const { worklist, lang } = view;
  return html`<div role="group" class="worklist" part="worklist" aria-labelledby="worklist-heading">
    <h3 id="worklist-heading">${w.heading(formatDate(worklist.asOf, lang))}</h3>
    ${worklist.items.length === 0
      ? html`<p>${w.empty}</p>`
      : html`<ul class="entries">
          ${worklist.items.map((entry) => {
            const open = view.open === entry.customerId;
            const why = [
              ...entry.basis,
              ...(entry.pulledForwardBy ? [w.pulledForward(entry.pulledForwardBy.level, formatDate(entry.pulledForwardBy.raisedOn, lang))] : []),
            ].join(' · ');
            return html`<li class=${`entry ${entry.state}`} part="worklist-entry" data-customer=${entry.customerId}>
              <div class="entry-row">
                <span class="who"><strong>${entry.customerName ?? entry.customerId}</strong> · ${entry.grade}</span>
                <span class="granted">${formatMoney(entry.granted, entry.currency, lang)}</span>
                <span class=${`state ${entry.state}`} part="worklist-state">${w.states[entry.state]}</span>
                <span class="when">${formatDate(entry.reviewOn, lang)} (${w.daysOverdue(entry.daysOverdue)})</span>
                <span class="why">${why}</span>
                <button type="button" part="worklist-open" aria-expanded=${String(open)} @click=${() => toggle(entry)}>${open ? w.close : w.review}</button>
              </div>
              ${open ? html`<div class="entry-calculator">${view.calculator(entry)}</div>` : nothing}
            </li>`;
          })}
        </ul>`}
  </div>`;
}
