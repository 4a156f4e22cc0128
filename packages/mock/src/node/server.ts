import { MAX_ATTACHMENT_BYTES } from '@credit-kit/core';
import { createMockBackend, type MockBackend } from '../backend.js';
import { isPreflight, preflightResponse, withCors, type AllowedOrigins } from '../http/cors.js';
import { problemResponse } from '../http/problem.js';
import type { MockBackendOptions } from '../options.js';

/** Default `maxBodyBytes`: 1 MiB, a hundred times a real application body. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Largest multipart upload: the contract's 20 MiB attachment plus room for the form's framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;
/** Host names served by default: this machine's loopback names only (DNS rebinding cannot use them). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

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
  /**
   * Page origins allowed to call from a browser (CORS). Default: pages on this machine
   * (`http://localhost:*`, `127.0.0.1`, `[::1]`), with credentials. A list allows exactly those;
   * `'*'` in it lets other origins read without credentials. `Origin: null` is never allowed.
   */
  readonly allowedOrigins?: readonly string[];
  /**
   * Host names the `Host` header may carry (against DNS rebinding). Default: `localhost`,
   * `127.0.0.1`, `::1` and `host` when it names one interface. `'*'` turns the check off.
   */
  readonly allowedHosts?: readonly string[];
  /** Largest request body in bytes (default 1 MiB; multipart uploads may take 20 MiB + 64 KiB). Past it: 413, unread. */
  readonly maxBodyBytes?: number;
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
interface IncomingMessage {
  readonly method?: string;
  readonly url?: string;
  readonly headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'close', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  removeAllListeners(event: 'data'): void;
  resume(): void;
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
 * CORS for the allowed origins (preflights answered; `ETag`, `Idempotent-Replayed`, `Retry-After`
 * and `Location` exposed). For host teams poking the contract with curl and for the conformance kit.
 * Bounded as a service should be: bodies past `maxBodyBytes` get a 413 unread, a `Host` not
 * allowed a 421 (DNS rebinding), methods other than GET, HEAD, POST and OPTIONS a 405, and every
 * error a problem document that names no internals.
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
  const limits: ServeLimits = {
    allowedOrigins: options.allowedOrigins,
    allowedHosts: new Set((options.allowedHosts ?? defaultHosts(host)).map((h) => h.toLowerCase())),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  let origin = '';
  const server = http.createServer((request, response) => {
    const started = performance.now();
    serve(backend, origin, limits, request, response)
      .then((status) => options.onResponse?.({ method: request.method ?? 'GET', path: request.url ?? '/', status, ms: performance.now() - started }))
      .catch(() => {
        // Never the error itself: a stack or message would tell a caller about the internals.
        if (!response.headersSent) {
          void send(problemResponse({ status: 500, slug: 'internal', detail: 'The mock server could not answer this request.' }), response);
        } else response.end();
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

interface ServeLimits {
  readonly allowedOrigins: AllowedOrigins;
  readonly allowedHosts: ReadonlySet<string>;
  readonly maxBodyBytes: number;
}

function defaultHosts(host: string): string[] {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  return wildcard ? [...LOOPBACK_HOSTS] : [...LOOPBACK_HOSTS, host];
}

/** The host name of a `Host` header, without port or IPv6 brackets, in lower case. */
export function hostName(header: string): string {
  const text = header.trim().toLowerCase();
  if (text.startsWith('[')) return text.slice(1, text.indexOf(']') === -1 ? undefined : text.indexOf(']'));
  const colon = text.lastIndexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

async function serve(backend: MockBackend, origin: string, limits: ServeLimits, incoming: IncomingMessage, outgoing: ServerResponse): Promise<number> {
  const refusal = refuse(limits, incoming);
  if (refusal) return send(refusal, outgoing);
  const body = await readBody(incoming, bodyLimit(limits, incoming));
  if (body === TOO_LARGE) {
    return send(
      problemResponse({
        status: 413,
        slug: 'body-too-large',
        detail: `The request body is larger than the ${bodyLimit(limits, incoming)} bytes this server accepts.`,
        headers: { Connection: 'close' },
      }),
      outgoing,
    );
  }
  const request = toRequest(origin, incoming, body);
  const response = isPreflight(request)
    ? preflightResponse(request, limits.allowedOrigins)
    : withCors(request, await backend.fetch(request), limits.allowedOrigins);
  return send(response, outgoing);
}

/** A problem for a request refused on its head alone: method, Host, declared length. */
function refuse(limits: ServeLimits, incoming: IncomingMessage): Response | undefined {
  const method = incoming.method ?? 'GET';
  if (!SERVED_METHODS.has(method)) {
    return problemResponse({
      status: 405,
      slug: 'method-not-allowed',
      detail: `The mock server answers GET, HEAD, POST and OPTIONS, not ${method}.`,
      headers: { Allow: 'GET, HEAD, POST, OPTIONS' },
    });
  }
  const host = incoming.headers.host;
  if (!limits.allowedHosts.has('*') && (typeof host !== 'string' || !limits.allowedHosts.has(hostName(host)))) {
    return problemResponse({
      status: 421,
      slug: 'host-not-allowed',
      detail: 'This server does not answer for that Host (start it with --allow-host <name> to serve another name).',
    });
  }
  const declared = Number(incoming.headers['content-length']);
  if (Number.isFinite(declared) && declared > bodyLimit(limits, incoming)) {
    return problemResponse({
      status: 413,
      slug: 'body-too-large',
      detail: `The request body is larger than the ${bodyLimit(limits, incoming)} bytes this server accepts.`,
      headers: { Connection: 'close' },
    });
  }
  return undefined;
}

function bodyLimit(limits: ServeLimits, incoming: IncomingMessage): number {
  const type = incoming.headers['content-type'];
  const multipart = typeof type === 'string' && type.toLowerCase().startsWith('multipart/form-data');
  return multipart ? Math.max(limits.maxBodyBytes, MAX_UPLOAD_BODY_BYTES) : limits.maxBodyBytes;
}

const TOO_LARGE = Symbol('too large');

/** The whole body, or `TOO_LARGE` as soon as it passes `limit` (the rest is drained, not kept). */
function readBody(incoming: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined | typeof TOO_LARGE> {
  const method = incoming.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    incoming.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    incoming.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        incoming.removeAllListeners('data');
        chunks.length = 0;
        incoming.resume();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => resolve(concat(chunks)));
    incoming.on('error', reject);
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<number> {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  outgoing.writeHead(response.status, headers);
  outgoing.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
  return response.status;
}

function toRequest(origin: string, incoming: IncomingMessage, body: Uint8Array<ArrayBuffer> | undefined): Request {
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
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
