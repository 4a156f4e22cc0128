/** One request as the fake fetch saw it. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly credentials: RequestCredentials | undefined;
  readonly signal: AbortSignal | undefined;
}

/** Answers one request: a Response, or a rejection (a network failure). */
export type FakeHandler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch stand-in that records every request and answers with `handler`. */
export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
}

/**
 * Creates a fake `fetch`. Like the real one, it rejects with `signal.reason` when the request's
 * signal aborts before the handler's answer arrives.
 */
export function createFakeFetch(handler: FakeHandler): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fake = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const index = requests.length - 1;
    return new Promise<Response>((resolve, reject) => {
      const signal = request.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve()
        .then(() => handler(request, index))
        .then(resolve, reject);
    });
  };
  return { fetch: fake as typeof fetch, requests };
}

/** Answers each request with the next step of `script` (the last one repeats). */
export function scripted(...script: Array<() => Response | Promise<Response>>): FakeHandler {
  return (_request, index) => {
    const step = script[Math.min(index, script.length - 1)];
    if (!step) throw new Error('empty script');
    return step();
  };
}

/** A JSON response. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

/** An `application/problem+json` response. */
export function problem(status: number, body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A network failure, as fetch reports it. */
export function networkFailure(): never {
  throw new TypeError('Failed to fetch');
}

/** A response that never comes (until the request is aborted). */
export function never(): Promise<Response> {
  return new Promise<Response>(() => {});
}

/** A promise with its resolve function, for releasing a response at a chosen moment. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A `sleep` for the retry options that records each delay and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: (ms: number) => {
      delays.push(ms);
      return Promise.resolve();
    },
  };
}
