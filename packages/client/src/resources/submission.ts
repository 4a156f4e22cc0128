import { attachmentUploadSchema, creditApplicationInputSchema, creditApplicationSchema, parseWith, type AttachmentUpload, type CreditApplication, type CreditApplicationInput } from '@credit-kit/core/lean';
import type { SubmitOptions, UploadOptions } from '../client.js';
import { endpoint } from '../endpoint.js';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_HEADER, type RestClient } from '../rest-client.js';
import { uploadBody, type UploadFile } from '../upload.js';

export const SUBMISSION_ENDPOINTS = {
  submitApplication: /* @__PURE__ */ endpoint<CreditApplication>('POST', '/credit-applications', creditApplicationSchema, { retry: 'idempotent-write' }),
  uploadAttachment: /* @__PURE__ */ endpoint<AttachmentUpload>('POST', '/attachments', attachmentUploadSchema),
};

/** `submitApplication`, `uploadAttachment`: the application form's writes. */
export const submissionMethods = {
  async submitApplication(this: RestClient, input: CreditApplicationInput, options: SubmitOptions): Promise<CreditApplication> {
    const body = JSON.stringify(parseWith(creditApplicationInputSchema, input, 'credit application'));
    const key = checkIdempotencyKey(options?.idempotencyKey, 'submit options');
    return this._post(SUBMISSION_ENDPOINTS.submitApplication, body, { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key }, options);
  },
  async uploadAttachment(this: RestClient, file: UploadFile, options: UploadOptions = {}): Promise<AttachmentUpload> {
    return this._post(SUBMISSION_ENDPOINTS.uploadAttachment, uploadBody(file), {}, options);
  },
};
