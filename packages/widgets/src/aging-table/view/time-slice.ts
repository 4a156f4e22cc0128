/**
 * Cooperative time slicing: long loops (filtering, sorting, summing 100,000 rows) check a
 * `TimeSlicer` every few hundred iterations and yield to the event loop once their slice is used
 * up, so no main-thread task runs longer than a frame or two.
 */

/** Thrown (as a rejection) when a sliced job was superseded by a newer one. */
export class SliceCancelled extends Error {
  override name = 'SliceCancelled';
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the event loop a turn: resumes in a new task posted through a `MessageChannel`, queued
 * like timers and other page work (no 4 ms timer clamp). Not `scheduler.yield()`: its
 * continuations run ahead of the page's other tasks, which would starve its timers while a long
 * job runs.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Default work per slice, in milliseconds: well under the 50 ms long-task threshold. */
export const DEFAULT_SLICE_MS = 5;

/**
 * Tracks the time spent in the current slice. Hot loops call `due()` (cheap) every N iterations
 * and `await pause()` when it says so; `pause` rejects with `SliceCancelled` once `cancelled()`
 * turns true, ending a superseded job.
 */
export class TimeSlicer {
  private sliceStart: number;

  constructor(
    private readonly budgetMs: number = DEFAULT_SLICE_MS,
    private readonly cancelled: () => boolean = () => false,
  ) {
    this.sliceStart = performance.now();
  }

  /** A slicer that never yields (inside a worker, or for small inputs). */
  static unlimited(): TimeSlicer {
    return new TimeSlicer(Infinity);
  }

  /** Whether the slice is used up. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  /** Yields to the event loop and starts a new slice; rejects if the job was cancelled meanwhile. */
  async pause(): Promise<void> {
    if (this.cancelled()) throw new SliceCancelled();
    if (this.budgetMs !== Infinity) await yieldToEventLoop();
    if (this.cancelled()) throw new SliceCancelled();
    this.sliceStart = performance.now();
  }

  /** `pause()` if the slice is used up. */
  async checkpoint(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

/** Runs `body(i)` for `i` in `[0, count)`, pausing between slices. */
export async function forEachSliced(count: number, body: (i: number) => void, slicer: TimeSlicer, every = 512): Promise<void> {
  for (let start = 0; start < count; start += every) {
    const end = Math.min(count, start + every);
    for (let i = start; i < end; i++) body(i);
    if (end < count) await slicer.checkpoint();
  }
}

/** Size of the runs sorted in one go before merging (well under a millisecond each). */
const RUN = 512;

/**
 * Sorts `indices` by `compare` in time slices: runs of 512 sorted natively, then bottom-up
 * merge passes that pause between slices. `compare` must be a total order (tie-break on the
 * index), so the result does not depend on stability. Returns the sorted array (`indices` or a
 * buffer of the same length).
 */
export async function sortSliced(indices: Uint32Array, compare: (a: number, b: number) => number, slicer: TimeSlicer): Promise<Uint32Array> {
  const n = indices.length;
  for (let start = 0; start < n; start += RUN) {
    indices.subarray(start, Math.min(n, start + RUN)).sort(compare);
    await slicer.checkpoint();
  }
  let src: Uint32Array = indices;
  let dst: Uint32Array = new Uint32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const a = src[i]!, b = src[j]!;
        if (compare(b, a) < 0) {
          dst[k++] = b;
          j++;
        } else {
          dst[k++] = a;
          i++;
        }
        if ((k & 4095) === 0 && slicer.due()) await slicer.pause();
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
    await slicer.checkpoint();
  }
  return src;
}
