import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CkAgingLoadedEvent, type AgingLoadedDetail } from '../aging-table.events.js';

/** Fires `ck-aging-loaded` once after each load, when the loaded rows are drawn. */
export class LoadedAnnouncer implements ReactiveController {
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget & { readonly ready: boolean },
    private readonly detail: () => AgingLoadedDetail,
  ) {
    host.addController(this);
  }

  /** A load finished: announce it after the next update. */
  arm(): void {
    this.pending = true;
  }

  hostUpdated(): void {
    if (!this.pending || !this.host.ready) return;
    this.pending = false;
    this.host.dispatchEvent(new CkAgingLoadedEvent(this.detail()));
  }
}
