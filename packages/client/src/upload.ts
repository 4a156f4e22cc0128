import { attachmentMimeType, attachmentSchema, CreditKitValidationError, parseWith } from '@credit-kit/core/lean';

/** A file to upload: a `File`, or any `Blob` with an optional name. */
export type UploadFile = Blob & { name?: string };


/** File name used when the blob has none. */
export const DEFAULT_UPLOAD_NAME = 'attachment';

/**
 * Checks a file against the contract's attachment rules (PDF, JPEG, PNG or XLSX; 1 byte to 20 MiB)
 * before anything is sent, and returns the multipart body (field `file`). Throws
 * `CreditKitValidationError` ("Invalid attachment: size is larger than 20 MB").
 */
export function uploadBody(file: UploadFile): FormData {
  if (!(file instanceof Blob)) {
    throw new CreditKitValidationError('attachment', [{ path: '', code: 'invalid_type', message: 'must be a File or Blob' }]);
  }
  const fileName = typeof file.name === 'string' && file.name.trim() !== '' ? file.name : DEFAULT_UPLOAD_NAME;
  const mimeType = attachmentMimeType({ type: file.type, name: fileName });
  parseWith(attachmentSchema, { fileName, mimeType, size: file.size }, 'attachment');
  const body = new FormData();
  // Re-wrapped so the part carries the resolved type even when the browser reported none.
  body.append('file', file.type === mimeType ? file : new Blob([file], { type: mimeType }), fileName);
  return body;
}
