import { adoptStyles, type CSSResult, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What a lazily loaded part of an element's UI gives: its styles, adopted when it arrives. */
export interface LoadedPart {
  readonly styles: CSSResult;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A part of an element's UI whose code loads the first time it is shown (secondary UI a page may
 * never open). `load()` gives it (an element that opens it on demand awaits that); `request()` during
 * render starts the load and gives `undefined` until the part is
 * there; the host renders again when it arrives or fails (`failed`: the element says so, with a
 * button that calls `retry()`). The part's styles are adopted beside the element's own. An element's
 * `getUpdateComplete` returns `completeAfter(…)`, so `updateComplete` covers the part.
 *
 * A part's chunk should import at run time nothing the page shares with it: see
 * `warning-badge/popover/popover-platform.ts` for why, and how the element hands it what it needs.
 */
export class LazyPart<P extends LoadedPart> implements ReactiveController {
  readonly #host: Host;
  readonly #load: () => Promise<P>;
  readonly #baseStyles: () => readonly CSSResultOrNative[];
  #part?: P;
  #loading?: Promise<void>;
  #failed = false;

  constructor(host: Host, load: () => Promise<P>, baseStyles: () => readonly CSSResultOrNative[]) {
    this.#host = host;
    this.#load = load;
    this.#baseStyles = baseStyles;
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when the last load failed; `retry()` tries again. */
  get failed(): boolean {
    return this.#failed && !this.#loading;
  }

  /** The part if loaded; otherwise starts loading it (unless the last load failed) and gives `undefined`. */
  request(): P | undefined {
    if (this.#part || this.#loading || this.#failed) return this.#part;
    this.#loading = this.#load().then(
      (part) => {
        this.#part = part;
        this.#failed = false;
        adoptStyles(this.#host.renderRoot as ShadowRoot, [...this.#baseStyles(), part.styles]);
      },
      () => {
        this.#failed = true;
      },
    );
    void this.#loading.finally(() => {
      this.#loading = undefined;
      this.#host.requestUpdate();
    });
    return undefined;
  }

  /** The part if loaded, else `undefined`. */
  get part(): P | undefined {
    return this.#part;
  }

  /** The part, loading it if needed (again after a failure); `undefined` when it could not load. */
  async load(): Promise<P | undefined> {
    if (this.failed) this.#failed = false;
    this.request();
    await this.settled;
    return this.#part;
  }

  /** Loads again after a failure (the element re-renders and asks). */
  retry(): void {
    this.#failed = false;
    this.#host.requestUpdate();
  }

  /** Settles once a load in progress has (at once when none is). */
  get settled(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  /**
   * The element's `updateComplete` that also waits for a load in progress and the render after it:
   * `getUpdateComplete() { return this.lazyPart.completeAfter(() => super.getUpdateComplete()); }`.
   */
  async completeAfter(hostComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await hostComplete();
    while (this.pending) {
      await this.settled;
      complete = await hostComplete();
    }
    return complete;
  }

  /** Whether a load is in progress. */
  get pending(): boolean {
    return this.#loading !== undefined;
  }
}
