import { createRemoteJWKSet, importSPKI, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import type { Authenticate } from '../context.js';
import { bearerToken, toPrincipal } from './principal.js';

export interface JwtOptions {
  /** HS256 shared secret. */
  readonly secret?: string;
  /** RS256 public key (SPKI PEM). */
  readonly publicKey?: string;
  /** JWKS URL (RS256/ES256 keys by `kid`). */
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** Claim holding the roles (a list or a space/comma-separated string); default `roles`. */
  readonly rolesClaim?: string;
  /** Claim holding the customer ids in scope; default `customers`. Absent claim: no customer restriction beyond the roles. */
  readonly customersClaim?: string;
}

/** Verifies `Authorization: Bearer <JWT>` with jose; the principal is `sub`, roles and customers from claims. */
export async function jwtAuthenticator(options: JwtOptions): Promise<Authenticate> {
  let key: Uint8Array | CryptoKey | JWTVerifyGetKey;
  let algorithms: string[];
  if (options.jwksUrl) {
    key = createRemoteJWKSet(new URL(options.jwksUrl));
    algorithms = ['RS256', 'ES256', 'PS256'];
  } else if (options.publicKey) {
    key = await importSPKI(options.publicKey, 'RS256');
    algorithms = ['RS256'];
  } else if (options.secret) {
    key = new TextEncoder().encode(options.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('JWT auth needs a secret (HS256), a public key (RS256) or a JWKS URL');
  }
  const claims = { subject: 'sub', roles: options.rolesClaim ?? 'roles', customers: options.customersClaim ?? 'customers' };
  return async (request) => {
    const token = bearerToken(request);
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        algorithms,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      });
      const principal = toPrincipal(payload, claims);
      return typeof principal === 'string' ? null : principal;
    } catch {
      return null;
    }
  };
}
