import type { MalformedKind, MockKnobs, RouteStatusOverride } from '../options.js';
import { SeededRandom, deriveSeed } from '../random.js';
import type { RouteKey } from '../routes.js';

/**
 * The running knobs of a backend and the seeded random stream its injected faults draw from, so
 * the same seed and the same sequence of requests fail the same way every run.
 */
export class KnobController {
  private knobs: MockKnobs;
  private random: SeededRandom;
  private readonly overridesServed = new Map<string, number>();

  constructor(
    private readonly seed: number,
    private readonly initial: MockKnobs,
  ) {
    this.knobs = { ...initial };
    this.random = new SeededRandom(deriveSeed(seed, 'faults'));
  }

  /** The knobs in force. */
  get current(): MockKnobs {
    return this.knobs;
  }

  /** Changes some knobs; `undefined` values switch a knob off. Restarts the `times` counts of `routeStatus`. */
  set(partial: MockKnobs): void {
    this.knobs = { ...this.knobs, ...partial };
    if ('routeStatus' in partial) this.overridesServed.clear();
  }

  /** Back to the knobs the backend was created with, and the fault stream to its start. */
  reset(): void {
    this.knobs = { ...this.initial };
    this.random = new SeededRandom(deriveSeed(this.seed, 'faults'));
    this.overridesServed.clear();
  }

  /** Milliseconds to wait before this response. */
  latency(): number {
    const latency = this.knobs.latencyMs ?? 0;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + this.random.next() * (max - min);
  }

  /** Waits the latency; returns early when the request is aborted. */
  wait(signal?: AbortSignal): Promise<void> {
    const ms = this.latency();
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    });
  }

  /** The forced status for this request of `route`, if `routeStatus` names the route (or `*`) and its `times` are not used up. */
  forcedStatus(route: RouteKey): RouteStatusOverride | undefined {
    const table = this.knobs.routeStatus;
    if (!table) return undefined;
    const key = route in table ? route : '*' in table ? '*' : undefined;
    if (key === undefined) return undefined;
    const value = table[key as keyof typeof table]!;
    const override = typeof value === 'number' ? { status: value } : value;
    if (override.times !== undefined) {
      const served = this.overridesServed.get(key) ?? 0;
      if (served >= override.times) return undefined;
      this.overridesServed.set(key, served + 1);
    }
    return override;
  }

  /** Whether this request fails with a 503 (drawn from the fault stream). */
  shouldFail(): boolean {
    const rate = this.knobs.failureRate ?? 0;
    return rate > 0 && this.random.next() < rate;
  }

  /** How this response is broken, or undefined when it is served intact. */
  malformation(): Exclude<MalformedKind, 'mixed'> | undefined {
    const rate = this.knobs.malformedRate ?? 0;
    if (!(rate > 0 && this.random.next() < rate)) return undefined;
    const kind = this.knobs.malformedKind ?? 'mixed';
    if (kind !== 'mixed') return kind;
    return this.random.chance(0.5) ? 'invalid-json' : 'wrong-shape';
  }
}
