import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ageReceivables, type Receivable } from '../packages/core/src/index.js';
import { createClient } from '../packages/client/src/index.js';
import type { ReceivableStreamOptions } from '../packages/client/src/index.js';
import { startMockServer } from '../packages/mock/src/node/index.js';
import type { BenchHost } from './aging.bench.js';

/**
 * The 1,000,000-item load of `ck-aging-table` in client mode, over real HTTP: the mock backend
 * served on 127.0.0.1 from a worker thread (a server has its own CPU; here it gets the second
 * core), with the demo's 150 ms latency, then 0 ms. Contenders:
 * - baseline: today's walk, `iterateReceivables` with 1,000-item JSON pages one after another
 *   (zod-validated). It would take minutes, so only its first pages are timed and the rest is
 *   extrapolated (and said so);
 * - ours: `streamReceivables` (parts walked concurrently, 10,000-item pages, the compact columnar
 *   form, core's fast validation), then every item aged with core's `ageReceivables`;
 * - ours over plain JSON (`compact: false`), to measure what the compact form adds.
 * Pass: ours has 1,000,000 items fetched, validated and aged in under 15 s at 150 ms.
 */

const SERVER_ROLE = 'credit-kit-load-bench-server';

export interface LoadBenchOptions {
  /** Receivables served (default 1,000,000). */
  items?: number;
  /** Latencies to run at, ms (default 150 and 0). */
  latencies?: readonly number[];
  /** Time the baseline walk may run before its rate is extrapolated, ms (default 8,000). */
  baselineBudgetMs?: number;
  /** The goal at the first latency, seconds (default 15). */
  goalSeconds?: number;
}

export interface LoadBenchReport {
  pass: boolean;
  rows: { latencyMs: number; baselineMs: number; baselineExtrapolated: boolean; oursMs: number; jsonMs: number }[];
}

interface ServerMessage {
  type: 'listening' | 'knobs-set';
  url?: string;
}

// In the server worker: start the mock backend and answer knob changes.
if (!isMainThread && (workerData as { role?: string } | null)?.role === SERVER_ROLE) {
  const { receivables } = workerData as { receivables: number };
  const server = await startMockServer({ port: 0, receivables });
  parentPort!.on('message', (message: { latencyMs?: number; close?: boolean }) => {
    if (message.close) {
      void server.close().then(() => process.exit(0));
      return;
    }
    server.backend.setKnobs({ latencyMs: message.latencyMs ?? 0 });
    parentPort!.postMessage({ type: 'knobs-set' } satisfies ServerMessage);
  });
  parentPort!.postMessage({ type: 'listening', url: server.url } satisfies ServerMessage);
}

