import { IDEMPOTENCY_KEY_PATTERN } from '@credit-kit/core/lean';
import { SECTIONS, type SectionId } from './fields.js';
import { normalizeForm, type ApplicationForm } from './form-model.js';

/** Prefix of every draft key in localStorage (versioned: a new draft format gets a new prefix). */
export const DRAFT_KEY_PREFIX = 'credit-kit:draft:v1:';

/**
 * What a draft holds, and nothing else (never credentials): the form data, the idempotency key
 * made once for this draft, the section the user was on, and when it was saved.
 */
export interface Draft {
  readonly form: ApplicationForm;
  readonly idempotencyKey: string;
  readonly section: SectionId;
  /** ISO timestamp. */
  readonly savedAt: string;
}

const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The stored envelope, checked member by member (the form itself is normalised by `normalizeForm`). */
function readEnvelope(value: unknown): Omit<Draft, 'form'> & { form: unknown } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { form, idempotencyKey, section, savedAt } = value as Record<string, unknown>;
  if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return undefined;
  if (!(SECTIONS as readonly unknown[]).includes(section)) return undefined;
  if (typeof savedAt !== 'string' || !TIMESTAMP_PATTERN.test(savedAt) || Number.isNaN(Date.parse(savedAt))) return undefined;
  return { form, idempotencyKey, section: section as SectionId, savedAt };
}

/**
 * The localStorage key of a draft: namespaced by the backend (or the page's origin) and the
 * customer, e.g. `credit-kit:draft:v1:https://erp.example.com/api/credit/v1:C001`. An explicit
 * `draftKey` replaces the scope and customer part.
 */
export function draftStorageKey(scope: string, customerId: string | undefined, draftKey?: string): string {
  if (draftKey) return `${DRAFT_KEY_PREFIX}${draftKey}`;
  return `${DRAFT_KEY_PREFIX}${scope}:${customerId || 'new'}`;
}

/** Where drafts of a backend live: its base URL made absolute (no trailing `/`), else the page's origin. */
export function draftScope(baseUrl: string | undefined, origin: string = globalThis.location?.origin ?? ''): string {
  if (!baseUrl) return origin;
  try {
    return new URL(baseUrl, origin || undefined).href.replace(/\/+$/, '');
  } catch {
    return baseUrl;
  }
}

/**
 * The form state the browser keeps for a host form (`{ form, section }` as JSON), read back
 * like a draft: `undefined` when it is not JSON or holds no form; an unknown section is `basic`.
 */
export function readFormState(text: string): { form: ApplicationForm; section: SectionId } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const raw = (parsed ?? {}) as { form?: unknown; section?: unknown };
  const form = normalizeForm(raw.form);
  if (!form) return undefined;
  const section = (SECTIONS as readonly unknown[]).includes(raw.section) ? (raw.section as SectionId) : 'basic';
  return { form, section };
}

/** `localStorage`, or `undefined` where reading it throws (sandboxed frames, some privacy modes). */
function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and writes one draft in localStorage. Every failure (no storage, quota exceeded, a
 * corrupt entry) is contained: reads give `undefined`, writes give `false`.
 */
export class DraftStore {
  readonly key: string;
  private readonly storage: () => Storage | undefined;

  constructor(key: string, storage: () => Storage | undefined = defaultStorage) {
    this.key = key;
    this.storage = storage;
  }

  /** Whether a storage is there at all (a write may still fail when it is full). */
  get available(): boolean {
    return this.storage() !== undefined;
  }

  /** The stored draft, or `undefined` when there is none or it is unreadable (then it is removed). */
  load(): Draft | undefined {
    let text: string | null = null;
    try {
      text = this.storage()?.getItem(this.key) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.clear();
      return undefined;
    }
    const envelope = readEnvelope(parsed);
    const form = envelope ? normalizeForm(envelope.form) : undefined;
    if (!envelope || !form) {
      this.clear();
      return undefined;
    }
    return { form, idempotencyKey: envelope.idempotencyKey, section: envelope.section, savedAt: envelope.savedAt };
  }

  /** Stores `draft`; `false` when the storage is missing or refuses (quota). */
  save(draft: Draft): boolean {
    const storage = this.storage();
    if (!storage) return false;
    try {
      const { form, idempotencyKey, section, savedAt } = draft;
      storage.setItem(this.key, JSON.stringify({ form, idempotencyKey, section, savedAt }));
      return true;
    } catch {
      return false;
    }
  }

  /** Removes the draft; `false` when the storage is missing or refuses. */
  clear(): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }
}

/** The timer functions `Debounced` uses (the page's, or a test's own clock). */
export interface Timers {
  setTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(timer: ReturnType<typeof setTimeout>): void;
}

/**
 * Debounces saves: `schedule` after every change, the last one is written `delayMs` later;
 * `flush` writes a pending save at once (page hide, disconnect), `cancel` drops it.
 */
export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly run: () => void;
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(run: () => void, delayMs: number, timers: Timers = globalThis) {
    this.run = run;
    this.delayMs = delayMs;
    this.timers = timers;
  }

  schedule(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.delayMs);
  }

  /** A save is scheduled and not written yet. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  flush(): void {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.run();
  }

  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
