/** What the scheduler needs from its surroundings; the browser's by default, a fake one in tests. */
export interface SchedulerEnvironment {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Milliseconds since the epoch, for `holdFor`; `Date.now` when absent. */
  now?(): number;
  /** Page visibility: ticks are held back while `hidden`. `undefined` outside a browser. */
  readonly document: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> | undefined;
}

/** One subscriber's refreshes: skipped until `notBefore` (a `Retry-After` from the backend). */
interface Member {
  readonly callback: () => void;
  notBefore: number;
}

/**
 * What `subscribe` returns: call it to unsubscribe. `holdFor(ms)` skips this subscriber's ticks for
 * at least `ms` (the backend's `Retry-After`); the first tick after that runs as usual.
 */
export type RefreshSubscription = (() => void) & { holdFor(ms: number): void };

interface IntervalGroup {
  readonly ms: number;
  readonly members: Set<Member>;
  handle: unknown;
  /** A tick fell while the page was hidden: refresh once when it shows again. */
  due: boolean;
}

/**
 * One timer per distinct interval, shared by every subscriber: 500 badges refreshing every 30 s
 * make one `setInterval`, and their calls land in the same tick, so the client batches them.
 * Ticks are skipped while the page is hidden; when it shows again, groups that missed a tick
 * run once at once and restart their interval from there.
 */
export class RefreshScheduler {
  readonly #env: SchedulerEnvironment;
  readonly #groups = new Map<number, IntervalGroup>();
  #listening = false;
  readonly #onVisibilityChange = () => this.#pageShown();

  constructor(env: SchedulerEnvironment = browserEnvironment()) {
    this.#env = env;
  }

  /** Number of running timers (one per distinct interval in use). */
  get timerCount(): number {
    return this.#groups.size;
  }

  /**
   * Calls `callback` every `intervalMs` (see `refreshIntervalMs` in `refresh-interval.ts`) while the page is visible.
   * Returns the function that unsubscribes. An interval of 0 subscribes to nothing.
   */
  subscribe(intervalMs: number, callback: () => void): RefreshSubscription {
    if (!(intervalMs > 0)) return Object.assign(() => {}, { holdFor: () => {} });
    let group = this.#groups.get(intervalMs);
    if (!group) {
      const created: IntervalGroup = { ms: intervalMs, members: new Set(), handle: undefined, due: false };
      created.handle = this.#env.setInterval(() => this.#tick(created), intervalMs);
      this.#groups.set(intervalMs, created);
      group = created;
      this.#listen(true);
    }
    const member: Member = { callback, notBefore: -Infinity };
    group.members.add(member);
    const joined = group;
    const unsubscribe = () => {
      joined.members.delete(member);
      if (joined.members.size === 0 && this.#groups.get(joined.ms) === joined) {
        this.#env.clearInterval(joined.handle);
        this.#groups.delete(joined.ms);
        if (this.#groups.size === 0) this.#listen(false);
      }
    };
    const holdFor = (ms: number) => {
      if (Number.isFinite(ms) && ms > 0) member.notBefore = Math.max(member.notBefore, this.#now() + ms);
    };
    return Object.assign(unsubscribe, { holdFor });
  }

  #now(): number {
    return this.#env.now ? this.#env.now() : Date.now();
  }

  #tick(group: IntervalGroup): void {
    if (this.#env.document?.hidden) {
      group.due = true;
      return;
    }
    group.due = false;
    this.#run(group);
  }

  #pageShown(): void {
    if (this.#env.document?.hidden) return;
    for (const group of this.#groups.values()) {
      if (!group.due) continue;
      group.due = false;
      this.#env.clearInterval(group.handle);
      group.handle = this.#env.setInterval(() => this.#tick(group), group.ms);
      this.#run(group);
    }
  }

  #listen(on: boolean): void {
    const doc = this.#env.document;
    if (!doc || on === this.#listening) return;
    this.#listening = on;
    if (on) doc.addEventListener('visibilitychange', this.#onVisibilityChange);
    else doc.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  #run(group: IntervalGroup): void {
    const now = this.#now();
    // A copy: a callback may unsubscribe (or subscribe another) while the group runs.
    for (const member of [...group.members]) {
      if (now < member.notBefore) continue;
      try {
        member.callback();
      } catch (error) {
        console.error('ck-warning-badge: a refresh failed to start', error);
      }
    }
  }
}

function browserEnvironment(): SchedulerEnvironment {
  return {
    setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
    clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
    document: typeof document === 'undefined' ? undefined : document,
  };
}

/** The page-wide scheduler every badge uses by default (loaded with the first badge that refreshes: `background-refresh.ts`). */
export const sharedRefreshScheduler = new RefreshScheduler();
