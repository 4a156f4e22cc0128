import fc from 'fast-check';

/** Decimal strings as the contract allows them (≤ 24 integer digits, ≤ 10 places), either sign, zeros on both ends. */
export const contractDecimalString = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,24}$/), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
  .map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`);

/** Signed decimal strings of up to 17 digits and 3 places, so some cross the safe-integer limit. */
export const signedAmountString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: 0, max: 3 }))
  .map(([negative, n, places]) => {
    const digits = n.toString().padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative ? `-${text}` : text;
  });
