import { readFileSync } from 'node:fs';
import type { Authenticate, Principal } from '../context.js';
import { bearerToken, toPrincipal } from './principal.js';

/**
 * `--tokens FILE`: a JSON object mapping bearer tokens to principals, e.g.
 * `{ "tok-sales-1": { "subject": "u1", "roles": ["sales"], "customers": ["C001"] } }`.
 * Read once at start; a malformed entry stops the start with its token's position named.
 */
export function tokensFromFile(file: string): Authenticate {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--tokens ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return tokensFromObject(parsed, `--tokens ${file}`);
}

export function tokensFromObject(parsed: unknown, source = 'tokens'): Authenticate {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${source}: must be a JSON object of token → principal`);
  const principals = new Map<string, Principal>();
  for (const [index, [token, value]] of Object.entries(parsed as Record<string, unknown>).entries()) {
    const principal = toPrincipal(value);
    if (typeof principal === 'string') throw new Error(`${source}: entry ${index + 1} ${principal}`);
    principals.set(token, principal);
  }
  return async (request) => {
    const token = bearerToken(request);
    return (token !== undefined && principals.get(token)) || null;
  };
}
