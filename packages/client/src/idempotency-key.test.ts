import { expect } from '@open-wc/testing';
import { newIdempotencyKey, uuidFromBytes } from './idempotency-key.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes distinct version-4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 200 }, newIdempotencyKey));
    expect(keys.size).to.equal(200);
    for (const key of keys) expect(key).to.match(UUID_V4);
  });

  it('falls back on getRandomValues where randomUUID is missing (insecure contexts)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const key = newIdempotencyKey();
      expect(key).to.match(UUID_V4);
      expect(newIdempotencyKey()).not.to.equal(key);
    } finally {
      delete (crypto as unknown as Record<string, unknown>).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('sets the version and variant bits (RFC 9562)', () => {
    expect(uuidFromBytes(new Uint8Array(16))).to.equal('00000000-0000-4000-8000-000000000000');
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
