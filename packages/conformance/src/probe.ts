/** One HTTP exchange as the kit saw it. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON body, or `undefined` when there was none or it was not JSON. */
  readonly body: unknown;
  /** Why the body could not be parsed, when it could not. */
  readonly bodyError?: string;
}

export interface ProbeOptions {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly headers: Record<string, string>;
  readonly timeoutMs: number;
}

/** Sends one request and reads the whole answer; network failures and time-outs reject. */
export async function probe(
  options: ProbeOptions,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Exchange> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}${path}`;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.body);
  }
  const response = await options.fetch(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs) });
  const text = await response.text();
  let parsed: unknown;
  let bodyError: string | undefined;
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      bodyError = `body is not valid JSON (starts ${JSON.stringify(text.slice(0, 40))})`;
    }
  }
  return { method, url, status: response.status, headers: response.headers, body: parsed, ...(bodyError ? { bodyError } : {}) };
}
