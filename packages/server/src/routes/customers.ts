import type { CustomerPage, Financials } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { scopeFilter, assertCustomerVisible } from '../auth/scope.js';
import { notFound } from '../http/problem.js';
import { integerParam, pathId } from '../http/query.js';
import { json } from '../http/respond.js';
import { CUSTOMER_COLUMNS, rowToCreditProfile, rowToCustomer, type CreditProfileRow, type CustomerRow } from '../store/customers.js';

/** Default and largest `pageSize` of `GET /customers` (as the mock). */
export const CUSTOMER_PAGE_SIZE = { fallback: 20, max: 100 } as const;

/** `GET /customers` (query on name or code, pages from 1), `/customers/{id}`, `…/financials`, `…/credit-profile`. */
export const registerCustomerRoutes: RouteModule = (app, { db }) => {
  app.get('/customers', async (c) => {
    const url = new URL(c.req.url);
    const query = (url.searchParams.get('query') ?? '').trim().toLowerCase();
    const page = integerParam(url, 'page', { fallback: 1, min: 1, max: 1_000_000 });
    const pageSize = integerParam(url, 'pageSize', { fallback: CUSTOMER_PAGE_SIZE.fallback, min: 1, max: CUSTOMER_PAGE_SIZE.max });
    const params: unknown[] = [];
    const scope = scopeFilter(c.get('principal'), 'id', params);
    params.push(query);
    const match = `($${params.length} = '' OR strpos(lower(name), $${params.length}) > 0 OR strpos(lower(code), $${params.length}) > 0)`;
    params.push(pageSize, (page - 1) * pageSize);
    const { rows } = await db.query<CustomerRow & { total: string }>(
      `SELECT ${CUSTOMER_COLUMNS}, count(*) OVER () AS total FROM customers WHERE ${scope} AND ${match}
       ORDER BY id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (rows.length === 0 && page > 1) {
      const count = await db.query<{ n: string }>(`SELECT count(*) AS n FROM customers WHERE ${scope} AND ${match}`, params.slice(0, -2));
      total = Number(count.rows[0]?.n ?? 0);
    }
    const body: CustomerPage = { items: rows.map(rowToCustomer), page, pageSize, total };
    return json(body);
  });

  app.get('/customers/:id', async (c) => {
    const id = visibleId(c.get('principal'), c.req.param('id'));
    const { rows } = await db.query<CustomerRow>(`SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE id = $1`, [id]);
    if (!rows[0]) throw notFound(`No customer ${id}.`);
    return json(rowToCustomer(rows[0]));
  });

  app.get('/customers/:id/financials', async (c) => {
    const id = visibleId(c.get('principal'), c.req.param('id'));
    const { rows } = await db.query<{ document: Financials }>('SELECT document FROM financials WHERE customer_id = $1', [id]);
    if (!rows[0]) throw notFound(`No financials for customer ${id}.`);
    return json(rows[0].document);
  });

  app.get('/customers/:id/credit-profile', async (c) => {
    const id = visibleId(c.get('principal'), c.req.param('id'));
    const { rows } = await db.query<CreditProfileRow>(
      `SELECT p.*, c.blacklisted FROM credit_profiles p JOIN customers c ON c.id = p.customer_id WHERE p.customer_id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound(`No credit profile for customer ${id}.`);
    return json(rowToCreditProfile(rows[0]));
  });
};

function visibleId(principal: Parameters<typeof assertCustomerVisible>[0], raw: string | undefined): string {
  const id = pathId(raw, 'customer');
  assertCustomerVisible(principal, id);
  return id;
}
