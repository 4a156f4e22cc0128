import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditApplication, CreditApplicationInput } from '@credit-kit/core/lean';

/** What the controller asks of its host and tells it. */
export interface SubmissionHandlers {
  /** Sends the application (`client.submitApplication`). */
  send(input: CreditApplicationInput, idempotencyKey: string): Promise<CreditApplication>;
  /** The host stored it. */
  confirmed(application: CreditApplication): void;
  /** It was not stored (or the answer was lost): `error` says why. */
  failed(error: unknown): void;
  /** Runs a submission while no other tab with the same draft runs one (the draft's Web Lock). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** What to send, made inside `exclusive` (after the draft took in the other tabs' changes); `undefined`: nothing. */
export type PreparedSubmission = { readonly input: CreditApplicationInput; readonly idempotencyKey: string } | undefined;

/**
 * One submission at a time: whether one is in flight, why the last one failed, and the
 * application the host confirmed. The data and the idempotency key stay with the host, so a
 * failed submission is sent again unchanged.
 */
export class SubmissionController implements ReactiveController {
  /** A submission is in flight. */
  sending = false;
  /** Why the last submission failed; `undefined` after a success or a new start. */
  error: unknown = undefined;
  /** The application the host stored, once it confirmed. */
  confirmed?: CreditApplication;

  private readonly host: ReactiveControllerHost;
  private readonly handlers: SubmissionHandlers;

  constructor(host: ReactiveControllerHost, handlers: SubmissionHandlers) {
    this.host = host;
    this.handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Sends what `prepare` gives (busy from the call on, also while waiting for another tab's
   * submission); resolves to the stored application, `undefined` when there was nothing to send or it failed.
   */
  async send(prepare: () => PreparedSubmission): Promise<CreditApplication | undefined> {
    this.sending = true;
    this.host.requestUpdate();
    try {
      return await this.handlers.exclusive(async () => {
        const prepared = prepare();
        if (!prepared) return undefined;
        const application = await this.handlers.send(prepared.input, prepared.idempotencyKey);
        this.sending = false;
        this.error = undefined;
        this.confirmed = application;
        // Inside the lock: the other tabs learn it was submitted before one of them may send.
        this.handlers.confirmed(application);
        return application;
      });
    } catch (error) {
      this.sending = false;
      this.error = error;
      this.handlers.failed(error);
      return undefined;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets the confirmation and the failure (a new application, or a new load). */
  clear(): void {
    this.confirmed = undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }
}