/** A mock server in a worker thread. */
async function startServerThread(receivables: number): Promise<{ url: string; setLatency(ms: number): Promise<void>; close(): Promise<void> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: SERVER_ROLE, receivables } });
  const next = (type: ServerMessage['type']) =>
    new Promise<ServerMessage>((resolve, reject) => {
      const onMessage = (message: ServerMessage) => {
        if (message.type !== type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(message);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const { url } = await next('listening');
  return {
    url: url!,
    async setLatency(latencyMs) {
      const set = next('knobs-set');
      worker.postMessage({ latencyMs });
      await set;
    },
    async close() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ close: true });
      await exited;
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (items: number, ms: number) => `${Math.round(items / (ms / 1000)).toLocaleString('en-US')} items/s`;

export async function runLoadBench(host: BenchHost, options: LoadBenchOptions = {}): Promise<LoadBenchReport> {
  const { items: count = 1_000_000, latencies = [150, 0], baselineBudgetMs = 8_000, goalSeconds = 15 } = options;
  const { log } = host;
  log(`receivables load bench${host.runtime ? ` on ${host.runtime}` : ''}: ${count.toLocaleString('en-US')} receivables from the mock over HTTP on 127.0.0.1 (server in a worker thread)`);
  // The machine is shared: the load says how much of its 2 cores this run really had.
  const load = () => `load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`;
  log(`  ${load()} at the start`);
  let t = host.now();
  const server = await startServerThread(count);
  log(`  mock server up in ${seconds(host.now() - t)} at ${server.url}`);
  const asOf = '2026-11-25';
  const rows: LoadBenchReport['rows'] = [];
  try {
    for (const latencyMs of latencies) {
      await server.setLatency(latencyMs);
      log(`  latency ${latencyMs} ms (${load()})`);
      const client = createClient({ baseUrl: server.url, timeoutMs: 60_000 });

      // Baseline: the widget's walk today.
      host.gc?.();
      t = host.now();
      let pages = 0, fetched = 0, total = count;
      for await (const page of client.iterateReceivables({ asOf, limit: 1_000 })) {
        pages++;
        fetched += page.items.length;
        total = page.total ?? total;
        if (host.now() - t > baselineBudgetMs) break;
      }
      const walkedMs = host.now() - t;
      const extrapolated = fetched < total;
      const baselineWalkMs = extrapolated ? (walkedMs / fetched) * total : walkedMs;
      log(
        `    baseline walk (iterateReceivables, 1,000-item JSON pages, one at a time): ${pages} pages, ${fetched.toLocaleString('en-US')} items in ${seconds(walkedMs)}` +
          (extrapolated ? ` → EXTRAPOLATED to ${total.toLocaleString('en-US')} items: ${seconds(baselineWalkMs)}` : ''),
      );

      const loaded = async (label: string, streamOptions: ReceivableStreamOptions) => {
        host.gc?.();
        const started = host.now();
        const all: Receivable[] = [];
        const formats = new Set<string>();
        let batches = 0;
        for await (const batch of client.streamReceivables({ asOf }, streamOptions)) {
          batches++;
          formats.add(batch.format);
          for (let i = 0; i < batch.items.length; i++) all.push(batch.items[i]!);
        }
        const fetchedMs = host.now() - started;
        const aged = ageReceivables(all, { asOf });
        const readyMs = host.now() - started;
        const ids = new Set(all.map((item) => item.id));
        if (all.length !== total || ids.size !== total) throw new Error(`${label}: ${all.length} items (${ids.size} distinct), expected ${total}`);
        const customers = Object.values(aged.currencies).reduce((n, c) => n + (c?.customers.length ?? 0), 0);
        log(
          `    ${label}: ${batches} pages (${[...formats].join(', ')}), ${all.length.toLocaleString('en-US')} items fetched and validated in ${seconds(fetchedMs)}, ` +
            `aged (${customers} customer rows) by ${seconds(readyMs)}: ${rate(all.length, readyMs)}`,
        );
        return { readyMs, agingMs: readyMs - fetchedMs };
      };
      const ours = await loaded('ours (streamReceivables: 24 parts, 6 in flight, 10,000-item columnar pages)', {});
      const json = await loaded('ours over plain JSON (compact: false)', { compact: false });

      // The baseline's walk plus the same aging, so both sides are "ready".
      const baselineMs = baselineWalkMs + ours.agingMs;
      const ratio = baselineMs / ours.readyMs;
      log(`    baseline ready (walk + the same aging): ${seconds(baselineMs)}${extrapolated ? ' (extrapolated)' : ''}`);
      log(`    ours ready: ${seconds(ours.readyMs)}, ${ratio.toFixed(1)}× faster than the baseline; plain JSON instead of columns: ${seconds(json.readyMs)}`);
      rows.push({ latencyMs, baselineMs, baselineExtrapolated: extrapolated, oursMs: ours.readyMs, jsonMs: json.readyMs });
    }
  } finally {
    await server.close();
  }
  log(`  ${load()} at the end`);
  const first = rows[0]!;
  const pass = first.oursMs < goalSeconds * 1000;
  log(`  ${pass ? 'PASS' : 'FAIL'}: ${count.toLocaleString('en-US')} items ready in ${seconds(first.oursMs)} at ${first.latencyMs} ms latency (goal: under ${goalSeconds} s)`);
  return { pass, rows };
}
