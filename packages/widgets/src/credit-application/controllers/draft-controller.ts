import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IDEMPOTENCY_KEY_PATTERN } from '@credit-kit/core/lean';
import { newIdempotencyKey } from '@credit-kit/client';
import type { SectionId } from '../fields.js';
import { normalizeForm, type ApplicationForm } from '../form-model.js';
import { Debounced, DraftStore, type Draft } from '../draft-store.js';
import { mergeForms, sameJson } from '../draft-merge.js';
import { DraftTabs, type SubmittedDraft, type TabEnvironment, type TabMessage } from '../draft-tabs.js';

/** How long after the last change the draft is written. */
const AUTOSAVE_DELAY_MS = 250;

/** The message about the draft: restored (with Discard), discarded (with Undo), brought back. */
export type DraftNote = { kind: 'restored'; savedAt: string } | { kind: 'discarded' } | { kind: 'undone' };

/** What a draft keeps of the form. */
export interface DraftSnapshot {
  readonly form: ApplicationForm;
  readonly section: SectionId;
}

/** What the controller reads from its element and tells it. */
export interface DraftHandlers {
  /** The form to save now, or `undefined` when there is nothing to save (the application was confirmed). */
  snapshot(): DraftSnapshot | undefined;
  /** Another tab's changes were merged with this one's: show `form`. */
  merged(form: ApplicationForm): void;
}

/**
 * The draft of one application in localStorage: autosaved shortly after every change, written at
 * once when the page is hidden or the element removed, with the idempotency key made once per
 * draft (so a reload after a lost answer resubmits with it), discard with undo, and the note
 * that says what happened. Never stores anything but the form, the key, the section and a time.
 *
 * Across tabs (and windows) with the same draft open, one draft is one key and one application:
 * the key is made or adopted under a Web Lock from what is stored, saves and submissions are
 * told to the others (`DraftTabs`), each merges another's save field by field, the user is told
 * the draft is open elsewhere, and a draft one tab submitted is neither written back nor restored.
 */
export class DraftController implements ReactiveController {
  /** What the draft note says, if anything. */
  note?: DraftNote;
  /** localStorage is missing or refused the last write. */
  storageFailed = false;
  /** Another tab submitted this draft: this one must not send or keep it. */
  submittedElsewhere?: SubmittedDraft;

  private readonly host: ReactiveControllerHost;
  private readonly handlers: DraftHandlers;
  private readonly env: TabEnvironment | undefined;
  private readonly autosave = new Debounced(() => void this.exclusive(() => this.write()), AUTOSAVE_DELAY_MS);
  private readonly onPageHide = () => {
    this.flush();
    this.tabs?.post({ type: 'closed' });
  };
  private readonly onPageShow = (event: PageTransitionEvent) => event.persisted && this.tabs?.post({ type: 'open' });
  private store?: DraftStore;
  private tabs?: DraftTabs;
  private idempotencyKey?: string;
  /** The key the last submission was sent with. */
  private sentKey?: string;
  /** The form as this tab last read or wrote it: the base of a merge with another tab's save. */
  private base?: ApplicationForm;
  /** Keys already submitted when this draft was opened or started (they say nothing about it). */
  private knownSubmitted = new Set<string>();
  /** Other tabs with this draft open. */
  private readonly others = new Set<string>();
  /** The user changed something since the prefill, so there is a draft to keep. */
  private dirty = false;
  private undo?: DraftSnapshot & { readonly idempotencyKey?: string };

  constructor(host: ReactiveControllerHost, handlers: DraftHandlers, env?: TabEnvironment) {
    this.host = host;
    this.handlers = handlers;
    this.env = env;
    host.addController(this);
  }

  /** Whether the form holds changes of the user's (a restored draft counts). */
  get hasChanges(): boolean {
    return this.dirty;
  }

  /** Another tab or window has this draft open. */
  get openElsewhere(): boolean {
    return this.others.size > 0;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    if (this.store && !this.tabs) this.tabs = this.openTabs(this.store.key);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    this.flush();
    this.tabs?.close();
    this.tabs = undefined;
    this.others.clear();
  }

  hostUpdated(): void {
    // Until the user changes something, the form shown is what a merge starts from.
    if (!this.dirty) this.base = this.handlers.snapshot()?.form;
  }

  /** Switches to the draft under `storageKey` (after a load); returns what is stored there, if anything. */
  open(storageKey: string): Draft | undefined {
    this.tabs?.close();
    this.others.clear();
    this.store = new DraftStore(storageKey);
    this.tabs = this.openTabs(storageKey);
    this.storageFailed = !this.store.available;
    this.undo = undefined;
    this.submittedElsewhere = undefined;
    this.knownSubmitted = this.submittedKeys();
    let draft = this.store.load();
    // A draft another tab submitted (and one wrote back before it knew) never comes back.
    if (draft && this.knownSubmitted.has(draft.idempotencyKey)) {
      this.store.clear();
      draft = undefined;
    }
    this.idempotencyKey = draft?.idempotencyKey;
    this.base = draft?.form;
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

  /** Writes a pending save now (page hidden, element removed, the customer or key about to change). */
  flush(): void {
    if (!this.autosave.pending) return;
    this.autosave.cancel();
    this.write();
  }

  /** Runs `work` while no other tab with this draft runs its own (key creation, submission). */
  exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    return this.tabs ? this.tabs.exclusive(work) : Promise.resolve().then(work);
  }

