import { ageReceivables } from '../packages/core/src/aging/age-receivables.js';
import { ageReceivablesWithDecimal } from '../packages/core/src/aging/age-receivables-decimal.js';
import type { AgingResult } from '../packages/core/src/aging/aging-result.js';
import { baselineAging } from './baseline-aging.js';
import { generateReceivables } from './generate-receivables.js';

/**
 * The aging benchmark, free of Node APIs so the same code can run in a browser page: the host
 * passes a clock, a logger and, where it has them, a garbage collector and a heap gauge.
 */
export interface BenchHost {
  /** Milliseconds, high resolution (`performance.now`). */
  now(): number;
  log(line: string): void;
  /** Full garbage collection (Node with `--expose-gc`: `globalThis.gc`). */
  gc?(): void;
  /** Bytes of JS heap in use (`process.memoryUsage().heapUsed`, or `performance.memory.usedJSHeapSize`). */
  heapUsed?(): number;
  /** Where the run happens, for the report header (e.g. `Node 20.20.2`). */
  runtime?: string;
}

export interface AgingBenchOptions {
  /** Items to age (default 1,000,000). */
  count?: number;
  /** Customers (default 3,000). */
  customers?: number;
  seed?: number;
  asOf?: string;
  /** Timed runs of each contender after one warm-up; the median counts (default 5). */
  runs?: number;
  /** Items checked against the decimal.js path (default 50,000). */
  sample?: number;
  /** The ratio ours ÷ baseline at or under which the bench passes (default 2). */
  target?: number;
}

export interface AgingBenchReport {
  items: number;
  oursMs: number;
  oursTotalsOnlyMs: number;
  baselineMs: number;
  ratio: number;
  ratioTotalsOnly: number;
  pass: boolean;
  /** Largest heapUsed seen, bytes; undefined without a heap gauge. */
  peakHeapBytes?: number;
  sampleMatches: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const perSecond = (items: number, ms: number) => `${Math.round(items / (ms / 1000)).toLocaleString('en-US')} items/s`;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Structural equality of plain data (objects, arrays, primitives). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a), keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function warmUp(
  ours: () => AgingResult,
  baseline: () => ReturnType<typeof baselineAging>,
  totalsOnly: () => AgingResult,
): boolean {
  const exact = ours();
  totalsOnly();
  let agrees = true;
  for (const [currency, totals] of baseline()) {
    const total = Number(exact.currencies[currency]?.total);
    if (!(Math.abs(total - totals.total) <= Math.abs(total) * 1e-9 + 0.01)) agrees = false;
  }
  return agrees;
}

/**
 * Ages a generated ledger with `ageReceivables` (exact, validated) and with the naive float loop on
 * the same item objects; prints items/s, the ratio, heap figures and an exactness check.
 */
