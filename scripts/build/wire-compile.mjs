// Compiles core's zod schemas to wire schemas (packages/core/src/wire/wire-schema.ts): plain data a
// widget page validates with, instead of shipping zod's runtime. Used by `npm run wire-schemas`
// (scripts/build/wire-schemas.mjs), which writes packages/core/src/wire/wire-schemas.generated.ts, and by
// core's wire test, which compiles the live zod schemas again and expects exactly what that file holds.
//
// Only what the interpreter runs as zod runs it is compiled; anything else (transforms, pipes, defaults,
// strict or loose objects, discriminated unions, custom `when`, messages that depend on the issue, a
// refinement that is not an exported function of core) throws, naming the schema and the path.

/** The schemas compiled, each with the parser core exports for it. */
export const WIRE_TARGETS = [
  { schema: 'warningStatusSchema', parser: 'warningStatusParser' },
  { schema: 'warningListSchema', parser: 'warningListParser' },
  { schema: 'evaluateWarningOptionsSchema', parser: 'evaluateWarningOptionsParser' },
];

/** String formats whose whole check is their pattern. */
const PATTERN_FORMATS = new Set(['regex', 'date', 'datetime', 'time', 'email', 'uuid']);

const unwrap = (message) => (typeof message === 'string' ? message : message?.message);

/**
 * A schema's or check's own message: its text, or, when it reads the issue (`error: (issue) => …`),
 * the exported function of core that it is, which the interpreter calls with the input.
 */
function messageOf(def, where, names) {
  if (!def.error) return undefined;
  if (def.error.length > 0) {
    if (!names.get(def.error)) throw new Error(`${where}: a message that reads the issue must be an exported function of core`);
    return def.error;
  }
  const first = unwrap(def.error({ code: 'custom', path: [], input: undefined }));
  const second = unwrap(def.error({ code: 'invalid_type', path: ['x'], input: 1, expected: 'string' }));
  if (first !== second) throw new Error(`${where}: a message that depends on the issue cannot be compiled`);
  return first;
}

function compileCheck(check, where, names) {
  const def = check._zod.def;
  const at = `${where} (check ${def.check})`;
  const lengthCheck = def.check === 'min_length' || def.check === 'max_length';
  if (def.when && !(lengthCheck && /\.length !== (?:undefined|void 0)/.test(String(def.when)))) throw new Error(`${at}: a custom "when" cannot be compiled`);
  const out = {};
  switch (def.check) {
    case 'min_length':
      Object.assign(out, { k: 'min', n: def.minimum });
      break;
    case 'max_length':
      Object.assign(out, { k: 'max', n: def.maximum });
      break;
    case 'string_format':
      if (!PATTERN_FORMATS.has(def.format) || !(def.pattern instanceof RegExp)) throw new Error(`${at}: format ${def.format} cannot be compiled`);
      Object.assign(out, { k: 're', p: def.pattern, f: def.format });
      break;
    case 'overwrite':
      if (!/\.trim\(\)/.test(String(def.tx)) || def.tx(' \u00a0a\t') !== 'a') throw new Error(`${at}: only trim() can be compiled`);
      Object.assign(out, { k: 'trim' });
      break;
    case 'greater_than':
    case 'less_than':
      if (typeof def.value !== 'number') throw new Error(`${at}: only a number bound can be compiled`);
      Object.assign(out, { k: `${def.check === 'greater_than' ? 'g' : 'l'}${def.inclusive ? 'te' : 't'}`, n: def.value });
      break;
    case 'custom': {
      const name = names.get(def.fn);
      if (!name) throw new Error(`${at}: the refinement is not an exported function of core`);
      Object.assign(out, { k: 'fn', f: def.fn });
      if (def.path?.length) out.p = [...def.path];
      if (def.params) out.q = { ...def.params };
      break;
    }
    default:
      throw new Error(`${at}: cannot be compiled`);
  }
  const message = messageOf(def, at, names);
  if (message !== undefined) out.m = message;
  if (def.abort) out.x = true;
  return out;
}

/**
 * The wire schema of a zod/mini schema: `names` maps core's exported functions (refinements) to
 * their export, so that a refinement is known to be importable.
 */
