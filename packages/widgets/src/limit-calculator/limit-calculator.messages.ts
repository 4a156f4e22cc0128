import { defineMessages } from '../i18n/locale-registry.js';

/**
 * Text of `<ck-limit-calculator>`. `en` defines the shape; every locale matches it. Partners
 * relabel with `registerMessages(locale, 'limit-calculator', { … })`. Amounts, numbers and dates
 * reach these functions already formatted for the reader.
 */
const en = {
  title: 'Credit limit',
  /** In place of the path to yes when its code could not be loaded. */
  pathUnavailable: 'The path to yes could not be loaded.',
  context: (customer: string, asOf: string) => `${customer} · as of ${asOf}`,
  form: {
    title: 'What-if inputs',
    intro: 'Change any value to see the limit it earns. Nothing is saved.',
    fields: {
      grade: 'Grade',
      effectiveAssets: 'Effective assets',
      totalAssets: 'Total assets',
      totalLiabilities: 'Total liabilities',
      existingFinancing: 'Existing financing balance',
      requested: 'Requested amount',
      establishedOn: 'Established on',
      paidInCapital: 'Paid-in capital',
      collateralValue: 'Collateral value',
    },
    hints: {
      effectiveAssets: 'Total assets net of hard-to-realise items.',
      requested: 'Leave empty to grant the maximum.',
      paidInCapital: 'Caps the maximum of a company established less than one year.',
      collateralValue: "Appraised value (the policy's pledge ratio gives the pledged value); leave empty if there is none.",
    },
    chooseGrade: 'Choose a grade',
    /** The unit after an amount field's label. */
    amountUnit: {
      yuan: (currency: string) => currency,
      wan: (currency: string) => `${currency} × 10,000`,
    },
    reset: 'Reset to customer data',
  },
  problems: {
    negative: 'Enter an amount of zero or more.',
    tooManyDecimals: (places: number) => `Use at most ${places} decimal places.`,
    effectiveAboveTotal: 'Effective assets cannot be more than total assets.',
    establishedAfterAsOf: (asOf: string) => `The date cannot be after the as-of date, ${asOf}.`,
    paidInCapitalRequired: 'Required for a company established less than one year ago.',
  },
  results: {
    title: 'Result',
    maximum: 'Maximum comprehensive credit limit',
    granted: 'Granted limit',
    exactly: (amount: string) => `exactly ${amount}`,
    stale: 'Out of date: correct the highlighted fields to update the result.',
    noResult: 'Enter valid values to see the limit.',
    calculationFailed: "The host's credit policy cannot compute a limit for these values.",
  },
  rating: {
    title: 'Rating',
    grade: 'Grade',
    meaning: 'Policy',
    score: 'Score',
    scoreValue: (score: string) => `${score} / 100`,
    ratedOn: (grade: string, date: string) => `Rated ${grade} on ${date}.`,
    whatIf: (grade: string) => `What-if grade; the customer is rated ${grade}.`,
    stances: {
      market: 'Market actively; unsecured credit allowed.',
      support: 'Support actively.',
      conditional: 'Support where willingness and capacity to repay are shown.',
      maintain: 'No new credit relationship; keep the existing one and exit when possible: orders within the limit go ahead with a warning.',
      exit: 'Prepare an exit plan and exit.',
    },
  },
  caps: {
    title: 'Caps applied',
    none: 'No cap applied: the formula gives the limit.',
    negativeFormula: (bracket: string) =>
      `Existing financing + effective assets × 7/3 − total liabilities × 10/3 is negative (${bracket}): a negative result means no credit, so the maximum is 0.`,
    noTotalAssets: 'Total assets are 0, so there is no debt ratio: the debt-ratio coefficient is 0 and so is the maximum.',
    debtRatioAboveRanges: (ratio: string, lastUpTo: string) =>
      `The debt ratio, ${ratio}, is above the policy's last range (up to ${lastUpTo}): the debt-ratio coefficient is 0 and so is the maximum.`,
    newCompany: (established: string, paidInCapital: string) =>
      `Founded or in production less than one year ago (${established}): the maximum may not exceed the paid-in capital, ${paidInCapital}.`,
    gradeMaximum: (grade: string, amount: string) => `The maximum may not exceed the debt capacity of grade ${grade}, ${amount}.`,
    debtCapacity: (amount: string) => `The maximum may not exceed the customer's theoretical maximum debt capacity measured by the rating firm, ${amount}.`,
    newCompanyCollateral: (pledged: string) =>
      `Founded or in production less than one year: the granted limit rests on sufficient collateral, at most its appraised value × pledge ratio, ${pledged}.`,
    requestedAboveMaximum: (requested: string, maximum: string) =>
      `The requested amount, ${requested}, is above the maximum: at most the maximum, ${maximum}, is granted.`,
    collateral: (collateral: string) => `The granted limit may not exceed the pledged collateral (appraised value × pledge ratio), ${collateral}.`,
    other: (code: string) => `Capped by the policy (${code}).`,
  },
  working: {
    title: 'How it is worked out',
    step: 'Step',
    value: 'Value',
    debtRatio: 'Debt ratio',
    gradeCoefficient: 'Grade coefficient',
    debtRatioCoefficient: 'Debt-ratio coefficient',
    noDebtRatio: 'none (total assets are 0)',
    labels: {
      existingFinancing: 'Existing financing balance',
      effectiveAssetsTimes7Over3: 'Effective assets × 7/3',
      liabilitiesTimes10Over3: 'Total liabilities × 10/3',
      bracket: 'Existing financing + effective assets × 7/3 − total liabilities × 10/3',
      gradeCoefficient: (grade: string) => `Grade coefficient (${grade})`,
      debtRatio: 'Debt ratio (total liabilities ÷ total assets)',
      debtRatioCoefficient: 'Debt-ratio coefficient',
      formulaResult: 'Bracket × grade coefficient × debt-ratio coefficient, rounded down to the cent',
      floorAtZero: 'A negative result means no credit',
      newCompanyCap: 'Founded or in production less than one year: capped at the paid-in capital',
      debtCapacityCap: 'Capped at the theoretical maximum debt capacity',
      gradeMaximumCap: (grade: string) => `Capped at the debt capacity of grade ${grade}`,
      maximum: 'Maximum comprehensive credit limit',
      requested: 'Requested amount',
      collateralValue: 'Pledged collateral (appraised value × pledge ratio)',
      granted: 'Granted limit',
    },
    gradeFallback: (grade: string, base: string) => `${grade} uses the coefficient of ${base}`,
    debtRatioInRange: (upTo: string) => `debt ratio up to ${upTo}`,
    debtRatioAboveRanges: (upTo: string) => `debt ratio above the last range (${upTo})`,
    noTotalAssets: 'total assets are 0',
    newCompany: (established: string, asOf: string) => `established ${established}, as of ${asOf}`,
  },
  exposure: {
    title: 'Current exposure',
    grantedOnRecord: 'Granted limit on record',
    used: 'Used',
    available: 'Available',
    utilisation: 'Utilisation',
    utilisationText: (percent: string) => `${percent} of the granted limit used`,
    noLimit: 'No limit granted',
    overLimit: (amount: string) => `Over the limit by ${amount}`,
    noLimitOver: (amount: string) => `No limit granted — over the limit by the whole exposure (${amount})`,
    nearLimit: (threshold: string) => `At or above the warning level of ${threshold}`,
    counted: 'Counted as used',
    components: {
      openReceivables: 'Open receivables',
      openOrders: 'Open orders',
      undelivered: 'Undelivered orders',
      specialItems: 'Special items',
    },
    whatIfAvailable: (amount: string) => `Available if the calculated limit were granted: ${amount}`,
  },
  summary: { title: 'Based on' },
  /** Rating source, settlement by standing and what a new order meets (rules in core). */
  terms: {
    source: {
      label: 'Rating source',
      'in-house': 'In-house rating by the customer manager (allowed up to 1,000,000 of intended financing, at most AA)',
      external: 'Recognised external rating, accepted as is',
      commissioned: 'Commissioned rating',
      issuer: (issuer: string) => `issued by ${issuer}`,
    },
    settlement: 'Settlement methods allowed',
    standing: { poor: 'Poor credit standing: cash only.', fair: 'Fair standing (or good but not yet verified): cash or bank acceptance bill.', good: 'Good, strong standing: installments and open credit too.' },
    methods: { cash: 'Cash', bank_acceptance_bill: 'Bank acceptance bill', installments: 'Installments', open_credit: 'Open credit sale' },
    openCredit: (days: number) => `Installments and open credit: a term of at most ${days} days, the granted limit as the cumulative cap, and the old balance cleared before new goods ship.`,
    cashDiscount: (terms: string) => `Cash discount for early payment: ${terms}.`,
    order: 'New orders',
    orderStatus: { ok: 'Allowed.', warning: 'Allowed, with a warning:', blocked: 'Stopped:' },
    reasons: {
      blacklisted: 'The customer is on the blacklist.',
      'limit-exceeded': 'The granted limit (maximum credit sale) is used up: no shipment.',
      'overdue-amount': 'The overdue amount is above the policy maximum.',
      'overdue-days': (days: number, grace: number) => `An item is ${days} days past its due date (grace ${grace} days): stop supply and collect; clear the old balance before shipping new goods.`,
      'past-max-credit-period': 'An item is past the maximum credit period: stop supply and collect.',
      'grade-no-new-credit': 'This grade allows no new credit relationship.',
      'grade-exit': 'This grade calls for an exit plan and exit.',
      'grade-maintain': 'Maintain the existing relationship and exit when possible.',
      'settlement-method': 'The settlement method is outside what the standing allows.',
      utilisation: 'Utilisation is at or past the warning threshold.',
    },
  },
};

export type LimitCalculatorMessages = typeof en;

export const limitCalculatorMessages = defineMessages('limit-calculator', { en }, { 'zh-CN': () => import('./limit-calculator.messages.zh-CN.js') });
