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

const NOT_GIVEN = /* @__PURE__ */ Symbol('not given');

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** Most issues one validation reports; past it, one last issue (code `too_many_issues`) counts the rest. */
export const MAX_REPORTED_ISSUES = 100;

/**
 * Converts zod issues into Credit Kit's plain-word issues, at most `MAX_REPORTED_ISSUES` of them
 * (a body with 50,000 bad entries gives 100 and a count, not a 50,000-line message). Pass the
 * parsed `input` too: zod/mini issues do not carry the offending value, and without it a missing
 * field cannot be told from a field of the wrong type.
 */
export function toValidationIssues(issues: readonly unknown[], input: unknown = NOT_GIVEN): ValidationIssue[] {
  const seen = new Set<string>();
  const out: ValidationIssue[] = [];
  let index = 0;
  for (; index < issues.length && out.length < MAX_REPORTED_ISSUES; index++) {
    const issue = issues[index] as RawIssue;
    const offending = input === NOT_GIVEN ? ('input' in issue ? issue.input : NOT_GIVEN) : valueAt(input, issue.path ?? []);
    const { code, message } = describe({ ...issue, input: offending });
    const path = formatPath(issue.path ?? []);
    // Two checks with one message (a format pattern and a check-digit rule, say) report once.
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, code, message });
  }
  const rest = issues.length - index;
  if (rest > 0) out.push({ path: '', code: 'too_many_issues', message: `has ${rest} more ${rest === 1 ? 'issue' : 'issues'} not listed` });
  return out;
}

/** What `validate` needs of a schema: zod's `safeParse`. */
export interface SafeParser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** The outcome of `validate`: the typed value, or the issues in plain words. */
export type ValidationOutcome<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: ValidationIssue[] };

/** The issue reported for input too big or too deeply nested to validate at all. */
export const TOO_COMPLEX_ISSUE: ValidationIssue = {
  path: '',
  code: 'too_complex',
  message: 'is too large or too deeply nested to validate',
};

/**
 * Validates `input` with `schema` and never throws for bad input: issues come back bounded
 * (`MAX_REPORTED_ISSUES`), and input that makes the validator itself overflow the stack (very deep
 * nesting, huge unbounded arrays) becomes one `too_complex` issue instead of a `RangeError`.
 */
export function validate<T>(schema: SafeParser<T>, input: unknown): ValidationOutcome<T> {
  let result: ReturnType<SafeParser<T>['safeParse']>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    if (error instanceof RangeError) return { success: false, issues: [TOO_COMPLEX_ISSUE] };
    throw error;
  }
  if (result.success) return { success: true, data: result.data };
  try {
    return { success: false, issues: toValidationIssues(result.error.issues, input) };
  } catch (error) {
    if (error instanceof RangeError) return { success: false, issues: [TOO_COMPLEX_ISSUE] };
    throw error;
  }
}

/**
 * Parses `input` with `schema` (a zod schema, or a compiled one: `wireParser`), returning the typed
 * output or throwing one `CreditKitValidationError` that names every offending path (at most
 * `MAX_REPORTED_ISSUES`).
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): z.output<S>;
export function parseWith<T>(schema: SafeParser<T>, input: unknown, subject: string): T;
export function parseWith(schema: SafeParser<unknown>, input: unknown, subject: string): unknown {
  const result = validate(schema, input);
  if (!result.success) throw new CreditKitValidationError(subject, result.issues);
  return result.data;
}
