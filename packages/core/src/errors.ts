/** One problem with one input value: where it is and what is wrong, in plain words. */
export interface ValidationIssue {
  /** Dotted path to the offending value, e.g. `items[3].amount`; empty for the input itself. */
  readonly path: string;
  /** Stable machine code (`required`, `invalid_type`, `invalid_format`, `too_small`, …) for i18n. */
  readonly code: string;
  /** English sentence describing the problem, e.g. `must be a decimal amount such as "1234.56"`. */
  readonly message: string;
}

/** Base class of every error Credit Kit throws, so a host can catch them all with one `instanceof`. */
export class CreditKitError extends Error {
  override name = 'CreditKitError';
}

/** An input failed its schema. `issues` names each offending path and why. */
export class CreditKitValidationError extends CreditKitError {
  override name = 'CreditKitValidationError';
  readonly issues: readonly ValidationIssue[];
  /** What was being validated, e.g. `computeCreditLimit input`. */
  readonly subject: string;

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    super(`Invalid ${subject}: ${issues.map(formatIssue).join('; ')}`);
    this.subject = subject;
    this.issues = issues;
  }
}

/** The input is well-formed, but a business rule forbids the operation (e.g. in-house rating past its cap). */
export class CreditKitRuleError extends CreditKitError {
  override name = 'CreditKitRuleError';
  /** Stable code of the rule, e.g. `internal-rating-financing-limit`. */
  readonly rule: string;

  constructor(rule: string, message: string) {
    super(message);
    this.rule = rule;
  }
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path} ${issue.message}` : issue.message;
}
