import { html, nothing, svg, type TemplateResult } from 'lit';
import { compareDecimalStrings, divideDecimals, isPositiveDecimal, type AgingBucketDefinition } from '@credit-kit/core/lean';
import { formatInteger, formatPercent } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { Totals } from '../view/view-controller.js';
import { bucketLabel } from './bucket-labels.js';

/** Colours in the bar's series before they repeat (`--ck-aging-table-series-0` … `-7`). */
const SERIES = 8;

/** What the summary strip shows. */
export interface SummaryView {
  readonly t: AgingTableMessages;
  readonly lang: string;
  readonly currency: string;
  readonly buckets: readonly AgingBucketDefinition[];
  readonly totals?: Totals;
  /** Customers shown. */
  readonly customers: number;
  amount(value: string): string;
}

/** Totals, overdue and its share, customers shown, a stacked bar of the buckets and its text legend. */
export function renderSummary(v: SummaryView): TemplateResult {
  const t = v.t.summary;
  const { totals, lang } = v;
  const total = totals && compareDecimalStrings(totals.total, '0') > 0 ? totals.total : undefined;
  const ratio = totals && total ? divideDecimals(totals.overdue, total, 4) : undefined;
  // The bar's geometry only: shares of a 1000-unit bar, never an amount shown.
  const positive = totals ? totals.buckets.map((b) => (isPositiveDecimal(b) ? Number(b) : 0)) : [];
  const positiveSum = positive.reduce((a, b) => a + b, 0);
  let x = 0;
  return html`<section class="summary" part="summary" aria-labelledby="summary-label">
    <span id="summary-label" class="visually-hidden">${t.label}</span>
    <dl class="figures">
      <div><dt>${t.total}</dt><dd>${totals ? v.amount(totals.total) : t.computing}</dd></div>
      <div><dt>${t.overdue}</dt><dd>${totals ? v.amount(totals.overdue) : t.computing}</dd></div>
      <div><dt>${t.overdueRatio}</dt><dd>${ratio ? formatPercent(ratio, lang, 1) : totals ? t.notApplicable : t.computing}</dd></div>
      <div><dt>${t.customers}</dt><dd>${formatInteger(v.customers, lang)}</dd></div>
    </dl>
    <svg class="bar" part="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${positive.map((value, k) => {
        if (value <= 0 || positiveSum <= 0) return nothing;
        const width = (value / positiveSum) * 1000;
        const rect = svg`<rect class=${`s${k % SERIES}`} x=${x} y="0" width=${width} height="10"></rect>`;
        x += width;
        return rect;
      })}
    </svg>
    <ul class="legend" aria-label=${t.legend}>
      ${v.buckets.map((bucket, k) => {
        const amount = totals?.buckets[k];
        const share = amount && total ? formatPercent(divideDecimals(amount, total, 4), lang, 1) : undefined;
        return html`<li>
          <span class="swatch ${`s${k % SERIES}`}" aria-hidden="true"></span>
          <span class="text">${bucketLabel(bucket, v.t.buckets, lang)}:
            ${amount !== undefined ? v.amount(amount) : t.computing}${share ? ` ${t.share(share)}` : ''}</span>
        </li>`;
      })}
    </ul>
  </section>`;
}
