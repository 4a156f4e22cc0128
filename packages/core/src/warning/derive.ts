import * as z from 'zod/mini';
import { formatIsoDay, parseIsoDay, todayIso } from '../day-numbers.js';
import { isoDate } from '../dates.js';
import { Decimal, moneyInput, nonNegativeMoneyInput } from '../money.js';
import { DEFAULT_CREDIT_POLICY, warningPolicySchema, type WarningPolicy } from '../schemas/policy.js';
import { parseWith } from '../validate.js';
import { signalEntry, type SignalCode } from './catalogue-entries.js';
import type { WarningSignal } from './signal-schema.js';
import { refined } from '../schemas/common.js';

const collateralSchema = /* @__PURE__ */ z.object({
  /** Host's name or id of the collateral, quoted in the signal's note. */
  id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  appraisedValue: /* @__PURE__ */ refined(nonNegativeMoneyInput, 
    /* @__PURE__ */ z.refine((v: string) => new Decimal(v).gt(0), 'must be above zero (the drop is measured against it)'),
  ),
  currentValue: nonNegativeMoneyInput,
  /**
   * Value lost through damage, deterioration or another change (破损、变质及其他影响价值的变化), as an amount.
   * Measured against the appraised value, not as the physically damaged share: "减值幅度超过评估抵押价值的35%".
   */
  impairment: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
});

const expectedUnpaidSchema = /* @__PURE__ */ z.object({ dueDate: isoDate, amount: nonNegativeMoneyInput });

const receivablesSchema = /* @__PURE__ */ z
  .object({
    /** Open amount already past its due date. */
    overdueAmount: nonNegativeMoneyInput,
    /** Due date of the oldest overdue item, quoted in the note. */
    oldestDueDate: /* @__PURE__ */ z.optional(isoDate),
    /** Document (sale) date of the oldest open item: the credit period runs from it. */
    oldestDocumentDate: /* @__PURE__ */ z.optional(isoDate),
    /** Amount the host already knows is due within the window and expected to go unpaid. */
    dueSoonExpectedUnpaidAmount: /* @__PURE__ */ z.optional(nonNegativeMoneyInput),
    /** Or: items expected to go unpaid, filtered here by the policy's `dueSoonDays` window. */
    expectedUnpaid: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(expectedUnpaidSchema)),
  })
  .check(
    /* @__PURE__ */ z.refine((r) => r.dueSoonExpectedUnpaidAmount === undefined || r.expectedUnpaid === undefined, {
      message: 'must not be given together with dueSoonExpectedUnpaidAmount',
      path: ['expectedUnpaid'],
    }),
  );

const deriveDataSchema = /* @__PURE__ */ z.object({
  /** Day the data describes; defaults to today. Every derived signal is raised on it. */
  asOf: /* @__PURE__ */ z.optional(isoDate),
  collateral: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(collateralSchema)),
  receivables: /* @__PURE__ */ z.optional(receivablesSchema),
  /** Granted limit and the exposure used against it. */
  limit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ granted: nonNegativeMoneyInput, used: moneyInput })),
});

/** The data `deriveSignals` reads. Every part is optional. */
export type DeriveSignalsInput = z.input<typeof deriveDataSchema>;

const policyOverridesSchema = /* @__PURE__ */ z.partial(warningPolicySchema);
/** Warning thresholds; any left out come from `DEFAULT_CREDIT_POLICY.warning`. */
export type DeriveSignalsPolicy = z.input<typeof policyOverridesSchema>;

/**
 * Derives warning signals from data (domain.md §5), each raised on the as-of date:
 * - `collateral-value-down` (severe): some collateral's current value is below its appraised value by
 *   strictly more than `collateralDropRatio` of it (exactly 35 % is not a signal); amount = the total drop;
 * - `collateral-damaged` (severe): an `impairment` strictly above the same share of the appraised value
 *   ("减值幅度超过评估抵押价值的35%"); amount = the total impairment;
 * - `receivable-overdue` (ordinary): an overdue amount above zero; amount = that amount;
 * - `due-within-30-days` (ordinary): amounts expected to go unpaid that fall due from the as-of date to
 *   `dueSoonDays` days after it (or the host's own `dueSoonExpectedUnpaidAmount`); amount = their sum;
 * - `past-max-credit-period` (ordinary): the oldest open item's document date lies more than
 *   `maxCreditPeriodDays` days before the as-of date;
 * - `over-credit-limit` (ordinary): used above granted; amount = the excess.
 * Several breaching collateral items give one signal: the catalogue counts a code once.
 *
 * @param data - the customer's collateral, receivables summary and limit usage, with `asOf`
 * @param policy - thresholds; defaults to `DEFAULT_CREDIT_POLICY.warning`
 * @throws CreditKitValidationError when the data or the policy is malformed
 */
