import type { Exchange } from '../probe.js';
import type { Recorder } from '../recorder.js';

/** What a group of checks gets: the recorder, requests to the backend, and the walk bounds. */
export interface CheckContext {
  readonly rec: Recorder;
  get(path: string, headers?: Record<string, string>): Promise<Exchange>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Exchange>;
  /** Page size asked for on cursor-paged endpoints. */
  readonly pageSize: number;
  /** Most pages walked on one endpoint; stopping there without an end is a finding. */
  readonly maxPages: number;
}

/** The finding when a walk ran out of pages before the backend said it was done. */
export function pageLimitFinding(pages: number, items: number, how: string): string {
  return `stopped at the page limit (${pages} pages, ${items} items) without an end: ${how}. ` +
    'A backend whose data really is that large: raise --max-pages.';
}
