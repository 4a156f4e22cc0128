import type { CustomerPage } from '@credit-kit/core';
import type { RouteDefinition } from '../http/route.js';
import { integerParam } from '../http/query.js';
import { jsonResponse } from '../http/respond.js';
import { customerOr404, type HandlerContext } from './context.js';

/** Default and largest `pageSize` of `GET /customers`. */
export const CUSTOMER_PAGE_SIZE = { fallback: 20, max: 100 } as const;

/**
 * `GET /customers?query=&page=&pageSize=` (query matches the name or the code, ignoring case;
 * pages from 1), `GET /customers/{id}`, `…/financials` and `…/credit-profile`.
 */
export function customerRoutes(context: HandlerContext): RouteDefinition[] {
  const { dataset } = context;
  return [
    {
      route: 'GET /customers',
      handle: ({ url }) => {
        const query = (url.searchParams.get('query') ?? '').trim().toLowerCase();
        const page = integerParam(url, 'page', { fallback: 1, min: 1, max: Number.MAX_SAFE_INTEGER });
        const pageSize = integerParam(url, 'pageSize', { fallback: CUSTOMER_PAGE_SIZE.fallback, min: 1, max: CUSTOMER_PAGE_SIZE.max });
        const matches = dataset.customers
          .map((seed) => seed.customer)
          .filter((c) => query === '' || c.name.toLowerCase().includes(query) || c.code.toLowerCase().includes(query));
        const body: CustomerPage = {
          items: matches.slice((page - 1) * pageSize, page * pageSize),
          page,
          pageSize,
          total: matches.length,
        };
        return jsonResponse(body);
      },
    },
    {
      route: 'GET /customers/{id}',
      handle: ({ params }) => jsonResponse(customerOr404(context, params.id!).customer),
    },
    {
      route: 'GET /customers/{id}/financials',
      handle: ({ params }) => jsonResponse(dataset.financials[customerOr404(context, params.id!).index]),
    },
    {
      route: 'GET /customers/{id}/credit-profile',
      // An approval (POST …/decision) replaces the seeded profile with the decided limit and review dates.
      handle: ({ params }) => {
        const seed = customerOr404(context, params.id!);
        return jsonResponse(context.state.decisions.profileUpdates.get(seed.customer.id) ?? dataset.profiles[seed.index]);
      },
    },
  ];
}
