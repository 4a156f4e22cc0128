import type { css as cssTag, CSSResult } from 'lit';

/** Look of the path to yes, shared by the calculator and the credit check's limit request; adopted when its code loads. */
export function pathToYesStyles(css: typeof cssTag): CSSResult {
  return css`
    .path-to-yes {
      display: grid;
      gap: calc(var(--_ck-space) * 0.75);
      padding: calc(var(--_ck-space) * 1.5);
      border: 1px solid var(--_ck-border);
      border-inline-start: 4px solid var(--_ck-primary);
      border-radius: var(--_ck-radius);
      background: var(--_ck-surface);
      color: var(--_ck-text);
      min-inline-size: 0;
    }
    .path-heading {
      font-weight: 600;
    }
    .path-intro,
    .path-none {
      margin: 0;
    }
    .path-today {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_ck-space) * 0.5) var(--_ck-space);
      margin: 0;
    }
    .path-today dt {
      color: var(--_ck-text-muted);
    }
    .path-today dd {
      margin: 0;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .path-options {
      display: grid;
      gap: calc(var(--_ck-space) * 0.5);
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .path-option {
      overflow-wrap: anywhere;
    }
    .path-option.not-achievable {
      color: var(--_ck-text-muted);
    }
    .path-working,
    .path-band {
      display: block;
      color: var(--_ck-text-muted);
      font-size: var(--_ck-font-size-small);
      font-variant-numeric: tabular-nums;
    }
  `;
}
