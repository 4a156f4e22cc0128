import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '@credit-kit/client';
import type { SectionId } from '../fields.js';
import type { ApplicationForm } from '../form-model.js';
import { Debounced, DraftStore, type Draft } from '../draft-store.js';

/** How long after the last change the draft is written. */
const AUTOSAVE_DELAY_MS = 250;

/** The message about the draft: restored (with Discard), discarded (with Undo), brought back. */
export type DraftNote = { kind: 'restored'; savedAt: string } | { kind: 'discarded' } | { kind: 'undone' };

/** What a draft keeps of the form. */
export interface DraftSnapshot {
  readonly form: ApplicationForm;
  readonly section: SectionId;
}

/**
 * The draft of one application in localStorage: autosaved shortly after every change, written at
 * once when the page is hidden or the element removed, with the idempotency key made once per
 * draft (so a reload after a lost answer resubmits with it), discard with undo, and the note
 * that says what happened. Never stores anything but the form, the key, the section and a time.
 */
export class DraftController implements ReactiveController {
  /** What the draft note says, if anything. */
  note?: DraftNote;
  /** localStorage is missing or refused the last write. */
  storageFailed = false;

  private readonly host: ReactiveControllerHost;
  /** The form to save now, or `undefined` when there is nothing to save (the application was confirmed). */
  private readonly snapshot: () => DraftSnapshot | undefined;
  private readonly autosave = new Debounced(() => this.save(), AUTOSAVE_DELAY_MS);
  private readonly onPageHide = () => this.autosave.flush();
  private store?: DraftStore;
  private idempotencyKey?: string;
  /** The user changed something since the prefill, so there is a draft to keep. */
  private dirty = false;
  private undo?: DraftSnapshot & { readonly idempotencyKey?: string };

  constructor(host: ReactiveControllerHost, snapshot: () => DraftSnapshot | undefined) {
    this.host = host;
    this.snapshot = snapshot;
    host.addController(this);
  }

  /** Whether the form holds changes of the user's (a restored draft counts). */
  get hasChanges(): boolean {
    return this.dirty;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    this.autosave.flush();
  }

  /** Switches to the draft under `storageKey` (after a load); returns what is stored there, if anything. */
  open(storageKey: string): Draft | undefined {
    this.store = new DraftStore(storageKey);
    this.storageFailed = !this.store.available;
    this.undo = undefined;
    const draft = this.store.load();
    this.idempotencyKey = draft?.idempotencyKey;
    this.dirty = draft !== undefined;
    this.note = draft ? { kind: 'restored', savedAt: draft.savedAt } : undefined;
    this.host.requestUpdate();
    return draft;
  }

  /** The form holds something to keep that the user did not type (a state the browser restored). */
  keep(options: { save?: boolean } = {}): void {
    this.dirty = true;
    if (options.save) this.autosave.schedule();
  }

  /** The user changed the form: saved shortly. */
  changed(): void {
    this.dirty = true;
    if (this.note && this.note.kind !== 'restored') this.note = undefined;
    this.undo = undefined;
    this.autosave.schedule();
  }

  /** The user moved to another section: saved shortly, when there is a draft. */
  moved(): void {
    if (this.dirty) this.autosave.schedule();
  }

  /** Writes a pending save now (the customer or key is about to change). */
  flush(): void {
    this.autosave.flush();
  }

  /** The idempotency key to submit with, stored with the data before anything is sent. */
  keyForSubmit(): string {
    this.idempotencyKey ??= newIdempotencyKey();
    this.dirty = true;
    this.autosave.cancel();
    this.save();
    return this.idempotencyKey;
  }

  /** The server confirmed the application: the draft is done. */
  submitted(): void {
    this.clear();
  }

  /** Forgets the draft for good (reset): the next change starts a new one with a new key. */
  clear(): void {
    this.autosave.cancel();
    this.store?.clear();
    this.idempotencyKey = undefined;
    this.dirty = false;
    this.note = undefined;
    this.undo = undefined;
    this.host.requestUpdate();
  }

  /** Forgets the draft but keeps `current` so `restoreDiscarded` can bring it back. */
  discard(current: DraftSnapshot): void {
    const undo = { ...current, ...(this.idempotencyKey ? { idempotencyKey: this.idempotencyKey } : {}) };
    this.clear();
    this.undo = undo;
    this.note = { kind: 'discarded' };
  }

  /** Brings the discarded draft back: `apply` puts it in the form, then it is saved again with its key. */
  restoreDiscarded(apply: (snapshot: DraftSnapshot) => void): boolean {
    const undo = this.undo;
    if (!undo) return false;
    this.undo = undefined;
    apply(undo);
    this.idempotencyKey = undo.idempotencyKey;
    this.dirty = true;
    this.save();
    this.note = { kind: 'undone' };
    this.host.requestUpdate();
    return true;
  }

  private save(): void {
    const snapshot = this.snapshot();
    if (!this.store || !this.dirty || !snapshot) return;
    this.idempotencyKey ??= newIdempotencyKey();
    const draft: Draft = { form: snapshot.form, section: snapshot.section, idempotencyKey: this.idempotencyKey, savedAt: new Date().toISOString() };
    const saved = this.store.save(draft);
    if (this.storageFailed === saved) {
      this.storageFailed = !saved;
      this.host.requestUpdate();
    }
  }
}
