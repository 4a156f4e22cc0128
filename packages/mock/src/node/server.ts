import { createMockBackend, type MockBackend } from '../backend.js';
import { isPreflight, preflightResponse, withCors } from '../http/cors.js';
import type { MockBackendOptions } from '../options.js';

/** Options of `startMockServer`. */
export interface MockServerOptions extends MockBackendOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1` (this machine only). */
  readonly host?: string;
  /** An existing backend to serve (its options are used; the data options here are ignored). */
  readonly backend?: MockBackend;
  /** Called after each response, e.g. to log it. */
  readonly onResponse?: (entry: MockServerLogEntry) => void;
}

/** One request the server answered. */
export interface MockServerLogEntry {
  readonly method: string;
  /** Path and query. */
  readonly path: string;
  readonly status: number;
  /** Time to answer, in milliseconds. */
  readonly ms: number;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL of the contract, e.g. `http://127.0.0.1:4010/api/credit/v1`. */
  readonly url: string;
  /** `http://127.0.0.1:4010`. */
  readonly origin: string;
  readonly port: number;
  readonly backend: MockBackend;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

// The few parts of node:http used here, typed structurally: the package type-checks without Node's types.
interface IncomingMessage extends AsyncIterable<Uint8Array> {
  readonly method?: string;
  readonly url?: string;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface ServerResponse {
  writeHead(status: number, headers: [string, string][] | Record<string, string>): void;
  end(body?: Uint8Array): void;
  readonly headersSent: boolean;
}
interface HttpServer {
  listen(port: number, host: string, callback: () => void): void;
  once(event: 'error', listener: (error: Error) => void): void;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): void;
  closeAllConnections?(): void;
}
interface NodeHttp {
  createServer(listener: (request: IncomingMessage, response: ServerResponse) => void): HttpServer;
}

// A variable specifier keeps bundlers for the browser from trying to resolve node:http.
const NODE_HTTP = 'node:http';

/**
 * Serves the mock backend over real HTTP (Node only): the same handlers as in the browser, with
 * CORS for any origin (preflights answered; `ETag`, `Idempotent-Replayed`, `Retry-After` and
 * `Location` exposed). For host teams poking the contract with curl and for the conformance kit.
 *
 * @example
 * const server = await startMockServer({ port: 0, seed: 7 });
 * const response = await fetch(`${server.url}/customers`);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = options.backend ?? createMockBackend(options);
  const host = options.host ?? '127.0.0.1';
  const http = (await import(/* @vite-ignore */ NODE_HTTP)) as NodeHttp;
  let origin = '';
  const server = http.createServer((request, response) => {
    const started = performance.now();
    serve(backend, origin, request, response)
      .then((status) => options.onResponse?.({ method: request.method ?? 'GET', path: request.url ?? '/', status, ms: performance.now() - started }))
      .catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(new TextEncoder().encode(`Mock server error: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4010);
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const basePath = backend.options.basePath;
  return {
    url: /^https?:/.test(basePath) ? basePath : origin + basePath,
    origin,
    port,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections?.();
      }),
  };
}

async function serve(backend: MockBackend, origin: string, incoming: IncomingMessage, outgoing: ServerResponse): Promise<number> {
  const request = await toRequest(origin, incoming);
  const response = isPreflight(request) ? preflightResponse(request) : withCors(request, await backend.fetch(request));
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  outgoing.writeHead(response.status, headers);
  outgoing.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
  return response.status;
}

async function toRequest(origin: string, incoming: IncomingMessage): Promise<Request> {
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of incoming) chunks.push(chunk);
    body = concat(chunks);
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, ...(body ? { body } : {}) });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
