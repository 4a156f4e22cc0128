import { ageReceivables } from '../../packages/core/src/aging/age-receivables.js';
import { DEFAULT_AGING_BUCKETS } from '../../packages/core/src/aging/buckets.js';
import type { ReceivableInput } from '../../packages/core/src/aging/receivable-schema.js';
import type { Database } from '../../packages/server/src/db/database.js';
import { listMigrations, migrate } from '../../packages/server/src/db/migrate.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { parsingWorkerAvailable } from '../../packages/server/src/import/parse-in-worker.js';
import { runImport } from '../../packages/server/src/import/run-import.js';
import { agingPage } from '../../packages/server/src/receivables/aging.js';
import { generateReceivables } from '../generate-receivables.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchHost } from '../aging.bench.js';

/**
 * SQL aging against core's `ageReceivables` on the same ledger in the same run, on embedded PGlite
 * and on a real PostgreSQL; the ledger is first imported through `runImport` (COPY on PostgreSQL,
 * COPY from blobs on PGlite), streamed from CSV text made on the fly, timed and memory-sampled.
 */
export interface ServerBenchOptions {
  /** Items (default 1,000,000). */
  count?: number;
  customers?: number;
  asOf?: string;
  /** Timed runs of each contender after one warm-up; the median counts (default 3). */
  runs?: number;
  /** PostgreSQL URL of a throwaway cluster, when one could be started; otherwise why not. */
  postgres: { url: string } | string;
  migrationsDir: string;
  /** Largest ratio SQL ÷ core that passes (default 1.0). */
  target?: number;
  /** Largest import time that passes (default 60 s). */
  importTargetMs?: number;
}

export interface EngineFigures {
  engine: string;
  importMs: number;
  importPeakRssMb: number;
  importHeapGrowthMb: number;
  sqlMs: number;
  equal: boolean;
}

export interface ServerBenchReport {
  pass: boolean;
  coreMs: number;
  coreTotalsOnlyMs: number;
  engines: EngineFigures[];
}

