import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '../errors.js';

/** Runs `fn`, which must throw a `CreditKitValidationError`, and returns that error. */
export function validationError(fn: () => unknown): CreditKitValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(CreditKitValidationError);
    return error as CreditKitValidationError;
  }
  throw new Error('expected a CreditKitValidationError');
}

/** The paths an error names, e.g. `['items[2].dueDate']`. */
export const paths = (error: CreditKitValidationError): string[] => error.issues.map((i) => i.path);
