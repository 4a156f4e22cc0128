/**
 * Exact sums of decimal strings in BigInt (no decimal.js): an amount with at most `scale` decimal
 * places is an integer count of 10^-scale. Aging only adds and subtracts, so this is exact at any
 * size; property tests prove the results equal decimal.js's (age-receivables.property.test.ts).
 */

/** Decimal places of a plain decimal string (`"12.50"` → 2). */
export function placesOf(amount: string): number {
  const dot = amount.indexOf('.');
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/** A plain decimal string with at most `scale` places (optionally negative) in units of 10^-scale. */
export function toScaled(amount: string, scale: number): bigint {
  const negative = amount.startsWith('-');
  const body = negative ? amount.slice(1) : amount;
  const dot = body.indexOf('.');
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  if (fraction.length > scale) throw new RangeError(`${amount} has more than ${scale} decimal places`);
  const units = BigInt((dot < 0 ? body : body.slice(0, dot) || '0') + fraction.padEnd(scale, '0'));
  return negative ? -units : units;
}

/**
 * `value` (in units of 10^-from) written with exactly `scale` places, as `toMoneyString` writes a
 * Decimal: `-0` is `0`. Exact or nothing: throws when `scale` would drop a digit that is not 0.
 */
export function formatScaled(value: bigint, from: number, scale = from): string {
  let units = value;
  if (scale < from) {
    const divisor = 10n ** BigInt(from - scale);
    if (units % divisor !== 0n) throw new RangeError(`${value}e-${from} does not fit ${scale} decimal places`);
    units /= divisor;
  } else if (scale > from) units *= 10n ** BigInt(scale - from);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A running exact sum of decimal strings of any scale (it widens as places come in). */
export class ExactSum {
  #units = 0n;
  #scale = 0;

  add(amount: string): this {
    const places = placesOf(amount);
    if (places > this.#scale) {
      this.#units *= 10n ** BigInt(places - this.#scale);
      this.#scale = places;
    }
    this.#units += toScaled(amount, this.#scale);
    return this;
  }

  /** The sum with exactly `scale` places (at least as many as any amount added). */
  format(scale: number): string {
    return formatScaled(this.#units, this.#scale, scale);
  }
}
