// The principals the conformance kit's decision checks act as against the server, by bearer token
// (the server has no actor headers): a maker holding every approval role the service knows, an
// analyst, and an approver for the highest level the kit needs (core's default policy lists
// `approver` with `credit_manager`, which covers the kit's 1,500,000.00). Requests without a token
// are the developer, as under `--auth none`.
import { SERVER_MODULE } from '../../test/support.mjs';

const { tokensFromObject, DEVELOPER } = await import(SERVER_MODULE);

export const DECISION_TOKENS = {
  'tok-ck-maker': { subject: 'ck-conformance-maker', roles: ['sales', 'analyst', 'approver'] },
  'tok-ck-analyst': { subject: 'ck-conformance-analyst', roles: ['analyst'] },
  'tok-ck-committee': { subject: 'ck-conformance-committee', roles: ['approver'] },
};

/** `runConformance({ actors })` for the tokens above. */
export const CONFORMANCE_ACTORS = {
  maker: { authorization: 'Bearer tok-ck-maker' },
  analyst: { authorization: 'Bearer tok-ck-analyst' },
  committee: { authorization: 'Bearer tok-ck-committee' },
};

const byToken = tokensFromObject(DECISION_TOKENS);

/** A token of DECISION_TOKENS → its principal; no Authorization header → the developer (every role). */
export async function conformanceAuthentication(request) {
  if (!request.headers.get('authorization')) return DEVELOPER;
  return byToken(request);
}
