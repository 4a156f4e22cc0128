import { html, nothing, render, type TemplateResult } from 'lit';
import type { CreditKitClient } from '@credit-kit/client';
import type { Customer, CustomerPage } from '@credit-kit/core';
import type { MockBackend } from '@credit-kit/mock';
import { demoMessages } from './demo-messages.js';
import { DEMO_TABS, PORTFOLIO_SIZES, SERVER_MODE_ADVISED_FROM, writeSettings, type DemoSettings, type DemoTab } from './demo-state.js';

const TOKENS = [
  { name: '--ck-color-primary', type: 'color', value: '#1d5fd1' },
  { name: '--ck-color-surface', type: 'color', value: '#ffffff' },
  { name: '--ck-color-text', type: 'color', value: '#1b2430' },
  { name: '--ck-color-border', type: 'color', value: '#c9d1dc' },
  { name: '--ck-radius', type: 'text', value: '6px' },
  { name: '--ck-font-size', type: 'text', value: '0.875rem' },
  { name: '--ck-density', type: 'text', value: '1' },
] as const;

const CK_EVENTS = ['ck-ready', 'ck-load-error', 'ck-limit-change', 'ck-application-submitted', 'ck-warning-change', 'ck-aging-loaded', 'ck-row-toggle', 'ck-export'];

/** The demo portal: a customer list with badges, a customer view, the application form and the aging table. */
export class Portal {
  private page: CustomerPage | undefined;
  private pageError = false;
  private query = '';
  private selected: Customer | undefined;
  private tokens = new Map<string, string>();
  private events: string[] = [];
  private copied = '';
  private readonly root: HTMLElement;
  private readonly settings: DemoSettings;
  private readonly client: CreditKitClient;
  private readonly backend: MockBackend;
  private readonly usedServiceWorker: boolean;

  constructor(root: HTMLElement, settings: DemoSettings, client: CreditKitClient, backend: MockBackend, usedServiceWorker: boolean) {
    this.root = root;
    this.settings = settings;
    this.client = client;
    this.backend = backend;
    this.usedServiceWorker = usedServiceWorker;
    for (const type of CK_EVENTS) {
      root.addEventListener(type, (event) => this.logEvent(event as CustomEvent));
    }
  }

  async start(): Promise<void> {
    this.applySettings();
    this.update();
    await this.loadCustomers(1);
  }

  private logEvent(event: CustomEvent): void {
    const source = (event.composedPath()[0] as Element | undefined)?.localName ?? '?';
    const detail = event.detail && typeof event.detail === 'object' ? Object.keys(event.detail).join(', ') : '';
    this.events = [`${new Date().toLocaleTimeString(this.settings.lang)}  ${event.type}  <${source}>  { ${detail} }`, ...this.events].slice(0, 50);
    this.update();
  }

  private async loadCustomers(page: number): Promise<void> {
    this.pageError = false;
    try {
      this.page = await this.client.listCustomers({ query: this.query || undefined, page });
      this.selected ??= await this.restoredCustomer() ?? this.page.items[0];
    } catch {
      this.pageError = true;
    }
    this.update();
  }

  /** The customer the URL names (a reload returns to it), when it still exists. */
  private async restoredCustomer(): Promise<Customer | undefined> {
    const id = this.settings.customer;
    if (!id) return undefined;
    return this.page?.items.find((c) => c.id === id) ?? (await this.client.getCustomer(id).catch(() => undefined));
  }

  private select(customer: Customer): void {
    this.selected = customer;
    this.settings.customer = customer.id;
    writeSettings(this.settings);
    this.update();
  }

  private selectTab(tab: DemoTab, focus = false): void {
    this.settings.tab = tab;
    writeSettings(this.settings);
    this.update();
    if (focus) this.root.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** The WAI-ARIA tabs pattern: arrows move between tabs (wrapping), Home and End to the ends. */
  private onTabKey(event: KeyboardEvent): void {
    const at = DEMO_TABS.indexOf(this.settings.tab);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % DEMO_TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + DEMO_TABS.length) % DEMO_TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? DEMO_TABS.length - 1
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.selectTab(DEMO_TABS[next]!, true);
  }

  private applySettings(): void {
    const { lang, theme } = this.settings;
    document.documentElement.lang = lang;
    document.body.classList.remove('theme-dark', 'brand-acme', 'brand-jade');
    if (theme === 'dark') document.body.classList.add('theme-dark');
    if (theme === 'acme' || theme === 'jade') document.body.classList.add(`brand-${theme}`);
    this.backend.setKnobs({
      latencyMs: this.settings.latencyMs,
      failureRate: this.settings.failureRate,
      malformedRate: this.settings.malformedRate,
    });
    writeSettings(this.settings);
  }

