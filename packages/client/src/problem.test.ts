import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { problemDetailsSchema } from '@credit-kit/core/lean';
import { readProblem } from './problem.js';

describe('readProblem', () => {
  it('takes a valid problem document whole, extension members included', () => {
    const body = { type: 'https://errors.example/limit', title: 'Over limit', status: 422, errors: [{ path: 'a', code: 'x', message: 'bad' }], traceId: 't1' };
    expect(readProblem(422, 'Unprocessable', 'application/problem+json', JSON.stringify(body))).to.deep.equal(body);
  });

  it('keeps the usable members of a sloppy document', () => {
    const body = { title: 'Invalid', status: '422', detail: 7, errors: [{ path: 'a', code: 'x', message: 'bad' }, { path: 1 }] };
    expect(readProblem(422, '', 'application/json', JSON.stringify(body))).to.deep.equal({
      title: 'Invalid',
      status: 422,
      errors: [{ path: 'a', code: 'x', message: 'bad' }],
    });
  });

  it('uses plain text as the detail but ignores HTML', () => {
    expect(readProblem(502, 'Bad Gateway', 'text/plain; charset=utf-8', 'upstream reset')).to.deep.equal({
      status: 502,
      title: 'Bad Gateway',
      detail: 'upstream reset',
    });
    expect(readProblem(502, '', 'text/html', '<h1>502</h1>')).to.deep.equal({ status: 502, title: 'HTTP 502' });
  });

  it('keeps the extension members of a sloppy document too', () => {
    const body = { title: 7, refusals: [{ message: 'over your approval level' }] };
    expect(readProblem(403, 'Forbidden', 'application/problem+json', JSON.stringify(body))).to.deep.equal({
      status: 403,
      title: 'Forbidden',
      refusals: [{ message: 'over your approval level' }],
    });
  });

  it('reads every document that core\'s problemDetailsSchema accepts as the schema parses it', () => {
    const text = fc.oneof({ weight: 12, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.integer() }, { weight: 1, arbitrary: fc.constant(null) });
    const entry = fc.oneof({ weight: 12, arbitrary: fc.record({ path: text, code: text, message: text, extra: fc.integer() }, { requiredKeys: ['path', 'code', 'message'] }) }, { weight: 1, arbitrary: text });
    const document = fc.record(
      {
        type: text,
        title: text,
        status: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 100, max: 599 }) }, { weight: 1, arbitrary: fc.double() }, { weight: 1, arbitrary: text }),
        detail: text,
        instance: text,
        errors: fc.oneof({ weight: 12, arbitrary: fc.array(entry, { maxLength: 3 }) }, { weight: 1, arbitrary: text }),
        traceId: text,
        refusals: fc.array(fc.record({ message: text }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(document, (body) => {
        const parsed = problemDetailsSchema.safeParse(body);
        if (!parsed.success) return;
        accepted++;
        const read = readProblem(418, 'Teapot', 'application/problem+json', JSON.stringify(body));
        const expected = { ...parsed.data, status: parsed.data.status ?? 418, ...(parsed.data.title === undefined && parsed.data.detail === undefined ? { title: 'Teapot' } : {}) };
        expect(read).to.deep.equal(expected);
      }),
      { numRuns: 600 },
    );
    expect(accepted, 'documents the schema accepted').to.be.greaterThan(20);
  });
});
