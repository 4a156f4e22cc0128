import type { SafeParser } from '../validate.js';

/**
 * A zod schema compiled to plain data (`scripts/build/wire-schemas.mjs` writes them, from core's
 * zod schemas, to `wire-schemas.generated.ts`), and the small interpreter that validates with it:
 * what a widget page uses to check a response instead of shipping zod's runtime. zod stays the
 * schema language and the reference (the contract, the mock, the service, OpenAPI); a property test
 * (`wire-schema.test.ts`) holds each compiled schema to its zod original — the same data out, the
 * same issues in plain words (`validate`).
 *
 * Node kinds: `s` string, `n` number, `b` boolean, `u` unknown, `e` one of `v` (enum, literal),
 * `o` object (unknown keys stripped, or kept when `l`: zod's `looseObject`), `a` array, `r` record of string keys, `or` union, `?`
 * optional, `null` nullable. `e` on a node is the schema's own message, `c` its checks in order.
 */
export type WireNode =
  | { readonly t: 's' | 'n' | 'b' | 'u'; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: 'e'; readonly v: readonly unknown[]; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: 'o'; readonly s: Readonly<Record<string, WireNode>>; readonly l?: true; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: 'a'; readonly i: WireNode; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: 'r'; readonly v: WireNode; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: 'or'; readonly o: readonly WireNode[]; readonly e?: WireMessage; readonly c?: readonly WireCheck[] }
  | { readonly t: '?'; readonly i: WireNode }
  | { readonly t: 'null'; readonly i: WireNode };

/**
 * A check, as zod runs it: `min`/`max` length (in code points for strings), `re` a pattern (`f` the
 * format zod names, `regex` or e.g. `date`), `trim`, `gte`/`gt`/`lte`/`lt` a number, `int` a safe
 * integer, `fn` a refinement (`p` the path it reports at, `q` its params). `m` is its own message,
 * `x` set when it stops the checks after it (zod's `abort`).
 */
export type WireCheck = (
  | { readonly k: 'min' | 'max' | 'gte' | 'gt' | 'lte' | 'lt'; readonly n: number }
  | { readonly k: 're'; readonly p: RegExp; readonly f: string }
  | { readonly k: 'trim' | 'int' }
  | { readonly k: 'fn'; readonly f: (value: never) => unknown; readonly p?: readonly PropertyKey[]; readonly q?: Readonly<Record<string, unknown>> }
) & { readonly m?: WireMessage; readonly x?: true };

/** A message: its text, or a function of core that words it from the issue (its `input` and `code`). */
export type WireMessage = string | ((issue: { readonly code: string; readonly input: unknown }) => string);

/** An issue as zod reports it once finalised (`c`: zod's `continue`, dropped on the way out). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  c?: boolean;
  [field: string]: unknown;
}

interface Result {
  v: unknown;
  readonly i: Issue[];
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's `isPlainObject`: what a record accepts. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** Issues from `from` on that stop the checks: zod's `aborted` (any not marked to continue) and `explicitlyAborted`. */
const aborted = (issues: readonly Issue[], from = 0, explicit = false): boolean => {
  for (let index = from; index < issues.length; index++) if (explicit ? issues[index]!.c === false : issues[index]!.c !== true) return true;
  return false;
};

