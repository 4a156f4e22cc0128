import { IDEMPOTENCY_KEY_PATTERN } from '@credit-kit/core/lean';
import { DRAFT_KEY_PREFIX, type Draft } from './draft-store.js';

/** Prefix of the record of a draft slot's submitted idempotency keys (beside the draft, never the draft itself). */
export const SUBMITTED_KEY_PREFIX = 'credit-kit:submitted:v1:';
/** The BroadcastChannel every Credit Kit form of the origin talks on. */
export const DRAFT_CHANNEL = 'credit-kit:drafts:v1';
/** How many submissions of one draft slot are remembered (a slot is one customer's new application). */
const KEPT_SUBMISSIONS = 5;

/** A submission one tab made from a draft slot, so no other tab sends or restores the same draft. */
export interface SubmittedDraft {
  readonly idempotencyKey: string;
  /** The application number the host gave it. */
  readonly number: string;
}

/** What tabs tell each other about one draft slot. */
export type TabMessage =
  | { readonly type: 'open' | 'here' | 'closed'; readonly slot: string; readonly tab: string }
  /** Without a channel: the stored draft changed, read it again. */
  | { readonly type: 'stored'; readonly slot: string; readonly tab: string }
  | { readonly type: 'saved'; readonly slot: string; readonly tab: string; readonly draft: Draft }
  | { readonly type: 'submitted'; readonly slot: string; readonly tab: string; readonly submitted: SubmittedDraft };

/** The parts of `navigator.locks` used here (so a test can pass none). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T> | T): Promise<T>;
}

/** What a page offers for coordination; each may be missing (old browsers, sandboxed frames). */
export interface TabEnvironment {
  readonly locks?: LockManagerLike | undefined;
  readonly channel?: ((name: string) => BroadcastChannel) | undefined;
  readonly storage?: () => Storage | undefined;
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
}

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The page's own locks, channel and storage, each where it exists. */
export function pageEnvironment(): TabEnvironment {
  return {
    locks: (globalThis.navigator as Navigator | undefined)?.locks as LockManagerLike | undefined,
    channel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
    storage: pageStorage,
    events: typeof window === 'undefined' ? undefined : window,
  };
}

const randomId = () => Math.random().toString(36).slice(2, 12);

function readSubmitted(text: string | null | undefined): SubmittedDraft[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (s): s is SubmittedDraft =>
        typeof s === 'object' && s !== null && typeof s.idempotencyKey === 'string' && IDEMPOTENCY_KEY_PATTERN.test(s.idempotencyKey) && typeof s.number === 'string',
    );
  } catch {
    return [];
  }
}

/**
 * The tabs (and windows, frames) of one origin that have the same draft slot open: a Web Lock
 * serialises key creation and submission across them (run directly where `navigator.locks` is
 * missing: the stored key and the host's idempotency still make one application), a
 * BroadcastChannel (else the `storage` event) carries saves, presence and submissions, and a
 * small record beside the draft remembers which keys were submitted, so none comes back.
 */
export class DraftTabs {
  /** This tab's id in messages. */
  readonly tab = randomId();
  readonly slot: string;
  private readonly env: TabEnvironment;
  private readonly onMessage: (message: TabMessage) => void;
  private channel?: BroadcastChannel;
  private readonly onStorage = (event: StorageEvent) => this.storageChanged(event);

  constructor(slot: string, onMessage: (message: TabMessage) => void, env: TabEnvironment = pageEnvironment()) {
    this.slot = slot;
    this.env = env;
    this.onMessage = onMessage;
    try {
      this.channel = env.channel?.(DRAFT_CHANNEL);
    } catch {
      this.channel = undefined;
    }
    if (this.channel) this.channel.onmessage = (event: MessageEvent) => this.received(event.data);
    else env.events?.addEventListener('storage', this.onStorage as EventListener);
    this.post({ type: 'open' });
  }

  /** Whether another tab can hear this one (a channel, or the storage event). */
  get connected(): boolean {
    return this.channel !== undefined || this.env.events !== undefined;
  }

  /** Runs `work` while no other tab runs work on this slot (directly where Web Locks are missing). */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const locks = this.env.locks;
    if (!locks) return Promise.resolve().then(work);
    return locks.request(`credit-kit:draft-lock:${this.slot}`, work);
  }

  /** Tells the other tabs (the storage event tells them of saves and submissions by itself). */
  post(message: { type: 'open' | 'here' | 'closed' } | { type: 'saved'; draft: Draft } | { type: 'submitted'; submitted: SubmittedDraft }): void {
    try {
      this.channel?.postMessage({ ...message, slot: this.slot, tab: this.tab });
    } catch {
      // A closed channel: nothing to tell.
    }
  }

  /** The keys submitted from this slot, newest last. */
  submitted(): SubmittedDraft[] {
    try {
      return readSubmitted(this.env.storage?.()?.getItem(this.submittedKey));
    } catch {
      return [];
    }
  }

  /** Records that `submitted` was sent from this slot, and tells the other tabs. */
  markSubmitted(submitted: SubmittedDraft): void {
    const kept = [...this.submitted().filter((s) => s.idempotencyKey !== submitted.idempotencyKey), submitted].slice(-KEPT_SUBMISSIONS);
    try {
      this.env.storage?.()?.setItem(this.submittedKey, JSON.stringify(kept));
    } catch {
      // Full or missing storage: the message below still tells the open tabs.
    }
    this.post({ type: 'submitted', submitted });
  }

  close(): void {
    this.post({ type: 'closed' });
    this.channel?.close();
    this.channel = undefined;
    this.env.events?.removeEventListener('storage', this.onStorage as EventListener);
  }

  private get submittedKey(): string {
    return `${SUBMITTED_KEY_PREFIX}${this.slot.slice(DRAFT_KEY_PREFIX.length)}`;
  }

  private received(data: unknown): void {
    const message = data as Partial<TabMessage> | null;
    if (typeof message !== 'object' || message === null || message.slot !== this.slot || message.tab === this.tab) return;
    if (message.type === 'open') this.post({ type: 'here' });
    this.onMessage(message as TabMessage);
  }

  /** Without a channel: another tab's write to this slot's draft or submissions. */
  private storageChanged(event: StorageEvent): void {
    if (event.key === this.submittedKey) {
      const latest = readSubmitted(event.newValue).at(-1);
      if (latest) this.onMessage({ type: 'submitted', slot: this.slot, tab: 'storage', submitted: latest });
    } else if (event.key === this.slot) {
      this.onMessage({ type: 'stored', slot: this.slot, tab: 'storage' });
    }
  }
}
