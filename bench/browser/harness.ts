/**
 * The page side of the browser benchmark: generates the rows once, then measures one contender
 * per call on the same array. Every figure is taken the same way for both grids.
 */
import type { Contender } from './contender.js';
import { makeBenchData, type BenchData } from './rows.js';

export interface FirstPaintResult {
  /** Rows handed over → rows in the DOM and two animation frames later, ms. */
  ms: number;
  /** Elements inside the grid after the first paint. */
  domNodes: number;
  longTasks: number[];
}

export interface SortResult {
  /** Sort by total (descending) called → applied and two animation frames later, ms. */
  ms: number;
  /** The largest total came first. */
  correct: boolean;
  longTasks: number[];
}

export interface ScrollResult {
  frames: number;
  meanFrameMs: number;
  p95FrameMs: number;
  worstFrameMs: number;
  /** Frames that took more than 1.5 usual frames (at least one frame dropped). */
  longFrames: number;
  /** The rows drawn at the top changed. */
  rowsMoved: boolean;
  longTasks: number[];
}

type Factory = (buckets: BenchData['buckets']) => Contender;

/** The phases, one `page.evaluate` each, so the driver can read the browser's metrics around each. */
export interface BenchPage {
  prepare(which: 'ours' | 'ag'): Promise<string>;
  firstPaint(): Promise<FirstPaintResult>;
  sort(): Promise<SortResult>;
  scroll(steps: number, step: number): Promise<ScrollResult>;
  cleanup(): Promise<void>;
}

declare global {
  interface Window {
    benchReady: Promise<{ rows: number }>;
    bench: BenchPage;
    gc?: () => void;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let data!: BenchData;
/** Each contender is its own bundle beside this one (not bundled in), so its size is its own. */
const load = (file: string) => import(/* @vite-ignore */ new URL(file, import.meta.url).href) as Promise<{ createContender: Factory }>;
const factories: Record<'ours' | 'ag', () => Promise<Factory>> = {
  ours: () => load('./ours.js').then((m) => m.createContender),
  ag: () => load('./ag-grid.js').then((m) => m.createContender),
};

window.benchReady = (async () => {
  data = makeBenchData(Number(new URLSearchParams(location.search).get('rows') ?? 100_000));
  return { rows: data.rows.length };
})();

/** Long tasks seen from now until `stop()`. */
function watchLongTasks(): { stop(): Promise<number[]> } {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      await pause(60);
      observer.disconnect();
      return seen;
    },
  };
}

let contender: Contender | undefined;
let container: HTMLElement | undefined;

window.bench = {
  async prepare(which) {
    await window.benchReady;
    window.gc?.();
    container = document.createElement('div');
    container.style.width = '1200px';
    document.body.append(container);
    contender = (await factories[which]())(data.buckets);
    await contender.mount(container);
    await pause(200);
    window.gc?.();
    await frame();
    return contender.name;
  },

  async firstPaint() {
    const c = contender!;
    const watch = watchLongTasks();
    const t0 = performance.now();
    c.setData({ asOf: data.asOf, buckets: data.buckets, rows: data.rows });
    while (!c.hasRows()) await frame();
    await frame();
    const ms = performance.now() - t0;
    const domNodes = c.domNodes();
    const longTasks = await watch.stop();
    await pause(1000); // background work (ours: exact totals in time slices) finishes before the next phase
    return { ms, domNodes, longTasks };
  },

  async sort() {
    const c = contender!;
    const watch = watchLongTasks();
    const t0 = performance.now();
    await c.sortByTotalDescending();
    await frame();
    await frame();
    const ms = performance.now() - t0;
    const correct = c.firstRowId() === data.largestTotalId;
    const longTasks = await watch.stop();
    await pause(300);
    return { ms, correct, longTasks };
  },

  async scroll(steps, step) {
    const c = contender!;
    const scroller = c.scroller();
    const before = c.topVisibleRowId();
    const watch = watchLongTasks();
    const intervals: number[] = [];
    let last = await frame();
    for (let i = 0; i < steps; i++) {
      scroller.scrollTop += step;
      const now = await frame();
      intervals.push(now - last);
      last = now;
    }
    await frame();
    await frame();
    const longTasks = await watch.stop();
    const sorted = [...intervals].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return {
      frames: intervals.length,
      meanFrameMs: intervals.reduce((a, b) => a + b, 0) / intervals.length,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)]!,
      worstFrameMs: sorted[sorted.length - 1]!,
      longFrames: intervals.filter((ms) => ms > median * 1.5).length,
      rowsMoved: c.topVisibleRowId() !== before,
      longTasks,
    };
  },

  async cleanup() {
    contender?.destroy();
    container?.remove();
    contender = undefined;
    container = undefined;
    window.gc?.();
  },
};
