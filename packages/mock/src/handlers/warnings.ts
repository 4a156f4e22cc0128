import { WARNING_LEVELS, blacklistOpen, evaluateWarning, parseIsoDay, type WarningLevel, type WarningList, type WarningStatus } from '@credit-kit/core';
import { beijingTimestamp } from '../data/applications.js';
import type { Dataset } from '../data/model.js';
import { conditionalJson } from '../http/etag.js';
import { badRequest } from '../http/problem.js';
import { listParam } from '../http/query.js';
import type { RouteDefinition } from '../http/route.js';
import { blacklistEntries } from './blacklist.js';
import { customerOr404, type HandlerContext } from './context.js';

/** Every customer's warning status, its `level` computed by core's `evaluateWarning` on the as-of date. */
export function warningStatuses(dataset: Dataset): WarningStatus[] {
  const evaluatedAt = beijingTimestamp(parseIsoDay(dataset.asOf), 8, 0);
  return dataset.customers.map((seed) => {
    const signals = dataset.signals[seed.index]!;
    return {
      customerId: seed.customer.id,
      // The catalogue supplies each code's category; only what the escalation rules read is passed.
      level: evaluateWarning(
        signals.map(({ code, severity, raisedOn, releasedOn }) => ({ code, severity, raisedOn, ...(releasedOn ? { releasedOn } : {}) })),
        { asOf: dataset.asOf },
      ).level,
      signals: signals.map((s) => ({ ...s })),
      evaluatedAt,
      asOf: dataset.asOf,
    };
  });
}

/**
 * `GET /customers/{id}/warning` (with an `ETag`; `If-None-Match` → 304) and
 * `GET /warnings?level=&customerId=…` (`customerId` may repeat or be comma-separated: a batch
 * lookup, unknown ids left out; `level` keeps customers at or above it; no filter → everyone).
 */
export function warningRoutes(context: HandlerContext): RouteDefinition[] {
  const statuses = warningStatuses(context.dataset);
  const rank = (level: WarningLevel | undefined) => WARNING_LEVELS.indexOf(level ?? 'none');
  // The open blacklist entry travels with the status, so the badge can say why.
  const withBlacklist = (status: WarningStatus): WarningStatus => {
    const entry = blacklistEntries(context).find((e) => e.customerId === status.customerId && blacklistOpen(e.status));
    return entry ? { ...status, blacklist: { entryId: entry.id, status: entry.status, reason: entry.reason } } : status;
  };
  return [
    {
      route: 'GET /customers/{id}/warning',
      handle: ({ request, params }) => conditionalJson(request, withBlacklist(statuses[customerOr404(context, params.id!).index]!)),
    },
    {
      route: 'GET /warnings',
      handle: ({ request, url }) => {
        const level = url.searchParams.get('level') || undefined;
        if (level !== undefined && !(WARNING_LEVELS as readonly string[]).includes(level)) {
          throw badRequest(`Query parameter level must be one of ${WARNING_LEVELS.join(', ')}, not "${level}".`, 'invalid-parameter');
        }
        const ids = [...new Set(listParam(url, 'customerId'))];
        const seeds = ids.length
          ? ids.flatMap((id) => context.dataset.customerById.get(id) ?? [])
          : context.dataset.customers;
        const body: WarningList = {
          items: seeds
            .filter((seed) => rank(statuses[seed.index]!.level) >= rank(level as WarningLevel | undefined))
            .map((seed) => ({ ...withBlacklist(statuses[seed.index]!), customerName: seed.customer.name })),
        };
        return conditionalJson(request, body);
      },
    },
  ];
}