  /**
   * The idempotency key to submit with (call it inside `exclusive`): the stored draft's when another
   * tab made it, stored with the merged data before anything is sent. `undefined` when another tab
   * has submitted this draft meanwhile.
   */
  keyForSubmit(): string | undefined {
    this.dirty = true;
    this.autosave.cancel();
    this.write();
    if (this.submittedElsewhere) return undefined;
    this.idempotencyKey ??= newIdempotencyKey();
    this.sentKey = this.idempotencyKey;
    return this.idempotencyKey;
  }

  /** The server confirmed the application `number`: the draft is done, here and in every other tab. */
  submitted(number: string): void {
    const idempotencyKey = this.sentKey ?? this.idempotencyKey;
    if (idempotencyKey) this.tabs?.markSubmitted({ idempotencyKey, number });
    this.clear();
  }

  /** Forgets the draft for good (reset): the next change starts a new one with a new key. */
  clear(): void {
    this.autosave.cancel();
    this.store?.clear();
    this.idempotencyKey = undefined;
    this.sentKey = undefined;
    this.dirty = false;
    this.note = undefined;
    this.undo = undefined;
    this.submittedElsewhere = undefined;
    this.knownSubmitted = this.submittedKeys();
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
    this.write();
    this.note = { kind: 'undone' };
    this.host.requestUpdate();
    return true;
  }

  private openTabs(storageKey: string): DraftTabs {
    return new DraftTabs(storageKey, (message) => this.received(message), this.env);
  }

  private submittedKeys(): Set<string> {
    return new Set(this.tabs?.submitted().map((s) => s.idempotencyKey));
  }

  /** A submission of this slot that is about this tab's draft: its key, or any new one while it has none. */
  private submissionOf(key: string | undefined): SubmittedDraft | undefined {
    const submitted = this.tabs?.submitted() ?? [];
    return key === undefined ? submitted.find((s) => !this.knownSubmitted.has(s.idempotencyKey)) : submitted.find((s) => s.idempotencyKey === key);
  }

  /**
   * Writes the draft, first taking in what another tab stored since this one last looked (its key
   * and, merged field by field, its changes); writes nothing once another tab submitted it.
   */
  private write(): void {
    const snapshot = this.handlers.snapshot();
    if (!this.store || !this.dirty || !snapshot || this.submittedElsewhere) return;
    const elsewhere = this.submissionOf(this.idempotencyKey);
    if (elsewhere) return this.closeSubmitted(elsewhere);
    let stored = this.store.load();
    if (stored && this.submissionOf(stored.idempotencyKey)) stored = undefined;
    let form = snapshot.form;
    if (stored && this.base && !sameJson(stored.form, this.base)) {
      const merged = mergeForms(this.base, form, stored.form).form;
      if (!sameJson(merged, form)) this.handlers.merged((form = merged));
    }
    this.idempotencyKey = stored?.idempotencyKey ?? this.idempotencyKey ?? newIdempotencyKey();
    const draft: Draft = { form, section: snapshot.section, idempotencyKey: this.idempotencyKey, savedAt: new Date().toISOString() };
    const saved = this.store.save(draft);
    if (saved) {
      this.base = form;
      this.tabs?.post({ type: 'saved', draft });
    }
    if (this.storageFailed === saved) {
      this.storageFailed = !saved;
      this.host.requestUpdate();
    }
  }

  private received(message: TabMessage): void {
    if (message.type === 'closed') this.others.delete(message.tab);
    else this.others.add(message.tab);
    if (message.type === 'submitted') {
      const { idempotencyKey } = message.submitted;
      if (this.idempotencyKey === idempotencyKey || (this.idempotencyKey === undefined && !this.knownSubmitted.has(idempotencyKey))) this.closeSubmitted(message.submitted);
    } else if (message.type === 'saved') this.takeIn(message.draft);
    else if (message.type === 'stored') this.takeIn(this.store?.load());
    this.host.requestUpdate();
  }

  /** Another tab saved `draft`: its key becomes this tab's, its changes are merged into this form. */
  private takeIn(draft: Draft | undefined): void {
    const remote = draft && normalizeForm(draft.form);
    if (!draft || !remote || !IDEMPOTENCY_KEY_PATTERN.test(draft.idempotencyKey) || this.submittedElsewhere) return;
    if (this.submissionOf(draft.idempotencyKey)) return;
    const local = this.handlers.snapshot()?.form;
    if (!local) return;
    const merged = mergeForms(this.base ?? local, local, remote).form;
    this.idempotencyKey = draft.idempotencyKey;
    this.base = remote;
    this.dirty = true;
    if (!sameJson(merged, local)) this.handlers.merged(merged);
    if (!sameJson(merged, remote)) this.autosave.schedule();
  }

  /** Another tab submitted this draft: nothing more is saved or sent from here. */
  private closeSubmitted(submitted: SubmittedDraft): void {
    this.autosave.cancel();
    this.submittedElsewhere = submitted;
    this.idempotencyKey = undefined;
    this.dirty = false;
    this.note = undefined;
    this.undo = undefined;
    this.host.requestUpdate();
  }
}
