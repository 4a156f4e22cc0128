/**
 * @credit-kit/react: React components for the Credit Kit elements, made with `@lit/react`.
 * Props are the elements' properties (typed from the element classes); domain events are typed
 * callbacks (`onCkLimitChange={(event) => event.detail.result}`). Importing this module registers
 * the elements under their default `ck-` tags.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  CkAgingLoadedEvent,
  CkAgingTable,
  CkApplicationSubmittedEvent,
  CkAttachmentSelectEvent,
  CkCreditApplication,
  CkCreditCheck,
  CkCreditCheckChangeEvent,
  CkCreditReview,
  CkDecisionEvent,
  CkExportEvent,
  CkLimitRequestSubmittedEvent,
  CkReviewOpenEvent,
  CkLimitCalculator,
  CkLimitChangeEvent,
  CkLoadErrorEvent,
  CkReadyEvent,
  CkRowToggleEvent,
  CkWarningBadge,
  CkWarningChangeEvent,
} from '@credit-kit/widgets';
import { defineCreditKit } from '@credit-kit/widgets/define';

const tags = defineCreditKit();

/** The lifecycle every widget shares: `ck-ready` once usable, `ck-load-error` when loading failed. */
const lifecycleEvents = {
  onCkReady: CkReadyEvent.eventName as EventName<CkReadyEvent>,
  onCkLoadError: CkLoadErrorEvent.eventName as EventName<CkLoadErrorEvent>,
};

/**
 * `<ck-credit-application>`: the credit application form.
 *
 * @example
 * <CreditApplication customerId="C001" onCkApplicationSubmitted={(e) => go(e.detail.application.number)} />
 */
export const CreditApplication = createComponent({
  react: React,
  tagName: tags.application,
  elementClass: CkCreditApplication,
  displayName: 'CreditApplication',
  events: {
    ...lifecycleEvents,
    onCkApplicationSubmitted: CkApplicationSubmittedEvent.eventName as EventName<CkApplicationSubmittedEvent>,
    onCkAttachmentSelect: CkAttachmentSelectEvent.eventName as EventName<CkAttachmentSelectEvent>,
  },
});

/**
 * `<ck-limit-calculator>`: rating, maximum and granted limit, live, with what-if inputs.
 *
 * @example
 * <LimitCalculator customerId="C004" unit="wan" onCkLimitChange={(e) => setGranted(e.detail.result.granted)} />
 */
export const LimitCalculator = createComponent({
  react: React,
  tagName: tags.calculator,
  elementClass: CkLimitCalculator,
  displayName: 'LimitCalculator',
  events: {
    ...lifecycleEvents,
    onCkLimitChange: CkLimitChangeEvent.eventName as EventName<CkLimitChangeEvent>,
  },
});

/**
 * `<ck-warning-badge>`: the customer's early-warning level, with its signals in a popover.
 *
 * @example
 * <WarningBadge customerId="C004" variant="full" onCkWarningChange={(e) => notify(e.detail.level)} />
 */
export const WarningBadge = createComponent({
  react: React,
  tagName: tags.badge,
  elementClass: CkWarningBadge,
  displayName: 'WarningBadge',
  events: {
    ...lifecycleEvents,
    onCkWarningChange: CkWarningChangeEvent.eventName as EventName<CkWarningChangeEvent>,
  },
});

/**
 * `<ck-aging-table>`: receivables by aging bucket per customer, virtualised.
 *
 * @example
 * <AgingTable mode="server" onCkRowToggle={(e) => track(e.detail.customerId)} />
 */
export const AgingTable = createComponent({
  react: React,
  tagName: tags.agingTable,
  elementClass: CkAgingTable,
  displayName: 'AgingTable',
  events: {
    ...lifecycleEvents,
    onCkAgingLoaded: CkAgingLoadedEvent.eventName as EventName<CkAgingLoadedEvent>,
    onCkRowToggle: CkRowToggleEvent.eventName as EventName<CkRowToggleEvent>,
    onCkExport: CkExportEvent.eventName as EventName<CkExportEvent>,
  },
});

/**
 * `<ck-credit-check>`: headroom and the order decision where the salesperson is, with the limit request.
 *
 * @example
 * <CreditCheck customerId="C004" amount={deal.amount} stage="order" variant="compact" onCkCreditCheckChange={(e) => setCanSave(e.detail.action !== 'block')} />
 */
export const CreditCheck = createComponent({
  react: React,
  tagName: tags.creditCheck,
  elementClass: CkCreditCheck,
  displayName: 'CreditCheck',
  events: {
    ...lifecycleEvents,
    onCkCreditCheckChange: CkCreditCheckChangeEvent.eventName as EventName<CkCreditCheckChangeEvent>,
    onCkLimitRequestSubmitted: CkLimitRequestSubmittedEvent.eventName as EventName<CkLimitRequestSubmittedEvent>,
  },
});

/**
 * `<ck-credit-review>`: the approver's desk for an application or a limit request, or the review worklist.
 *
 * @example
 * <CreditReview limitRequestId="LR000001" onCkDecision={(e) => audit(e.detail.decision.receipt)} />
 */
export const CreditReview = createComponent({
  react: React,
  tagName: tags.creditReview,
  elementClass: CkCreditReview,
  displayName: 'CreditReview',
  events: {
    ...lifecycleEvents,
    onCkDecision: CkDecisionEvent.eventName as EventName<CkDecisionEvent>,
    onCkReviewOpen: CkReviewOpenEvent.eventName as EventName<CkReviewOpenEvent>,
  },
});

/** Props of each wrapper (element properties, React DOM props, typed event callbacks, `ref`). */
export type CreditApplicationProps = React.ComponentProps<typeof CreditApplication>;
export type LimitCalculatorProps = React.ComponentProps<typeof LimitCalculator>;
export type WarningBadgeProps = React.ComponentProps<typeof WarningBadge>;
export type AgingTableProps = React.ComponentProps<typeof AgingTable>;
export type CreditCheckProps = React.ComponentProps<typeof CreditCheck>;
export type CreditReviewProps = React.ComponentProps<typeof CreditReview>;

export type {
  CkAgingLoadedEvent,
  CkAgingTable,
  CkApplicationSubmittedEvent,
  CkAttachmentSelectEvent,
  CkCreditApplication,
  CkCreditCheck,
  CkCreditCheckChangeEvent,
  CkCreditReview,
  CkDecisionEvent,
  CkExportEvent,
  CkLimitCalculator,
  CkLimitRequestSubmittedEvent,
  CkReviewOpenEvent,
  CkLimitChangeEvent,
  CkLoadErrorEvent,
  CkReadyEvent,
  CkRowToggleEvent,
  CkWarningBadge,
  CkWarningChangeEvent,
} from '@credit-kit/widgets';
