import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Finds what to focus in the host's render root, once the change that shows it is rendered. */
export type FocusTarget = (root: ParentNode) => HTMLElement | null | undefined;

/** The element with `id` in the render root. */
export const byId =
  (id: string): FocusTarget =>
  (root) =>
    root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);

/** The first element with the part `name`. */
export const byPart =
  (name: string): FocusTarget =>
  (root) =>
    root.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The first target that finds something. */
export const firstOf =
  (...targets: FocusTarget[]): FocusTarget =>
  (root) => {
    for (const target of targets) {
      const found = target(root);
      if (found) return found;
    }
    return undefined;
  };

/**
 * Moves focus after an update: `focus(target)` asks for an update and, once the host has
 * rendered it, focuses what `target` finds (the new section's heading, a new row's first field).
 * Requests made before the same update: the last one wins; every promise settles after it.
 */
export class FocusController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  private requests: { target: FocusTarget; done: () => void }[] = [];

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds once the next update is rendered; resolves after that. */
  focus(target: FocusTarget): Promise<void> {
    return new Promise((done) => {
      this.requests.push({ target, done });
      this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    const requests = this.requests;
    if (requests.length === 0) return;
    this.requests = [];
    requests.at(-1)!.target(this.host.renderRoot)?.focus();
    for (const request of requests) request.done();
  }

  hostDisconnected(): void {
    // Nothing is rendered any more: settle the promises without moving focus.
    const requests = this.requests;
    this.requests = [];
    for (const request of requests) request.done();
  }
}
