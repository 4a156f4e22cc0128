import { expect } from '@open-wc/testing';
import { buildOpenApiDocument } from './openapi.js';
import { ENDPOINTS } from './endpoints.js';

type Json = Record<string, any>;

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else collectRefs(value, out);
    }
  }
  return out;
}

describe('OpenAPI contract', () => {
  const doc = buildOpenApiDocument() as Json;

  it('docs/openapi.json is exactly what the core schemas generate (run `npm run contract` after changing a schema)', async () => {
    const response = await fetch('/docs/openapi.json');
    expect(response.ok, 'docs/openapi.json is served').to.equal(true);
    const checkedIn = await response.json();
    expect(checkedIn).to.deep.equal(JSON.parse(JSON.stringify(doc)));
  });

  it('is OpenAPI 3.1 and lists every endpoint of the contract under its method', () => {
    expect(doc.openapi).to.equal('3.1.0');
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method.toLowerCase()];
      expect(op, `${e.method} ${e.path}`).to.be.an('object');
      expect(op.operationId).to.equal(e.id);
    }
    expect(Object.keys(doc.paths)).to.include.members([
      '/customers', '/customers/{id}', '/customers/{id}/financials', '/customers/{id}/credit-profile', '/credit-policy',
      '/credit-applications', '/credit-applications/{id}', '/customers/{id}/warning', '/warnings', '/receivables', '/receivables/aging',
    ]);
  });

  it('resolves every $ref to a component schema', () => {
    const refs = collectRefs(doc);
    expect(refs.length).to.be.greaterThan(20);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas[name], ref).to.be.an('object');
    }
  });

  it('describes amounts on the wire as decimal strings, never numbers', () => {
    const policy = doc.components.schemas.CreditPolicy;
    const weight = policy.properties.rating.properties.weights.properties.impression;
    expect(weight).to.include({ type: 'string' });
    expect(new RegExp(weight.pattern).test('0.2')).to.equal(true);
    expect(new RegExp(weight.pattern).test('-0.2')).to.equal(false);
    const amount = doc.components.schemas.Receivable.properties.amount;
    expect(amount.type).to.equal('string');
    expect(JSON.stringify(doc.components.schemas)).not.to.include('"type":"number","pattern"');
  });

  it('answers errors as problem details and documents idempotency on submission', () => {
    const submit = doc.paths['/credit-applications'].post;
    expect(submit.parameters.map((p: Json) => p.name)).to.include('Idempotency-Key');
    expect(submit.responses['422'].content['application/problem+json'].schema.$ref).to.equal('#/components/schemas/ProblemDetails');
    expect(doc.components.schemas.ProblemDetails.properties.errors.type).to.equal('array');
  });
});
