import { expect } from '@open-wc/testing';
import { customerSchema } from '@credit-kit/core';
import { installMockServiceWorker } from './browser.js';
import { expectValid, json, problem } from './test-support/expect-schema.js';

describe('installMockServiceWorker', () => {
  it('answers the page\'s own fetch calls under the base path until stopped', async () => {
    // A base path over a real directory of the test server, to see who answers before and after stop().
    const installed = await installMockServiceWorker({ receivables: 20, basePath: '/packages/mock' });
    try {
      expectValid(customerSchema, await json(await fetch('/packages/mock/customers/C001')));
      expect(installed.backend.hits('GET /customers/{id}')).to.equal(1);
      await problem(await fetch('/packages/mock/package.json'), 404);
      expect(installed.backend.hits('unmatched')).to.equal(1);
      // Requests elsewhere pass through to the real server.
      expect((await json<{ name: string }>(await fetch('/package.json'))).name).to.equal('credit-kit');
    } finally {
      installed.stop();
    }
    expect((await json<{ name: string }>(await fetch('/packages/mock/package.json'))).name).to.equal('@credit-kit/mock');
    expect(installed.backend.hits('unmatched')).to.equal(1);
  });
});
