import { expect } from '@open-wc/testing';
import { CreditKitValidationError, MAX_ATTACHMENT_BYTES } from '@credit-kit/core';
import { ApiError } from './errors.js';
import { json, problem, scripted } from './test-support/fake-fetch.js';
import { BASE, rejectionOf, setup } from './test-support/setup.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('uploadAttachment', () => {
  it('posts the file as multipart field "file" and returns the upload id', async () => {
    const { client, fake } = setup(
      scripted(() => json({ uploadId: 'U1', fileName: 'licence.pdf', mimeType: 'application/pdf', size: 4 }, { status: 201 })),
    );
    const file = new File(['%PDF'], 'licence.pdf', { type: 'application/pdf' });
    const result = await client.uploadAttachment(file);
    expect(result.uploadId).to.equal('U1');
    const request = fake.requests[0]!;
    expect(request.url).to.equal(`${BASE}/attachments`);
    expect(request.method).to.equal('POST');
    // The browser sets the multipart Content-Type with its boundary; the client must not.
    expect(request.headers.get('Content-Type')).to.equal(null);
    const part = (request.body as FormData).get('file') as File;
    expect(part.name).to.equal('licence.pdf');
    expect(await part.text()).to.equal('%PDF');
  });

  it('infers the type from the extension when the browser reports none', async () => {
    const { client, fake } = setup(scripted(() => json({ uploadId: 'U2', fileName: 'ar.xlsx', mimeType: XLSX, size: 2 }, { status: 201 })));
    await client.uploadAttachment(new File(['PK'], 'ar.xlsx'));
    const part = (fake.requests[0]!.body as FormData).get('file') as File;
    expect(part.type).to.equal(XLSX);
    expect(part.name).to.equal('ar.xlsx');
  });

  it('rejects a forbidden type, an empty file and an oversized file before sending', async () => {
    const { client, fake } = setup(scripted(() => json({})));
    const cases: Array<[Blob & { name?: string }, string]> = [
      [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), 'mimeType'],
      [new File([], 'empty.pdf', { type: 'application/pdf' }), 'size'],
      [new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'big.pdf', { type: 'application/pdf' }), 'size'],
    ];
    for (const [file, path] of cases) {
      const e = (await rejectionOf(client.uploadAttachment(file))) as CreditKitValidationError;
      expect(e, file.name).to.be.instanceOf(CreditKitValidationError);
      expect(e.issues.map((i) => i.path)).to.deep.equal([path]);
    }
    expect(fake.requests).to.have.length(0);
  });

  it('is not retried', async () => {
    const { client, fake } = setup(scripted(() => problem(503)));
    const e = (await rejectionOf(client.uploadAttachment(new Blob(['x'], { type: 'image/png' })))) as ApiError;
    expect(e.status).to.equal(503);
    expect(e.endpoint).to.equal('POST /attachments');
    expect(fake.requests).to.have.length(1);
  });
});
