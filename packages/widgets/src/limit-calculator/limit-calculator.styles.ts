import { css } from 'lit';

/**
 * Look of `<ck-limit-calculator>`: only the private `--_ck-*` tokens (set from the public
 * `--ck-*` ones) and the component's own `--ck-limit-calculator-*` properties; logical properties.
 */
export const limitCalculatorStyles = css`
  :host {
    display: block;
  }

  .calculator {
    display: grid;
    gap: calc(var(--_ck-space) * 2);
    padding: calc(var(--_ck-space) * 2);
    background: var(--_ck-surface);
    color: var(--_ck-text);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    box-shadow: var(--_ck-shadow);
  }

  .header {
    display: grid;
    gap: calc(var(--_ck-space) * 0.25);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: var(--_ck-font-size-large);
  }

  h3 {
    font-size: var(--_ck-font-size);
    font-weight: 600;
    margin-block-end: var(--_ck-space);
  }

  h4 {
    margin: 0 0 calc(var(--_ck-space) * 0.5);
    font-size: inherit;
    font-weight: 600;
  }

  p {
    margin: 0;
  }

  .muted,
  .context,
  .intro {
    color: var(--_ck-text-muted);
  }

  .layout {
    display: grid;
    gap: calc(var(--_ck-space) * 2);
    grid-template-columns: var(--ck-limit-calculator-columns, repeat(auto-fit, minmax(min(100%, 20rem), 1fr)));
    align-items: start;
  }

  .outputs {
    display: grid;
    gap: calc(var(--_ck-space) * 2);
    min-inline-size: 0;
  }

  /* The what-if form */
  .form {
    display: grid;
    gap: var(--_ck-space);
    min-inline-size: 0;
  }

  .fields {
    display: grid;
    gap: var(--_ck-space);
  }

  .field {
    display: grid;
    gap: calc(var(--_ck-space) * 0.25);
  }

  label {
    font-weight: 500;
  }

  .unit {
    color: var(--_ck-text-muted);
    font-weight: 400;
  }

  input,
  select {
    inline-size: 100%;
    min-block-size: 2.25em;
  }

  input[inputmode='decimal'] {
    font-variant-numeric: tabular-nums;
  }

  input[aria-invalid='true'] {
    border-color: var(--_ck-danger);
    box-shadow: inset 0 0 0 1px var(--_ck-danger);
  }

  .hint {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }

  .field-error {
    color: var(--_ck-danger);
    font-size: var(--_ck-font-size-small);
    font-weight: 600;
  }

  .reset {
    justify-self: start;
    margin-block-start: var(--_ck-space);
  }

  /* Results */
  .result {
    display: grid;
    gap: var(--_ck-space);
    padding: calc(var(--_ck-space) * 1.5);
    background: var(--_ck-surface-alt);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
  }

  .result.stale {
    border-style: dashed;
  }

  .stale-note,
  .calculation-error {
    padding-block: calc(var(--_ck-space) * 0.5);
    padding-inline: var(--_ck-space);
    border-radius: var(--_ck-radius);
    color: var(--_ck-level-yellow);
    background: var(--_ck-level-yellow-bg);
    font-weight: 600;
  }

  .calculation-error {
    color: var(--_ck-level-red);
    background: var(--_ck-level-red-bg);
  }

  .rating {
    display: grid;
    gap: calc(var(--_ck-space) * 0.25);
  }

  .grade {
    font-weight: 700;
    font-size: var(--_ck-font-size-large);
  }

  .limits {
    display: grid;
    gap: var(--_ck-space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    margin: 0;
  }

  .limit {
    display: grid;
    gap: calc(var(--_ck-space) * 0.25);
    padding: var(--_ck-space);
    background: var(--_ck-surface);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    /* A headline figure never pushes its card wider: the card's width is the grid's, and the figure
       sizes to the card (below). */
    min-inline-size: 0;
    container-type: inline-size;
  }

  .limit dt {
    color: var(--_ck-text-muted);
  }

  .limit dd {
    margin: 0;
    /* Large amounts shrink with the card (a 13-digit amount fits a 12rem card at the small size) and,
       narrower still, wrap at a group separator (the <wbr>s of the figure), never inside a group. */
    font-size: clamp(var(--_ck-font-size-small), 7.5cqi, var(--_ck-font-size-large));
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-inline-size: 0;
  }

  .limit .exact {
    overflow-wrap: anywhere;
  }

  /* The brand colour marks the card, not the figure: a partner's primary need not be readable as
     text on its surface (Jade's orange on near-black is 3.4:1). */
  .limit.granted {
    border-color: var(--_ck-primary);
    border-inline-start-width: 4px;
  }

  .exact {
    display: block;
    font-size: var(--_ck-font-size-small);
    font-weight: 400;
    color: var(--_ck-text-muted);
  }

  .caps ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* The working */
  .coefficients,
  .figures,
  .summary dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: calc(var(--_ck-space) * 0.5) calc(var(--_ck-space) * 1.5);
    margin: 0 0 var(--_ck-space);
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  dt {
    color: var(--_ck-text-muted);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: calc(var(--_ck-space) * 0.5);
    padding-inline: calc(var(--_ck-space) * 0.5);
    border-block-end: 1px solid var(--_ck-border);
    overflow-wrap: anywhere;
  }

  thead th {
    color: var(--_ck-text-muted);
    font-weight: 600;
  }

  tbody th {
    font-weight: 400;
  }

  .step-label {
    display: block;
  }

  .calculation {
    display: block;
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }

  th.value,
  td.value {
    text-align: end;
    white-space: nowrap;
  }

  tr.total th,
  tr.total td {
    font-weight: 700;
  }

  /* Exposure */
  .meter {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
  }

  .bar {
    block-size: var(--ck-limit-calculator-bar-height, 0.75rem);
    background: var(--_ck-surface-alt);
    border: 1px solid var(--_ck-border);
    border-radius: 999px;
    overflow: hidden;
  }

  .bar .fill {
    block-size: 100%;
    background: var(--_ck-primary);
    transition: inline-size 0.2s ease-out;
  }

  .bar.near .fill {
    background: var(--_ck-level-orange);
  }

  .bar.over {
    border-color: var(--_ck-danger);
  }

  /* Over the limit: stripes as well as colour. */
  .bar.over .fill {
    background: repeating-linear-gradient(135deg, var(--_ck-danger) 0 6px, var(--_ck-level-red-bg) 6px 9px);
  }

  @media (prefers-reduced-motion: reduce) {
    .bar .fill {
      transition: none;
    }
  }

  .over-limit {
    color: var(--_ck-danger);
    font-weight: 700;
  }

  .near-limit {
    color: var(--_ck-level-orange);
    font-weight: 600;
  }

  .components {
    margin: 0;
    padding-inline-start: 1.25em;
    color: var(--_ck-text-muted);
  }
`;
