import { customerPageSchema, validate, type CustomerPage } from '@credit-kit/core';
import { pageLimitFinding, type CheckContext } from './context.js';

const EP = 'GET /customers';

/**
 * Walks `GET /customers` page by page to the last (`ceil(total / pageSize)`), `maxPages` at most:
 * every page matches the schema (amount formats included, not only on page 1), says the page asked
 * for, holds `pageSize` items but the last, no customer appears twice (a backend ignoring `page`),
 * the walk yields exactly `total` customers (one dropping an item per page), and a page past the
 * end is empty.
 */
export async function walkCustomerPages(ctx: CheckContext): Promise<void> {
  const { rec } = ctx;
  const fetchPage = async (page: number): Promise<CustomerPage | string> => {
    const ex = await ctx.get(`/customers?page=${page}`);
    if (ex.status !== 200) return `page ${page} answered ${ex.status}`;
    if (ex.bodyError) return `page ${page}: ${ex.bodyError}`;
    const parsed = validate(customerPageSchema, ex.body);
    return parsed.success ? parsed.data : `page ${page}: ${parsed.issues.slice(0, 4).map((i) => `${i.path || '(body)'} ${i.message}`).join(', ')}`;
  };
  const first = await fetchPage(1);
  if (typeof first === 'string') return; // the first page's own step reported it
  const { total, pageSize } = first;
  const lastPage = Math.ceil(total / pageSize);
  const schemaFailures: string[] = [];
  const pageFailures: string[] = [];
  const ids = new Set<string>();
  let duplicates = 0;
  let items = 0;
  const walked = Math.min(lastPage, ctx.maxPages);
  for (let number = 1; number <= walked; number++) {
    const page = number === 1 ? first : await fetchPage(number);
    if (typeof page === 'string') {
      schemaFailures.push(page);
      break;
    }
    if (page.page !== number) pageFailures.push(`page ${number} says \`page: ${page.page}\``);
    const expected = number < lastPage ? pageSize : total - (lastPage - 1) * pageSize;
    if (page.items.length !== expected) pageFailures.push(`page ${number} has ${page.items.length} items, expected ${expected} (total ${total}, pageSize ${pageSize})`);
    if (page.total !== total) pageFailures.push(`page ${number} says \`total: ${page.total}\`, page 1 said ${total}`);
    for (const customer of page.items) {
      if (ids.has(customer.id)) duplicates++;
      ids.add(customer.id);
    }
    items += page.items.length;
  }
  rec.all(EP, 'every page matches the schema (amount formats included)', schemaFailures);
  rec.all(EP, 'every page is the page asked for, with `pageSize` items but the last', pageFailures);
  rec.check(EP, 'no customer appears on two pages (`page` is honoured)', duplicates === 0, `${duplicates} customers repeated across pages`);
  if (lastPage > ctx.maxPages) {
    rec.check(EP, `reaches the last page within ${ctx.maxPages} pages`, false, pageLimitFinding(walked, items, `\`total\` ${total} needs ${lastPage} pages`));
    return;
  }
  if (schemaFailures.length === 0) {
    rec.check(EP, 'walking every page yields `total` customers', ids.size === total && items === total,
      `total ${total}, walked ${items} (${ids.size} distinct) on ${walked} pages`);
    const past = await ctx.get(`/customers?page=${lastPage + 1}`);
    const beyond = past.status === 200 ? validate(customerPageSchema, past.body) : undefined;
    rec.check(EP, 'a page past the last is empty', past.status !== 200 || (beyond?.success === true && beyond.data.items.length === 0),
      beyond?.success ? `page ${lastPage + 1} has ${beyond.data.items.length} items` : `page ${lastPage + 1} is not a valid page`);
  }
}
