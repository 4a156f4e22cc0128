/**
 * The React embedding: the four widgets through the @credit-kit/react wrappers, in a small React page
 * with a language and a theme switch. Written with `React.createElement` (as `h`) so the page needs no
 * JSX transform; in an application the same tree reads `<LimitCalculator customerId="C004" … />`.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { configure } from '@credit-kit/client';
import { createMockBackend, createMockFetch, installMockServiceWorker } from '@credit-kit/mock';
// Importing the wrappers registers the <ck-…> elements (no element is in the page yet).
import { AgingTable, CreditApplication, LimitCalculator, WarningBadge } from '@credit-kit/react';

const h = React.createElement;
const API = '/api/credit/v1';
const CUSTOMER_ID = 'C004';

type Lang = 'en' | 'zh-CN';
type Theme = 'light' | 'dark' | 'acme' | 'jade';
const THEMES: readonly Theme[] = ['light', 'dark', 'acme', 'jade'];

const en = {
  title: 'Credit Kit · React page',
  language: 'Language',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', acme: 'Partner: Acme Bank', jade: 'Partner: Jade Trade' } as Record<Theme, string>,
  otherPages: 'Other demo pages',
  demo: 'Demo portal',
  plain: 'Plain HTML page',
  intro: 'The same widgets through @credit-kit/react: element properties as props, ck- events as typed callbacks.',
  badge: 'Early warning',
  calculator: 'Limit calculator',
  aging: 'Receivables aging',
  application: 'Credit application',
  granted: (amount: string) => `onCkLimitChange: granted ${amount}`,
};
const TEXT: Record<Lang, typeof en> = {
  en,
  'zh-CN': {
    title: 'Credit Kit · React 页面',
    language: '语言',
    theme: '主题',
    themes: { light: '浅色', dark: '深色', acme: '合作方：Acme 银行', jade: '合作方：翡翠贸易' },
    otherPages: '其他演示页面',
    demo: '演示门户',
    plain: '纯 HTML 页面',
    intro: '同样的组件，通过 @credit-kit/react 使用：元素属性即 props，ck- 事件即类型化回调。',
    badge: '风险预警',
    calculator: '额度测算',
    aging: '应收账款账龄',
    application: '授信申请',
    granted: (amount: string) => `onCkLimitChange：核定额度 ${amount}`,
  },
};

function initialSettings(): { lang: Lang; theme: Theme } {
  const params = new URL(location.href).searchParams;
  return {
    lang: params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en',
    theme: THEMES.find((theme) => theme === params.get('theme')) ?? 'light',
  };
}

function App() {
  const [lang, setLang] = React.useState<Lang>(() => initialSettings().lang);
  const [theme, setTheme] = React.useState<Theme>(() => initialSettings().theme);
  const [granted, setGranted] = React.useState<string>();
  const t = TEXT[lang];
  const widgetTheme = theme === 'dark' || theme === 'jade' ? 'dark' : 'light';
  const query = `?lang=${encodeURIComponent(lang)}&theme=${encodeURIComponent(theme)}`;

  // The widgets follow <html lang> at once; the page chrome and the partner brands follow <body>'s class.
  React.useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
    document.body.classList.toggle('theme-dark', theme === 'dark');
    document.body.classList.toggle('brand-acme', theme === 'acme');
    document.body.classList.toggle('brand-jade', theme === 'jade');
    history.replaceState(null, '', query);
  }, [lang, theme, t, query]);

  return h(
    React.Fragment,
    null,
    h(
      'header',
      { className: 'topbar' },
      h('h1', null, t.title),
      h(
        'label',
        { className: 'control' },
        t.language,
        h(
          'select',
          { id: 'lang', value: lang, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setLang(e.target.value as Lang) },
          h('option', { value: 'en' }, 'English'),
          h('option', { value: 'zh-CN' }, '简体中文'),
        ),
      ),
      h(
        'label',
        { className: 'control' },
        t.theme,
        h(
          'select',
          { id: 'theme', value: theme, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => setTheme(e.target.value as Theme) },
          THEMES.map((value) => h('option', { key: value, value }, t.themes[value])),
        ),
      ),
      h('nav', { 'aria-label': t.otherPages }, h('a', { href: `/demo/${query}` }, t.demo), h('a', { href: `/demo/plain/${query}` }, t.plain)),
    ),
    h(
      'main',
      { className: 'portal' },
      h('p', { className: 'embed-intro' }, t.intro),
      h(
        'section',
        { className: 'panel', 'aria-labelledby': 'badge-heading' },
        h('h2', { id: 'badge-heading' }, t.badge),
        h(WarningBadge, { customerId: CUSTOMER_ID, variant: 'full', theme: widgetTheme }),
      ),
      h(
        'section',
        { className: 'panel', 'aria-labelledby': 'calculator-heading' },
        h('h2', { id: 'calculator-heading' }, t.calculator),
        h(LimitCalculator, {
          customerId: CUSTOMER_ID,
          unit: 'wan',
          theme: widgetTheme,
          onCkLimitChange: (event) => setGranted(event.detail.result.granted),
        }),
        h('p', { className: 'granted', 'aria-live': 'polite' }, granted === undefined ? '' : t.granted(granted)),
      ),
      h(
        'section',
        { className: 'panel wide', 'aria-labelledby': 'aging-heading' },
        h('h2', { id: 'aging-heading' }, t.aging),
        h(AgingTable, { theme: widgetTheme }),
      ),
      h(
        'section',
        { className: 'panel wide', 'aria-labelledby': 'application-heading' },
        h('h2', { id: 'application-heading' }, t.application),
        h(CreditApplication, { customerId: CUSTOMER_ID, theme: widgetTheme }),
      ),
    ),
  );
}

/** The mock backend first (as in demo/main.ts), then the client, then the first render. */
async function boot(): Promise<void> {
  const backend = createMockBackend({ latencyMs: [50, 250] });
  try {
    if (!('serviceWorker' in navigator)) throw new Error('no service worker');
    await installMockServiceWorker({ backend });
    configure({ baseUrl: API });
  } catch {
    configure({ baseUrl: API, fetch: createMockFetch(backend) });
  }
  createRoot(document.getElementById('root')!).render(h(React.StrictMode, null, h(App)));
}

void boot();
