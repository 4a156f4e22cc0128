import type { html, nothing, TemplateResult } from 'lit';
import type { compareDecimalStrings, PathOption, PathToYes } from '@credit-kit/core/lean';
import type { Formatters } from '../limit-explanation.js';
import type { PathToYesMessages } from './path-to-yes.messages.js';

export interface PathToYesView {
  /** Core's `pathToYes` of the amount asked for. */
  readonly path: PathToYes;
  /** Total assets of the input (the denominator of the debt ratio after a pay-down). */
  readonly totalAssets: string;
  readonly f: Formatters;
  readonly t: PathToYesMessages;
  /** Level of the section's heading in the page it sits in. */
  readonly level: number;
}

/** What the path to yes uses of code the page already has (see `../../warning-badge/popover/popover-platform.ts`). */
export interface PathToYesPlatform {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly compareDecimalStrings: typeof compareDecimalStrings;
}

/** The path to yes's render function over the page's `platform`. */
export function pathToYesRenderer({ html, nothing, compareDecimalStrings }: PathToYesPlatform): (v: PathToYesView) => TemplateResult {
  /** What one achievable option asks for, and its working, in words. */
  function optionText(o: PathOption, v: PathToYesView): { text: string; working: string } | undefined {
    const { f, t } = v;
    const r = o.result;
    if (!r || o.change === undefined) return undefined;
    switch (o.lever) {
      case 'collateral': {
        const ratio = f.coefficient(o.pledgeRatio ?? '0');
        return { text: t.collateral(f.money(o.change), ratio), working: t.collateralWorking(f.money(o.change), ratio, f.money(o.from ?? '0'), f.money(o.to ?? '0'), f.money(r.granted)) };
      }
      case 'liabilities':
        return {
          text: t.liabilities(f.money(o.change), f.money(o.from ?? '0'), f.money(o.to ?? '0')),
          working: t.liabilitiesWorking(f.money(o.to ?? '0'), f.money(v.totalAssets), r.debtRatio === null ? '—' : f.percent(r.debtRatio), f.coefficient(r.debtRatioCoefficient), f.money(r.granted)),
        };
      case 'grade':
        return { text: t.grade(o.change, o.from ?? ''), working: t.gradeWorking(o.change, f.coefficient(r.gradeCoefficient), f.money(r.granted)) };
      case 'paidInCapital':
        return { text: t.paidInCapital(f.money(o.change), f.money(o.to ?? '0')), working: t.paidInCapitalWorking(f.money(r.maximum), f.money(r.granted)) };
    }
  }

  function renderOption(o: PathOption, v: PathToYesView): TemplateResult | typeof nothing {
    if (o.status === 'not-applicable') return nothing;
    const { f, t } = v;
    const described = o.status === 'achievable' ? optionText(o, v) : undefined;
    // The next band is worth naming when it is not the change itself and gives more than today.
    const band = o.nextBand && o.nextBand.paydown !== o.change && compareDecimalStrings(o.nextBand.granted, v.path.approvableToday) > 0
      ? html`<span class="path-band" data-paydown=${o.nextBand.paydown}>${t.nextBand(f.money(o.nextBand.paydown), o.nextBand.debtRatio === null ? '—' : f.percent(o.nextBand.debtRatio), f.coefficient(o.nextBand.coefficient), f.money(o.nextBand.granted))}</span>`
      : nothing;
    return html`<li class=${`path-option ${o.status}`} data-lever=${o.lever} data-status=${o.status} data-change=${o.change ?? nothing} data-granted=${o.result?.granted ?? nothing}>
      <strong>${t.label(t.levers[o.lever])}</strong>
      ${described ? html`<span class="path-change">${described.text}</span> <span class="path-working">${described.working}</span>` : html`<span class="path-change">${t.notAchievable[o.lever]}</span>`}
      ${band}
    </li>`;
  }

  /**
   * The path to yes: the largest amount approvable today and, when the amount asked for is above it,
   * each change that would make it approvable with its working (`part="path-to-yes"`). Every figure
   * is core's; nothing is computed here.
   */
  function renderPathToYes(v: PathToYesView): TemplateResult {
    const { path, f, t } = v;
    const requested = f.money(path.requested);
    const today = f.money(path.approvableToday);
    const anyAchievable = path.options.some((o) => o.status === 'achievable');
    return html`<div role="group" class="path-to-yes" part="path-to-yes" aria-labelledby="path-to-yes-title" data-approvable=${String(path.approvable)}>
      <div role="heading" aria-level=${v.level} id="path-to-yes-title" class="path-heading">${t.heading}</div>
      <p class="path-intro">${path.approvable ? t.withinRule(requested, today) : t.intro(requested, today, f.money(path.shortfall))}</p>
      <dl class="path-today">
        <dt>${t.today}</dt>
        <dd><data value=${path.approvableToday}>${today}</data></dd>
      </dl>
      ${path.approvable
        ? nothing
        : html`<ul class="path-options">
              ${path.options.map((o) => renderOption(o, v))}
            </ul>
            ${anyAchievable ? nothing : html`<p class="path-none">${t.noneAlone}</p>`}`}
    </div>`;
  }

  return renderPathToYes;
}