  private change<K extends keyof DemoSettings>(key: K, value: DemoSettings[K]): void {
    this.settings[key] = value;
    if (key === 'receivables') {
      writeSettings(this.settings);
      location.reload();
      return;
    }
    this.applySettings();
    this.update();
  }

  private widgetTheme(): 'light' | 'dark' {
    return this.settings.theme === 'dark' || this.settings.theme === 'jade' ? 'dark' : 'light';
  }

  private setToken(name: string, value: string): void {
    this.tokens.set(name, value);
    document.documentElement.style.setProperty(name, value);
    this.update();
  }

  private async copy(text: string, id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = id;
    } catch {
      this.copied = '';
    }
    this.update();
  }

  private snippet(id: string, code: string): TemplateResult {
    const t = demoMessages(this.settings.lang);
    return html`<details class="snippet">
      <summary>${t.snippet}</summary>
      <pre><code>${code}</code></pre>
      <button class="plain" type="button" @click=${() => void this.copy(code, id)}>${this.copied === id ? t.copied : t.copy}</button>
    </details>`;
  }

  update(): void {
    render(this.template(), this.root);
  }

  private template(): TemplateResult {
    const t = demoMessages(this.settings.lang);
    const s = this.settings;
    const theme = this.widgetTheme();
    const id = this.selected?.id;
    const totalPages = this.page ? Math.max(1, Math.ceil(this.page.total / this.page.pageSize)) : 1;
    const tokenCss = this.tokens.size
      ? `:root {\n${[...this.tokens].map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}`
      : ':root {\n  /* change a token above */\n}';
    return html`
      <header class="topbar">
        <h1>${t.title}</h1>
        <nav class="embeddings" aria-label=${t.embeddings}>
          <a href=${`/demo/react/?lang=${s.lang}&theme=${s.theme}`}>${t.react}</a>
          <a href=${`/demo/plain/?lang=${s.lang}&theme=${s.theme}`}>${t.scriptTag}</a>
        </nav>
        <label class="control">${t.language}
          <select @change=${(e: Event) => this.change('lang', (e.target as HTMLSelectElement).value as DemoSettings['lang'])}>
            <option value="en" ?selected=${s.lang === 'en'}>English</option>
            <option value="zh-CN" ?selected=${s.lang === 'zh-CN'}>简体中文</option>
          </select>
        </label>
        <label class="control">${t.theme}
          <select @change=${(e: Event) => this.change('theme', (e.target as HTMLSelectElement).value as DemoSettings['theme'])}>
            ${(['light', 'dark', 'acme', 'jade'] as const).map((v) => html`<option value=${v} ?selected=${s.theme === v}>${t.themes[v]}</option>`)}
          </select>
        </label>
        <label class="control">${t.unit}
          <select @change=${(e: Event) => this.change('unit', (e.target as HTMLSelectElement).value as DemoSettings['unit'])}>
            <option value="yuan" ?selected=${s.unit === 'yuan'}>${t.units.yuan}</option>
            <option value="wan" ?selected=${s.unit === 'wan'}>${t.units.wan}</option>
          </select>
        </label>
        <fieldset class="control" aria-label=${t.mock}>
          <label class="control">${t.latency}
            <input type="number" min="0" max="10000" step="50" .value=${String(s.latencyMs)}
              @change=${(e: Event) => this.change('latencyMs', Number((e.target as HTMLInputElement).value) || 0)} />
          </label>
          <label class="control">${t.failure}
            <input type="number" min="0" max="1" step="0.1" .value=${String(s.failureRate)}
              @change=${(e: Event) => this.change('failureRate', Math.min(1, Math.max(0, Number((e.target as HTMLInputElement).value) || 0)))} />
          </label>
          <label class="control">${t.malformed}
            <input type="number" min="0" max="1" step="0.1" .value=${String(s.malformedRate)}
              @change=${(e: Event) => this.change('malformedRate', Math.min(1, Math.max(0, Number((e.target as HTMLInputElement).value) || 0)))} />
          </label>
          <label class="control">${t.portfolio}
            <select @change=${(e: Event) => this.change('receivables', Number((e.target as HTMLSelectElement).value))}>
              ${PORTFOLIO_SIZES.map((n) => html`<option value=${n} ?selected=${s.receivables === n}>${t.items(n.toLocaleString(s.lang))}</option>`)}
            </select>
          </label>
        </fieldset>
      </header>
      ${this.usedServiceWorker ? nothing : html`<p class="notice">${t.swFallback}</p>`}
      <main class="portal">
        <section class="panel" aria-labelledby="customers-heading">
          <h2 id="customers-heading">${t.customers}</h2>
          <a class="skip-link" href="#customer-heading">${t.skipList}</a>
          <input type="search" aria-label=${t.search} placeholder=${t.search} .value=${this.query}
            @change=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
              void this.loadCustomers(1);
            }} />
          ${this.pageError
            ? html`<p role="alert">${t.customersFailed} <button class="plain" type="button" @click=${() => void this.loadCustomers(this.page?.page ?? 1)}>${t.retry}</button></p>`
            : !this.page
              ? html`<p>${t.loadingCustomers}</p>`
              : html`<ul class="customer-list">
                    ${this.page.items.map(
                      (c) => html`<li>
                        <button type="button" aria-current=${String(c.id === id)} @click=${() => this.select(c)}>
                          ${c.name}<span class="meta">${c.code} · ${c.region ?? ''}</span>
                        </button>
                        <!-- Beside the button, not in it: the badge is interactive itself (its signals). -->
                        <ck-warning-badge customer-id=${c.id} size="small" theme=${theme}></ck-warning-badge>
                      </li>`,
                    )}
                  </ul>
                  <div class="pager">
                    <button class="plain" type="button" ?disabled=${this.page.page <= 1} @click=${() => void this.loadCustomers(this.page!.page - 1)}>${t.previous}</button>
                    <span>${t.page(this.page.page, totalPages)}</span>
                    <button class="plain" type="button" ?disabled=${this.page.page >= totalPages} @click=${() => void this.loadCustomers(this.page!.page + 1)}>${t.next}</button>
                  </div>`}
          ${this.snippet('badge', `<ck-warning-badge customer-id="${id ?? 'C001'}" variant="pill" refresh-interval="60"></ck-warning-badge>`)}
        </section>

        <section class="panel stack" aria-labelledby="customer-heading">
          <h2 id="customer-heading" tabindex="-1">${t.customerView}: ${this.selected?.name ?? '—'}
            ${id ? html`<ck-warning-badge customer-id=${id} variant="full" theme=${theme}></ck-warning-badge>` : nothing}</h2>
          <div class="tabs" role="tablist" aria-label=${t.customerTabs} @keydown=${(e: KeyboardEvent) => this.onTabKey(e)}>
            ${DEMO_TABS.map(
              (tab) => html`<button role="tab" type="button" id=${`tab-${tab}`} aria-controls=${`panel-${tab}`}
                aria-selected=${String(s.tab === tab)} tabindex=${s.tab === tab ? 0 : -1} @click=${() => this.selectTab(tab)}>${t[tab]}</button>`,
            )}
          </div>
          <div role="tabpanel" id=${`panel-${s.tab}`} aria-labelledby=${`tab-${s.tab}`} class="stack">
            ${id && s.tab === 'calculator'
              ? html`<ck-limit-calculator customer-id=${id} unit=${s.unit} theme=${theme}></ck-limit-calculator>
                  ${this.snippet('calculator', `<ck-limit-calculator customer-id="${id}" unit="${s.unit}"></ck-limit-calculator>`)}`
              : nothing}
            ${id && s.tab === 'application'
              ? html`<ck-credit-application customer-id=${id} theme=${theme}></ck-credit-application>
                  ${this.snippet('application', `<ck-credit-application customer-id="${id}"></ck-credit-application>`)}`
              : nothing}
          </div>
        </section>

        <section class="panel wide" aria-labelledby="aging-heading">
          <h2 id="aging-heading">${t.aging}</h2>
          ${s.receivables >= SERVER_MODE_ADVISED_FROM ? html`<p class="notice" data-advice="server-mode">${t.serverModeAdvice(s.receivables.toLocaleString(s.lang))}</p>` : nothing}
          <ck-aging-table theme=${theme}></ck-aging-table>
          ${this.snippet('aging', '<ck-aging-table mode="client"></ck-aging-table>')}
        </section>

        <section class="panel" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">${t.tokens}</h2>
          <p class="notice">${t.tokensHint}</p>
          <div class="token-editor">
            ${TOKENS.map(
              (token) => html`<label>${token.name}
                <input type=${token.type} .value=${this.tokens.get(token.name) ?? token.value}
                  @input=${(e: Event) => this.setToken(token.name, (e.target as HTMLInputElement).value)} />
              </label>`,
            )}
          </div>
          <pre><code>${tokenCss}</code></pre>
        </section>

        <section class="panel" aria-labelledby="events-heading">
          <h2 id="events-heading">${t.events}</h2>
          <p class="notice">${t.eventsHint}</p>
          <ul class="event-log" tabindex="0" aria-labelledby="events-heading">${this.events.map((line) => html`<li>${line}</li>`)}</ul>
        </section>
      </main>
    `;
  }
}
