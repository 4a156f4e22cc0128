#!/usr/bin/env node
// Serves the Credit Kit mock backend over HTTP: `npm run mock-server -- --port 4010`.
import { parseArgs } from 'node:util';
import { loadMockNodeModule } from './load-mock.mjs';

const USAGE = `Usage: mock-server [options]

Serves the Credit Kit REST contract from seeded, deterministic data on this machine, with CORS.

  --port, -p <n>          port (default 4010; 0 picks a free one)
  --host <address>        interface (default 127.0.0.1)
  --seed <n>              seed of the data and of injected faults (default 1)
  --customers <n>         number of customers (default 40)
  --receivables <n>       number of open receivables (default 3000, up to 2000000)
  --as-of <YYYY-MM-DD>    the day the data describes (default 2026-11-25)
  --base-path <path>      base path of the contract (default /api/credit/v1)
  --latency <ms|min-max>  delay of every response, e.g. 200 or 100-400
  --failure-rate <0..1>   share of requests answered 503
  --malformed-rate <0..1> share of responses with a broken body
  --allow-origin <origin> page origin allowed by CORS, with credentials (repeatable; default:
                          pages on localhost, 127.0.0.1, [::1]; "*" = any other origin, no credentials)
  --allow-host <name>     Host header name served (repeatable; default: localhost, 127.0.0.1, ::1
                          and --host; "*" turns the DNS-rebinding check off)
  --max-body-bytes <n>    largest request body (default 1048576; uploads up to 20 MiB + 64 KiB)
  --quiet, -q             do not log requests
  --help, -h              this help`;

function fail(message) {
  console.error(`mock-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name, text, { integer = false, min = -Infinity, max = Infinity } = {}) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    fail(`--${name} must be ${integer ? 'a whole number' : 'a number'}${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}, not "${text}"`);
  }
  return value;
}

function latency(text) {
  if (text === undefined) return undefined;
  const range = /^(\d+(?:\.\d+)?)\s*[-,]\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (min > max) fail(`--latency range must go from low to high, not "${text}"`);
    return [min, max];
  }
  return number('latency', text, { min: 0 });
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      seed: { type: 'string' },
      customers: { type: 'string' },
      receivables: { type: 'string' },
      'as-of': { type: 'string' },
      'base-path': { type: 'string' },
      latency: { type: 'string' },
      'failure-rate': { type: 'string' },
      'malformed-rate': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'allow-host': { type: 'string', multiple: true },
      'max-body-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  fail(error.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const options = Object.fromEntries(
  Object.entries({
    port: number('port', args.port, { integer: true, min: 0, max: 65535 }) ?? 4010,
    host: args.host,
    seed: number('seed', args.seed, { integer: true }),
    customers: number('customers', args.customers, { integer: true, min: 1 }),
    receivables: number('receivables', args.receivables, { integer: true, min: 0 }),
    asOf: args['as-of'],
    basePath: args['base-path'],
    latencyMs: latency(args.latency),
    failureRate: number('failure-rate', args['failure-rate'], { min: 0, max: 1 }),
    malformedRate: number('malformed-rate', args['malformed-rate'], { min: 0, max: 1 }),
    allowedOrigins: args['allow-origin'],
    allowedHosts: args['allow-host'],
    maxBodyBytes: number('max-body-bytes', args['max-body-bytes'], { integer: true, min: 1 }),
  }).filter(([, value]) => value !== undefined),
);
if (!args.quiet) {
  options.onResponse = ({ method, path, status, ms }) => console.log(`${method} ${path} → ${status} (${Math.round(ms)} ms)`);
}

const { startMockServer } = await loadMockNodeModule();
let server;
try {
  server = await startMockServer(options);
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(`mock-server: port ${options.port} is in use; choose another with --port (0 picks a free one).`);
    process.exit(1);
  }
  if (error?.name === 'CreditKitValidationError') fail(error.message);
  throw error;
}
const { seed, customers, receivables, asOf } = server.backend.options;
console.log(`Credit Kit mock backend at ${server.url}`);
console.log(`seed ${seed}, ${customers} customers, ${receivables} receivables, as of ${asOf}. Ctrl+C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