export function deriveSignals(data: DeriveSignalsInput, policy: DeriveSignalsPolicy = {}): WarningSignal[] {
  const input = parseWith(deriveDataSchema, data, 'deriveSignals data');
  const overrides = parseWith(policyOverridesSchema, policy, 'deriveSignals policy');
  const rules: WarningPolicy = { ...DEFAULT_CREDIT_POLICY.warning, ...withoutUndefined(overrides) };
  const asOf = input.asOf ?? todayIso();
  const asOfDay = parseIsoDay(asOf);
  const ratio = new Decimal(rules.collateralDropRatio);
  const signals: WarningSignal[] = [];
  const raise = (code: SignalCode, extra: { amount?: Decimal; note: string }) => {
    const definition = signalEntry(code)!;
    const signal: WarningSignal = { code, severity: definition.severity, category: definition.category, raisedOn: asOf, note: extra.note };
    if (extra.amount !== undefined) signal.amount = formatAmount(extra.amount);
    signals.push(signal);
  };

  const collateral = input.collateral ?? [];
  const dropped = collateral
    .map((item, index) => ({ item, index, appraised: new Decimal(item.appraisedValue), drop: new Decimal(item.appraisedValue).minus(item.currentValue) }))
    .filter(({ appraised, drop }) => drop.gt(appraised.times(ratio)));
  if (dropped.length) {
    raise('collateral-value-down', {
      amount: dropped.reduce((sum, d) => sum.plus(d.drop), new Decimal(0)),
      note: dropped
        .map(({ item, index, appraised, drop }) =>
          `${collateralName(item.id, index)} down ${percent(drop.div(appraised))} (appraised ${item.appraisedValue}, now ${item.currentValue})`)
        .join('; '),
    });
  }
  const impaired = collateral
    .map((item, index) => ({ item, index, appraised: new Decimal(item.appraisedValue), impairment: new Decimal(item.impairment ?? '0') }))
    .filter(({ appraised, impairment }) => impairment.gt(appraised.times(ratio)));
  if (impaired.length) {
    raise('collateral-damaged', {
      amount: impaired.reduce((sum, d) => sum.plus(d.impairment), new Decimal(0)),
      note: impaired
        .map(({ item, index, appraised, impairment }) =>
          `${collateralName(item.id, index)} impaired by ${percent(impairment.div(appraised))} of its appraised value (${item.impairment} of ${item.appraisedValue})`)
        .join('; '),
    });
  }

  const receivables = input.receivables;
  if (receivables) {
    const overdue = new Decimal(receivables.overdueAmount);
    if (overdue.gt(0)) {
      const oldest = receivables.oldestDueDate;
      const daysOverdue = oldest === undefined ? 0 : asOfDay - parseIsoDay(oldest);
      raise('receivable-overdue', {
        amount: overdue,
        note: daysOverdue > 0 ? `Oldest overdue item due ${oldest}, ${plural(daysOverdue, 'day')} overdue` : 'Overdue amount above zero',
      });
    }

    const lastDay = asOfDay + rules.dueSoonDays;
    const dueSoon =
      receivables.dueSoonExpectedUnpaidAmount !== undefined
        ? new Decimal(receivables.dueSoonExpectedUnpaidAmount)
        : (receivables.expectedUnpaid ?? [])
            .filter((e) => parseIsoDay(e.dueDate) >= asOfDay && parseIsoDay(e.dueDate) <= lastDay)
            .reduce((sum, e) => sum.plus(e.amount), new Decimal(0));
    if (dueSoon.gt(0)) {
      raise('due-within-30-days', {
        amount: dueSoon,
        note: `Expected to go unpaid, due from ${asOf} to ${formatIsoDay(lastDay)} (${plural(rules.dueSoonDays, 'day')})`,
      });
    }

    if (receivables.oldestDocumentDate !== undefined) {
      const age = asOfDay - parseIsoDay(receivables.oldestDocumentDate);
      if (age > rules.maxCreditPeriodDays) {
        raise('past-max-credit-period', {
          note: `Oldest open item dated ${receivables.oldestDocumentDate}, ${plural(age, 'day')} ago (maximum credit period ${plural(rules.maxCreditPeriodDays, 'day')})`,
        });
      }
    }
  }

  if (input.limit) {
    const excess = new Decimal(input.limit.used).minus(input.limit.granted);
    if (excess.gt(0)) {
      raise('over-credit-limit', { amount: excess, note: `Used ${input.limit.used} of a ${input.limit.granted} limit` });
    }
  }
  return signals;
}

/** Exact, with at least two decimal places. */
function formatAmount(value: Decimal): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}

function percent(share: Decimal): string {
  return `${share.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()} %`;
}

function collateralName(id: string | undefined, index: number): string {
  return id === undefined ? `Collateral #${index + 1}` : `Collateral ${id}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function withoutUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
