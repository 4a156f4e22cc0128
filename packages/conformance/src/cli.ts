import { formatReport } from './format-report.js';
import { runConformance, type ConformanceOptions } from './run-conformance.js';

const USAGE = `Usage: credit-kit-conformance --base-url URL [--token T] [--header "Name: value"]… [--customer-id ID]
                              [--skip-writes] [--page-size N] [--max-pages N] [--concurrency N]
                              [--replay-delay-ms MS] [--json] [--verbose]
                              [--actor-token maker|analyst|committee=TOKEN]… [--above-analyst-amount AMOUNT]
                              [--skip-decisions]

Calls every endpoint of the Credit Kit REST contract on a live backend and reports what violates it.
Exits 0 when it conforms, 1 on violations, 2 on a usage error. Writes: one test credit application,
rejected, with a few replays of it (--concurrency N at once, default 10, and one --replay-delay-ms later,
default 2000), and one test limit request, approved (unless --skip-writes). Every page is walked,
--max-pages at most (default 50): stopping there without an end is reported. The decision checks act as
three principals (a maker holding every approval role, an analyst, the committee): by default the
reference mock's X-Credit-Kit-Actor/-Roles headers; against a real backend give each a bearer token.`;

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], out: (text: string) => void = console.log): Promise<number> {
  const options: { -readonly [K in keyof ConformanceOptions]: ConformanceOptions[K] } = { baseUrl: '' };
  const headers: Record<string, string> = {};
  const actors: { maker?: Record<string, string>; analyst?: Record<string, string>; committee?: Record<string, string> } = {};
  let json = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    try {
      switch (arg) {
        case '--base-url': options.baseUrl = value(); break;
        case '--token': options.token = value(); break;
        case '--customer-id': options.customerId = value(); break;
        case '--skip-writes': options.skipWrites = true; break;
        case '--skip-decisions': options.skipDecisions = true; break;
        case '--page-size': options.pageSize = positive(arg, value()); break;
        case '--max-pages': options.maxPages = positive(arg, value()); break;
        case '--concurrency': options.concurrentRetries = positive(arg, value()); break;
        case '--replay-delay-ms': options.replayDelayMs = positive(arg, value()); break;
        case '--header': {
          const [name, ...rest] = value().split(':');
          if (!name || rest.length === 0) throw new UsageError('--header takes "Name: value"');
          headers[name.trim()] = rest.join(':').trim();
          break;
        }
        case '--actor-token': {
          const [role, ...token] = value().split('=');
          if (role !== 'maker' && role !== 'analyst' && role !== 'committee') throw new UsageError('--actor-token takes maker=TOKEN, analyst=TOKEN or committee=TOKEN');
          if (token.length === 0 || !token.join('=')) throw new UsageError('--actor-token needs a token after =');
          actors[role] = { authorization: `Bearer ${token.join('=')}` };
          break;
        }
        case '--above-analyst-amount': {
          const amount = value();
          if (!/^\d+(\.\d+)?$/.test(amount)) throw new UsageError('--above-analyst-amount takes a decimal amount such as 1500000.00');
          options.aboveAnalystAmount = amount;
          break;
        }
        case '--json': json = true; break;
        case '--verbose': verbose = true; break;
        case '--help': case '-h': out(USAGE); return 0;
        default: throw new UsageError(`unknown option ${arg}`);
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      out(`credit-kit-conformance: ${error.message}\n\n${USAGE}`);
      return 2;
    }
  }
  if (!/^https?:\/\//.test(options.baseUrl)) {
    out(`credit-kit-conformance: --base-url must be an http(s) URL\n\n${USAGE}`);
    return 2;
  }
  options.headers = headers;
  if (Object.keys(actors).length > 0) options.actors = actors;
  const report = await runConformance(options);
  out(json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose }));
  return report.passed ? 0 : 1;
}

class UsageError extends Error {}

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number of at least 1`);
  return n;
}
