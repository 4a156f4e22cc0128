import { expect } from '@open-wc/testing';
import * as core from '@credit-kit/core';
import { ENDPOINTS as CONTRACT } from '@credit-kit/core/contract';
import { WIRE_TARGETS } from '../../../scripts/build/wire-compile.mjs';
import { ENDPOINTS } from './endpoints.js';

/** The zod schema each compiled parser was compiled from (a wire parser stands for its schema). */
const exported = core as unknown as Record<string, unknown>;
const compiledFrom = new Map(WIRE_TARGETS.map(({ schema, parser }) => [exported[parser], exported[schema]]));

/**
 * The client keeps a lean table of its own (no descriptions: they would only weigh on the browser
 * bundle); core's contract table is the one the OpenAPI document and the conformance kit use. This
 * holds the two to the same endpoints, paths, schemas (or the wire parser compiled from it) and
 * caching/retry behaviour.
 */
describe('the client\'s endpoint table against core\'s contract', () => {
  const client = ENDPOINTS as Record<string, (typeof ENDPOINTS)[keyof typeof ENDPOINTS]>;

  it('has exactly the contract\'s endpoints, by operation id', () => {
    expect(Object.keys(client).sort()).to.deep.equal(CONTRACT.map((spec) => spec.id).sort());
  });

  for (const spec of CONTRACT) {
    it(`${spec.id}: same method, path, success schema, ETag and idempotency`, () => {
      const endpoint = client[spec.id]!;
      expect(endpoint, spec.id).to.not.equal(undefined);
      expect(`${endpoint.method} ${endpoint.path}`).to.equal(`${spec.method} ${spec.path}`);
      const success = spec.responses.filter((r) => r.status >= 200 && r.status < 300);
      expect(success.length).to.be.greaterThan(0);
      for (const response of success) {
        const schema = compiledFrom.get(endpoint.schema) ?? endpoint.schema;
        expect(schema === response.schema, `${spec.id} ${response.status} schema`).to.equal(true);
      }
      const servesEtag = success.some((r) => r.headers?.some((h) => h.name === 'ETag'));
      expect(endpoint.conditional, `${spec.id} conditional`).to.equal(servesEtag);
      const idempotent = spec.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key') ?? false;
      expect(endpoint.retry, `${spec.id} retry`).to.equal(spec.method === 'GET' ? 'read' : idempotent ? 'idempotent-write' : 'none');
    });
  }
});
