import { attachmentMimeType, attachmentSchema } from '@credit-kit/core/lean';
import type { CreditApplicationMessages } from './credit-application.messages.js';

/** Why a chosen file cannot be attached. */
export type FileProblem = 'type' | 'size' | 'empty' | 'name';

/** A chosen file as the application lists it, and what is wrong with it, if anything. */
export interface CheckedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
  readonly problem?: FileProblem;
}

/** The file's type, or the one its extension implies when the browser reported none. */
export function resolveMimeType(file: Blob & { name?: string }): string {
  return attachmentMimeType(file);
}

/**
 * Checks a chosen file against the contract's attachment rules (`attachmentSchema`: PDF, JPEG,
 * PNG or XLSX, 1 byte to `MAX_ATTACHMENT_BYTES`, a name of at most 255 characters) before
 * anything is uploaded or handed to the host.
 */
export function checkFile(file: Blob & { name?: string }): CheckedFile {
  const checked = { fileName: (file.name ?? '').trim() || 'attachment', mimeType: resolveMimeType(file), size: file.size };
  const result = attachmentSchema.safeParse(checked);
  if (result.success) return checked;
  const first = result.error.issues[0]!;
  const member = first.path[0];
  const problem: FileProblem =
    member === 'mimeType' ? 'type' : member === 'size' ? (first.code === 'too_small' ? 'empty' : 'size') : 'name';
  return { ...checked, problem };
}

/** The localized message for a rejected file. */
export function fileProblemMessage(problem: FileProblem, name: string, t: CreditApplicationMessages['validation']): string {
  switch (problem) {
    case 'type':
      return t.attachmentType(name);
    case 'size':
      return t.attachmentSize(name);
    case 'empty':
      return t.attachmentEmpty(name);
    case 'name':
      return t.attachmentName(name.slice(0, 40) + '…');
  }
}
