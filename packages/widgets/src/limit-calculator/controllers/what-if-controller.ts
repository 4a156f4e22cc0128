import type { ReactiveControllerHost } from 'lit';
import { computeCreditLimit, CreditKitValidationError, pathToYes, type CreditLimitInput, type CreditLimitResult, type LimitPolicy, type PathToYes } from '@credit-kit/core/lean';
import { currencyDigits, type AmountUnit } from '../../i18n/format.js';
import type { LimitData } from '../limit-data.js';
import { convertValues, parseWhatIf, prefillValues, type FieldProblem, type WhatIfField, type WhatIfInput, type WhatIfValues } from '../what-if-form.js';

/** The last valid calculation. */
export interface Calculation {
  readonly input: WhatIfInput;
  readonly result: CreditLimitResult;
  /** Core's `pathToYes` of the requested amount, when one is given. */
  readonly path?: PathToYes | undefined;
}

/** What would make the requested amount approvable (core's `pathToYes`); none without a request. */
function pathOf(input: WhatIfInput, policy: LimitPolicy): PathToYes | undefined {
  if (input.requested === undefined) return undefined;
  try {
    return pathToYes(input as CreditLimitInput, policy);
  } catch (error) {
    if (error instanceof CreditKitValidationError) return undefined;
    throw error;
  }
}

/** Where the what-if form stands: the text typed, what is wrong with it, and the last valid result. */
export interface WhatIfState {
  readonly values: WhatIfValues;
  /** The unit `values` are written in. */
  readonly unit: AmountUnit;
  readonly problems: Partial<Record<WhatIfField, FieldProblem>>;
  readonly current?: Calculation | undefined;
  /** A value is invalid (or cannot be computed): `current` is out of date. */
  readonly stale: boolean;
  /** The policy cannot compute the limit from the values given. */
  readonly calculationFailed: boolean;
}

export interface WhatIfOptions {
  /** The day the limit is computed for, `YYYY-MM-DD`. */
  readonly asOf: () => string;
  /** Called with each new valid calculation the user caused (an edit or a reset). */
  readonly changed: (calculation: Calculation) => void;
  /** Names the element in console warnings. */
  readonly owner: () => string;
}

/**
 * The calculator's what-if form: its values (prefilled from the customer's data), their
 * validation and core's `computeCreditLimit` of them. An invalid value keeps the last valid
 * result, marked out of date. Unit changes convert the typed values exactly. Each change asks the
 * host to update.
 */
export class WhatIfController {
  private data?: LimitData;
  private current?: WhatIfState;
  private readonly host: ReactiveControllerHost;
  private readonly options: WhatIfOptions;

  constructor(host: ReactiveControllerHost, options: WhatIfOptions) {
    this.host = host;
    this.options = options;
  }

  /** The form's state, once data is loaded. */
  get state(): WhatIfState | undefined {
    return this.current;
  }

  /** Starts over from freshly loaded data, in `unit`. */
  start(data: LimitData, unit: AmountUnit): void {
    this.data = data;
    this.current = undefined;
    this.recalculate(prefillValues(data, unit), unit, false);
  }

  /** The user typed `value` into `field`. */
  edit(field: WhatIfField, value: string): void {
    if (!this.current) return;
    this.recalculate({ ...this.current.values, [field]: value }, this.current.unit, true);
  }

  /** "Reset to customer data". */
  reset(unit: AmountUnit): void {
    if (!this.data) return;
    this.recalculate(prefillValues(this.data, unit), unit, true);
  }

  /** Shows the values in `unit` (exactly converted), recalculating. */
  convertTo(unit: AmountUnit): void {
    if (!this.current || this.current.unit === unit) return;
    this.recalculate(convertValues(this.current.values, this.current.unit, unit), unit, false);
  }

  /** Computes again with the same values (the as-of day changed). */
  refresh(): void {
    if (this.current) this.recalculate(this.current.values, this.current.unit, false);
  }

  private recalculate(values: WhatIfValues, unit: AmountUnit, byUser: boolean): void {
    const data = this.data;
    if (!data) return;
    const last = this.current?.current;
    const parsed = parseWhatIf(values, { unit, asOf: this.options.asOf(), currencyDigits: currencyDigits(data.financials.currency) });
    this.host.requestUpdate();
    if (!parsed.ok) {
      this.current = { values, unit, problems: parsed.problems, current: last, stale: last !== undefined, calculationFailed: false };
      return;
    }
    let result: CreditLimitResult;
    try {
      result = computeCreditLimit(parsed.input, data.policy.limit);
    } catch (error) {
      // The policy cannot compute this case (e.g. no coefficient for the grade): say so, keep the last result.
      console.warn(`<${this.options.owner()}> could not compute the limit`, error);
      this.current = { values, unit, problems: {}, current: last, stale: last !== undefined, calculationFailed: true };
      return;
    }
    const calculation = { input: parsed.input, result, path: pathOf(parsed.input, data.policy.limit) };
    this.current = { values, unit, problems: {}, current: calculation, stale: false, calculationFailed: false };
    if (byUser) this.options.changed(calculation);
  }
}
