import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as core from './index.js';
import * as lean from './lean.js';
import { SIGNAL_LABELS_EN } from './warning/catalogue-signals.en.js';
import { CATALOGUE_LABELS_ZH_CN } from './warning/catalogue.zh-CN.js';

/**
 * What the main barrel adds to the lean one: the every-language catalogue, the signal labels and
 * detail texts (a badge's popover loads them) and `evaluateWarning`.
 */
const ONLY_IN_MAIN = [
  'CATALOGUE_LABELS_EN',
  'CATALOGUE_LABELS_ZH_CN',
  'SIGNAL_CATALOGUE',
  'SIGNAL_CATEGORIES',
  'SIGNAL_LABELS_EN',
  'WARNING_ACTION_LABELS',
  'WARNING_LEVEL_LABELS',
  'evaluateWarning',
  'signalCategory',
  'signalDefinition',
  'signalDetail',
];

describe('@credit-kit/core/lean', () => {
  it('is the main barrel without the every-language catalogue and evaluateWarning, the same bindings otherwise', () => {
    const added = Object.keys(core).filter((name) => !(name in lean)).sort();
    expect(added).to.deep.equal(ONLY_IN_MAIN);
    for (const name of Object.keys(lean)) expect((core as Record<string, unknown>)[name], name).to.equal((lean as Record<string, unknown>)[name]);
  });

  it('has English labels for the same codes as the Chinese ones, and the catalogue joins them', () => {
    const { CATALOGUE_LABELS_EN } = core;
    expect(CATALOGUE_LABELS_EN).to.deep.equal({ ...lean.LEVEL_ACTION_LABELS_EN, ...SIGNAL_LABELS_EN });
    expect(core.SIGNAL_LABELS_EN).to.equal(SIGNAL_LABELS_EN);
    for (const part of ['levels', 'actions', 'signals', 'categories'] as const) {
      expect(Object.keys(CATALOGUE_LABELS_ZH_CN[part]).sort(), part).to.deep.equal(Object.keys(CATALOGUE_LABELS_EN[part]).sort());
    }
    expect(Object.keys(CATALOGUE_LABELS_EN.signals)).to.deep.equal(lean.SIGNAL_ENTRIES.map((e) => e.code));
    for (const d of core.SIGNAL_CATALOGUE) {
      expect(d.labels, d.code).to.deep.equal({ en: CATALOGUE_LABELS_EN.signals[d.code as lean.SignalCode], 'zh-CN': CATALOGUE_LABELS_ZH_CN.signals[d.code as lean.SignalCode] });
    }
    expect(core.WARNING_LEVEL_LABELS.orange).to.deep.equal({ en: 'Orange warning', 'zh-CN': '橙色预警' });
  });

  it('assessWarning gives what evaluateWarning gives, less the labels and the reasons', () => {
    const codes = [...lean.SIGNAL_ENTRIES.map((e) => e.code).slice(0, 8), 'interest-in-arrears', 'adverse-policy-change', 'hosts-own-code'];
    const day = (d: number) => `2024-05-${String(d).padStart(2, '0')}`;
    const signal = fc
      .record({ code: fc.constantFrom(...codes), severity: fc.constantFrom('severe', 'major', 'ordinary'), raised: fc.integer({ min: 1, max: 28 }), kept: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }) })
      .map(({ raised, kept, ...s }) => ({ ...s, raisedOn: day(raised), releasedOn: kept === undefined ? undefined : day(Math.min(28, raised + kept)) }));
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 8 }), (signals) => {
        const input = signals.map(({ releasedOn, ...s }) => (releasedOn === undefined ? s : { ...s, releasedOn }));
        const { reasons, active, released, ...evaluated } = core.evaluateWarning(input, { asOf: '2024-05-20' });
        const assessed = lean.assessWarning(input, { asOf: '2024-05-20' });
        const unlabelled = (list: readonly core.EvaluatedSignal[]) => list.map(({ labels, ...rest }) => rest);
        expect(assessed).to.deep.equal({ ...evaluated, active: unlabelled(active), released: unlabelled(released) });
        expect(reasons.length).to.equal((['severe', 'major', 'ordinary'] as const).filter((s) => assessed.counts[s] > 0).length);
      }),
    );
  });
});
