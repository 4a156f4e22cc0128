import { creditApplicationInputSchema } from '@credit-kit/core';
import { application } from './fixtures.js';
import { json, problem, type FakeHandler } from './fake-fetch.js';

/**
 * A fake `POST /credit-applications` that honours `Idempotency-Key` the way the contract says:
 * the first request with a key creates an application (201); a replay with the same key and body
 * returns the same application with `Idempotent-Replayed: true`; the same key with another body
 * is a 422; a request while the same key is still being processed is a 409.
 */
export function createApplicationServer(options: { processingMs?: number } = {}) {
  const byKey = new Map<string, { body: string; id: string }>();
  const processing = new Set<string>();
  let created = 0;

  const handler: FakeHandler = async (request) => {
    const key = request.headers.get('Idempotency-Key');
    if (!key) return problem(400, { title: 'Idempotency-Key is required' });
    const body = String(request.body);
    if (!creditApplicationInputSchema.safeParse(JSON.parse(body)).success) return problem(422, { title: 'Invalid body' });
    if (processing.has(key)) return problem(409, { title: 'A request with this key is in flight' });
    const known = byKey.get(key);
    if (known) {
      if (known.body !== body) return problem(422, { title: 'Idempotency-Key reused with another body' });
      return json(application(known.id, `CA-2026-${known.id.slice(3)}`), { status: 200, headers: { 'Idempotent-Replayed': 'true' } });
    }
    processing.add(key);
    await new Promise((resolve) => setTimeout(resolve, options.processingMs ?? 0));
    created += 1;
    const id = `APP${String(created).padStart(6, '0')}`;
    byKey.set(key, { body, id });
    processing.delete(key);
    return json(application(id, `CA-2026-${id.slice(3)}`), { status: 201 });
  };

  return {
    handler,
    /** How many applications the server has created. */
    get created() {
      return created;
    },
  };
}
