import { expect } from '@open-wc/testing';
import { verifyReceipt } from './receipts.js';

describe('docs/decision-loop.md', () => {
  it('its worked receipt verifies with verifyReceipt, and a one-cent edit of it does not (run `npm run contract` after a rule change)', async () => {
    const markdown = await (await fetch('/docs/decision-loop.md')).text();
    const block = /<!-- receipt-example:start -->\nReceipt \(Receipt\):\n```json\n([\s\S]*?)\n```/.exec(markdown);
    expect(block, 'the example block').to.not.equal(null);
    const receipt = JSON.parse(block![1]!);
    expect(await verifyReceipt(receipt)).to.include({ verified: true });
    const edited = JSON.parse(block![1]!.replace('"value":"4500000.00"}', '"value":"4500000.01"}'));
    expect(await verifyReceipt(edited)).to.include({ verified: false, at: 'step', step: 'limit.maximum' });
  });
});
