/**
 * Exact arithmetic on decimal strings that needs no Decimal: comparing two amounts, moving the
 * decimal point by a power of ten (万 is 10^4), and writing a number's shortest digits without an
 * exponent. Inputs are validated decimal strings (`-?\d+(\.\d+)?`, see `DECIMAL_PATTERN`); results
 * are what decimal.js gives (`compare` ≡ `Decimal#cmp`, `shiftDecimalString(v, n)` ≡
 * `new Decimal(v).times(10 ** n).toFixed()`), property-tested against it in decimal-string.test.ts.
 * They let a page that only shows amounts (the warning badge) stay without decimal.js.
 */

interface Parts {
  readonly negative: boolean;
  /** Digits without leading or trailing zeros beyond the point: `"12345"` of `"-123.450"`. */
  readonly digits: string;
  /** Where the point goes: the value is `0.digits × 10^exponent`. */
  readonly exponent: number;
}

function parts(value: string): Parts {
  const text = value.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new TypeError(`not a decimal string: ${JSON.stringify(value)}`);
  const integer = match[2] ?? '';
  const fraction = match[3] ?? '';
  let digits = integer + fraction;
  let exponent = integer.length + Number(match[4] ?? 0);
  const lead = /^0*/.exec(digits)![0].length;
  digits = digits.slice(lead);
  exponent -= lead;
  digits = digits.replace(/0+$/, '');
  if (digits === '') return { negative: false, digits: '', exponent: 0 };
  return { negative: match[1] === '-', digits, exponent };
}

function plain({ negative, digits, exponent }: Parts): string {
  if (digits === '') return '0';
  let text: string;
  if (exponent <= 0) text = `0.${'0'.repeat(-exponent)}${digits}`;
  else if (exponent >= digits.length) text = digits + '0'.repeat(exponent - digits.length);
  else text = `${digits.slice(0, exponent)}.${digits.slice(exponent)}`;
  return negative ? `-${text}` : text;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b` (exact; `"1.50"` equals `"1.5"`, `"-0"` equals `"0"`). */
export function compareDecimalStrings(a: string, b: string): -1 | 0 | 1 {
  const x = parts(a);
  const y = parts(b);
  const sign = (p: Parts) => (p.digits === '' ? 0 : p.negative ? -1 : 1);
  if (sign(x) !== sign(y)) return sign(x) < sign(y) ? -1 : 1;
  if (sign(x) === 0) return 0;
  let magnitude: -1 | 0 | 1;
  if (x.exponent !== y.exponent) magnitude = x.exponent < y.exponent ? -1 : 1;
  else {
    const width = Math.max(x.digits.length, y.digits.length);
    const dx = x.digits.padEnd(width, '0');
    const dy = y.digits.padEnd(width, '0');
    magnitude = dx === dy ? 0 : dx < dy ? -1 : 1;
  }
  return (x.negative ? -magnitude : magnitude) as -1 | 0 | 1;
}

/**
 * `value × 10^power`, exactly, as plain digits without trailing zeros (`shiftDecimalString("12345.6", -4)`
 * is `"1.23456"`: yuan to 万). Negative zero is `"0"`.
 */
export function shiftDecimalString(value: string, power: number): string {
  if (!Number.isInteger(power)) throw new RangeError(`power must be an integer: ${power}`);
  const p = parts(value);
  return plain(p.digits === '' ? p : { ...p, exponent: p.exponent + power });
}

/**
 * A finite number as a plain decimal string of its shortest round-tripping digits
 * (`Number#toString` without the exponent form): `1e21` → `"1000000000000000000000"`, `1e-7` → `"0.0000001"`.
 */
export function numberToPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return plain(parts(String(value)));
}
