import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchHost } from '../aging.bench.js';

/**
 * The service against the mock server on loopback, in the same run, with autocannon: the warning
 * status (without and with `If-None-Match`, i.e. 200 and 304) and an aging page. Both serve the
 * same data (the service seeded from the mock's dataset through its own endpoints, the way
 * `npm run server` does); each runs in its own process; memory is that process's RSS before and
 * after the load.
 */
export interface ServerHttpBenchOptions {
  postgres: { url: string } | string;
  migrationsDir: string;
  root: string;
  /** Seconds per scenario and target (default 20). */
  seconds?: number;
  /** Connections (default 50). */
  connections?: number;
  /** Receivables in the dataset (default the mock's 3,000). */
  receivables?: number;
}

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
}

interface Figures {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  unexpected: number;
}

const rssMb = (pid: number | undefined) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

/** Spawns a process and resolves with the base URL it prints. */
function spawnUntilUrl(name: string, command: string, args: string[], env: Record<string, string> = {}): Promise<Target> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/api\/credit\/v1)/.exec(out);
      if (match) resolve({ name, url: match[1]!, child });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => reject(new Error(`${name} exited ${code}: ${err}${out}`)));
  });
}

async function stop(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGTERM');
  await exited;
}

function load(url: string, headers: Record<string, string>, seconds: number, connections: number, expected: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections, duration: seconds }, (error: Error | null, result: any) => {
      if (error) return reject(error);
      const codes: Record<string, { count: number }> = result.statusCodeStats ?? {};
      const unexpected = Object.entries(codes).filter(([code]) => Number(code) !== expected).reduce((n, [, s]) => n + s.count, 0);
      resolve({ requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, unexpected });
    });
  });
}

export async function runServerHttpBench(host: BenchHost, options: ServerHttpBenchOptions): Promise<{ pass: boolean }> {
  const { root, seconds = 20, connections = 50, receivables } = options;
  const { log } = host;
  const serverBin = join(root, 'packages/server/bin/credit-kit-server.mjs');
  const mockBin = join(root, 'packages/mock/bin/mock-server.mjs');
  if (!existsSync(join(root, 'packages/server/dist/index.js')) || !existsSync(join(root, 'packages/mock/dist/index.js'))) {
    log('server-http bench: run `npm run build` first (the service and the mock server run from their builds)');
    return { pass: false };
  }
  const outDir = join(root, 'bench/.out/server');
  mkdirSync(outDir, { recursive: true });
  const seedFile = join(outDir, `seed-${receivables ?? 'default'}.json`);
  const dataArgs = receivables ? ['--receivables', String(receivables)] : [];
  const seeded = spawnSync(process.execPath, [join(root, 'packages/server/scripts/seed-from-mock.mjs'), seedFile, ...dataArgs], { stdio: 'pipe' });
  if (seeded.status !== 0) throw new Error(`seed-from-mock failed: ${seeded.stderr}`);
  const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
  const customerId: string = seed.customers[0].id;
  const asOf: string = seed.asOf ?? '2026-11-25';
  log(`server HTTP bench: autocannon, ${connections} connections, ${seconds} s per scenario, loopback; ${seed.customers.length} customers, ${seed.receivables.length.toLocaleString('en-US')} receivables; warning of ${customerId}, aging as of ${asOf}`);

  const serverArgs = [serverBin, '--port', '0', '--auth', 'none', '--seed', seedFile, '--log-level', 'error'];
  const starts: (() => Promise<Target>)[] = [
    () => spawnUntilUrl('mock', process.execPath, [mockBin, '--port', '0', '--quiet', '--as-of', asOf, ...dataArgs]),
    () => spawnUntilUrl('server (PGlite)', process.execPath, [...serverArgs, '--memory']),
  ];
  if (typeof options.postgres === 'string') log(`  server (PostgreSQL): skipped (${options.postgres})`);
  else {
    const url = options.postgres.url;
    starts.push(() => spawnUntilUrl('server (PostgreSQL)', process.execPath, [...serverArgs, '--database-url', url]));
  }

  const scenarios = [
    { name: 'warning status', path: `/customers/${customerId}/warning`, conditional: false, expected: 200 },
    { name: 'warning, If-None-Match', path: `/customers/${customerId}/warning`, conditional: true, expected: 304 },
    { name: 'aging page (limit 50)', path: `/receivables/aging?asOf=${asOf}&limit=50`, conditional: false, expected: 200 },
  ];
  const results = new Map<string, Map<string, Figures>>();
  const memory: [string, number, number][] = [];
  for (const start of starts) {
    const target = await start();
    try {
      const before = rssMb(target.child.pid);
      const byScenario = new Map<string, Figures>();
      for (const scenario of scenarios) {
        const url = `${target.url}${scenario.path}`;
        const first = await fetch(url);
        if (first.status !== 200) throw new Error(`${target.name} ${scenario.path} answered ${first.status}: ${await first.text()}`);
        const etag = first.headers.get('etag');
        await first.arrayBuffer();
        const headers: Record<string, string> = scenario.conditional && etag ? { 'if-none-match': etag } : {};
        byScenario.set(scenario.name, await load(url, headers, seconds, connections, scenario.expected));
      }
      memory.push([target.name, before, rssMb(target.child.pid)]);
      results.set(target.name, byScenario);
    } finally {
      await stop(target);
    }
  }

  let pass = true;
  const mock = results.get('mock')!;
  for (const scenario of scenarios) {
    const base = mock.get(scenario.name)!;
    log(`  ${scenario.name}: GET ${scenario.path}`);
    for (const [name, byScenario] of results) {
      const f = byScenario.get(scenario.name)!;
      let verdict = '';
      if (name !== 'mock') {
        const ok = f.requestsPerSecond >= base.requestsPerSecond && f.p99 <= 2 * Math.max(base.p99, 1) && f.errors === 0 && f.unexpected === 0;
        pass &&= ok;
        verdict = `  req/s ${(f.requestsPerSecond / base.requestsPerSecond).toFixed(2)}× mock, p99 ${(f.p99 / Math.max(base.p99, 1)).toFixed(2)}× mock: ${ok ? 'PASS' : 'FAIL'}`;
      }
      log(`    ${name.padEnd(20)} ${Math.round(f.requestsPerSecond).toString().padStart(7)} req/s  p99 ${String(f.p99).padStart(4)} ms  errors ${f.errors}, unexpected status ${f.unexpected}${verdict}`);
    }
  }
  for (const [name, before, afterLoad] of memory) log(`  memory ${name.padEnd(20)} RSS ${before.toFixed(0)} MB before, ${afterLoad.toFixed(0)} MB after`);
  log('  (target: req/s at least the mock’s, p99 at most 2× the mock’s, errors 0)');
  return { pass };
}
