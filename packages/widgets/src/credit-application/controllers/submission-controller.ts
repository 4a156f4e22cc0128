import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CreditApplication, CreditApplicationInput } from '@credit-kit/core';

/** What the controller asks of its host and tells it. */
export interface SubmissionHandlers {
  /** Sends the application (`client.submitApplication`). */
  send(input: CreditApplicationInput, idempotencyKey: string): Promise<CreditApplication>;
  /** The host stored it. */
  confirmed(application: CreditApplication): void;
  /** It was not stored (or the answer was lost): `error` says why. */
  failed(error: unknown): void;
}

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

  /** Sends `input` with `idempotencyKey`; resolves to the stored application, `undefined` when it failed. */
  async send(input: CreditApplicationInput, idempotencyKey: string): Promise<CreditApplication | undefined> {
    this.sending = true;
    this.host.requestUpdate();
    try {
      const application = await this.handlers.send(input, idempotencyKey);
      this.sending = false;
      this.error = undefined;
      this.confirmed = application;
      this.handlers.confirmed(application);
      return application;
    } catch (error) {
      this.sending = false;
      this.error = error;
      this.handlers.failed(error);
      return undefined;
    } finally {
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
