/**
 * Exact decimal strings as integer minor units, for the hot loops of sorting and summing
 * 100,000 rows: a `number` while it is a safe integer, else a `bigint`. Never a float of money.
 */

const ZEROS = '000000000000000000000000000000';

function zeros(n: number): string {
  return n <= ZEROS.length ? ZEROS.slice(0, n) : '0'.repeat(n);
}

/** Decimal places of a decimal string (`"12.50"` → 2). */
export function placesOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** The digits of `value × 10^scale` with sign, or `undefined` when `value` has more places than `scale`. */
function scaledDigits(value: string, scale: number): string | undefined {
  const dot = value.indexOf('.');
  if (dot < 0) return value + zeros(scale);
  const places = value.length - dot - 1;
  if (places > scale) return undefined;
  return value.slice(0, dot) + value.slice(dot + 1) + zeros(scale - places);
}

/** `value × 10^scale` as a safe integer, or `NaN` when it is not one (too large, or too many places). */
export function minorUnits(value: string, scale: number): number {
  const digits = scaledDigits(value, scale);
  if (digits === undefined) return NaN;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : NaN;
}

/** `value × 10^scale` exactly, as a bigint (throws if `value` has more places than `scale`). */
export function minorUnitsBig(value: string, scale: number): bigint {
  const digits = scaledDigits(value, scale);
  if (digits === undefined) throw new RangeError(`${value} has more than ${scale} decimal places`);
  return BigInt(digits);
}

/** Minor units back to a decimal string with exactly `scale` places (`-5`, 2 → `"-0.05"`). */
export function fromMinorUnits(units: number | bigint, scale: number): string {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (scale === 0) return `${negative && digits !== '0' ? '-' : ''}${digits}`;
  if (digits.length <= scale) digits = zeros(scale - digits.length + 1) + digits;
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && /[1-9]/.test(digits) ? `-${text}` : text;
}

/** Whether a decimal string is not zero. */
export function isNonZero(value: string): boolean {
  return /[1-9]/.test(value);
}

/** Whether a decimal string is greater than zero. */
export function isPositive(value: string): boolean {
  return value.charCodeAt(0) !== 45 /* - */ && /[1-9]/.test(value);
}

/**
 * An exact running sum of decimal strings at a fixed scale: integer arithmetic in a `number`
 * while the sum stays a safe integer, switching to `bigint` before it would not.
 */
export class ExactSum {
  private small = 0;
  private big: bigint | undefined;

  constructor(readonly scale: number) {}

  add(value: string): void {
    if (this.big === undefined) {
      const units = minorUnits(value, this.scale);
      if (!Number.isNaN(units) && Math.abs(this.small) + Math.abs(units) <= Number.MAX_SAFE_INTEGER) {
        this.small += units;
        return;
      }
      this.big = BigInt(this.small);
    }
    this.big += minorUnitsBig(value, this.scale);
  }

  /** The sum with exactly `scale` places. */
  toString(): string {
    return fromMinorUnits(this.big ?? this.small, this.scale);
  }
}
