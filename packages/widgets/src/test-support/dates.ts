/** The as-of day of the widget tests (also the mock backend's default): fixed, so no rule depends on the day tests run. */
export const AS_OF = '2026-11-25';

/** `YYYY-MM-DD` of `offset` days from `asOf` (UTC arithmetic, independent of the code under test). */
export function dayFrom(asOf: string, offset: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}
