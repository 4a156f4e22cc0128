/** The demo's own settings, kept in the URL so a reload (or a shared link) keeps them. */
export interface DemoSettings {
  lang: 'en' | 'zh-CN';
  theme: 'light' | 'dark' | 'acme' | 'jade';
  receivables: number;
  latencyMs: number;
  failureRate: number;
  malformedRate: number;
  unit: 'yuan' | 'wan';
  /** The customer view's open tab: kept so a reload returns to a restored draft on the application tab. */
  tab: DemoTab;
  /** The selected customer's id, kept for the same reason. */
  customer: string | undefined;
}

export const DEMO_TABS = ['calculator', 'application'] as const;
export type DemoTab = (typeof DEMO_TABS)[number];

/** Above this many items a real deployment ages on its backend (`mode="server"`), not in the browser. */
export const SERVER_MODE_ADVISED_FROM = 1_000_000;

export const PORTFOLIO_SIZES = [3_000, 100_000, 1_000_000] as const;

function clampNumber(text: string | null, fallback: number, min: number, max: number): number {
  const n = Number(text);
  return text !== null && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function readSettings(url: URL = new URL(location.href)): DemoSettings {
  const p = url.searchParams;
  const lang = p.get('lang') === 'zh-CN' ? 'zh-CN' : 'en';
  const theme = (['light', 'dark', 'acme', 'jade'] as const).find((t) => t === p.get('theme')) ?? 'light';
  const size = clampNumber(p.get('receivables'), 3_000, 100, 1_000_000);
  return {
    lang,
    theme,
    receivables: size,
    latencyMs: clampNumber(p.get('latency'), 150, 0, 10_000),
    failureRate: clampNumber(p.get('failure'), 0, 0, 1),
    malformedRate: clampNumber(p.get('malformed'), 0, 0, 1),
    unit: p.get('unit') === 'wan' ? 'wan' : 'yuan',
    tab: DEMO_TABS.find((t) => t === p.get('tab')) ?? 'calculator',
    customer: /^[A-Za-z0-9._-]{1,64}$/.test(p.get('customer') ?? '') ? p.get('customer')! : undefined,
  };
}

export function writeSettings(settings: DemoSettings): void {
  const url = new URL(location.href);
  const p = url.searchParams;
  p.set('lang', settings.lang);
  p.set('theme', settings.theme);
  p.set('receivables', String(settings.receivables));
  p.set('latency', String(settings.latencyMs));
  p.set('failure', String(settings.failureRate));
  p.set('malformed', String(settings.malformedRate));
  p.set('unit', settings.unit);
  p.set('tab', settings.tab);
  if (settings.customer) p.set('customer', settings.customer);
  else p.delete('customer');
  history.replaceState(null, '', url);
}