const ADMIN = { subject: 'bench', roles: ['admin'] as const };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => bytes / 1048576;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The ledger as a receivables CSV, in chunks of about 64 KB, made as the import reads it. */
function* ledgerCsv(items: readonly ReceivableInput[]): Generator<string> {
  let chunk = 'id,customerId,customerName,documentDate,dueDate,amount,currency,kind,disputed,salesperson,region,payments\n';
  for (const item of items) {
    const payments = item.payments?.map((p) => `${p.date}:${p.amount}`).join(';') ?? '';
    chunk += `${item.id},${item.customerId},"${(item.customerName ?? "").replace(/"/g, '""')}",${item.documentDate},${item.dueDate},${item.amount},${item.currency},${item.kind ?? ''},${item.disputed ?? ''},${item.salesperson ?? ''},${item.region ?? ''},${payments}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

async function seedCustomers(db: Database, items: readonly ReceivableInput[]): Promise<void> {
  const ids = [...new Set(items.map((i) => i.customerId))];
  const names = new Map(items.map((i) => [i.customerId, i.customerName ?? i.customerId]));
  await db.query(
    `INSERT INTO customers (id, code, name, type, industry, currency, established_on)
     SELECT id, lpad(n::text, 18, '0'), name, 'direct', 'Bench', 'CNY', '2000-01-01'
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(id, name, n)`,
    [ids, ids.map((id) => names.get(id)!)],
  );
}

/** Samples RSS and heap while `work` runs: the peaks. */
async function sampled<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number; peakHeap: number }> {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 100);
  try {
    const result = await work();
    return { result, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

/** Core's totals per currency in the wire shape, to check the SQL report against. */
function coreTotals(items: readonly ReceivableInput[], asOf: string) {
  const result = ageReceivables(items, { asOf, includeItems: false });
  return Object.values(result.currencies).map((c) => ({ currency: c.currency, total: c.total, overdue: c.overdue, buckets: c.buckets.map((b) => b.amount) }));
}

async function benchEngine(
  host: BenchHost, engine: string, db: Database, items: readonly ReceivableInput[], options: Required<Pick<ServerBenchOptions, 'asOf' | 'runs' | 'migrationsDir'>>,
): Promise<EngineFigures> {
  const { log } = host;
  await migrate(db, listMigrations(options.migrationsDir));
  await seedCustomers(db, items);
  host.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = host.now();
  const cpuBefore = process.cpuUsage();
  const { result, peakRss, peakHeap } = await sampled(() => runImport(db, 'receivables', ledgerCsv(items), 'csv'));
  const importMs = host.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const parsing = parsingWorkerAvailable() ? 'parsed on a worker thread' : 'parsed on the main thread';
  log(`  ${engine}: imported ${result.rows.toLocaleString('en-US')} receivables in ${(importMs / 1000).toFixed(1)} s (${db.kind === 'postgres' ? 'COPY streamed' : 'COPY from blobs'}, ${parsing}; CPU of this process ${(cpuMs / 1000).toFixed(1)} s${db.kind === 'pglite' ? ', the database included' : ''}), peak RSS ${mb(peakRss).toFixed(0)} MB, heap +${mb(peakHeap - heapBefore).toFixed(0)} MB over the ledger held for the core run`);

  const page = () => agingPage(db, { asOf: options.asOf, buckets: DEFAULT_AGING_BUCKETS, principal: ADMIN, limit: 500 });
  const warm = await page();
  const equal = JSON.stringify(warm.totals) === JSON.stringify(coreTotals(items, options.asOf));
  const times: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    await pause();
    t = host.now();
    await page();
    times.push(host.now() - t);
  }
  return { engine, importMs, importPeakRssMb: mb(peakRss), importHeapGrowthMb: mb(peakHeap - heapBefore), sqlMs: median(times), equal };
}

export async function runServerAgingBench(host: BenchHost, options: ServerBenchOptions): Promise<ServerBenchReport> {
  const { count = 1_000_000, customers = 3_000, asOf = '2024-06-30', runs = 3, target = 1.0, importTargetMs = 60_000 } = options;
  const { log } = host;
  log(`server aging + import bench${host.runtime ? ` on ${host.runtime}` : ''}: ${count.toLocaleString('en-US')} items, ${customers.toLocaleString('en-US')} customers, as of ${asOf}`);
  const items = generateReceivables({ count, customers, asOf });

  // Core's engine on the same items: the default call (per-item results too) and totals only.
  ageReceivables(items, { asOf });
  const coreTimes: number[] = [];
  const totalsTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    host.gc?.();
    let t = host.now();
    ageReceivables(items, { asOf });
    coreTimes.push(host.now() - t);
    await pause();
    t = host.now();
    ageReceivables(items, { asOf, includeItems: false });
    totalsTimes.push(host.now() - t);
    await pause();
  }
  const coreMs = median(coreTimes);
  const coreTotalsOnlyMs = median(totalsTimes);
  log(`  core ageReceivables: ${coreMs.toFixed(0)} ms (default, per-item results), ${coreTotalsOnlyMs.toFixed(0)} ms (includeItems: false), median of ${runs}`);

  const engines: EngineFigures[] = [];
  // PGlite as the service runs it by default: in a data directory (a throwaway one). `--memory`
  // keeps the files in Emscripten's MEMFS, which copies a whole relation file each time PostgreSQL
  // extends it: COPY time per row grows with the table (docs/server.md).
  const dataDir = mkdtempSync(join(tmpdir(), 'ck-bench-pglite-'));
  const pglite = await openDatabase({ dataDir });
  try {
    engines.push(await benchEngine(host, 'PGlite', pglite, items, { asOf, runs, migrationsDir: options.migrationsDir }));
  } finally {
    await pglite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  host.gc?.();
  if (typeof options.postgres === 'string') log(`  PostgreSQL: skipped (${options.postgres})`);
  else {
    const pg = await openDatabase({ url: options.postgres.url });
    try {
      engines.push(await benchEngine(host, 'PostgreSQL', pg, items, { asOf, runs, migrationsDir: options.migrationsDir }));
    } finally {
      await pg.close();
    }
  }

  let pass = true;
  const rows: [string, string][] = [];
  for (const e of engines) {
    const ratio = e.sqlMs / coreMs;
    const ok = ratio <= target && e.equal && e.importMs <= importTargetMs;
    pass &&= ok;
    rows.push(
      [`${e.engine} SQL aging (whole report, 1st page)`, `${e.sqlMs.toFixed(0)} ms  median of ${runs}`],
      [`${e.engine} ratio SQL / core`, `${ratio.toFixed(2)}  (target ≤ ${target.toFixed(1)}: ${ratio <= target ? 'PASS' : 'FAIL'}); vs totals-only core ${(e.sqlMs / coreTotalsOnlyMs).toFixed(2)}`],
      [`${e.engine} totals = core's`, e.equal ? 'yes (exact strings)' : 'NO'],
      [`${e.engine} import`, `${(e.importMs / 1000).toFixed(1)} s (target ≤ ${(importTargetMs / 1000).toFixed(0)} s: ${e.importMs <= importTargetMs ? 'PASS' : 'FAIL'}), peak RSS ${e.importPeakRssMb.toFixed(0)} MB, heap +${e.importHeapGrowthMb.toFixed(0)} MB`],
    );
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) log(`  ${key.padEnd(width)}  ${value}`);
  return { pass: pass && engines.length > 0, coreMs, coreTotalsOnlyMs, engines };
}
