import { compareDecimalStrings as compare, creditExposure, roundDecimal, shiftDecimalString, type CreditCheckPolicy, type CreditExposure, type CreditProfile, type ExposureComponentsInput } from '@credit-kit/core/lean';

/** What the exposure panel shows: core's `creditExposure` of the profile, and the bar's geometry. */
export interface ExposureView {
  readonly exposure: CreditExposure;
  /** Utilisation in percent, capped at 100, with 2 decimals: the meter's value and the bar's length. */
  readonly meterPercent: string;
  /** The exposure had the calculated granted limit been granted (same currency only). */
  readonly whatIf?: CreditExposure;
}

/** The profile's components, without absent ones. */
function componentsOf(profile: CreditProfile): ExposureComponentsInput {
  const out: ExposureComponentsInput = {};
  for (const [name, amount] of Object.entries(profile.components)) {
    if (amount !== undefined) out[name as keyof ExposureComponentsInput] = amount;
  }
  return out;
}

/**
 * Current exposure from the credit profile (domain.md §4: used = the counted components,
 * available = granted − used, utilisation = used ÷ granted), with core's `creditExposure`.
 *
 * @param whatIfGranted the calculated granted limit, to show what would be available with it
 */
export function exposureView(profile: CreditProfile, policy: CreditCheckPolicy, whatIfGranted?: string): ExposureView {
  const components = componentsOf(profile);
  const exposure = creditExposure({ granted: profile.granted, components }, policy);
  const utilisation = exposure.utilisation ?? (compare(exposure.used, '0') > 0 ? '1' : '0');
  const capped = compare(utilisation, '0') < 0 ? '0' : compare(utilisation, '1') > 0 ? '1' : utilisation;
  const meterPercent = roundDecimal(shiftDecimalString(capped, 2), 2);
  return {
    exposure,
    meterPercent,
    ...(whatIfGranted === undefined ? {} : { whatIf: creditExposure({ granted: whatIfGranted, components }, policy) }),
  };
}
