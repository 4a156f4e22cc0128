import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './app.js';
import type { Authenticate } from './context.js';
import { createContext } from './context-factory.js';
import type { Database } from './db/database.js';
import { BASE_PATH } from './paths.js';

export interface StartServerOptions {
  readonly db: Database;
  readonly authenticate: Authenticate;
  /** Default 4000; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  readonly corsOrigins?: readonly string[] | '*';
  readonly logger?: Logger;
  /** Today's date (YYYY-MM-DD) as the service sees it; default the real one. */
  readonly today?: () => string;
}

export interface RunningServer {
  /** Base URL of the contract, e.g. `http://127.0.0.1:4000/api/credit/v1`. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** Stops accepting connections and resolves once the requests in flight are answered (the database stays open). */
  close(): Promise<void>;
}

/** Serves the contract over HTTP on `@hono/node-server`. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const app = createApp(createContext(options.db, options.authenticate, logger, options.today), { corsOrigins: options.corsOrigins });
  const host = options.host ?? '127.0.0.1';
  let server: ServerType;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port ?? 4000, hostname: host }, (info) => resolve(info));
    server.once('error', reject);
  });
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url: origin + BASE_PATH,
    origin,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold close() open; busy ones finish their request first.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  };
}
