import { html, nothing, type TemplateResult } from 'lit';
import type { CreditApplication, CreditProfile, Customer, LimitRequest } from '@credit-kit/core/lean';
import { formatDate, formatMoney } from '../i18n/format.js';
import type { CreditReviewMessages } from './credit-review.messages.js';

const row = (term: string, value: unknown) => (value === undefined || value === '' ? nothing : html`<div><dt>${term}</dt><dd>${value}</dd></div>`);

/** What is asked: a limit request's kind, amount, reason and origin, or an application's request and attachments. */
export function renderSubject(subject: LimitRequest | CreditApplication, profile: CreditProfile, lang: string, t: CreditReviewMessages): TemplateResult {
  const r = t.request;
  const money = (amount: string | undefined, currency = profile.currency) => (amount === undefined ? undefined : formatMoney(amount, currency, lang));
  const at = (timestamp: string) => formatDate(timestamp.slice(0, 10), lang);
  if ('requestedBy' in subject) {
    return html`<div role="group" class="facts" part="subject" aria-labelledby="subject-heading">
      <h3 id="subject-heading">${r.heading}</h3>
      <dl>
        ${row(r.amount, money(subject.amount, subject.currency))}
        ${row(r.currentLimit, money(subject.currentLimit))}
        ${row(r.term, subject.termDays === undefined ? undefined : r.days(subject.termDays))}
        ${row(r.until, subject.until === undefined ? undefined : formatDate(subject.until, lang))}
        ${row(r.shortfall, money(subject.origin?.shortfall))}
        ${row(r.reason, subject.reason)}
        ${row(r.requestedBy, subject.requestedBy)}
        ${row(r.submittedAt, at(subject.submittedAt))}
      </dl>
      ${renderTrail(subject.history, lang, t)}
    </div>`;
  }
  return html`<div role="group" class="facts" part="subject" aria-labelledby="subject-heading">
    <h3 id="subject-heading">${r.heading}</h3>
    <dl>
      ${row(r.amount, money(subject.request.amount, subject.request.currency))}
      ${row(r.currentLimit, money(profile.granted))}
      ${row(r.term, r.days(subject.request.termDays))}
      ${row(r.settlement, t.settlementMethods[subject.request.settlementMethod])}
      ${row(r.purpose, subject.request.purpose)}
      ${row(r.submittedAt, at(subject.submittedAt))}
    </dl>
    ${renderTrail(subject.history, lang, t)}
  </div>`;
}

function renderTrail(history: LimitRequest['history'], lang: string, t: CreditReviewMessages): TemplateResult {
  return html`<details class="trail"><summary>${t.request.history}</summary>
    <ol>${history.map((e) => html`<li>${formatDate(e.at.slice(0, 10), lang)} · ${t.statuses[e.status] ?? e.status} · ${e.actor}${e.note ? html` — ${e.note}` : nothing}</li>`)}</ol>
  </details>`;
}

/** Who the customer is, the grade and where it comes from, and the validity of the limit on record. */
export function renderCustomer(customer: Customer, profile: CreditProfile, lang: string, t: CreditReviewMessages): TemplateResult {
  const c = t.customer;
  const source = profile.ratingSource;
  const rating = html`<strong>${profile.grade}</strong>${source ? html` · ${c.sources[source.kind] ?? source.kind}${source.issuer ? html` · ${c.issuer(source.issuer)}` : nothing}` : nothing}
    · ${c.ratedOn(formatDate(profile.ratedOn, lang))}`;
  return html`<div role="group" class="facts" part="customer" aria-labelledby="customer-heading">
    <h3 id="customer-heading">${c.heading}: ${customer.name}</h3>
    <dl>
      ${row(c.code, customer.code)}
      ${row(c.established, formatDate(customer.establishedOn, lang))}
      ${row(c.rating, rating)}
      ${row(c.validUntil, profile.validUntil === undefined ? undefined : formatDate(profile.validUntil, lang))}
      ${row(c.nextReview, profile.nextReviewOn === undefined ? undefined : formatDate(profile.nextReviewOn, lang))}
    </dl>
  </div>`;
}
