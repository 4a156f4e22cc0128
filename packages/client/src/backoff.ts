/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): delta-seconds (`"120"`) or an HTTP-date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`). Returns the wait in milliseconds (0 for a date in the past),
 * or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with a weekday name; anything else
  // ("-5", "1.5", "soon") is not a valid header, even where Date.parse would guess at it.
  if (!/^[A-Za-z]{3,9},?\s/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
 * attempt n (1-based, the attempt that just failed) waits a uniformly random time in
 * `[0, min(maxDelayMs, baseDelayMs · 2^(n-1)))`, so simultaneous clients spread out.
 */
export function backoffDelay(
  failedAttempt: number,
  settings: { baseDelayMs: number; maxDelayMs: number; random: () => number },
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.floor(settings.random() * ceiling);
}
