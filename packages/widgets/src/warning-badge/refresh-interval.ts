/** Shortest refresh interval honoured, in seconds: shorter ones are raised to it (protects the backend). */
export const MIN_REFRESH_SECONDS = 1;

/**
 * `refresh-interval` in seconds → milliseconds: 0 (no polling) for absent, zero, negative or
 * non-numeric values; at least `MIN_REFRESH_SECONDS`.
 */
export function refreshIntervalMs(seconds: number | null | undefined): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.round(Math.max(seconds, MIN_REFRESH_SECONDS) * 1000);
}
