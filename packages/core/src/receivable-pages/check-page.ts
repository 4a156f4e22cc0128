import { MAX_REPORTED_ITEMS, isObjectLike } from '../aging/fast-validate.js';
import type { ValidationIssue } from '../errors.js';
import { receivableColumnsPageSchema } from '../schemas/receivable-columns.js';
import { receivablePageSchema, receivableSchema, type ReceivablePage } from '../schemas/receivables.js';
import { toValidationIssues } from '../validate.js';
import { decodeReceivableColumns } from './columns.js';
import { isReceivable } from './fast-receivable.js';

/**
 * Validation of `GET /receivables` pages, fast enough for a million items: the page fields by
 * hand, the items with `isReceivable` (equal to `receivableSchema`), and zod only for the
 * messages of what fails, on at most `MAX_REPORTED_ITEMS` bad items (a count covers the rest).
 */

/** A validated page, or every issue found (paths as in the JSON page: `items[3].dueDate`). */
export type ReceivablePageCheck = { ok: true; page: ReceivablePage } | { ok: false; issues: ValidationIssue[] };

/** A JSON page (`application/json`), as `receivablePageSchema` accepts it. */
export function checkReceivablePage(body: unknown): ReceivablePageCheck {
  if (!isObjectLike(body)) return { ok: false, issues: zodIssues(receivablePageSchema, body) };
  const items = body.items;
  // The page fields by zod (without the items, which could be a million), the items by hand.
  const issues = Array.isArray(items) && pageFieldsValid(body) ? [] : zodIssues(receivablePageSchema, Array.isArray(items) ? { ...body, items: [] } : body);
  if (Array.isArray(items)) issues.push(...itemIssues(items));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, page: pageOf(items as ReceivablePage['items'], body) };
}

/** A compact page (`RECEIVABLE_COLUMNS_MEDIA_TYPE`): decoded, then held to the same rules as a JSON page. */
export function checkReceivableColumnsPage(body: unknown): ReceivablePageCheck {
  if (!isObjectLike(body)) return { ok: false, issues: zodIssues(receivableColumnsPageSchema, body) };
  const columns = body.columns;
  if (!isObjectLike(columns) || !isCount(body.count) || !pageFieldsValid(body)) {
    return { ok: false, issues: zodIssues(receivableColumnsPageSchema, isObjectLike(columns) ? { ...body, columns: {} } : body) };
  }
  const decoded = decodeReceivableColumns(body.count as number, columns);
  if (!decoded.ok) return decoded;
  const issues = itemIssues(decoded.items);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, page: pageOf(decoded.items as unknown as ReceivablePage['items'], body) };
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** `nextCursor`, `total` and `partition` as `receivablePageSchema` has them. */
function pageFieldsValid(body: Record<string, unknown>): boolean {
  const { nextCursor, total, partition } = body;
  return (
    (nextCursor === null || typeof nextCursor === 'string') &&
    (total === undefined || isCount(total)) &&
    (partition === undefined || typeof partition === 'string')
  );
}

function pageOf(items: ReceivablePage['items'], body: Record<string, unknown>): ReceivablePage {
  const page: ReceivablePage = { items, nextCursor: body.nextCursor as string | null };
  if (body.total !== undefined) page.total = body.total as number;
  if (body.partition !== undefined) page.partition = body.partition as string;
  return page;
}

/** Issues of the bad items (zod's, under `items[i]`); none when all are valid. */
function itemIssues(items: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let reported = 0;
  let unreported = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (isReceivable(item)) continue;
    if (reported === MAX_REPORTED_ITEMS) {
      unreported++;
      continue;
    }
    const result = receivableSchema.safeParse(item);
    if (result.success) continue; // Cannot happen while the validators agree; zod has the last word.
    reported++;
    const prefixed = result.error.issues.map((issue) => ({ ...issue, path: ['items', index, ...issue.path] }));
    issues.push(...toValidationIssues(prefixed, { items }));
  }
  if (unreported > 0) {
    issues.push({ path: 'items', code: 'more_issues', message: `has ${unreported} more invalid ${unreported === 1 ? 'item' : 'items'} not listed here` });
  }
  return issues;
}

/** zod's issues of `body` (only called when a hand check failed), bounded in number. */
function zodIssues(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: readonly unknown[] } } }, body: unknown): ValidationIssue[] {
  const result = schema.safeParse(body);
  // Unreachable while the hand checks agree with zod; the fallback keeps the result honest.
  if (result.success) return [{ path: '', code: 'invalid', message: 'is not a page of receivables' }];
  return toValidationIssues(result.error!.issues.slice(0, MAX_REPORTED_ITEMS), body);
}