const codePoints = (text: string): number => {
  let count = 0;
  for (let index = 0; index < text.length; index++, count++) {
    if ((text.charCodeAt(index) & 0xfc00) === 0xd800 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
  }
  return count;
};

const lengthOrigin = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

/** The `optin`/`optout` of a node: whether an object may leave its key out. */
const optional = (node: WireNode): boolean =>
  node.t === '?' || (node.t === 'null' && optional(node.i)) || (node.t === 'or' && node.o.some(optional));

function issue(result: Result, code: string, fields: Record<string, unknown>, message: WireMessage | undefined, path: PropertyKey[] = [], input: unknown = result.v): void {
  const text = typeof message === 'function' ? message({ code, input }) : message;
  result.i.push({ code, path, ...fields, ...(text === undefined ? {} : { message: text }) });
}

function typeIssue(result: Result, expected: string, message: WireMessage | undefined): Result {
  issue(result, 'invalid_type', { expected }, message);
  return result;
}

function prefixed(into: Result, key: PropertyKey, issues: readonly Issue[]): void {
  for (const item of issues) {
    item.path.unshift(key);
    into.i.push(item);
  }
}

function parseObject(node: Extract<WireNode, { t: 'o' }>, input: Record<PropertyKey, unknown>, result: Result): void {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node.s)) {
    if (key === '__proto__') continue;
    const field = node.s[key]!;
    const isOptional = optional(field);
    const present = key in input;
    if (!present && isOptional) continue;
    const inner = run(field, input[key]);
    if (inner.i.length) prefixed(result, key, inner.i);
    if (!present) {
      if (!inner.i.length) issue(result, 'invalid_type', { expected: 'nonoptional' }, undefined, [key]);
      continue;
    }
    out[key] = inner.v;
  }
  if (node.l) {
    for (const key in input) if (key !== '__proto__' && !Object.prototype.hasOwnProperty.call(node.s, key)) out[key] = input[key];
  }
  result.v = out;
}

function parseArray(node: Extract<WireNode, { t: 'a' }>, input: unknown[], result: Result): void {
  // zod's size cap: an array past a leading maximum is refused before its items are read.
  for (const check of node.c ?? []) {
    if (check.k !== 'min' && check.k !== 'max') break;
    if (check.k === 'max' && input.length > check.n) {
      issue(result, 'too_big', { origin: 'array', maximum: check.n, inclusive: true, c: false }, check.m ?? node.e);
      return;
    }
  }
  const out = new Array<unknown>(input.length);
  for (let index = 0; index < input.length; index++) {
    const inner = run(node.i, input[index]);
    if (inner.i.length) prefixed(result, index, inner.i);
    out[index] = inner.v;
  }
  result.v = out;
}

function parseRecord(node: Extract<WireNode, { t: 'r' }>, input: Record<PropertyKey, unknown>, result: Result): void {
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key === 'symbol') {
      issue(result, 'invalid_key', { origin: 'record' }, node.e, [key], key);
      continue;
    }
    const inner = run(node.v, input[key]);
    if (inner.i.length) prefixed(result, key, inner.i);
    out[key] = inner.v;
  }
  result.v = out;
}

function parseUnion(node: Extract<WireNode, { t: 'or' }>, input: unknown): Result {
  const results: Result[] = [];
  for (const option of node.o) {
    const inner = run(option, input);
    if (inner.i.length === 0 || node.o.length === 1) return inner;
    results.push(inner);
  }
  const continuing = results.filter((inner) => !aborted(inner.i));
  if (continuing.length === 1) return continuing[0]!;
  const result: Result = { v: input, i: [] };
  issue(result, 'invalid_union', {}, node.e);
  return result;
}

/** Parses `input` by `node`'s type, before its checks (zod's `_zod.parse`). */
function parse(node: Exclude<WireNode, { t: '?' | 'null' }>, input: unknown): Result {
  const result: Result = { v: input, i: [] };
  switch (node.t) {
    case 's':
      return typeof input === 'string' ? result : typeIssue(result, 'string', node.e);
    case 'n':
      return typeof input === 'number' && Number.isFinite(input) ? result : typeIssue(result, 'number', node.e);
    case 'b':
      return typeof input === 'boolean' ? result : typeIssue(result, 'boolean', node.e);
    case 'u':
      return result;
    case 'e':
      if (!node.v.includes(input)) issue(result, 'invalid_value', { values: node.v }, node.e);
      return result;
    case 'o':
      if (!isObject(input)) return typeIssue(result, 'object', node.e);
      parseObject(node, input, result);
      return result;
    case 'a':
      if (!Array.isArray(input)) return typeIssue(result, 'array', node.e);
      parseArray(node, input, result);
      return result;
    case 'r':
      if (!isPlainObject(input)) return typeIssue(result, 'record', node.e);
      parseRecord(node, input, result);
      return result;
    case 'or':
      return parseUnion(node, input);
  }
}

