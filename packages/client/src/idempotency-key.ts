import { CreditKitError } from '@credit-kit/core/lean';

/**
 * A fresh idempotency key (a random version-4 UUID) for `submitApplication`. Make one per draft
 * and reuse it for every submission of that draft: a retried or double-clicked submission then
 * creates exactly one application. Uses `crypto.randomUUID` where available (secure contexts)
 * and builds the UUID from `crypto.getRandomValues` elsewhere (e.g. a portal served over plain http).
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new CreditKitError('newIdempotencyKey: no crypto.getRandomValues in this environment');
  }
  return uuidFromBytes(crypto.getRandomValues(new Uint8Array(16)));
}

/** Formats 16 random bytes as a version-4, variant-1 UUID (RFC 9562 §5.4). */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
