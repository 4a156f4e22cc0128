import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { gradePolicy } from '@credit-kit/core/lean';
import { formatDecimal, formatMoney } from '../../i18n/format.js';
import { breakableFigure } from '../../i18n/breakable-figure.js';
import type { Calculation } from '../controllers/what-if-controller.js';
import { describeCaps, type Formatters } from '../limit-explanation.js';
import { renderTerms } from '../terms-view.js';
import type { CalculatorView } from './view.js';

/** The live result: the rating with its terms, the two limits and the caps that applied. */
export function renderResult(v: CalculatorView): TemplateResult {
  const t = v.t;
  const { current, stale, calculationFailed } = v.state;
  const f = v.formatters(v.data.financials.currency);
  return html`<div role="group" class=${classMap({ result: true, stale })} part="result" aria-live="polite" aria-labelledby="result-title">
    <h3 id="result-title">${t.results.title}</h3>
    ${stale ? html`<p class="stale-note" part="stale-note">${t.results.stale}</p>` : nothing}
    ${calculationFailed ? html`<p class="calculation-error" part="calculation-error">${t.results.calculationFailed}</p>` : nothing}
    ${current
      ? html`${renderRating(v, current, f)}
          <dl class="limits">
            ${renderLimit(v, 'maximum', t.results.maximum, current.result.maximum, f)}
            ${renderLimit(v, 'granted', t.results.granted, current.result.granted, f)}
          </dl>
          ${renderCaps(v, current, f)}`
      : html`<p>${t.results.noResult}</p>`}
  </div>`;
}

function renderRating(v: CalculatorView, current: Calculation, f: Formatters): TemplateResult {
  const t = v.t.rating;
  const grade = current.input.grade;
  const stance = gradePolicy(grade).stance;
  const { profile, policy } = v.data;
  return html`<div class="rating" part="rating">
    <p><span class="muted">${t.grade}:</span> <span class="grade">${grade}</span></p>
    <p><span class="muted">${t.meaning}:</span> ${t.stances[stance]}</p>
    ${profile.score !== undefined ? html`<p><span class="muted">${t.score}:</span> ${t.scoreValue(formatDecimal(String(profile.score), v.lang, 2))}</p>` : nothing}
    <p class="muted">${grade === profile.grade ? t.ratedOn(profile.grade, f.date(profile.ratedOn)) : t.whatIf(profile.grade)}</p>
    ${renderTerms(grade, profile, policy, v.t.terms, f)}
  </div>`;
}

/** One headline limit. Its figure is a `<data>` holding the exact amount. */
function renderLimit(v: CalculatorView, which: 'maximum' | 'granted', label: string, amount: string, f: Formatters): TemplateResult {
  const exact = v.unit === 'wan' ? formatMoney(amount, v.data.financials.currency, v.lang) : undefined;
  return html`<div class=${`limit ${which}`} part=${which}>
    <dt>${label}</dt>
    <dd>
      <data value=${amount}>${breakableFigure(f.money(amount), v.lang)}</data>
      ${exact ? html`<span class="exact">${v.t.results.exactly(exact)}</span>` : nothing}
    </dd>
  </div>`;
}

function renderCaps(v: CalculatorView, current: Calculation, f: Formatters): TemplateResult {
  const t = v.t.caps;
  const caps = describeCaps(current.result, current.input, v.data.policy.limit, t, f);
  return html`<div class="caps" part="caps">
    <h4>${t.title}</h4>
    ${caps.length === 0
      ? html`<p>${t.none}</p>`
      : html`<ul>
          ${caps.map((cap) => html`<li data-cap=${cap.code}>${cap.text}</li>`)}
        </ul>`}
  </div>`;
}
