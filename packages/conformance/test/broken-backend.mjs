// A deliberately broken host backend: each route breaks the contract in one known way, so the
// conformance kit's report can be checked fault by fault.
import { createServer } from 'node:http';

const customer = {
  id: 'C1', code: '91350100M000100Y43', name: 'Broken Backend Co.', type: 'direct', industry: 'Testing',
  currency: 'CNY', establishedOn: '2010-01-01',
};

let created = 0;
let limitRequests = 0;

const profileC2 = {
  customerId: 'C2', grade: 'AA', ratedOn: '2026-06-01', currency: 'CNY', granted: '1000000.00', maximum: '5000000.00', termDays: 60,
  components: { openReceivables: '0.00' }, overdueAmount: '0.00', oldestOverdueDays: 0, blacklisted: false,
};

/** Reads a JSON body. */
function body(req) {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => resolve(raw ? JSON.parse(raw) : undefined));
  });
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const routes = {
  // Fault: currency is not an ISO code.
  'GET /credit-policy': (req, res) => send(res, 200, { currency: 'yuan', rating: {}, limit: {}, creditCheck: {}, agingBuckets: [], collection: {}, warning: {} }),
  'GET /customers': (req, res, url) =>
    send(res, 200, { items: url.searchParams.get('query') ? [] : [customer, { ...customer, id: 'C2' }], page: 1, pageSize: 20, total: 2 }),
  'GET /customers/C2/credit-profile': (req, res) => send(res, 200, profileC2),
  'GET /reviews/worklist': (req, res, url) => send(res, 200, { asOf: url.searchParams.get('asOf'), policyVersion: 'v1', items: [] }),
  'GET /limit-requests': (req, res) => send(res, 200, { items: [] }),
  'POST /limit-requests': async (req, res) => {
    const input = await body(req);
    limitRequests++;
    send(res, 201, {
      ...input, id: `LR${limitRequests}`, number: `LR-${limitRequests}`, status: 'submitted', requestedBy: 'anyone',
      submittedAt: '2026-11-25T00:00:00Z', history: [{ status: 'submitted', actor: 'anyone', at: '2026-11-25T00:00:00Z' }],
    });
  },
  // Faults: every decision is accepted, whoever makes it and whatever the amount; the receipt does not verify.
  'POST /limit-requests/{id}/decision': async (req, res) => {
    const decision = await body(req);
    send(res, 201, {
      ...decision, decidedBy: 'anyone', decidedAt: '2026-11-25T00:00:00Z', level: 'any',
      receipt: {
        format: 'credit-kit-receipt/1', kind: 'decision', issuedAt: '2026-11-25T00:00:00Z', inputs: {}, policy: { version: 'v', rules: {} },
        steps: [], result: {}, digest: { algorithm: 'SHA-256', value: '0'.repeat(64) },
      },
    });
  },
  // Fault: paid-in capital as a JSON number.
  'GET /customers/C1': (req, res) => send(res, 200, { ...customer, paidInCapital: 12.5 }),
  // Fault: a 404 in HTML, not problem details.
  'GET /customers/ck-conformance-no-such-customer': (req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  'GET /customers/C1/financials': (req, res) => send(res, 200, {
    customerId: 'C1', basePeriodEnd: '2025-12-31', currency: 'CNY', totalAssets: '100', effectiveAssets: '80',
    totalLiabilities: '50', currentAssets: '40', currentLiabilities: '30', revenue: '200', netProfit: '10',
    operatingCashFlow: '12', existingFinancing: '0',
  }),
  // Fault: malformed JSON.
  'GET /customers/C1/credit-profile': (req, res) => send(res, 200, '{"customerId": "C1", '),
  // Fault: no ETag.
  'GET /customers/C1/warning': (req, res) => send(res, 200, { customerId: 'C1', level: 'yellow', signals: [] }),
  'GET /warnings': (req, res) => send(res, 200, { items: [{ customerId: 'C1', level: 'yellow', signals: [] }] }),
  // Faults: the cursor never advances; an invalid cursor is accepted.
  'GET /receivables': (req, res) => send(res, 200, {
    items: [{ id: 'R1', customerId: 'C1', documentDate: '2026-01-01', dueDate: '2026-02-01', amount: '100.00', currency: 'CNY' }],
    nextCursor: 'c1',
  }),
  // Fault: bucket totals do not add up to the total.
  'GET /receivables/aging': (req, res, url) => send(res, 200, {
    asOf: url.searchParams.get('asOf'), buckets: [{ label: 'Not due', maxDays: 0 }, { label: 'Overdue', minDays: 1 }],
    totals: [{ currency: 'CNY', total: '100.00', overdue: '60.00', buckets: ['30.00', '60.00'] }],
    rows: [], nextCursor: null, totalRows: 0,
  }),
  // Faults: no Idempotency-Key needed; every request creates a new application.
  'POST /credit-applications': (req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw);
      if (!/^\d+(\.\d+)?$/.test(body.request.amount)) return send(res, 400, { message: 'bad' });
      created++;
      send(res, 201, {
        id: `A${created}`, number: `CA-${created}`, status: 'submitted', submittedAt: '2026-11-25T00:00:00Z',
        request: body.request, history: [],
      });
    });
  },
  'GET /credit-applications/A1': (req, res) => send(res, 200, {
    id: 'A1', number: 'CA-1', status: 'submitted', submittedAt: '2026-11-25T00:00:00Z',
    request: { amount: '1.00', currency: 'CNY', termDays: 30, purpose: 'x', settlementMethod: 'cash' }, history: [],
  }),
  'GET /credit-applications': (req, res) => send(res, 200, { items: [] }),
  // Fault: an entry without the report in its history, and `status=listed` ignored.
  'GET /blacklist': (req, res) => send(res, 200, {
    items: [{ id: 'BL1', customerId: 'C9', status: 'reported', reason: 'overdue', history: [{ action: 'approve', at: '2026-11-25T00:00:00Z' }] }],
  }),
  // Fault: a report is listed at once, skipping head-office approval.
  'POST /blacklist': (req, res) => {
    req.resume();
    req.on('end', () => send(res, 201, { id: 'BL2', customerId: 'C1', status: 'listed', reason: 'x', history: [{ action: 'report', at: '2026-11-25T00:00:00Z' }] }));
  },
};

/** Starts the broken backend on 127.0.0.1 and an ephemeral port. */
export function startBrokenBackend() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname.replace(/^\/api/, '').replace(/^\/limit-requests\/LR\d+\/decision$/, '/limit-requests/{id}/decision');
    const route = routes[`${req.method} ${path}`];
    if (route) route(req, res, url);
    else send(res, 404, { message: `no route ${req.method} ${path}` });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/api`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
