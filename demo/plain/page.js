// The page's one module script: what a portal without a build step writes. It imports the CDN-style
// bundle (served here from the repository; a portal serves the bundle's whole dist/cdn/ folder, whose
// on-demand chunks and aging worker sit beside it, from its own origin), which registers the four <ck-…> elements already in the HTML, and configures the
// client right after the import, before the elements load.
import { configure, CkLimitChangeEvent } from '/packages/widgets/dist/cdn/credit-kit.js';

configure({ baseUrl: '/api/credit/v1' });

// Everything below is the page's own chrome: a language and a theme switch, and one event.

const TEXT = {
  en: {
    title: 'Credit Kit · plain HTML page, one script',
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    acme: 'Partner: Acme Bank',
    jade: 'Partner: Jade Trade',
    otherPages: 'Other demo pages',
    demo: 'Demo portal',
    react: 'React page',
    intro: 'No build step: the widgets come from packages/widgets/dist/cdn/credit-kit.js, imported by the page’s one module script.',
    badge: 'Early warning',
    calculator: 'Limit calculator',
    aging: 'Receivables aging',
    application: 'Credit application',
    granted: (amount) => `ck-limit-change: granted ${amount}`,
  },
  'zh-CN': {
    title: 'Credit Kit · 纯 HTML 页面，一个脚本',
    language: '语言',
    theme: '主题',
    light: '浅色',
    dark: '深色',
    acme: '合作方：Acme 银行',
    jade: '合作方：翡翠贸易',
    otherPages: '其他演示页面',
    demo: '演示门户',
    react: 'React 页面',
    intro: '无需构建：组件来自 packages/widgets/dist/cdn/credit-kit.js，由页面唯一的模块脚本导入。',
    badge: '风险预警',
    calculator: '额度测算',
    aging: '应收账款账龄',
    application: '授信申请',
    granted: (amount) => `ck-limit-change：核定额度 ${amount}`,
  },
};
const THEMES = ['light', 'dark', 'acme', 'jade'];
const WIDGETS = 'ck-warning-badge, ck-limit-calculator, ck-aging-table, ck-credit-application';

const params = new URL(location.href).searchParams;
const settings = {
  lang: params.get('lang') === 'zh-CN' ? 'zh-CN' : 'en',
  theme: THEMES.includes(params.get('theme')) ? params.get('theme') : 'light',
};

function apply() {
  const t = TEXT[settings.lang];
  // The widgets follow <html lang> at once; their `theme` attribute picks the light or dark defaults,
  // and the partner brands are plain --ck-* tokens and ::part() rules (themes.css) on <body>.
  document.documentElement.lang = settings.lang;
  const dark = settings.theme === 'dark' || settings.theme === 'jade';
  for (const widget of document.querySelectorAll(WIDGETS)) widget.setAttribute('theme', dark ? 'dark' : 'light');
  document.body.classList.toggle('theme-dark', settings.theme === 'dark');
  document.body.classList.toggle('brand-acme', settings.theme === 'acme');
  document.body.classList.toggle('brand-jade', settings.theme === 'jade');

  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t[node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', t[node.dataset.label]);
  document.title = t.title;
  document.getElementById('lang').value = settings.lang;
  document.getElementById('theme').value = settings.theme;

  const query = `?lang=${encodeURIComponent(settings.lang)}&theme=${encodeURIComponent(settings.theme)}`;
  for (const link of document.querySelectorAll('header nav a')) link.setAttribute('href', link.pathname + query);
  history.replaceState(null, '', query);
}

document.getElementById('lang').addEventListener('change', (event) => {
  settings.lang = event.target.value;
  apply();
});
document.getElementById('theme').addEventListener('change', (event) => {
  settings.theme = event.target.value;
  apply();
});
document.querySelector('ck-limit-calculator').addEventListener(CkLimitChangeEvent.eventName, (event) => {
  document.getElementById('granted').textContent = TEXT[settings.lang].granted(event.detail.result.granted);
});
apply();
