import { problemDetailsSchema, toValidationIssues } from '@credit-kit/core';
import type * as z from 'zod/mini';
import type { Exchange } from './probe.js';

/** One check of one endpoint. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  /** What was wrong, in words, when the check failed. */
  readonly detail?: string;
}

/** Everything checked about one endpoint of the contract. */
export interface EndpointResult {
  /** Method and path template, e.g. `GET /customers/{id}`. */
  readonly endpoint: string;
  readonly checks: CheckResult[];
}

/** Collects check results endpoint by endpoint, in the order they were first checked. */
export class Recorder {
  readonly results: EndpointResult[] = [];

  private resultFor(endpoint: string): EndpointResult {
    let result = this.results.find((r) => r.endpoint === endpoint);
    if (!result) {
      result = { endpoint, checks: [] };
      this.results.push(result);
    }
    return result;
  }

  check(endpoint: string, name: string, ok: boolean, detail?: string): boolean {
    this.resultFor(endpoint).checks.push(ok ? { name, ok } : { name, ok, detail: detail ?? 'failed' });
    return ok;
  }

  status(endpoint: string, ex: Exchange, expected: number | readonly number[]): boolean {
    const allowed = typeof expected === 'number' ? [expected] : expected;
    return this.check(endpoint, `status ${allowed.join(' or ')}`, allowed.includes(ex.status), `answered ${ex.status}`);
  }

  /** The body parses as JSON and passes `schema`; returns the parsed value or `undefined`. */
  schema<S extends z.ZodMiniType>(endpoint: string, ex: Exchange, schema: S, what: string): z.output<S> | undefined {
    if (ex.bodyError) {
      this.check(endpoint, `${what} matches the schema`, false, ex.bodyError);
      return undefined;
    }
    const parsed = schema.safeParse(ex.body);
    if (parsed.success) {
      this.check(endpoint, `${what} matches the schema`, true);
      return parsed.data as z.output<S>;
    }
    const issues = toValidationIssues(parsed.error.issues)
      .slice(0, 8)
      .map((i) => `${i.path || '(body)'} ${i.message}`);
    this.check(endpoint, `${what} matches the schema`, false, issues.join('; '));
    return undefined;
  }

  /**
   * An RFC 9457 problem answer with the given status: the media type, the schema, and the members
   * a client relies on: `status` equal to the HTTP status, `title` and `type` present.
   */
  problem(endpoint: string, ex: Exchange, status: number, situation: string): void {
    this.check(endpoint, `${situation}: status ${status}`, ex.status === status, `answered ${ex.status}`);
    const type = ex.headers.get('content-type') ?? '';
    this.check(
      endpoint,
      `${situation}: content type application/problem+json`,
      type.startsWith('application/problem+json'),
      `content type was ${JSON.stringify(type)}`,
    );
    const problem = this.schema(endpoint, ex, problemDetailsSchema, `${situation}: problem details`);
    if (!problem) return;
    this.check(
      endpoint,
      `${situation}: RFC 9457 \`status\` member equals the HTTP status`,
      problem.status === ex.status,
      problem.status === undefined ? 'no `status` member' : `\`status\` is ${problem.status}, HTTP status ${ex.status}`,
    );
    const missing = (['title', 'type'] as const).filter((member) => typeof problem[member] !== 'string' || problem[member] === '');
    this.check(endpoint, `${situation}: RFC 9457 \`title\` and \`type\` present`, missing.length === 0, `no ${missing.map((m) => `\`${m}\``).join(' or ')}`);
  }

  /** One check over many cases (every page, every row): ok, or the first few failures with a count. */
  all(endpoint: string, name: string, failures: readonly string[]): boolean {
    const shown = failures.slice(0, 3).join('; ');
    return this.check(endpoint, name, failures.length === 0, failures.length > 3 ? `${shown}; and ${failures.length - 3} more` : shown);
  }

  get violations(): number {
    return this.results.reduce((n, r) => n + r.checks.filter((c) => !c.ok).length, 0);
  }
}
