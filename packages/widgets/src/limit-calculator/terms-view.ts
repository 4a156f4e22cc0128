import {
  allowedSettlementMethods,
  creditCheck,
  formatCashDiscountTerms,
  paymentRecordFromOverdue,
  type CreditPolicy,
  type CreditProfile,
} from '@credit-kit/core/lean';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from './limit-explanation.js';
import type { LimitCalculatorMessages } from './limit-calculator.messages.js';

/**
 * The terms that go with a grade, all from core (no rule here): where the grade comes from
 * (`part="rating-source"`), the settlement methods the standing allows with the open-credit term and the
 * cash discount (`part="settlement"`), and what a new order meets today (`part="order-check"`: core's
 * `creditCheck` with an order of 0, so only the order rules speak — grade, past due, blacklist).
 */
export function renderTerms(grade: string, profile: CreditProfile, policy: CreditPolicy, t: LimitCalculatorMessages['terms'], f: Formatters): TemplateResult {
  const grace = policy.creditCheck.overdueGraceDays ?? policy.creditCheck.maxOverdueDays ?? 0;
  const paymentRecord = profile.paymentRecord ?? paymentRecordFromOverdue(profile, grace);
  const allowed = allowedSettlementMethods({ grade, paymentRecord }, policy.settlement);
  const discount = policy.settlement?.cashDiscount;
  const check = creditCheck({ ...profile, grade, paymentRecord }, { amount: '0' }, policy.creditCheck, policy.settlement);
  const source = profile.ratingSource;
  return html`<div class="terms" part="terms">
    ${source
      ? html`<p part="rating-source"><span class="muted">${t.source.label}:</span> ${t.source[source.kind]}${source.issuer ? html`, ${t.source.issuer(source.issuer)}` : nothing}, ${f.date(profile.ratedOn)}</p>`
      : nothing}
    <div part="settlement" data-standing=${allowed.standing}>
      <p><span class="muted">${t.settlement}:</span> ${allowed.methods.map((m) => t.methods[m]).join(' · ')}</p>
      <p class="muted">${t.standing[allowed.standing]}</p>
      ${allowed.openCredit ? html`<p class="muted">${t.openCredit(allowed.openCredit.maxTermDays)}</p>` : nothing}
      ${discount ? html`<p class="muted">${t.cashDiscount(formatCashDiscountTerms(discount))}</p>` : nothing}
    </div>
    <div part="order-check" data-status=${check.status}>
      <p><span class="muted">${t.order}:</span> ${t.orderStatus[check.status]}</p>
      ${check.reasons.length
        ? html`<ul>
            ${check.reasons.map((r) => {
              const text = t.reasons[r.code];
              return html`<li data-code=${r.code} data-severity=${r.severity}>${typeof text === 'function' ? text(profile.oldestOverdueDays, grace) : text}</li>`;
            })}
          </ul>`
        : nothing}
    </div>
  </div>`;
}
