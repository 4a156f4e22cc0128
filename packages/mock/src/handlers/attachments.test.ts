import { expect } from '@open-wc/testing';
import { MAX_ATTACHMENT_BYTES, attachmentUploadSchema } from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { expectValid, json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';

function upload(backend: ReturnType<typeof createMockBackend>, file?: File, field = 'file'): Promise<Response> {
  const form = new FormData();
  if (file) form.append(field, file);
  return backend.fetch(`${API}/attachments`, { method: 'POST', body: form });
}

describe('POST /attachments', () => {
  const backend = createMockBackend({ receivables: 10 });

  it('accepts a PDF, PNG, JPEG or XLSX and answers 201 with an upload id', async () => {
    const types = ['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
    const ids = new Set<string>();
    for (const type of types) {
      const body = await json<{ uploadId: string; size: number; mimeType: string; fileName: string }>(await upload(backend, new File([new Uint8Array(300)], 'doc', { type })), 201);
      expectValid(attachmentUploadSchema, body);
      expect(body).to.include({ size: 300, mimeType: type, fileName: 'doc' });
      ids.add(body.uploadId);
    }
    expect(ids.size).to.equal(4);
    expect(backend.state.uploads).to.have.length(4);
  });

  it('accepts exactly the maximum size and refuses one byte more (422 on file.size)', async () => {
    await json(await upload(backend, new File([new Uint8Array(MAX_ATTACHMENT_BYTES)], 'max.pdf', { type: 'application/pdf' })), 201);
    const body = await problem(await upload(backend, new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'big.pdf', { type: 'application/pdf' })), 422);
    expect(body.errors).to.deep.equal([{ path: 'file.size', code: 'too_big', message: 'is larger than 20 MB' }]);
  });

  it('refuses an empty file, a wrong type, a missing field and a non-multipart body with 422 field errors', async () => {
    const empty = await problem(await upload(backend, new File([], 'empty.pdf', { type: 'application/pdf' })), 422);
    expect(empty.errors!.map((e) => e.path)).to.deep.equal(['file.size']);
    const wrongType = await problem(await upload(backend, new File(['x'], 'run.exe', { type: 'application/x-msdownload' })), 422);
    expect(wrongType.errors!.map((e) => e.path)).to.deep.equal(['file.mimeType']);
    const missing = await problem(await upload(backend, new File(['x'], 'a.pdf', { type: 'application/pdf' }), 'document'), 422);
    expect(missing.errors!.map((e) => e.path)).to.deep.equal(['file']);
    const notMultipart = await backend.fetch(`${API}/attachments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect((await problem(notMultipart, 422)).errors!.map((e) => e.path)).to.deep.equal(['file']);
  });
});
