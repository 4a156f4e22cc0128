import { css, unsafeCSS } from 'lit';

/** Dark defaults, shared by `theme="dark"` and `theme="auto"` under a dark system setting. Static text of ours, never data. */
const darkTokens = unsafeCSS(`color-scheme: dark;
    --_ck-primary: var(--ck-color-primary, #7aa7ff);
    --_ck-on-primary: var(--ck-color-on-primary, #0b1220);
    --_ck-surface: var(--ck-color-surface, #161b22);
    --_ck-surface-alt: var(--ck-color-surface-alt, #1f2630);
    --_ck-text: var(--ck-color-text, #e6edf3);
    --_ck-text-muted: var(--ck-color-text-muted, #9aa6b2);
    --_ck-border: var(--ck-color-border, #3a4553);
    --_ck-focus: var(--ck-color-focus, #7aa7ff);
    --_ck-danger: var(--ck-color-danger, #ff8a80);
    --_ck-success: var(--ck-color-success, #6fdd8b);
    --_ck-level-none: var(--ck-color-level-none, #6fdd8b);
    --_ck-level-none-bg: var(--ck-color-level-none-bg, #12351f);
    --_ck-level-yellow: var(--ck-color-level-yellow, #f5d565);
    --_ck-level-yellow-bg: var(--ck-color-level-yellow-bg, #3d3206);
    --_ck-level-orange: var(--ck-color-level-orange, #ffb27a);
    --_ck-level-orange-bg: var(--ck-color-level-orange-bg, #45250b);
    --_ck-level-red: var(--ck-color-level-red, #ff8a80);
    --_ck-level-red-bg: var(--ck-color-level-red-bg, #4a1612);
    --_ck-shadow: var(--ck-shadow, 0 1px 2px rgb(0 0 0 / 0.5));`);

/**
 * Design tokens. Hosts and partners set the public `--ck-*` custom properties (on any ancestor,
 * `:root` included); each widget reads them through private `--_ck-*` properties whose fallbacks
 * are the light or dark defaults, chosen by the `theme` attribute (`light`, `dark`, or `auto`
 * following `prefers-color-scheme`). Everything uses logical properties, so RTL works.
 */
export const themeStyles = css`
  :host {
    --_ck-primary: var(--ck-color-primary, #1d5fd1);
    --_ck-on-primary: var(--ck-color-on-primary, #ffffff);
    --_ck-surface: var(--ck-color-surface, #ffffff);
    --_ck-surface-alt: var(--ck-color-surface-alt, #f4f6f9);
    --_ck-text: var(--ck-color-text, #1b2430);
    --_ck-text-muted: var(--ck-color-text-muted, #5b6675);
    --_ck-border: var(--ck-color-border, #c9d1dc);
    --_ck-focus: var(--ck-color-focus, #1d5fd1);
    --_ck-danger: var(--ck-color-danger, #b42318);
    --_ck-success: var(--ck-color-success, #1a7f37);
    --_ck-level-none: var(--ck-color-level-none, #177a33);
    --_ck-level-none-bg: var(--ck-color-level-none-bg, #dcf3e3);
    --_ck-level-yellow: var(--ck-color-level-yellow, #8a6100);
    --_ck-level-yellow-bg: var(--ck-color-level-yellow-bg, #fff4c2);
    --_ck-level-orange: var(--ck-color-level-orange, #a34700);
    --_ck-level-orange-bg: var(--ck-color-level-orange-bg, #ffe3cc);
    --_ck-level-red: var(--ck-color-level-red, #b42318);
    --_ck-level-red-bg: var(--ck-color-level-red-bg, #fde2df);
    --_ck-shadow: var(--ck-shadow, 0 1px 2px rgb(16 24 40 / 0.08));
    --_ck-font: var(--ck-font-family, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_ck-font-size: var(--ck-font-size, 0.875rem);
    --_ck-font-size-small: var(--ck-font-size-small, 0.75rem);
    --_ck-font-size-large: var(--ck-font-size-large, 1.125rem);
    --_ck-line-height: var(--ck-line-height, 1.45);
    --_ck-radius: var(--ck-radius, 6px);
    --_ck-space: calc(var(--ck-spacing, 8px) * var(--ck-density, 1));

    color-scheme: light;
    font-family: var(--_ck-font);
    font-size: var(--_ck-font-size);
    line-height: var(--_ck-line-height);
    color: var(--_ck-text);
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_ck-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_ck-radius);
    padding-block: calc(var(--_ck-space) * 0.75);
    padding-inline: calc(var(--_ck-space) * 1.5);
    border: 1px solid var(--_ck-border);
    background: var(--_ck-surface);
    color: var(--_ck-text);
  }

  button.primary {
    background: var(--_ck-primary);
    border-color: var(--_ck-primary);
    color: var(--_ck-on-primary);
  }

  input,
  select,
  textarea {
    font: inherit;
    color: var(--_ck-text);
    background: var(--_ck-surface);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    padding-block: calc(var(--_ck-space) * 0.5);
    padding-inline: var(--_ck-space);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* A date field (text in the page's language) with its calendar button (i18n/date-picker.ts). */
  .date-field {
    position: relative;
    display: flex;
    gap: calc(var(--_ck-space) * 0.25);
    min-inline-size: 0;
  }
  .date-field > input[data-date-lang] {
    flex: 1;
    min-inline-size: 0;
  }
  .date-field > .date-picker-button {
    display: inline-grid;
    place-items: center;
    padding-inline: calc(var(--_ck-space) * 0.75);
  }
  .date-field > .date-picker-input {
    position: absolute;
    inset-inline-end: 0;
    inset-block-end: 0;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
`;

/** Loading skeleton and error panel, shared by every widget. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_ck-space);
    padding: var(--_ck-space);
  }
  .skeleton-line {
    block-size: 0.9em;
    border-radius: var(--_ck-radius);
    background: linear-gradient(90deg, var(--_ck-surface-alt) 25%, var(--_ck-border) 50%, var(--_ck-surface-alt) 75%);
    background-size: 200% 100%;
    animation: ck-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-line.short {
    inline-size: 40%;
  }
  .skeleton-line.medium {
    inline-size: 75%;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  @keyframes ck-shimmer {
    from { background-position: 200% 0; }
    to { background-position: -200% 0; }
  }
  .error-panel {
    display: grid;
    gap: var(--_ck-space);
    padding: calc(var(--_ck-space) * 1.5);
    border: 1px solid var(--_ck-danger);
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
    color: var(--_ck-text);
  }
  .error-panel strong {
    color: var(--_ck-danger);
  }
  .error-panel details {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
    white-space: pre-wrap;
  }
  .error-panel button {
    justify-self: start;
  }
`;
