import type { CreditCheckReasonCode, CreditCheckStage, LimitRequestKind } from '@credit-kit/core/lean';
import { defineMessages } from '../i18n/locale-registry.js';

/** What each reason says, with its figures already formatted for the reader. */
export interface ReasonFigures {
  readonly overBy: string;
  readonly used: string;
  readonly granted: string;
  readonly order: string;
  readonly days: number;
  readonly grace: number;
  readonly grade: string;
  readonly overdue: string;
  readonly utilisation: string;
  readonly method: string;
}

/**
 * Text of `<ck-credit-check>`. `en` defines the shape; every locale matches it. Partners relabel
 * with `registerMessages(locale, 'credit-check', { … })`.
 */
const en = {
  /** In place of the path to yes when its code could not be loaded. */
  pathUnavailable: 'The path to yes could not be loaded.',
  title: 'Credit check',
  stages: { quote: 'Quote', order: 'Order', delivery: 'Delivery', invoice: 'Invoice' } satisfies Record<CreditCheckStage, string>,
  status: { ok: 'OK', warning: 'Warning', blocked: 'Blocked' },
  actions: {
    proceed: 'Go ahead.',
    'proceed-with-warning': 'Go ahead, with care.',
    hold: 'On credit hold until credit management releases it.',
    block: 'Refused: credit management must raise the limit or clear the reasons first.',
  },
  available: 'Available credit',
  granted: 'Granted limit',
  used: 'Used',
  deal: (stage: string) => `This ${stage.toLowerCase()}`,
  noAmount: 'Enter an amount to check a deal.',
  reasonsHeading: 'Why',
  allClear: 'Nothing stands in the way.',
  reasons: {
    blacklisted: () => 'The customer is on the blacklist.',
    'limit-exceeded': (f: ReasonFigures) => `Over the limit by ${f.overBy}: ${f.used} used with this deal of ${f.order}, against ${f.granted} granted.`,
    'overdue-amount': (f: ReasonFigures) => `Overdue amount ${f.overdue} is above the policy's maximum.`,
    'overdue-days': (f: ReasonFigures) =>
      `An item is ${f.days} days past its due date (grace ${f.grace} days): stop supply and collect — clear the old balance before shipping new goods.`,
    'past-max-credit-period': () => 'An open item is past the maximum credit period: stop supply and collect.',
    'grade-no-new-credit': (f: ReasonFigures) => `Grade ${f.grade} allows no new credit relationship.`,
    'grade-exit': (f: ReasonFigures) => `Grade ${f.grade} calls for an exit from the relationship.`,
    'grade-maintain': (f: ReasonFigures) => `Grade ${f.grade}: maintain the existing relationship, exit when possible.`,
    'settlement-method': (f: ReasonFigures) => `Settlement by ${f.method} is not allowed for this customer's standing.`,
    utilisation: (f: ReasonFigures) => `Utilisation ${f.utilisation} is at or past the warning level.`,
  } satisfies Record<CreditCheckReasonCode, (f: ReasonFigures) => string>,
  settlementMethods: { cash: 'cash', bank_acceptance_bill: 'bank acceptance bill', installments: 'installments', open_credit: 'open credit sale' } as Record<string, string>,
  compactDetails: 'Details',
  request: {
    open: 'Request a higher limit',
    openException: 'Request an exception',
    heading: 'Limit request',
    kind: 'Request',
    kinds: { new_limit: 'New limit', increase: 'Limit increase', temporary_exception: 'Temporary exception', renewal: 'Renewal' } satisfies Record<LimitRequestKind, string>,
    amount: 'Limit asked for',
    amountHint: (shortfall: string) => `The granted limit plus the shortfall of ${shortfall}.`,
    until: 'Exception ends on',
    reason: 'Why',
    reasonPrefill: (reasons: string) => `Credit check: ${reasons}`,
    submit: 'Send the request',
    cancel: 'Cancel',
    sending: 'Sending…',
    sent: (number: string) => `Limit request ${number} sent for approval.`,
    failed: 'The request could not be sent.',
    invalid: {
      amount: 'Enter the limit asked for, such as 150,000.00.',
      until: 'Enter the day the exception ends.',
      reason: 'Say why the limit is needed.',
    },
  },
};

/** The messages of `<ck-credit-check>`. */
export type CreditCheckMessages = typeof en;

export const creditCheckMessages = defineMessages('credit-check', { en }, { 'zh-CN': () => import('./credit-check.messages.zh-CN.js') });
