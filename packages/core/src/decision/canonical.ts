/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, `undefined` members left
 * out, numbers as `JSON.stringify` writes them. For the values receipts hold (strings, booleans,
 * integers, decimals as strings) this is the JSON Canonicalization Scheme (RFC 8785).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no form for the number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
}

// Core builds against ES2022 only (no DOM, no Node types): the two Web APIs it uses, as far as it uses them.
declare const TextEncoder: { new (): { encode(text: string): Uint8Array } };
interface WebCrypto {
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`, by Web Crypto (Node 20 and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await (globalThis as unknown as { crypto: WebCrypto }).crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A policy's version when the host gives none: `sha256:` and the first 16 hex digits of its canonical digest. */
export async function policyDigestVersion(rules: unknown): Promise<string> {
  return `sha256:${(await sha256Hex(canonicalJson(rules))).slice(0, 16)}`;
}
