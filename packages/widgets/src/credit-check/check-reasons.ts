import { html, type TemplateResult } from 'lit';
import type { CreditProfile, StagedCreditCheck } from '@credit-kit/core/lean';
import { formatMoney, formatPercent } from '../i18n/format.js';
import type { CreditCheckMessages, ReasonFigures } from './credit-check.messages.js';

export interface ReasonContext {
  readonly result: StagedCreditCheck;
  readonly profile: CreditProfile;
  readonly grace: number;
  readonly settlementMethod: string | undefined;
  readonly lang: string;
}

/** The figures a reason names, formatted for the reader (money in the profile's currency). */
export function reasonFigures({ result, profile, grace, settlementMethod, lang }: ReasonContext, t: CreditCheckMessages): ReasonFigures {
  const money = (amount: string) => formatMoney(amount, profile.currency, lang);
  const { exposure } = result;
  return {
    overBy: money(exposure.overBy),
    used: money(exposure.used),
    granted: money(exposure.granted),
    order: money(exposure.orderAmount),
    days: profile.oldestOverdueDays,
    grace,
    grade: profile.grade,
    overdue: money(profile.overdueAmount),
    utilisation: exposure.utilisation === null ? '—' : formatPercent(exposure.utilisation, lang),
    method: settlementMethod ? (t.settlementMethods[settlementMethod] ?? settlementMethod) : '',
  };
}

/** Each reason in the reader's words, blocking ones first (core's order). */
export function reasonTexts(context: ReasonContext, t: CreditCheckMessages): { code: string; severity: 'warning' | 'block'; text: string }[] {
  const figures = reasonFigures(context, t);
  return context.result.reasons.map((r) => ({ code: r.code, severity: r.severity, text: t.reasons[r.code](figures) }));
}

export function renderReasons(context: ReasonContext, t: CreditCheckMessages): TemplateResult {
  const reasons = reasonTexts(context, t);
  if (reasons.length === 0) return html`<p class="all-clear" part="reasons">${t.allClear}</p>`;
  return html`<ul class="reasons" part="reasons" aria-label=${t.reasonsHeading}>
    ${reasons.map((r) => html`<li class=${`reason ${r.severity}`} part=${`reason reason-${r.severity}`} data-code=${r.code}>${r.text}</li>`)}
  </ul>`;
}
