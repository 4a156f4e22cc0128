import { expect } from '@open-wc/testing';
import { decodeCursor, encodeCursor } from './cursor.js';
import { corsHeaders, isPreflight, preflightResponse, withCors } from './cors.js';
import { etagOf, ifNoneMatchMatches } from './etag.js';
import { malform } from './malformed.js';
import { ProblemError } from './problem.js';

describe('cursor', () => {
  it('round-trips an offset for the same fingerprint, URL-safe', () => {
    for (const offset of [0, 1, 499, 1_000_000]) {
      const cursor = encodeCursor(offset, 'fp');
      expect(cursor).to.match(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, 'fp', 1_000_000)).to.equal(offset);
    }
  });

  it('refuses garbage, another fingerprint and offsets out of range', () => {
    const status = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ProblemError ? e.problem.status : -1;
      }
      return 0;
    };
    expect(status(() => decodeCursor('%%%', 'fp', 10))).to.equal(400);
    expect(status(() => decodeCursor(encodeCursor(3, 'other'), 'fp', 10))).to.equal(400);
    expect(status(() => decodeCursor(encodeCursor(11, 'fp'), 'fp', 10))).to.equal(400);
    expect(status(() => decodeCursor(btoa('{"o":1.5,"f":"fp"}'), 'fp', 10))).to.equal(400);
  });
});

describe('ETag', () => {
  it('is a quoted hash that changes with the body', () => {
    expect(etagOf('{"a":1}')).to.match(/^"[0-9a-f]{16}"$/);
    expect(etagOf('{"a":1}')).not.to.equal(etagOf('{"a":2}'));
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const tag = '"abc"';
    expect(ifNoneMatchMatches(null, tag)).to.equal(false);
    expect(ifNoneMatchMatches('"abc"', tag)).to.equal(true);
    expect(ifNoneMatchMatches('W/"abc"', tag)).to.equal(true);
    expect(ifNoneMatchMatches('"x", "abc"', tag)).to.equal(true);
    expect(ifNoneMatchMatches('*', tag)).to.equal(true);
    expect(ifNoneMatchMatches('"abcd"', tag)).to.equal(false);
  });
});

describe('malform', () => {
  const ok = () => new Response('{"items":[{"id":"C001","total":3}],"page":1,"ok":true,"next":null}', { headers: { 'Content-Type': 'application/json' } });

  it('cuts JSON off so that it no longer parses', async () => {
    const text = await (await malform(ok(), 'invalid-json')).text();
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
  });

  it('gives every top-level field the wrong type', async () => {
    expect(await (await malform(ok(), 'wrong-shape')).json()).to.deep.equal({ items: 1, page: '1', ok: 'yes', next: 0 });
  });

  it('leaves errors and non-JSON alone', async () => {
    const error = new Response('{"status":500}', { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
    expect(await (await malform(error, 'invalid-json')).text()).to.equal('{"status":500}');
    const text = new Response('hello', { headers: { 'Content-Type': 'text/plain' } });
    expect(await (await malform(text, 'wrong-shape')).text()).to.equal('hello');
  });
});

describe('CORS', () => {
  // A standalone Headers object may carry Origin; a page's Request may not.
  const head = (method: string, headers: Record<string, string> = {}) => ({ method, headers: new Headers(headers) });

  it('echoes an allowed origin with credentials and exposes the contract headers', () => {
    const headers = corsHeaders(head('GET', { Origin: 'https://portal.example.cn' }), ['https://portal.example.cn']);
    expect(headers['Access-Control-Allow-Origin']).to.equal('https://portal.example.cn');
    expect(headers['Access-Control-Allow-Credentials']).to.equal('true');
    expect(headers['Access-Control-Expose-Headers']).to.contain('ETag').and.contain('Idempotent-Replayed').and.contain('Retry-After');
    expect(corsHeaders(head('GET'))['Access-Control-Allow-Origin']).to.equal('*');
  });

  it('answers preflights with the methods and the headers asked for', () => {
    const request = head('OPTIONS', {
      Origin: 'https://a.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'idempotency-key, content-type',
    });
    expect(isPreflight(request)).to.equal(true);
    expect(isPreflight(head('OPTIONS'))).to.equal(false);
    expect(preflightResponse(request, ['https://a.example']).headers.get('Access-Control-Allow-Origin')).to.equal('https://a.example');
    const preflight = preflightResponse(request, ['https://a.example']);
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).to.contain('POST');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).to.equal('idempotency-key, content-type');
  });

  it('never reflects an origin that is not allowed, nor null, with credentials', () => {
    for (const allowed of [undefined, ['https://portal.example.cn']]) {
      const evil = corsHeaders(head('GET', { Origin: 'https://evil.example' }), allowed);
      expect(evil['Access-Control-Allow-Origin']).to.equal(undefined);
      expect(evil['Access-Control-Allow-Credentials']).to.equal(undefined);
    }
    const nullOrigin = corsHeaders(head('GET', { Origin: 'null' }), ['*']);
    expect(nullOrigin['Access-Control-Allow-Origin']).to.equal(undefined);
    const any = corsHeaders(head('GET', { Origin: 'https://other.example' }), ['*']);
    expect(any['Access-Control-Allow-Origin']).to.equal('*');
    expect(any['Access-Control-Allow-Credentials']).to.equal(undefined);
    const preflight = preflightResponse(head('OPTIONS', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' }));
    expect(preflight.status).to.equal(403);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).to.equal(null);
  });

  it('allows pages on this machine by default', () => {
    for (const origin of ['http://localhost:8000', 'http://127.0.0.1:4010', 'http://[::1]:3000', 'https://localhost']) {
      expect(corsHeaders(head('GET', { Origin: origin }))['Access-Control-Allow-Origin'], origin).to.equal(origin);
    }
    expect(corsHeaders(head('GET', { Origin: 'http://localhost.evil.example' }))['Access-Control-Allow-Origin']).to.equal(undefined);
  });

  it('adds the headers to a response, keeping status and body', async () => {
    const response = withCors(head('GET'), new Response('{"a":1}', { status: 201, headers: { ETag: '"1"' } }));
    expect(response.status).to.equal(201);
    expect(response.headers.get('ETag')).to.equal('"1"');
    expect(response.headers.get('Access-Control-Allow-Origin')).to.equal('*');
    expect(await response.text()).to.equal('{"a":1}');
  });
});
