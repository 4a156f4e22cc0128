import { css } from 'lit';

/** Styles of `<ck-warning-badge>`: a compact inline badge and its anchored popover. */
export const warningBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
    line-height: 1.2;
  }

  .badge,
  .error-badge,
  .skeleton-badge {
    --_ck-badge-font-size: var(--_ck-font-size);
    font-size: var(--_ck-badge-font-size);
  }
  .size-small {
    --_ck-badge-font-size: var(--_ck-font-size-small);
  }
  .size-large {
    --_ck-badge-font-size: var(--_ck-font-size-large);
  }

  .level-none {
    --_ck-badge-fg: var(--_ck-level-none);
    --_ck-badge-bg: var(--_ck-level-none-bg);
    /* The default green on its pale green is 4.3:1, under WCAG AA for small text: words in the text colour. */
    --_ck-badge-text: var(--_ck-text);
  }
  .level-yellow {
    --_ck-badge-fg: var(--_ck-level-yellow);
    --_ck-badge-bg: var(--_ck-level-yellow-bg);
  }
  .level-orange {
    --_ck-badge-fg: var(--_ck-level-orange);
    --_ck-badge-bg: var(--_ck-level-orange-bg);
  }
  .level-red {
    --_ck-badge-fg: var(--_ck-level-red);
    --_ck-badge-bg: var(--_ck-level-red-bg);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    margin: 0;
    padding-block: 0.15em;
    padding-inline: 0.45em 0.6em;
    border: 1px solid var(--_ck-badge-fg);
    border-radius: var(--ck-warning-badge-radius, 999px);
    background: var(--_ck-badge-bg);
    color: var(--_ck-badge-text, var(--_ck-badge-fg));
    font-weight: 600;
    line-height: 1.2;
    white-space: nowrap;
  }
  .badge:hover {
    box-shadow: 0 0 0 1px var(--_ck-badge-fg);
  }
  .variant-dot {
    padding: 0.15em;
    border-color: transparent;
    background: transparent;
  }
  .stale {
    border-style: dashed;
  }

  .dot {
    display: inline-flex;
    flex: none;
    color: var(--_ck-badge-fg);
  }
  .dot svg {
    inline-size: var(--ck-warning-badge-dot-size, 1em);
    block-size: var(--ck-warning-badge-dot-size, 1em);
    fill: currentColor;
  }
  .dot .mark-stroke {
    fill: none;
    stroke: var(--_ck-badge-bg);
    stroke-width: 1.9;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .dot .mark-fill {
    fill: var(--_ck-badge-bg);
  }

  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* The full badge wraps between its parts rather than clip the level word in a narrow column. */
  .variant-full {
    flex-wrap: wrap;
    row-gap: 0.1em;
    white-space: normal;
    border-radius: var(--ck-warning-badge-radius, 0.8em);
  }
  .variant-full .label {
    overflow: visible;
  }
  .badge [part='action'],
  .badge [part='count'] {
    font-weight: 400;
  }
  .stale-mark {
    font-weight: 700;
  }

  .skeleton-badge {
    display: inline-block;
    inline-size: 5.5em;
    block-size: 1.5em;
    vertical-align: middle;
    border-radius: var(--ck-warning-badge-radius, 999px);
    background: var(--_ck-surface-alt);
    border: 1px solid var(--_ck-border);
  }

  .error-badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    margin: 0;
    padding-block: 0;
    padding-inline: 0.4em;
    border: 1px solid var(--_ck-danger);
    border-radius: var(--ck-warning-badge-radius, 999px);
    background: var(--_ck-surface);
    color: var(--_ck-danger);
    font-weight: 700;
    line-height: 1;
  }

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
