import { css } from 'lit';

/** Look of `<ck-credit-review>`: private `--_ck-*` tokens and its own `--ck-credit-review-*` properties; logical properties. */
export const creditReviewStyles = css`
  :host {
    display: block;
  }
  .desk,
  .worklist {
    display: grid;
    gap: calc(var(--_ck-space) * 2);
    padding: calc(var(--_ck-space) * 2);
    background: var(--_ck-surface);
    color: var(--_ck-text);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_ck-space);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--_ck-space) * 0.5);
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_ck-font-size-large);
  }
  h3,
  h4 {
    font-size: var(--_ck-font-size);
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .status {
    font-weight: 600;
    color: var(--_ck-text-muted);
  }
  .facts-grid {
    display: grid;
    grid-template-columns: repeat(var(--ck-credit-review-columns, 2), minmax(0, 1fr));
    gap: calc(var(--_ck-space) * 2);
  }
  @container (max-width: 40rem) {
    .facts-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .facts dl {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
    margin: 0;
  }
  dt {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  .decision {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
    max-inline-size: 40rem;
  }
  .conditions {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
  }
  fieldset {
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ck-space) * 0.5) var(--_ck-space);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_ck-surface);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    padding: calc(var(--_ck-space) * 0.4) calc(var(--_ck-space) * 0.6);
    min-inline-size: 0;
  }
  input[type='radio'],
  input[type='checkbox'] {
    padding: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_ck-danger);
  }
  .hint {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .form-error,
  .not-verified {
    color: var(--_ck-danger);
  }
  .verified {
    color: var(--_ck-success);
    font-weight: 600;
  }
  .digest code {
    font-size: var(--_ck-font-size-small);
    overflow-wrap: anywhere;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_ck-space);
  }
  .entry-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_ck-space) * 0.5) var(--_ck-space);
    padding-block: calc(var(--_ck-space) * 0.5);
    border-block-end: 1px solid var(--_ck-border);
  }
  .entry-row .why {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
    flex-basis: 100%;
  }
  .state.expired,
  .state.overdue {
    color: var(--_ck-danger);
    font-weight: 600;
  }
  .entry-calculator {
    padding-block: var(--_ck-space);
  }
`;
