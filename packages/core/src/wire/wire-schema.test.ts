import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compileWire, WIRE_TARGETS } from '../../../../scripts/build/wire-compile.mjs';
import * as core from '../index.js';
import { validate, type SafeParser } from '../validate.js';
import * as generated from './wire-schemas.generated.js';
import { wireParser, type WireCheck, type WireNode } from './wire-schema.js';

const exports = core as unknown as Record<string, unknown>;
/** Core's exported functions, as the generator names them (refinements must be among them). */
const names = new Map(Object.entries(exports).filter(([, value]) => typeof value === 'function').map(([name, value]) => [value, { name }]));
const targets = WIRE_TARGETS.map(({ schema, parser }) => ({
  schema,
  zod: exports[schema] as SafeParser<unknown>,
  wire: (generated as unknown as Record<string, { node: WireNode } & SafeParser<unknown>>)[parser]!,
}));

/** Values near what a node accepts: valid ones, each part sometimes wrong, missing or padded. */
function near(node: WireNode): fc.Arbitrary<unknown> {
  // Objects that are not plain ones too: a record refuses them, an object reads their keys.
  const odd = fc.constantFrom(new Date(0), Object.create(null) as object, new Map(), Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }));
  const noise = fc.oneof(fc.constantFrom(undefined, null, true, 0, -1.5, Number.NaN, '', ' ', [], {}), odd, fc.string({ maxLength: 3 }), fc.integer());
  return fc.oneof({ weight: 5, arbitrary: shaped(node) }, { weight: 1, arbitrary: noise });
}

function shaped(node: WireNode): fc.Arbitrary<unknown> {
  switch (node.t) {
    case '?':
      return fc.option(near(node.i), { nil: undefined });
    case 'null':
      return fc.option(near(node.i), { nil: null });
    case 's':
      return text(node.c ?? []);
    case 'n':
      return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 53, Number.POSITIVE_INFINITY));
    case 'b':
      return fc.boolean();
    case 'u':
      return fc.anything({ maxDepth: 1 });
    case 'e':
      return fc.constantFrom(...node.v, 'other');
    case 'o': {
      const shape = fc.record(Object.fromEntries(Object.entries(node.s).map(([key, field]) => [key, near(field)])), { requiredKeys: [] });
      const extra = fc.option(fc.dictionary(fc.constantFrom('extra', 'toString', 'x'), fc.integer(), { maxKeys: 2 }), { nil: undefined });
      return fc.tuple(shape, extra).map(([known, more]) => ({ ...more, ...known }));
    }
    case 'a': {
      const max = node.c?.find((c) => c.k === 'max');
      const items = fc.array(near(node.i), { maxLength: 3 });
      return max && max.k === 'max' ? fc.oneof({ weight: 9, arbitrary: items }, { weight: 1, arbitrary: fc.constant(new Array(max.n + 1).fill(0)) }) : items;
    }
    case 'r':
      return fc.dictionary(fc.string({ maxLength: 4 }), near(node.v), { maxKeys: 3 });
    case 'or':
      return fc.oneof(...node.o.map(near));
  }
}

/** Strings for a string node's checks: matching its pattern or not, padded, at its length limits. */
function text(checks: readonly WireCheck[]): fc.Arbitrary<string> {
  let pattern: RegExp | undefined;
  let max: number | undefined;
  for (const check of checks) {
    if (check.k === 're') pattern ??= check.p;
    if (check.k === 'max') max ??= check.n;
  }
  const base = fc.oneof(pattern ? fc.stringMatching(pattern) : fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }));
  const padded = fc.tuple(fc.constantFrom('', ' ', '\t'), base, fc.constantFrom('', ' ')).map(([a, b, c]) => a + b + c);
  const limits = max === undefined ? [] : [fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), '\u{1F600}'.repeat(max), ` ${'x'.repeat(max)} `)];
  return fc.oneof(padded, ...limits);
}

describe('wire schemas: core zod schemas compiled for pages that validate without zod', () => {
  for (const { schema, zod, wire } of targets) {
    it(`${schema}: wire-schemas.generated.ts is what the zod schema compiles to (run \`npm run wire-schemas\` after changing it)`, () => {
      expect(wire.node).to.deep.equal(compileWire(zod, names, schema));
    });

    it(`${schema}: the compiled parser gives what zod gives, data or the issues in plain words`, () => {
      fc.assert(
        fc.property(near(wire.node), (input) => {
          expect(validate(wire, input)).to.deep.equal(validate(zod, input));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('reads a status as zod does: codes trimmed, unknown members dropped, absent optional members absent', () => {
    const status = {
      customerId: 'C-1',
      signals: [{ code: ' collateral-value-down ', severity: 'major', raisedOn: '2026-03-01', params: { count: 2 }, extra: true }],
      unknown: 1,
    };
    const parsed = validate(generated.warningStatusParser, status);
    expect(parsed).to.deep.equal({
      success: true,
      data: { customerId: 'C-1', signals: [{ code: 'collateral-value-down', severity: 'major', raisedOn: '2026-03-01', params: { count: 2 } }] },
    });
  });

  it('names each bad member of a status in plain words, as zod does', () => {
    const outcome = validate(generated.warningStatusParser, {
      customerId: 'no spaces allowed',
      signals: [{ code: '', severity: 'grave', raisedOn: '2026-02-30', releasedOn: '2026-01-01' }],
    });
    expect(outcome.success).to.equal(false);
    expect(outcome).to.deep.equal(validate(core.warningStatusSchema, { customerId: 'no spaces allowed', signals: [{ code: '', severity: 'grave', raisedOn: '2026-02-30', releasedOn: '2026-01-01' }] }));
    expect(outcome.success ? [] : outcome.issues.map((i) => i.path)).to.deep.equal(['customerId', 'signals[0].code', 'signals[0].severity', 'signals[0].raisedOn']);
  });

  it('refuses a list past its limit with one issue, before reading its entries', () => {
    const outcome = validate(generated.warningListParser, { items: new Array(1001).fill('not a status') });
    expect(outcome).to.deep.equal({ success: false, issues: [{ path: 'items', code: 'too_big', message: 'must have at most 1000 entries' }] });
  });

  it('compiles only what it can run as zod does, and says where it cannot', () => {
    expect(() => compileWire(core.creditApplicationInputSchema, names, 'creditApplicationInputSchema')).to.throw(/creditApplicationInputSchema/);
    expect(wireParser({ t: 's' }).safeParse(1)).to.deep.equal({ success: false, error: { issues: [{ code: 'invalid_type', path: [], expected: 'string', message: 'Invalid input' }] } });
  });
});
