import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CreditKitValidationError } from '../errors.js';
import { warningSignalWireSchema, warningStatusSchema } from '../schemas/warning-status.js';
import { assessWarningStatus } from './assess.js';
import { assessWarning } from './assess-signals.js';
import { SIGNAL_ENTRIES } from './catalogue-entries.js';
import { warningSignalSchema } from './signal-schema.js';

const day = (d: number) => `2024-05-${String(d).padStart(2, '0')}`;
const codes = [...SIGNAL_ENTRIES.slice(0, 6).map((e) => e.code), 'interest-in-arrears', 'adverse-policy-change', 'hosts-own-code'];

/** Signals as a backend might send them: good and bad values of every field mixed. */
/** Mostly good values, now and then a bad one. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

/** Signals as a backend might send them: good and bad values of every field mixed. */
const candidate = fc.record(
  {
    code: mostly(fc.constantFrom(...codes, ' bankruptcy ', 'x'.repeat(100)), fc.oneof(fc.constantFrom('', '   ', 'x'.repeat(101)), fc.string({ maxLength: 12 }))),
    severity: mostly(fc.constantFrom('severe', 'major', 'ordinary'), fc.constantFrom('critical', '')),
    category: mostly(fc.constantFrom('financial', ' performance ', 'hosts-category'), fc.constantFrom('', '  ')),
    raisedOn: mostly(fc.integer({ min: 1, max: 14 }).map(day), fc.constantFrom('2024-02-30', '20240501', '')),
    releasedOn: mostly(fc.integer({ min: 1, max: 28 }).map(day), fc.constantFrom('2024-13-01')),
    amount: mostly(fc.constantFrom('12.50', '0', '12.345678'), fc.oneof(fc.constantFrom(' 7.25', '-1', '1e3', '1.'), fc.double({ noNaN: true, min: -5, max: 5 }))),
    note: fc.string({ maxLength: 8 }),
    params: fc.dictionary(fc.constantFrom('days', 'group', 'event'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 90 })), { maxKeys: 2 }),
  },
  { requiredKeys: ['code', 'severity', 'raisedOn'] },
);

describe('assessWarningStatus', () => {
  it('every signal the wire schema accepts, the input schema accepts, to the same values', () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (raw) => {
        const wire = warningSignalWireSchema.safeParse(raw);
        if (!wire.success) return;
        accepted++;
        const input = warningSignalSchema.safeParse(raw);
        expect(input.success, JSON.stringify(raw)).to.equal(true);
        expect(input.data).to.deep.equal(wire.data);
      }),
      { numRuns: 2000 },
    );
    // The property held on real cases, not only on rejected ones.
    expect(accepted).to.be.greaterThan(100);
  });

  it('gives what assessWarning gives for a validated status, on any day', () => {
    const valid = fc
      .record({
        code: fc.constantFrom(...codes),
        severity: fc.constantFrom('severe', 'major', 'ordinary'),
        raised: fc.integer({ min: 1, max: 28 }),
        kept: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        amount: fc.option(fc.constantFrom('12.50', '0', '900000.01'), { nil: undefined }),
      })
      .map(({ raised, kept, amount, ...s }) => ({
        ...s,
        raisedOn: day(raised),
        ...(kept === undefined ? {} : { releasedOn: day(Math.min(28, raised + kept)) }),
        ...(amount === undefined ? {} : { amount }),
      }));
    fc.assert(
      fc.property(fc.array(valid, { maxLength: 8 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom<'major' | 'ordinary'>('major', 'ordinary'), (signals, asOfDay, adverse) => {
        const status = warningStatusSchema.parse({ customerId: 'C1', signals });
        const options = { asOf: day(asOfDay), adversePolicySeverity: adverse };
        expect(assessWarningStatus(status, options)).to.deep.equal(assessWarning(signals, options));
      }),
    );
  });

  it('validates its options, and the wire refuses what the input schema refuses', () => {
    const status = warningStatusSchema.parse({ customerId: 'C1', signals: [{ code: 'bankruptcy', severity: 'severe', raisedOn: day(3) }] });
    expect(() => assessWarningStatus(status, { asOf: '2024-13-01' })).to.throw(CreditKitValidationError);
    const released = warningStatusSchema.safeParse({ customerId: 'C1', signals: [{ code: 'bankruptcy', severity: 'severe', raisedOn: day(9), releasedOn: day(3) }] });
    expect(released.success).to.equal(false);
    expect(released.error!.issues[0]!.path).to.deep.equal(['signals', 0, 'releasedOn']);
    const blank = warningStatusSchema.safeParse({ customerId: 'C1', signals: [{ code: '  ', severity: 'severe', raisedOn: day(3) }] });
    expect(blank.success).to.equal(false);
    expect(warningStatusSchema.parse({ customerId: 'C1', signals: [{ code: ' bankruptcy ', severity: 'severe', raisedOn: day(3) }] }).signals[0]!.code).to.equal('bankruptcy');
  });
});
