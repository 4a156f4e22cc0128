import type * as z from 'zod/mini';
import { CreditKitValidationError, type ValidationIssue } from './errors.js';

type PathSegment = PropertyKey;

/** `['items', 3, 'amount']` → `items[3].amount`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

interface RawIssue {
  code: string;
  path: PathSegment[];
  message: string;
  expected?: string;
  input?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  inclusive?: boolean;
  keys?: string[];
  format?: string;
  /** A custom check's own stable code travels as `params.code` (e.g. `date_in_future`). */
  params?: { code?: unknown };
}

/** Zod's default messages are terse ("Invalid input"); schemas give their own where it matters. */
const DEFAULT_MESSAGE = /^Invalid input/;

function describe(issue: RawIssue): { code: string; message: string } {
  // A missing value is "required" whatever the schema's own wording for a bad one.
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return { code: 'required', message: 'is required' };
  }
  if (issue.message && !DEFAULT_MESSAGE.test(issue.message)) {
    const own = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : undefined;
    return { code: own ?? (issue.code === 'custom' ? 'invalid' : issue.code), message: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', message: `must be ${article(issue.expected ?? 'value')}` };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'too_small':
      return {
        code: 'too_small',
        message:
          issue.origin === 'array' || issue.origin === 'string'
            ? `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
            : `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        code: 'too_big',
        message:
          issue.origin === 'array' || issue.origin === 'string'
            ? `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}`
            : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`,
      };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', message: `has unknown fields ${(issue.keys ?? []).join(', ')}` };
    case 'invalid_union':
      return { code: 'invalid_value', message: 'is not a valid value' };
    case 'invalid_format':
      return { code: 'invalid_format', message: `is not in the expected format` };
    default:
      return { code: issue.code, message: 'is invalid' };
  }
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

const NOT_GIVEN = Symbol('not given');

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/**
 * Converts zod issues into Credit Kit's plain-word issues. Pass the parsed `input` too: zod/mini
 * issues do not carry the offending value, and without it a missing field cannot be told from a
 * field of the wrong type.
 */
export function toValidationIssues(issues: readonly unknown[], input: unknown = NOT_GIVEN): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  for (const raw of issues) {
    const issue = raw as RawIssue;
    const offending = input === NOT_GIVEN ? ('input' in issue ? issue.input : NOT_GIVEN) : valueAt(input, issue.path ?? []);
    const { code, message } = describe({ ...issue, input: offending });
    const path = formatPath(issue.path ?? []);
    // Two checks with one message (a format pattern and a check-digit rule, say) report once.
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, code, message });
  }
  return out;
}

/**
 * Parses `input` with `schema`, returning the typed output or throwing one
 * `CreditKitValidationError` that names every offending path.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new CreditKitValidationError(subject, toValidationIssues(result.error.issues, input));
  return result.data as z.output<S>;
}
