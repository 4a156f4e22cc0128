import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import type { Authenticate } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { readPolicyFile, storeDecisionPolicies } from './decisions/index.js';
import { ImportError, importFormatOf, isImportKind, runImport } from './import/index.js';
import { jwtAuthenticator } from './auth/jwt.js';
import { isLoopback, noAuthentication } from './auth/none.js';
import { tokensFromFile } from './auth/tokens.js';
import { isEmpty, readSeedFile, writeSeed } from './seed.js';
import { startServer } from './server.js';

const USAGE = `credit-kit-server [serve|migrate|import] [options]

  serve (default)   migrate, then serve the contract
  migrate           apply the SQL migrations and exit
  import KIND FILE  import customers|financials|receivables|warnings from CSV or NDJSON

Database:  DATABASE_URL (or --database-url) for PostgreSQL; else embedded PGlite in
           --data-dir DIR (CREDIT_KIT_DATA_DIR, default ./.credit-kit-data) or --memory
Serving:   --port N (PORT, default 4000)  --host H (HOST, default 127.0.0.1)
           --cors ORIGINS (CREDIT_KIT_CORS: comma-separated, or *)
           --seed FILE (seed an empty database with contract documents)  --empty (no seed)
Auth:      --auth none|tokens|jwt (CREDIT_KIT_AUTH)
           --tokens FILE (CREDIT_KIT_TOKENS)  token → { subject, roles, customers? }
           --jwt-secret S (CREDIT_KIT_JWT_SECRET, HS256) | --jwt-public-key PEMFILE (RS256) | --jwks-url URL
           --jwt-issuer ISS  --jwt-audience AUD
Decisions: --approval-policy FILE|default (CREDIT_KIT_APPROVAL_POLICY)  --review-policy FILE|default (CREDIT_KIT_REVIEW_POLICY)
           JSON policy stored in the database for every process; default: core's
Logs:      --log-level L (LOG_LEVEL, default info): JSON lines on stdout`;

