import type { CreditApplication } from '@credit-kit/core/lean';
import { CreditKitEvent } from '../base/events.js';

/** The host confirmed the submission: `detail.application` is the stored application (number, status). */
export class CkApplicationSubmittedEvent extends CreditKitEvent<{ application: CreditApplication }> {
  static readonly eventName = 'ck-application-submitted';
  constructor(application: CreditApplication) {
    super(CkApplicationSubmittedEvent.eventName, { application });
  }
}

/** What an attachment handed to the host looks like in the application (no `uploadId` yet). */
export interface SelectedAttachment {
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
}

/**
 * With `attachment-mode="event"`: the user chose a file that passed the checks; the widget does
 * not upload it. `detail.file` is the `File`; `detail.attachment` is how the application lists it.
 */
export class CkAttachmentSelectEvent extends CreditKitEvent<{ file: File; attachment: SelectedAttachment }> {
  static readonly eventName = 'ck-attachment-select';
  constructor(file: File, attachment: SelectedAttachment) {
    super(CkAttachmentSelectEvent.eventName, { file, attachment });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-application-submitted': CkApplicationSubmittedEvent;
    'ck-attachment-select': CkAttachmentSelectEvent;
  }
}
