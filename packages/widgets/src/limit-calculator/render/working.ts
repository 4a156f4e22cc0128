import { html, nothing, type TemplateResult } from 'lit';
import { describeSteps } from '../limit-explanation.js';
import type { CalculatorView } from './view.js';

/** The coefficients and the working, step by step with the actual numbers. */
export function renderWorking(v: CalculatorView): TemplateResult | typeof nothing {
  const current = v.state.current;
  if (!current) return nothing;
  const t = v.t.working;
  const f = v.formatters(v.data.financials.currency);
  const { result } = current;
  const steps = describeSteps(result, current.input, v.data.policy.limit, t, f);
  return html`<div role="group" class="working" part="working" aria-labelledby="working-title">
    <h3 id="working-title">${t.title}</h3>
    <dl class="coefficients" part="coefficients">
      <dt>${t.debtRatio}</dt>
      <dd data-key="debtRatio">${result.debtRatio === null ? t.noDebtRatio : f.percent(result.debtRatio)}</dd>
      <dt>${t.gradeCoefficient}</dt>
      <dd data-key="gradeCoefficient">${f.coefficient(result.gradeCoefficient)}</dd>
      <dt>${t.debtRatioCoefficient}</dt>
      <dd data-key="debtRatioCoefficient">${f.coefficient(result.debtRatioCoefficient)}</dd>
    </dl>
    <table part="steps">
      <thead>
        <tr>
          <th scope="col">${t.step}</th>
          <th scope="col" class="value">${t.value}</th>
        </tr>
      </thead>
      <tbody>
        ${steps.map(
          (step) => html`<tr class=${step.total ? 'total' : ''} data-step=${step.key}>
            <th scope="row">
              <span class="step-label">${step.label}</span>
              ${step.calculation ? html` <span class="calculation">${step.calculation}</span>` : nothing}
            </th>
            <td class="value">${step.value}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
