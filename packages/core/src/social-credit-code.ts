/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and upper-case letters without I, O, S, V, Z); the last is a check character
 * computed from the first 17 with weights 3^i mod 31.
 */

export const SOCIAL_CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Why a code is not valid, or `null` when it is. */
export type SocialCreditCodeProblem = 'length' | 'characters' | 'check-character';

/** Check character for the first 17 characters (which must be in the alphabet). */
export function socialCreditCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += SOCIAL_CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return SOCIAL_CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a code; returns the problem or `null`. Lower-case letters are not accepted. */
export function socialCreditCodeProblem(code: string): SocialCreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!SOCIAL_CREDIT_CODE_ALPHABET.includes(ch)) return 'characters';
  return socialCreditCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check-character';
}

export function isSocialCreditCode(code: unknown): code is string {
  return typeof code === 'string' && socialCreditCodeProblem(code) === null;
}
