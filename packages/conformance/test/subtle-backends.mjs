// Backends each broken in one subtle way (issue 16 §5): the real mock server behind a proxy that
// adds exactly one fault, so everything else conforms and the kit's report can be checked fault by
// fault. `startSubtleBackend(mockUrl, fault)` → `{ url, close }`.
import { createServer } from 'node:http';

const json = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** `"12.34"` plus one cent, exactly (string arithmetic on the integer of cents). */
function plusOneCent(amount) {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const cents = BigInt(whole + fraction.padEnd(2, '0').slice(0, 2)) * (negative ? -1n : 1n) + 1n;
  const abs = cents < 0n ? -cents : cents;
  const digits = abs.toString().padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Each fault: optionally `request(ctx)` to rewrite what is forwarded (`ctx.url`, `ctx.headers`), and
 * `response(ctx, answer)` to rewrite the answer (`answer.status`, `answer.headers`, `answer.body` as JSON).
 */
export const FAULTS = {
  /** Problem bodies are application/problem+json but not RFC 9457: wrong `status`, no `title`/`type`. */
  'problem-members': {
    response(ctx, answer) {
      if (!answer.headers['content-type']?.startsWith('application/problem+json') || !answer.body) return;
      answer.body.status = 200;
      delete answer.body.title;
      delete answer.body.type;
    },
  },
  /** 422 field errors as JSON pointers (`/request/amount`). */
  'pointer-paths': {
    response(ctx, answer) {
      if (answer.status !== 422 || !Array.isArray(answer.body?.errors)) return;
      for (const e of answer.body.errors) e.path = `/${e.path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
    },
  },
  /**
   * Idempotency that breaks under concurrent retries: a request arriving while its key is in flight
   * is processed under a fresh key. The first request of a key waits (up to 1 s) for a twin, so the
   * race is not left to chance.
   */
  'concurrent-keys': {
    async request(ctx, state) {
      const key = ctx.headers['idempotency-key'];
      if (ctx.method !== 'POST' || !key) return;
      state.seen ??= new Set();
      state.waiting ??= new Map();
      const twin = state.waiting.get(key);
      if (twin) {
        twin();
        ctx.headers['idempotency-key'] = `${key}#${(state.n = (state.n ?? 0) + 1)}`;
        return;
      }
      if (state.seen.has(key)) return;
      state.seen.add(key);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 1000);
        state.waiting.set(key, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      state.waiting.delete(key);
    },
  },
  /** The transitions endpoint decides: a move to `approved` is answered as done, round the approval policy. */
  'transition-decides': {
    response(ctx, answer) {
      if (ctx.method !== 'POST' || !/\/transitions$/.test(ctx.path) || answer.status !== 409) return;
      if (!String(answer.body?.type ?? '').endsWith(':decision-required')) return;
      answer.status = 200;
      answer.headers['content-type'] = 'application/json';
      answer.body = { approved: true };
    },
  },
  /** Idempotency that forgets a key 30 ms after it was last used. */
  'forgetful-keys': {
    request(ctx, state) {
      const key = ctx.headers['idempotency-key'];
      if (ctx.method !== 'POST' || !key) return;
      state.lastSeen ??= new Map();
      state.alias ??= new Map();
      const last = state.lastSeen.get(key);
      if (last !== undefined && Date.now() - last > 30) state.alias.set(key, `${key}#${Date.now()}`);
      state.lastSeen.set(key, Date.now());
      ctx.headers['idempotency-key'] = state.alias.get(key) ?? key;
    },
  },
  /** A warning endpoint that answers 304 to any If-None-Match. */
  'etag-any-304': {
    response(ctx, answer) {
      if (!/\/warning$|\/warnings$/.test(ctx.path) || !ctx.headers['if-none-match']) return;
      answer.status = 304;
      answer.body = undefined;
    },
  },
  /** A warning endpoint that keeps one ETag whatever the body. */
  'constant-etag': {
    request(ctx) {
      if (/\/warning$|\/warnings$/.test(ctx.path)) delete ctx.headers['if-none-match'], (ctx.ifNoneMatch = ctx.original['if-none-match']);
    },
    response(ctx, answer) {
      if (!/\/warning$|\/warnings$/.test(ctx.path) || answer.status !== 200) return;
      answer.headers.etag = '"v1"';
      if (ctx.ifNoneMatch === '"v1"') {
        answer.status = 304;
        answer.body = undefined;
      }
    },
  },
  /** Pagination that drops the last item of every page (totals unchanged). */
  'drop-one-per-page': {
    response(ctx, answer) {
      if (answer.status !== 200 || !answer.body) return;
      if (ctx.path.endsWith('/receivables') || ctx.path.endsWith('/customers')) answer.body.items?.pop();
      if (ctx.path.endsWith('/receivables/aging')) answer.body.rows?.pop();
    },
  },
  /** Receivables pagination without an end: after the last page, empty pages with fresh cursors forever. */
  'no-end': {
    request(ctx) {
      const cursor = ctx.url.searchParams.get('cursor');
      if (ctx.path.endsWith('/receivables') && cursor?.startsWith('ck-more-')) ctx.synthetic = { more: Number(cursor.slice(8)) };
    },
    response(ctx, answer) {
      if (!ctx.path.endsWith('/receivables')) return;
      if (ctx.synthetic) {
        answer.status = 200;
        answer.headers['content-type'] = 'application/json';
        answer.body = { items: [], nextCursor: `ck-more-${ctx.synthetic.more + 1}`, total: ctx.state.total };
      } else if (answer.status === 200 && answer.body.nextCursor === null && !ctx.url.searchParams.get('customerId')) {
        ctx.state.total = answer.body.total;
        answer.body.nextCursor = 'ck-more-1';
      }
    },
  },
  /** `GET /customers` ignores `page` (always page 1's items, the page number echoed). */
  'ignore-page': {
    request(ctx) {
      if (!ctx.path.endsWith('/customers')) return;
      ctx.askedPage = Number(ctx.url.searchParams.get('page') ?? 1);
      ctx.url.searchParams.delete('page');
    },
    response(ctx, answer) {
      if (ctx.askedPage !== undefined && answer.body) answer.body.page = ctx.askedPage;
    },
  },
  /** A grouped amount on the second page of customers only. */
  'customers-page-2-decimal': {
    response(ctx, answer) {
      if (ctx.path.endsWith('/customers') && ctx.url.searchParams.get('page') === '2' && answer.body?.items?.[0]) {
        answer.body.items[0].registeredCapital = '1,000,000.00';
      }
    },
  },
  /** An exponent amount on the second page of the aging report only. */
  'aging-page-2-decimal': {
    response(ctx, answer) {
      if (ctx.path.endsWith('/receivables/aging') && ctx.url.searchParams.get('cursor') && answer.body?.rows?.[0]) {
        answer.body.rows[0].overdue = '1.5e3';
      }
    },
  },
  /** One row's bucket off by a cent on the second page of the aging report (totals untouched). */
  'aging-row-sum': {
    response(ctx, answer) {
      const row = answer.body?.rows?.[0];
      if (ctx.path.endsWith('/receivables/aging') && ctx.url.searchParams.get('cursor') && row) {
        row.buckets[row.buckets.length - 1] = plusOneCent(row.buckets[row.buckets.length - 1]);
      }
    },
  },
};

/** Starts a proxy in front of the mock at `mockUrl` (its base URL) that adds `fault`. */
export function startSubtleBackend(mockUrl, faultName) {
  const fault = FAULTS[faultName];
  if (!fault) throw new Error(`no fault ${faultName}`);
  const target = new URL(mockUrl);
  const state = {};
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url, target.origin);
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    delete headers.connection;
    const ctx = { method: req.method, url, path: url.pathname, headers, original: { ...req.headers }, state };
    {
      await fault.request?.(ctx, state);
      const response = await fetch(url, { method: req.method, headers: ctx.headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const text = await response.text();
      const answer = { status: response.status, headers: Object.fromEntries(response.headers), body: json(text) };
      const raw = answer.body === undefined ? text : undefined;
      fault.response?.(ctx, answer, state);
      delete answer.headers['content-length'];
      delete answer.headers['content-encoding'];
      delete answer.headers['transfer-encoding'];
      res.writeHead(answer.status, answer.headers);
      res.end(answer.status === 304 ? undefined : answer.body !== undefined ? JSON.stringify(answer.body) : raw);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${target.pathname}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
