import { expect } from '@open-wc/testing';
import { InflightRegistry } from './inflight.js';
import { deferred } from './test-support/fake-fetch.js';
import { rejectionOf } from './test-support/setup.js';

describe('InflightRegistry', () => {
  it('hands callers without a signal the very same promise, and starts the work once', async () => {
    const registry = new InflightRegistry();
    let starts = 0;
    const gate = deferred<string>();
    const start = () => {
      starts += 1;
      return gate.promise;
    };
    const a = registry.run('k', start, undefined);
    const b = registry.run('k', start, undefined);
    expect(a).to.equal(b);
    gate.resolve('done');
    expect(await a).to.equal('done');
    expect(starts).to.equal(1);
    expect(registry.size).to.equal(0);
  });

  it('keeps the work alive while a caller without a signal remains', async () => {
    const registry = new InflightRegistry();
    let shared: AbortSignal | undefined;
    const gate = deferred<string>();
    const controller = new AbortController();
    const withSignal = registry.run('k', (signal) => ((shared = signal), gate.promise), controller.signal);
    const without = registry.run('k', () => gate.promise, undefined);
    await Promise.resolve();
    controller.abort();
    await rejectionOf(withSignal);
    expect(shared!.aborted).to.equal(false);
    gate.resolve('ok');
    expect(await without).to.equal('ok');
  });

  it('rejects at once for an already aborted signal and starts nothing', async () => {
    const registry = new InflightRegistry();
    let starts = 0;
    const e = (await rejectionOf(
      Promise.resolve().then(() => registry.run('k', async () => (starts += 1), AbortSignal.abort())),
    )) as DOMException;
    expect(e.name).to.equal('AbortError');
    expect(starts).to.equal(0);
  });
});
