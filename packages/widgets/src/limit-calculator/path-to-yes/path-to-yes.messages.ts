/**
 * Text of the path to yes (core's `pathToYes` in words), shown by `<ck-limit-calculator>` and by
 * the limit request of `<ck-credit-check>`. Amounts, ratios and coefficients arrive formatted. It
 * comes with the path to yes's part (`path-to-yes-part.ts` defines the bundle, `path-to-yes`), so a
 * page loads it the first time a path to yes is shown; the line said when the part cannot load is
 * each widget's own (`pathUnavailable`).
 */
export const pathToYesEnglish = {
  heading: 'The path to yes',
  intro: (requested: string, today: string, shortfall: string) =>
    `${requested} is above what the limit rule allows today (${today}), by ${shortfall}. Any one of these changes would make it approvable:`,
  withinRule: (requested: string, today: string) => `${requested} is within what the limit rule allows today (up to ${today}).`,
  today: 'Largest amount approvable today',
  noneAlone: 'No single change reaches the amount: ask for at most the amount approvable today, or combine changes.',
  label: (lever: string) => `${lever}:`,
  levers: {
    collateral: 'Collateral',
    liabilities: 'Liabilities',
    grade: 'Grade',
    paidInCapital: 'Paid-in capital',
  },
  collateral: (change: string, ratio: string) => `Pledge collateral appraised at ${change}, counted at a pledge ratio of ${ratio}.`,
  collateralWorking: (change: string, ratio: string, from: string, to: string, granted: string) =>
    `Pledged collateral ${from} + ${change} × ${ratio} → ${to}; granted limit ${granted}.`,
  liabilities: (change: string, from: string, to: string) => `Pay down ${change} of liabilities, from ${from} to ${to} (funded by new equity: assets unchanged).`,
  liabilitiesWorking: (to: string, totalAssets: string, ratio: string, coefficient: string, granted: string) =>
    `Debt ratio ${to} ÷ ${totalAssets} = ${ratio}, debt-ratio coefficient ${coefficient}; granted limit ${granted}.`,
  nextBand: (paydown: string, ratio: string, coefficient: string, granted: string) =>
    `Paying down ${paydown} reaches the next debt-ratio band (debt ratio ${ratio}, coefficient ${coefficient}): a granted limit of ${granted}.`,
  grade: (to: string, from: string) => `A grade of ${to} (rated ${from} now).`,
  gradeWorking: (grade: string, coefficient: string, granted: string) => `Grade coefficient of ${grade}: ${coefficient}; granted limit ${granted}.`,
  paidInCapital: (change: string, to: string) => `Raise paid-in capital by ${change}, to ${to}.`,
  paidInCapitalWorking: (maximum: string, granted: string) =>
    `A company founded or in production less than a year: the maximum may not exceed the paid-in capital. Maximum ${maximum}; granted limit ${granted}.`,
  notAchievable: {
    collateral: 'More collateral alone does not reach the amount: the maximum caps it.',
    liabilities: 'Paying down liabilities alone does not reach the amount.',
    grade: 'No better grade alone reaches the amount.',
    paidInCapital: 'More paid-in capital alone does not reach the amount.',
  },
};

export type PathToYesMessages = typeof pathToYesEnglish;