export function compileWire(schema, names, where = 'schema', context = { nodes: new Map(), uses: new Map() }) {
  const zod = schema?._zod;
  if (!zod) throw new Error(`${where}: not a zod schema`);
  context.uses.set(schema, (context.uses.get(schema) ?? 0) + 1);
  if (context.nodes.has(schema)) return context.nodes.get(schema);
  const node = compileNode(schema, names, where, context);
  context.nodes.set(schema, node);
  return node;
}

function compileNode(schema, names, where, context) {
  const zod = schema._zod;
  const def = zod.def;
  const traits = zod.traits;
  const checks = (def.checks ?? []).map((check, index) => compileCheck(check, `${where} check ${index}`, names));
  const node = {};
  const own = messageOf(def, where, names);
  switch (def.type) {
    case 'string':
      node.t = 's';
      if (traits.has('$ZodStringFormat')) {
        if (!PATTERN_FORMATS.has(def.format) || !(def.pattern instanceof RegExp)) throw new Error(`${where}: format ${def.format} cannot be compiled`);
        checks.unshift({ k: 're', p: def.pattern, f: def.format, ...(own === undefined ? {} : { m: own }), ...(def.abort ? { x: true } : {}) });
      }
      break;
    case 'number':
      node.t = 'n';
      if (traits.has('$ZodNumberFormat')) {
        if (def.format !== 'safeint') throw new Error(`${where}: number format ${def.format} cannot be compiled`);
        checks.unshift({ k: 'int', ...(own === undefined ? {} : { m: own }), ...(def.abort ? { x: true } : {}) });
      }
      break;
    case 'boolean':
      node.t = 'b';
      break;
    case 'unknown':
      node.t = 'u';
      break;
    case 'enum': {
      const numeric = Object.values(def.entries).filter((value) => typeof value === 'number');
      node.t = 'e';
      node.v = Object.entries(def.entries)
        .filter(([key]) => numeric.indexOf(+key) === -1)
        .map(([, value]) => value);
      break;
    }
    case 'literal':
      node.t = 'e';
      node.v = [...def.values];
      break;
    case 'object':
      if (def.catchall && def.catchall._zod.def.type !== 'unknown') throw new Error(`${where}: a strict object or a catchall cannot be compiled`);
      if (def.catchall) node.l = true;
      if (Object.getOwnPropertySymbols(def.shape).length) throw new Error(`${where}: symbol keys cannot be compiled`);
      node.t = 'o';
      node.s = Object.fromEntries(Object.entries(def.shape).map(([key, field]) => [key, compileWire(field, names, `${where}.${key}`, context)]));
      break;
    case 'array':
      node.t = 'a';
      node.i = compileWire(def.element, names, `${where}[]`, context);
      break;
    case 'record': {
      const key = def.keyType._zod;
      if (def.partial || key.def.type !== 'string' || key.def.checks?.length || key.traits.has('$ZodStringFormat') || key.def.error) {
        throw new Error(`${where}: only a record of plain string keys can be compiled`);
      }
      node.t = 'r';
      node.v = compileWire(def.valueType, names, `${where}{}`, context);
      break;
    }
    case 'union':
      if (traits.has('$ZodDiscriminatedUnion') || traits.has('$ZodXor') || def.inclusive === false) throw new Error(`${where}: only a plain union can be compiled`);
      node.t = 'or';
      node.o = def.options.map((option, index) => compileWire(option, names, `${where}|${index}`, context));
      break;
    case 'optional':
    case 'nullable':
      if (checks.length) throw new Error(`${where}: checks on ${def.type} cannot be compiled`);
      if (def.innerType._zod.optin === 'defaulted') throw new Error(`${where}: a default cannot be compiled`);
      return { t: def.type === 'optional' ? '?' : 'null', i: compileWire(def.innerType, names, where, context) };
    default:
      throw new Error(`${where}: ${def.type} cannot be compiled`);
  }
  if (own !== undefined) node.e = own;
  if (checks.length) node.c = checks;
  return node;
}

