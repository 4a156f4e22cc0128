import { css } from 'lit';

/** Styles of `<ck-warning-badge>`: the compact inline badge (the popover's come with its code: `popover/popover.styles.ts`). */
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

  .popover-error {
    margin-inline-start: 0.4em;
    color: var(--_ck-danger);
    font-size: 0.9em;
  }
`;
