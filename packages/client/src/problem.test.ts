import { expect } from '@open-wc/testing';
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
});
