import type { css as cssTag, CSSResult } from 'lit';

/** Styles of the badge's anchored popover, adopted by the badge when the popover's code loads. */
export function popoverStyles(css: typeof cssTag): CSSResult {
  return css`
    .popover {
      position: fixed;
      inset: auto;
      margin: 0;
      inline-size: min(var(--ck-warning-badge-popover-width, 22rem), calc(100vw - 16px));
      max-block-size: min(var(--ck-warning-badge-popover-max-height, 30rem), calc(100vh - 16px));
      overflow: auto;
      padding: calc(var(--_ck-space) * 1.5);
      border: 1px solid var(--_ck-border);
      border-radius: var(--_ck-radius);
      background: var(--_ck-surface);
      color: var(--_ck-text);
      box-shadow: var(--_ck-shadow), 0 8px 24px rgb(16 24 40 / 0.16);
      font-family: var(--_ck-font);
      font-size: var(--_ck-font-size);
      line-height: var(--_ck-line-height);
      font-weight: 400;
      white-space: normal;
      text-align: start;
      z-index: 1000;
    }
    .popover:focus {
      outline: none;
    }
    .popover:focus-visible {
      outline: 2px solid var(--_ck-focus);
      outline-offset: 2px;
    }

    .popover header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: var(--_ck-space);
    }
    .popover h2 {
      display: flex;
      align-items: center;
      gap: 0.4em;
      margin: 0;
      font-size: var(--_ck-font-size-large);
      line-height: 1.3;
      color: var(--_ck-badge-fg);
    }
    .popover .as-of,
    .popover .muted {
      margin: 0;
      color: var(--_ck-text-muted);
      font-size: var(--_ck-font-size-small);
    }
    .popover .close {
      flex: none;
      padding-block: 0.1em;
      padding-inline: 0.5em;
      line-height: 1.2;
    }
    .popover h3 {
      margin-block: calc(var(--_ck-space) * 1.5) calc(var(--_ck-space) * 0.5);
      margin-inline: 0;
      font-size: var(--_ck-font-size);
    }
    .required {
      margin-block: var(--_ck-space) 0;
      padding-block: calc(var(--_ck-space) * 0.75);
      padding-inline: var(--_ck-space);
      border-inline-start: 3px solid var(--_ck-badge-fg);
      background: var(--_ck-surface-alt);
      border-radius: var(--_ck-radius);
    }
    .required p {
      margin: 0;
    }
    .report {
      font-weight: 600;
      color: var(--_ck-danger);
    }
    .stale-notice {
      margin-block: var(--_ck-space) 0;
      color: var(--_ck-text-muted);
      font-size: var(--_ck-font-size-small);
    }

    .signals {
      display: grid;
      gap: var(--_ck-space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .signal {
      display: grid;
      gap: 0.15em;
      padding-block: calc(var(--_ck-space) * 0.75);
      padding-inline: var(--_ck-space);
      border: 1px solid var(--_ck-border);
      border-radius: var(--_ck-radius);
    }
    .signal-category {
      color: var(--_ck-text-muted);
      font-size: var(--_ck-font-size-small);
    }
    .signal-label {
      font-weight: 600;
    }
    .severity {
      display: inline-block;
      margin-inline-end: 0.4em;
      padding-inline: 0.35em;
      border: 1px solid currentColor;
      border-radius: var(--_ck-radius);
      font-size: var(--_ck-font-size-small);
      font-weight: 600;
    }
    .severity-severe,
    .severity-major {
      color: var(--_ck-danger);
    }
    .signal-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em var(--_ck-space);
      margin: 0;
      font-size: var(--_ck-font-size-small);
    }
    .signal-meta div {
      display: flex;
      gap: 0.3em;
    }
    .signal-meta dt {
      color: var(--_ck-text-muted);
    }
    .signal-meta dd {
      margin: 0;
    }
    .signal-note {
      margin: 0;
      color: var(--_ck-text-muted);
      font-size: var(--_ck-font-size-small);
    }

    .released {
      margin-block-start: calc(var(--_ck-space) * 1.5);
    }
    .released summary {
      cursor: pointer;
      font-weight: 600;
    }
    .released .signals {
      margin-block-start: var(--_ck-space);
    }
    .released .signal {
      border-style: dashed;
    }
  `;
}