export async function runAgingBench(host: BenchHost, options: AgingBenchOptions = {}): Promise<AgingBenchReport> {
  const { count = 1_000_000, customers = 3_000, seed = 20240630, asOf = '2024-06-30', runs = 5, sample = 50_000, target = 2 } = options;
  const { log } = host;
  const gc = () => host.gc?.();
  let peak = 0;
  const heap = () => {
    const used = host.heapUsed?.();
    if (used !== undefined && used > peak) peak = used;
    return used;
  };

  log(`aging bench${host.runtime ? ` on ${host.runtime}` : ''}: ${count.toLocaleString('en-US')} items, ${customers.toLocaleString('en-US')} customers, seed ${seed}, as of ${asOf}`);
  if (!host.gc) log('  (no gc hook: heap figures include garbage)');
  gc();
  const heapStart = heap();
  let t = host.now();
  const items = generateReceivables({ count, customers, seed, asOf });
  log(`  generated in ${(host.now() - t).toFixed(0)} ms`);
  gc();
  const heapItems = heap();
  await pause();

  const ours = () => ageReceivables(items, { asOf });
  const oursTotalsOnly = () => ageReceivables(items, { asOf, includeItems: false });
  const baseline = () => baselineAging(items, asOf);

  // Warm-up: one untimed run of each, so every contender is optimised before timing. The results
  // also show the baseline computes the same totals (up to float error): the comparison is fair.
  // (In a function of its own, so no result outlives it in this async function's frame.)
  const baselineAgrees = warmUp(ours, baseline, oursTotalsOnly);
  gc();
  heap();

  const contenders = [
    { name: 'ours', run: ours, runs, times: [] as number[], atReturn: 0, retained: 0 },
    { name: 'baseline', run: baseline, runs, times: [] as number[], atReturn: 0, retained: 0 },
    { name: 'totals-only', run: oursTotalsOnly, runs: Math.min(runs, 3), times: [] as number[], atReturn: 0, retained: 0 },
  ];
  // Interleaved, so a slow patch of the machine hurts every contender alike.
  for (let r = 0; r < runs; r++) {
    for (const contender of contenders) {
      if (r >= contender.runs) continue;
      gc();
      const before = heap() ?? 0;
      t = host.now();
      let result: unknown = contender.run();
      contender.times.push(host.now() - t);
      // Heap in use when the run returns, before any collection: the result plus the garbage that
      // survived the collections the run itself triggered.
      contender.atReturn = Math.max(contender.atReturn, (heap() ?? 0) - before);
      if (r === 0) {
        gc();
        contender.retained = (heap() ?? 0) - before;
      }
      result = undefined;
      void result;
      await pause();
    }
  }
  const [oursRuns, baselineRuns, totalsRuns] = contenders as [typeof contenders[0], typeof contenders[0], typeof contenders[0]];
  const oursMs = median(oursRuns.times);
  const totalsOnlyMs = median(totalsRuns.times);
  const baselineMs = median(baselineRuns.times);
  const ratio = oursMs / baselineMs;
  const ratioTotalsOnly = totalsOnlyMs / baselineMs;

  // Exactness: the integer hot path equals the decimal.js path on a sample.
  gc();
  const slice = items.slice(0, sample);
  t = host.now();
  const fast: AgingResult = ageReceivables(slice, { asOf });
  const fastMs = host.now() - t;
  t = host.now();
  const exact: AgingResult = ageReceivablesWithDecimal(slice, { asOf });
  const decimalMs = host.now() - t;
  const sampleMatches = deepEqual(fast, exact);

  const pass = ratio <= target;
  const rows: [string, string][] = [
    ['items', count.toLocaleString('en-US')],
    ['ours (exact, validated)', `${oursMs.toFixed(0)} ms  ${perSecond(count, oursMs)}  median of ${runs}`],
    ['ours, includeItems: false', `${totalsOnlyMs.toFixed(0)} ms  ${perSecond(count, totalsOnlyMs)}  median of ${totalsRuns.runs}`],
    ['baseline (float, no checks)', `${baselineMs.toFixed(0)} ms  ${perSecond(count, baselineMs)}  median of ${runs}`],
    ['ratio ours / baseline', `${ratio.toFixed(2)}  (target ≤ ${target.toFixed(1)}: ${pass ? 'PASS' : 'FAIL'})`],
    ['ratio totals-only / baseline', ratioTotalsOnly.toFixed(2)],
    ['baseline totals agree', baselineAgrees ? 'yes (within float error)' : 'NO'],
    [
      `exact check on ${slice.length.toLocaleString('en-US')} items`,
      `${sampleMatches ? 'fast path = decimal.js path' : 'MISMATCH between fast path and decimal.js path'}  (fast ${fastMs.toFixed(0)} ms, decimal.js ${decimalMs.toFixed(0)} ms)`,
    ],
  ];
  if (heapItems !== undefined && heapStart !== undefined) {
    rows.push(
      ['heap: generated items', `${mb(heapItems - heapStart)} (heapUsed after gc, items live)`],
      ...contenders.map((c): [string, string] => [
        `heap: ${c.name}`,
        `+${mb(c.atReturn)} in use when the run returns (before gc), +${mb(c.retained)} retained by its result`,
      ]),
      ['peak heap', `${mb(peak)} (largest heapUsed sampled after each phase and each run)`],
    );
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) log(`  ${key.padEnd(width)}  ${value}`);

  return {
    items: count,
    oursMs,
    oursTotalsOnlyMs: totalsOnlyMs,
    baselineMs,
    ratio,
    ratioTotalsOnly,
    pass: pass && sampleMatches,
    ...(host.heapUsed ? { peakHeapBytes: peak } : {}),
    sampleMatches,
  };
}
