/**
 * Amounts inside the mock are integer minor units (cents) held in plain numbers: exact as long as
 * they stay within `Number.MAX_SAFE_INTEGER` (about 90 trillion yuan), which generated data never
 * approaches. On the wire they become decimal strings with 2 places.
 */

/** Cents → `"1234.56"` (negative amounts keep their sign). */
export function centsToString(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const units = Math.floor(abs / 100);
  const fraction = abs - units * 100;
  return `${negative ? '-' : ''}${units}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Rounds a float amount in yuan to whole cents (only for generating data, never for arithmetic on served amounts). */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** Rounds a float amount in yuan to a "round" figure: whole thousands, or whole tens of thousands above a million. */
export function roundAmountCents(amount: number): number {
  const step = amount >= 1_000_000 ? 10_000 : 1_000;
  return Math.max(step, Math.round(amount / step) * step) * 100;
}

/** `"1234.56"` (at most 2 decimal places, optional minus) → cents, without going through a float. */
export function stringToCents(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new RangeError(`Not an amount with at most 2 decimals: ${amount}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}
