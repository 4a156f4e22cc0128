import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssProps } from '../../base/css-props.js';
import { formatPercent } from '../../i18n/format.js';
import { exposureView } from '../exposure-view.js';
import type { CalculatorView } from './view.js';

/** Current exposure from the profile: granted, used, available, the utilisation meter and its notices. */
export function renderExposure(v: CalculatorView): TemplateResult {
  const t = v.t.exposure;
  const { profile, financials, policy } = v.data;
  const current = v.state.current;
  const sameCurrency = profile.currency === financials.currency;
  const view = exposureView(profile, policy.creditCheck, sameCurrency && current ? current.result.granted : undefined);
  const { exposure } = view;
  const f = v.formatters(profile.currency);
  const text = exposure.utilisation === null ? t.noLimit : t.utilisationText(formatPercent(exposure.utilisation, v.lang, 1));
  const overText = exposure.noLimit ? t.noLimitOver(f.money(exposure.overBy)) : t.overLimit(f.money(exposure.overBy));
  const counted = Object.entries(exposure.counted) as [keyof typeof t.components, string][];
  const warning = policy.creditCheck.utilisationWarning;
  return html`<div role="group" class="exposure" part="exposure" aria-labelledby="exposure-title">
    <h3 id="exposure-title">${t.title}</h3>
    <dl class="figures">
      <dt>${t.grantedOnRecord}</dt>
      <dd data-key="granted">${f.money(exposure.granted)}</dd>
      <dt>${t.used}</dt>
      <dd data-key="used">${f.money(exposure.used)}</dd>
      <dt>${t.available}</dt>
      <dd data-key="available">${f.money(exposure.available)}</dd>
    </dl>
    <div class="meter">
      <span id="utilisation-label">${t.utilisation}</span>
      <div
        class=${classMap({ bar: true, over: exposure.overLimit, near: exposure.nearLimit })}
        part="utilisation-bar"
        role="meter"
        aria-labelledby="utilisation-label"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${view.meterPercent}
        aria-valuetext=${exposure.overLimit ? (exposure.noLimit ? overText : `${text}; ${overText}`) : text}
      >
        <div class="fill" part="utilisation-fill" ${cssProps({ 'inline-size': `${view.meterPercent}%` })}></div>
      </div>
      <span class="utilisation-text">${text}</span>
    </div>
    ${exposure.overLimit
      ? html`<p class="over-limit" part="over-limit"><span aria-hidden="true">⚠ </span>${overText}</p>`
      : exposure.nearLimit && warning !== undefined
        ? html`<p class="near-limit" part="near-limit">${t.nearLimit(formatPercent(warning, v.lang, 1))}</p>`
        : nothing}
    ${counted.length > 0
      ? html`<p class="muted">${t.counted}:</p>
          <ul class="components">
            ${counted.map(([name, amount]) => html`<li>${t.components[name] ?? name}: ${f.money(amount)}</li>`)}
          </ul>`
      : nothing}
    ${view.whatIf ? html`<p data-key="what-if-available">${t.whatIfAvailable(f.money(view.whatIf.available))}</p>` : nothing}
  </div>`;
}
