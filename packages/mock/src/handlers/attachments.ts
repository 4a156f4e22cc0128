import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentUpload, type FieldError } from '@credit-kit/core';
import { ProblemError } from '../http/problem.js';
import { jsonResponse } from '../http/respond.js';
import type { RouteDefinition } from '../http/route.js';
import type { HandlerContext } from './context.js';

/**
 * `POST /attachments`: multipart/form-data with a field `file` of a type in `ATTACHMENT_TYPES`,
 * 1 byte to `MAX_ATTACHMENT_BYTES`. 201 with the `uploadId` to put in the application, or a 422
 * naming `file`, `file.mimeType` or `file.size`. The content is read and dropped.
 */
export function attachmentRoutes(context: HandlerContext): RouteDefinition[] {
  return [
    {
      route: 'POST /attachments',
      handle: async ({ request }) => {
        const file = await fileField(request);
        const errors: FieldError[] = [];
        if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
          errors.push({ path: 'file.mimeType', code: 'invalid_value', message: `must be a PDF, JPEG, PNG or XLSX file, not "${file.type || 'unknown'}"` });
        }
        if (file.size < 1) errors.push({ path: 'file.size', code: 'too_small', message: 'is empty' });
        if (file.size > MAX_ATTACHMENT_BYTES) errors.push({ path: 'file.size', code: 'too_big', message: 'is larger than 20 MB' });
        if (errors.length) throw invalid(errors);

        const upload: AttachmentUpload = {
          uploadId: `U${String(context.state.uploads.length + 1).padStart(6, '0')}`,
          fileName: file.name || 'attachment',
          mimeType: file.type as AttachmentUpload['mimeType'],
          size: file.size,
        };
        context.state.uploads.push(upload);
        return jsonResponse(upload, 201);
      },
    },
  ];
}

async function fileField(request: Request): Promise<File> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw invalid([{ path: 'file', code: 'required', message: 'must be sent as the field "file" of a multipart/form-data body' }]);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ProblemError({ status: 400, slug: 'invalid-multipart', detail: 'The multipart/form-data body could not be read.' });
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    throw invalid([{ path: 'file', code: 'required', message: 'is required: send the document as the multipart field "file"' }]);
  }
  return file;
}

function invalid(errors: FieldError[]): ProblemError {
  return new ProblemError({ status: 422, slug: 'validation', detail: 'The attachment was not accepted: see errors.', errors });
}
