import { randomUUID } from 'node:crypto';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, attachmentMimeType, type AttachmentUpload, type FieldError } from '@credit-kit/core';
import type { RouteModule } from '../context.js';
import { sha256 } from '../http/hash.js';
import { ProblemError, unprocessable } from '../http/problem.js';
import { json } from '../http/respond.js';

const invalid = (errors: FieldError[]) => unprocessable('The attachment was not accepted: see errors.', errors, 'validation');

/**
 * `POST /attachments`: multipart/form-data field `file`, a type of core's `ATTACHMENT_TYPES` (by
 * the reported type, else the extension), 1 byte to `MAX_ATTACHMENT_BYTES`. Stored in the
 * `attachments` table, so every process serves the same files.
 */
export const registerAttachmentRoutes: RouteModule = (app, { db }) => {
  app.post('/attachments', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!type.toLowerCase().startsWith('multipart/form-data')) {
      throw invalid([{ path: 'file', code: 'required', message: 'must be sent as the field "file" of a multipart/form-data body' }]);
    }
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new ProblemError({ status: 400, slug: 'invalid-multipart', detail: 'The multipart/form-data body could not be read.' });
    }
    const file = form.get('file');
    if (file === null || typeof file === 'string') {
      throw invalid([{ path: 'file', code: 'required', message: 'is required: send the document as the multipart field "file"' }]);
    }
    // Multipart encoders label a file of unknown type application/octet-stream: that says nothing, so the extension decides.
    const mimeType = attachmentMimeType({ name: file.name, type: file.type === 'application/octet-stream' ? '' : file.type });
    const errors: FieldError[] = [];
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(mimeType)) {
      errors.push({ path: 'file.mimeType', code: 'invalid_value', message: `must be a PDF, JPEG, PNG or XLSX file, not "${mimeType || 'unknown'}"` });
    }
    if (file.size < 1) errors.push({ path: 'file.size', code: 'too_small', message: 'is empty' });
    if (file.size > MAX_ATTACHMENT_BYTES) errors.push({ path: 'file.size', code: 'too_big', message: 'is larger than 20 MB' });
    if (errors.length) throw invalid(errors);
    const content = new Uint8Array(await file.arrayBuffer());
    const upload: AttachmentUpload = {
      uploadId: `U${randomUUID()}`,
      fileName: (file.name || 'attachment').slice(0, 255),
      mimeType: mimeType as AttachmentUpload['mimeType'],
      size: content.byteLength,
    };
    await db.query(
      'INSERT INTO attachments (id, file_name, mime_type, size, sha256, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [upload.uploadId, upload.fileName, upload.mimeType, upload.size, sha256(content), content, c.get('principal').subject],
    );
    return json(upload, 201);
  });
};
