import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttachmentUpload } from '@credit-kit/core/lean';
import { checkFile, type FileProblem } from '../attachment-check.js';
import type { SelectedAttachment } from '../credit-application.events.js';
import type { UploadsStatus } from '../form-state.js';

/** A file being uploaded, or whose upload failed (kept so it can be retried). */
export interface PendingUpload {
  readonly id: number;
  readonly file: File;
  readonly fileName: string;
  readonly status: 'uploading' | 'failed';
  readonly error?: unknown;
}

/** A chosen file that cannot be attached, and why. */
export interface RejectedFile {
  readonly problem: FileProblem;
  readonly name: string;
}

/** What the controller tells its host. */
export interface UploadHandlers {
  /** Sends a file (`client.uploadAttachment`). */
  upload(file: File): Promise<AttachmentUpload>;
  /** A file was uploaded: list it with its `uploadId`. */
  uploaded(upload: AttachmentUpload): void;
  /** In `event` mode, a file passed the checks: list it and hand it to the host. */
  selected(file: File, attachment: SelectedAttachment): void;
  /** An upload started, finished or failed (for the live region). */
  announce(fileName: string, status: 'uploading' | 'uploaded' | 'failed'): void;
}

/**
 * The files the user chooses: checked against the contract before anything is sent, then
 * uploaded (or, in `event` mode, handed to the host), with failed uploads kept for Retry. The
 * form lists an attachment only once its upload succeeded.
 */
export class UploadController implements ReactiveController {
  /** Uploads running or failed, in the order they were started. */
  uploads: readonly PendingUpload[] = [];
  /** Files of the last choice that were refused. */
  rejected: readonly RejectedFile[] = [];

  private readonly host: ReactiveControllerHost;
  private readonly handlers: UploadHandlers;
  private sequence = 0;

  constructor(host: ReactiveControllerHost, handlers: UploadHandlers) {
    this.host = host;
    this.handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether an upload runs or failed: what blocks submitting. */
  get status(): UploadsStatus {
    if (this.uploads.some((u) => u.status === 'uploading')) return 'uploading';
    return this.uploads.length ? 'failed' : 'none';
  }

  /** Checks the chosen files; uploads the good ones (`upload` mode) or attaches them at once (`event` mode). */
  choose(files: readonly File[], mode: 'upload' | 'event'): void {
    const rejected: RejectedFile[] = [];
    for (const file of files) {
      const checked = checkFile(file);
      if (checked.problem) {
        rejected.push({ problem: checked.problem, name: checked.fileName });
        continue;
      }
      if (mode === 'event') this.handlers.selected(file, { fileName: checked.fileName, mimeType: checked.mimeType, size: checked.size });
      else void this.start(file, checked.fileName);
    }
    this.rejected = rejected;
    this.host.requestUpdate();
  }

  /** Uploads `file`; with the `id` of a failed upload, retries it. */
  async start(file: File, fileName: string, id = ++this.sequence): Promise<void> {
    this.set([...this.uploads.filter((u) => u.id !== id), { id, file, fileName, status: 'uploading' }]);
    this.handlers.announce(fileName, 'uploading');
    try {
      const result = await this.handlers.upload(file);
      if (!this.has(id)) return; // removed meanwhile
      this.set(this.uploads.filter((u) => u.id !== id));
      this.handlers.uploaded(result);
      this.handlers.announce(fileName, 'uploaded');
    } catch (error) {
      if (!this.has(id)) return;
      this.set(this.uploads.map((u) => (u.id === id ? { ...u, status: 'failed', error } : u)));
      this.handlers.announce(fileName, 'failed');
    }
  }

  /** Drops a running or failed upload (a running one's result is then ignored). */
  remove(id: number): void {
    this.set(this.uploads.filter((u) => u.id !== id));
  }

  /** Forgets every upload and refusal (the form was replaced). */
  clear(): void {
    this.uploads = [];
    this.rejected = [];
    this.host.requestUpdate();
  }

  private has(id: number): boolean {
    return this.uploads.some((u) => u.id === id);
  }

  private set(uploads: readonly PendingUpload[]): void {
    this.uploads = uploads;
    this.host.requestUpdate();
  }
}
