import type { ReactiveControllerHost } from 'lit';

/**
 * The user's Cancel of a long load (a client-mode walk, the server report's first page): the run
 * is aborted — its requests with it — and the table shows that it was cancelled, with Retry,
 * never a part of the data as if it were the whole.
 */
export class LoadCancel {
  cancelled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly abortRun: () => void,
  ) {}

  cancel(): void {
    this.cancelled = true;
    this.abortRun();
    this.host.requestUpdate();
  }

  /** A load starts (Retry, or a property changed). */
  reset(): void {
    this.cancelled = false;
  }
}
