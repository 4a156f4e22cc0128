import { creditApplicationSchema } from '@credit-kit/core';
import type { Exchange } from '../probe.js';
import type { CheckContext } from './context.js';

const EP = 'POST /credit-applications';

/** How hard to press on idempotency. */
export interface IdempotencyPressure {
  /** Requests sent at once with one key (default 10). */
  readonly concurrent: number;
  /** Wait before the late replay, in ms (default 2000). */
  readonly replayDelayMs: number;
  /** Waits `ms` (injectable so a library caller can run the kit on its own clock). */
  readonly sleep: (ms: number) => Promise<void>;
}

const idOf = (ex: Exchange): string | undefined => {
  if (ex.status < 200 || ex.status > 299) return undefined;
  const parsed = creditApplicationSchema.safeParse(ex.body);
  return parsed.success ? parsed.data.id : undefined;
};

/**
 * The two faults a sequential replay cannot see: `concurrent` retries sent at once with one key
 * (a tab resubmitting while the first is in flight) must create one application, each answer
 * being it or a 409; and a replay `replayDelayMs` later must still return it (keys kept for 24 h).
 */
export async function checkIdempotencyUnderPressure(
  ctx: CheckContext,
  body: unknown,
  pressure: IdempotencyPressure,
): Promise<void> {
  const { rec } = ctx;
  const key = crypto.randomUUID();
  const burst = await Promise.all(Array.from({ length: pressure.concurrent }, () => ctx.post('/credit-applications', body, { 'idempotency-key': key })));
  const unexpected = burst.filter((ex) => ![200, 201, 409].includes(ex.status)).map((ex) => ex.status);
  rec.check(EP, `${pressure.concurrent} concurrent retries with one key: each answers 200, 201 or 409`, unexpected.length === 0,
    `answered ${[...new Set(unexpected)].join(', ')}`);
  const settled = await ctx.post('/credit-applications', body, { 'idempotency-key': key });
  const ids = new Set([...burst.map(idOf), idOf(settled)].filter((id): id is string => id !== undefined));
  rec.check(EP, `${pressure.concurrent} concurrent retries with one Idempotency-Key create one application`, ids.size === 1,
    ids.size === 0 ? `no answer carried an application (the replay answered ${settled.status})` : `${ids.size} applications were created: ${[...ids].slice(0, 5).join(', ')}`);
  const created = idOf(settled);
  if (created === undefined) return;
  await pressure.sleep(pressure.replayDelayMs);
  const late = await ctx.post('/credit-applications', body, { 'idempotency-key': key });
  const lateId = idOf(late);
  rec.check(EP, `a replay ${pressure.replayDelayMs} ms later returns the same application`, lateId === created,
    lateId === undefined ? `answered ${late.status}` : `the key was forgotten: a new application ${lateId} was created`);
}

/** A 422's `errors[].path` in the contract's dotted form (`request.amount`, `guarantees[0].owner`), not a JSON pointer. */
export const DOTTED_PATH = /^(?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*$/;