/** Runs one check on the parsed value (zod's `_zod.check`); `owner` is the schema's message. */
function check(item: WireCheck, result: Result, owner: WireMessage | undefined): void {
  const value = result.v as never;
  const message = item.m ?? owner;
  const c = item.x ? false : true;
  switch (item.k) {
    case 'trim':
      result.v = (value as string).trim();
      return;
    case 'min':
    case 'max': {
      const units = (value as { length: number }).length;
      const over = item.k === 'max';
      const length = typeof value === 'string' && (over ? units > item.n : units >= item.n && units < item.n * 2) ? codePoints(value) : units;
      if (over ? length <= item.n : length >= item.n) return;
      issue(result, over ? 'too_big' : 'too_small', { origin: lengthOrigin(value), [over ? 'maximum' : 'minimum']: item.n, inclusive: true, c }, message);
      return;
    }
    case 're':
      item.p.lastIndex = 0;
      if (!item.p.test(value)) issue(result, 'invalid_format', { origin: 'string', format: item.f, pattern: String(item.p), c }, message);
      return;
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt': {
      const inclusive = item.k.length === 3;
      const low = item.k[0] === 'g';
      const number = value as number;
      if (low ? (inclusive ? number >= item.n : number > item.n) : inclusive ? number <= item.n : number < item.n) return;
      issue(result, low ? 'too_small' : 'too_big', { origin: 'number', [low ? 'minimum' : 'maximum']: item.n, inclusive, c }, message);
      return;
    }
    case 'int': {
      const number = value as number;
      if (!Number.isInteger(number)) issue(result, 'invalid_type', { expected: 'int', format: 'safeint', c: false }, message);
      else if (!Number.isSafeInteger(number)) {
        const big = number > 0;
        issue(result, big ? 'too_big' : 'too_small', { [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, c }, message);
      }
      return;
    }
    case 'fn':
      if (!item.f(value)) issue(result, 'custom', { c, ...(item.q ? { params: item.q } : {}) }, message, [...(item.p ?? [])]);
      return;
  }
}

/** Parses `input` by `node` and runs its checks as zod runs them: skipped once an issue stops them. */
function run(node: WireNode, input: unknown): Result {
  switch (node.t) {
    case '?':
      return input === undefined ? { v: undefined, i: [] } : run(node.i, input);
    case 'null':
      return input === null ? { v: null, i: [] } : run(node.i, input);
    default:
      return checked(node, parse(node, input));
  }
}

function checked(node: Exclude<WireNode, { t: '?' | 'null' }>, result: Result): Result {
  let stopped = aborted(result.i);
  for (const item of node.c ?? []) {
    if (item.k === 'min' || item.k === 'max') {
      // Length checks run on anything with a length unless an issue stopped them outright.
      const value = result.v as { length?: unknown } | null | undefined;
      if (aborted(result.i, 0, true) || value == null || value.length === undefined) continue;
    } else if (stopped) continue;
    const before = result.i.length;
    check(item, result, node.e);
    if (!stopped && result.i.length !== before) stopped = aborted(result.i, before);
  }
  return result;
}

/** A compiled schema's parser: zod's `safeParse` shape, so `validate` and `parseWith` take it as they take a zod schema. */
export interface WireParser<T> extends SafeParser<T> {
  /** The compiled schema. */
  readonly node: WireNode;
}

/** The parser of a compiled schema (`T`: the output type of the zod schema it was compiled from). */
export function wireParser<T>(node: WireNode): WireParser<T> {
  return {
    node,
    safeParse(input: unknown) {
      const result = run(node, input);
      if (result.i.length === 0) return { success: true, data: result.v as T };
      for (const item of result.i) {
        delete item.c;
        item.message ??= 'Invalid input';
      }
      return { success: false, error: { issues: result.i } };
    },
  };
}
