/** Languages the catalogue's detail texts are written in. */
export type SignalDetailLanguage = 'en' | 'zh-CN';

/** Parameters of a detail text (`WarningSignalWire.params`). */
export type SignalParams = Readonly<Record<string, string | number>>;

type Detail = (p: SignalParams) => string | undefined;

const num = (p: SignalParams, name: string): number | undefined => (typeof p[name] === 'number' && Number.isFinite(p[name]) ? (p[name] as number) : undefined);

/**
 * Detail texts of catalogue signals by code, in each language, from the signal's parameters.
 * A text whose parameters are missing or of the wrong type gives `undefined` (the host's `note` is shown instead).
 */
const DETAILS: Readonly<Record<string, Readonly<Record<SignalDetailLanguage, Detail>>>> = {
  'receivable-overdue': {
    en: (p) => (num(p, 'days') === undefined ? undefined : `Oldest open item ${num(p, 'days')} ${num(p, 'days') === 1 ? 'day' : 'days'} overdue`),
    'zh-CN': (p) => (num(p, 'days') === undefined ? undefined : `最早一笔应收账款逾期${num(p, 'days')}天`),
  },
  'collateral-value-down': {
    en: (p) => (num(p, 'appraised') === undefined || num(p, 'current') === undefined ? undefined : `Pledged plant appraised at ${num(p, 'appraised')!.toLocaleString('en-US')}, now valued at ${num(p, 'current')!.toLocaleString('en-US')}`),
    'zh-CN': (p) => (num(p, 'appraised') === undefined || num(p, 'current') === undefined ? undefined : `抵押厂房评估价值${num(p, 'appraised')! / 10_000}万元，现值${Math.round(num(p, 'current')! / 10_000)}万元`),
  },
  'group-member-under-warning': {
    en: (p) => (typeof p.group === 'string' ? `Another member of ${p.group} is under warning` : undefined),
    'zh-CN': (p) => (typeof p.group === 'string' ? `${p.group}旗下关联企业出现预警` : undefined),
  },
  'ownership-change': {
    en: (p) => (p.event === 'controlling-stake-sold' ? 'Controlling shareholder sold its stake' : undefined),
    'zh-CN': (p) => (p.event === 'controlling-stake-sold' ? '控股股东转让全部股权' : undefined),
  },
};

/**
 * The catalogue's detail text of a signal in `lang`, from its `params`; `undefined` when the code has
 * no detail text or the parameters do not fit it (then a host's free-text `note` is shown as such).
 */
export function signalDetail(code: string, params: SignalParams | undefined, lang: string): string | undefined {
  if (params === undefined) return undefined;
  const texts = DETAILS[code];
  if (!texts) return undefined;
  return texts[lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'](params);
}