const OPTIONS = {
  port: { type: 'string' }, host: { type: 'string' }, memory: { type: 'boolean' }, 'data-dir': { type: 'string' },
  'database-url': { type: 'string' }, empty: { type: 'boolean' }, seed: { type: 'string' }, tokens: { type: 'string' },
  auth: { type: 'string' }, cors: { type: 'string' }, 'jwt-secret': { type: 'string' }, 'jwt-public-key': { type: 'string' },
  'jwks-url': { type: 'string' }, 'jwt-issuer': { type: 'string' }, 'jwt-audience': { type: 'string' },
  'approval-policy': { type: 'string' }, 'review-policy': { type: 'string' },
  'log-level': { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

class UsageError extends Error {}

function databaseOptions(v: Values, env: NodeJS.ProcessEnv) {
  const url = v['database-url'] ?? env.DATABASE_URL;
  if (url) return { url };
  return v.memory ? { memory: true } : { dataDir: v['data-dir'] ?? env.CREDIT_KIT_DATA_DIR ?? './.credit-kit-data' };
}

/** The authenticator the options name; `--auth none` only on a loopback host, with a loud warning. */
export async function authenticatorFor(v: Values, env: NodeJS.ProcessEnv, host: string, logger: Logger): Promise<Authenticate> {
  const tokens = v.tokens ?? env.CREDIT_KIT_TOKENS;
  const jwt = {
    secret: v['jwt-secret'] ?? env.CREDIT_KIT_JWT_SECRET,
    publicKeyFile: v['jwt-public-key'] ?? env.CREDIT_KIT_JWT_PUBLIC_KEY,
    jwksUrl: v['jwks-url'] ?? env.CREDIT_KIT_JWKS_URL,
  };
  const mode = v.auth ?? env.CREDIT_KIT_AUTH ?? (tokens ? 'tokens' : jwt.secret || jwt.publicKeyFile || jwt.jwksUrl ? 'jwt' : 'none');
  if (mode === 'tokens') {
    if (!tokens) throw new UsageError('--auth tokens needs --tokens FILE');
    return tokensFromFile(tokens);
  }
  if (mode === 'jwt') {
    const issuer = v['jwt-issuer'] ?? env.CREDIT_KIT_JWT_ISSUER;
    const audience = v['jwt-audience'] ?? env.CREDIT_KIT_JWT_AUDIENCE;
    return jwtAuthenticator({
      ...(jwt.secret ? { secret: jwt.secret } : {}),
      ...(jwt.publicKeyFile ? { publicKey: readFileSync(jwt.publicKeyFile, 'utf8') } : {}),
      ...(jwt.jwksUrl ? { jwksUrl: jwt.jwksUrl } : {}),
      ...(issuer ? { issuer } : {}),
      ...(audience ? { audience } : {}),
    });
  }
  if (mode !== 'none') throw new UsageError(`--auth must be none, tokens or jwt, not "${mode}"`);
  if (!isLoopback(host)) {
    throw new UsageError(`--auth none is for local development only and is refused on ${host}: listen on 127.0.0.1 or configure --tokens / JWT`);
  }
  logger.warn('AUTHENTICATION IS OFF (--auth none): every request acts as "developer" with every role. Local development only.');
  process.stderr.write('\n  ⚠  credit-kit-server: AUTHENTICATION IS OFF (--auth none) — every request has every role. Local development only.\n\n');
  return noAuthentication;
}

async function withDatabase<T>(v: Values, env: NodeJS.ProcessEnv, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseOptions(v, env));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Runs the CLI; resolves to the exit code (serve resolves only when the server has shut down). */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = positionals[0] ?? 'serve';
  const logger = pino({ level: v['log-level'] ?? env.LOG_LEVEL ?? 'info', base: { service: 'credit-kit-server' } });
  try {
    if (command === 'migrate') {
      const applied = await withDatabase(v, env, (db) => migrate(db));
      process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'schema is current\n');
      return 0;
    }
    if (command === 'import') return await runImportCommand(v, env, positionals.slice(1));
    if (command !== 'serve') throw new UsageError(`unknown command "${command}"`);
    return await serve(v, env, logger);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`credit-kit-server: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`credit-kit-server: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function serve(v: Values, env: NodeJS.ProcessEnv, logger: Logger): Promise<number> {
  const host = v.host ?? env.HOST ?? '127.0.0.1';
  const port = Number(v.port ?? env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${v.port ?? env.PORT}"`);
  const authenticate = await authenticatorFor(v, env, host, logger);
  const corsText = v.cors ?? env.CREDIT_KIT_CORS;
  const corsOrigins = corsText === undefined ? undefined : corsText.trim() === '*' ? '*' as const : corsText.split(',').map((o) => o.trim()).filter(Boolean);
  const policies = decisionPolicyFiles(v, env);
  const db = await openDatabase(databaseOptions(v, env));
  const applied = await migrate(db);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  if (policies.approval !== undefined || policies.review !== undefined) {
    await storeDecisionPolicies(db, policies);
    logger.info({ approval: v['approval-policy'] ?? env.CREDIT_KIT_APPROVAL_POLICY, review: v['review-policy'] ?? env.CREDIT_KIT_REVIEW_POLICY }, 'decision policies stored');
  }
  if (v.seed && !v.empty && (await isEmpty(db))) {
    await writeSeed(db, readSeedFile(v.seed));
    logger.info({ seed: v.seed }, 'empty database seeded');
  }
  const server = await startServer({ db, authenticate, port, host, logger, ...(corsOrigins ? { corsOrigins } : {}) });
  logger.info({ url: server.url, database: db.kind }, 'listening');
  process.stdout.write(`Credit Kit service on ${db.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}: ${server.url}\n`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing requests in flight');
      server.close()
        .then(() => db.close())
        .then(() => resolve(0), (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          resolve(1);
        });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/** `--approval-policy` / `--review-policy`: a JSON file, `default` (core's), or absent (keep the stored one). */
function decisionPolicyFiles(v: Values, env: NodeJS.ProcessEnv): { approval?: unknown; review?: unknown } {
  const read = (file: string | undefined) => (file === undefined ? undefined : file === 'default' ? null : readPolicyFile(file));
  const approval = read(v['approval-policy'] ?? env.CREDIT_KIT_APPROVAL_POLICY);
  const review = read(v['review-policy'] ?? env.CREDIT_KIT_REVIEW_POLICY);
  return { ...(approval !== undefined ? { approval } : {}), ...(review !== undefined ? { review } : {}) };
}

async function runImportCommand(v: Values, env: NodeJS.ProcessEnv, args: string[]): Promise<number> {
  const [kind, file] = args;
  if (!kind || !file) throw new UsageError('import needs KIND and FILE');
  if (!isImportKind(kind)) throw new UsageError(`import KIND must be customers, financials, receivables or warnings, not "${kind}"`);
  return withDatabase(v, env, async (db) => {
    await migrate(db);
    try {
      const format = v.format ?? importFormatOf(file);
      if (format !== 'csv' && format !== 'ndjson') throw new UsageError(`--format must be csv or ndjson, not "${format}"`);
      const result = await runImport(db, kind, createReadStream(file), format);
      process.stdout.write(`imported ${result.rows} ${result.kind} from ${file}\n`);
      return 0;
    } catch (error) {
      if (error instanceof ImportError) {
        process.stderr.write(`${file}:${error.line ?? '?'}: ${error.reason ?? error.message}\n`);
        return 1;
      }
      throw error;
    }
  });
}
