import { css } from 'lit';

/** Look of `<ck-credit-check>`: private `--_ck-*` tokens, its own `--ck-credit-check-*` properties, logical properties. */
export const creditCheckStyles = css`
  :host {
    display: block;
    --_check-blocked: var(--ck-credit-check-blocked, var(--_ck-danger));
    --_check-warning: var(--ck-credit-check-warning, var(--_ck-level-orange));
    --_check-ok: var(--ck-credit-check-ok, var(--_ck-success));
  }
  .check {
    display: grid;
    gap: var(--_ck-space);
    padding: calc(var(--_ck-space) * 1.5);
    background: var(--_ck-surface);
    color: var(--_ck-text);
    border: 1px solid var(--_ck-border);
    border-inline-start: 4px solid var(--_check-ok);
    border-radius: var(--_ck-radius);
  }
  .check.warning {
    border-inline-start-color: var(--_check-warning);
  }
  .check.blocked {
    border-inline-start-color: var(--_check-blocked);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_ck-space);
  }
  h3,
  h4 {
    margin: 0;
    font-size: var(--_ck-font-size);
    font-weight: 600;
  }
  .status {
    font-weight: 700;
    padding: 0 calc(var(--_ck-space) * 0.75);
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .status.ok {
    color: var(--_check-ok);
  }
  .status.warning {
    color: var(--_check-warning);
  }
  .status.blocked {
    color: var(--_check-blocked);
  }
  p {
    margin: 0;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: calc(var(--_ck-space) * 0.5) var(--_ck-space);
    margin: 0;
  }
  .figures div {
    min-inline-size: 0;
  }
  dt {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    /* Figures wrap only at their group separators (the <wbr>s), never inside a group. */
    overflow-wrap: normal;
  }
  .available dd {
    font-size: var(--_ck-font-size-large);
    font-weight: 600;
  }
  .reasons {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
  }
  .reason.block::marker {
    color: var(--_check-blocked);
  }
  .reason.warning::marker {
    color: var(--_check-warning);
  }
  .request {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
    padding-block-start: var(--_ck-space);
    border-block-start: 1px solid var(--_ck-border);
  }
  .request input,
  .request select,
  .request textarea {
    font: inherit;
    color: inherit;
    background: var(--_ck-surface);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    padding: calc(var(--_ck-space) * 0.4) calc(var(--_ck-space) * 0.6);
    min-inline-size: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_ck-danger);
  }
  .hint {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .field-error,
  .request-failure {
    color: var(--_ck-danger);
    font-size: var(--_ck-font-size-small);
  }
  .field-error:empty {
    display: none;
  }
  .request-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ck-space);
  }
  .request-open {
    justify-self: start;
  }
  :host([variant='compact']) .check {
    padding: var(--_ck-space);
    gap: calc(var(--_ck-space) * 0.5);
  }
  :host([variant='compact']) .available dd {
    font-size: var(--_ck-font-size);
  }
`;