/** `value` as TypeScript source; functions by their export names, schemas already emitted by theirs. */
function source(value, names, shared) {
  if (typeof value === 'function') return names.get(value).name;
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map((item) => source(item, names, shared)).join(', ')}]`;
  if (value && typeof value === 'object') {
    if (shared.has(value)) return shared.get(value);
    const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${source(item, names, shared)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/**
 * The text of wire-schemas.generated.ts. `schemas` maps each target's export name to its zod schema,
 * `names` core's exported functions and schemas to `{ name, file }` (file relative to packages/core/src).
 * Schemas used in more than one place, and exported ones, become constants of their own.
 */
export function emitWireModule(schemas, names) {
  const context = { nodes: new Map(), uses: new Map() };
  for (const { schema } of WIRE_TARGETS) compileWire(schemas[schema], names, schema, context);
  const { nodes, uses } = context;

  const imports = new Map();
  const constants = [];
  const shared = new Map();
  const nodeOf = new Map([...nodes].map(([schema, node]) => [node, schema]));
  // Names the module may import (core's functions, the targets' zod schemas as types) are taken.
  const used = new Set([...WIRE_TARGETS.map((t) => t.schema), ...[...names].filter(([value]) => typeof value === 'function').map(([, n]) => n.name)]);
  // Emit shared nodes first, innermost first, so every constant is defined before it is read.
  const emitNode = (node) => {
    const schema = nodeOf.get(node);
    const exported = names.get(schema);
    const target = WIRE_TARGETS.find((t) => schemas[t.schema] === schema);
    if (shared.has(node)) return;
    for (const child of childNodes(node)) emitNode(child);
    for (const value of [node.e, ...(node.c ?? []).flatMap((check) => [check.f, check.m])]) {
      if (typeof value === 'function') addImport(imports, names.get(value));
    }
    if (!target && (uses.get(schema) ?? 0) < 2 && !exported) return;
    let name = target ? target.schema.replace(/Schema$/, 'Wire') : exported ? exported.name : `node${constants.length}`;
    while (used.has(name)) name = `${name}_`;
    used.add(name);
    constants.push(`${target ? 'export ' : ''}const ${name}: WireNode = ${source(node, names, shared)};`);
    shared.set(node, name);
  };
  for (const { schema } of WIRE_TARGETS) emitNode(nodes.get(schemas[schema]));

  const parsers = WIRE_TARGETS.map(({ schema, parser }) => {
    const target = names.get(schemas[schema]);
    addImport(imports, target, true);
    return `/** \`${schema}\` (${target.file}) compiled: validates as it does, without zod. */\nexport const ${parser} = /* @__PURE__ */ wireParser<z.output<typeof ${schema}>>(${shared.get(nodes.get(schemas[schema]))});`;
  });
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, { values, types }]) => {
      if (values.size === 0) return `import type { ${[...types].sort().join(', ')} } from '${relative(file)}';`;
      const specifiers = [...[...values].sort(), ...[...types].filter((t) => !values.has(t)).sort().map((t) => `type ${t}`)];
      return `import { ${specifiers.join(', ')} } from '${relative(file)}';`;
    });
  return [
    '// Generated by `npm run wire-schemas` (scripts/build/wire-schemas.mjs) from core\'s zod schemas: do not edit.',
    '// A test (wire-schema.test.ts) compiles the schemas again and expects exactly this.',
    "import type * as z from 'zod/mini';",
    ...importLines,
    "import { wireParser, type WireNode } from './wire-schema.js';",
    '',
    ...constants.map((line) => `${line}\n`),
    ...parsers.map((line) => `${line}\n`),
  ].join('\n').replace(/\n+$/, '\n');
}

/** The nodes inside a node: an array's items, a record's values, a union's options, an object's fields, an optional's inner. */
function childNodes(node) {
  return [node.i, node.t === 'r' ? node.v : undefined, ...(node.o ?? []), ...Object.values(node.s ?? {})].filter(Boolean);
}

function addImport(imports, exported, typeOnly = false) {
  const entry = imports.get(exported.file) ?? { values: new Set(), types: new Set() };
  (typeOnly ? entry.types : entry.values).add(exported.name);
  imports.set(exported.file, entry);
}

/** A core source file as imported from packages/core/src/wire/. */
function relative(file) {
  const js = file.replace(/\.ts$/, '.js');
  return js.startsWith('wire/') ? `./${js.slice(5)}` : `../${js}`;
}
