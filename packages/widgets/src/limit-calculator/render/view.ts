import type { CommonMessages } from '../../i18n/common-messages.js';
import type { AmountUnit } from '../../i18n/format.js';
import type { WhatIfState } from '../controllers/what-if-controller.js';
import type { LimitData } from '../limit-data.js';
import type { Formatters } from '../limit-explanation.js';
import type { LimitCalculatorMessages } from '../limit-calculator.messages.js';

/** What every render module of the calculator draws from. */
export interface CalculatorView {
  readonly data: LimitData;
  readonly state: WhatIfState;
  readonly t: LimitCalculatorMessages;
  readonly common: CommonMessages;
  readonly lang: string;
  /** The unit amounts are shown in. */
  readonly unit: AmountUnit;
  /** The day the limit is computed for. */
  readonly asOf: string;
  /** How to write figures in `currency` for the reader. */
  readonly formatters: (currency: string) => Formatters;
}
