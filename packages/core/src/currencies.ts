/**
 * ISO 4217 currencies in circulation (funds codes included, precious metals, test and special
 * drawing codes excluded: no one is granted credit in them), with their minor units — the number
 * of decimals an amount in that currency may have.
 */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DECIMALS = 'CLF UYW';
const TWO_DECIMALS =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW ' +
  'CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ' +
  'ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR ' +
  'MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP ' +
  'STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL';

const MINOR_UNITS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ...TWO_DECIMALS.split(' ').map((code) => [code, 2] as const),
  ...ZERO_DECIMALS.split(' ').map((code) => [code, 0] as const),
  ...THREE_DECIMALS.split(' ').map((code) => [code, 3] as const),
  ...FOUR_DECIMALS.split(' ').map((code) => [code, 4] as const),
]);

/** Whether `code` is an ISO 4217 currency in circulation (`CNY` yes, `XYZ` no). */
export function isIsoCurrency(code: string): boolean {
  return MINOR_UNITS.has(code);
}

/** Decimals an amount in `currency` may carry (CNY 2, JPY 0, KWD 3); undefined for an unknown code. */
export function currencyMinorUnits(currency: string): number | undefined {
  return MINOR_UNITS.get(currency);
}
