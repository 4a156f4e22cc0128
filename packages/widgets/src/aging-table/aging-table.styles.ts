import { css } from 'lit';

/** Styles of `<ck-aging-table>`: only private `--_ck-*` tokens and logical properties. */
export const agingTableStyles = css`
  :host {
    display: block;
    --_ck-aging-height: var(--ck-aging-table-height, 28rem);
    --_ck-aging-header-bg: var(--ck-aging-table-header-background, var(--_ck-surface-alt));
    --_ck-aging-stripe: var(--ck-aging-table-stripe, var(--_ck-surface-alt));
    --_ck-aging-series-0: var(--ck-aging-table-series-0, var(--_ck-level-none));
    --_ck-aging-series-1: var(--ck-aging-table-series-1, var(--_ck-level-yellow));
    --_ck-aging-series-2: var(--ck-aging-table-series-2, var(--_ck-level-orange));
    --_ck-aging-series-3: var(--ck-aging-table-series-3, var(--_ck-level-red));
    --_ck-aging-series-4: var(--ck-aging-table-series-4, var(--_ck-danger));
    --_ck-aging-series-5: var(--ck-aging-table-series-5, var(--_ck-text-muted));
    --_ck-aging-series-6: var(--ck-aging-table-series-6, var(--_ck-text));
    --_ck-aging-series-7: var(--ck-aging-table-series-7, var(--_ck-primary));
    background: var(--_ck-surface);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
  }

  .toolbar,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_ck-space);
    padding: var(--_ck-space);
  }
  .filters {
    padding-block-start: 0;
  }
  .field {
    display: grid;
    gap: 2px;
  }
  .field label,
  .check label {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(var(--_ck-space) / 2);
    min-block-size: 2.25em;
  }
  input[type='checkbox'] {
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_ck-primary);
  }
  .spacer {
    flex: 1;
  }
  [role='tablist'] {
    display: flex;
    gap: 2px;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_ck-primary);
    border-color: var(--_ck-primary);
    color: var(--_ck-on-primary);
  }
  .notice {
    min-block-size: 1.45em;
    padding-inline: var(--_ck-space);
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .notice.problem {
    color: var(--_ck-danger);
  }

  .summary {
    display: grid;
    gap: var(--_ck-space);
    padding-inline: var(--_ck-space);
    padding-block-end: var(--_ck-space);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ck-space) * 3);
    margin: 0;
  }
  .figures div {
    display: grid;
  }
  .figures dt {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .figures dd {
    margin: 0;
    font-size: var(--_ck-font-size-large);
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 14px;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface-alt);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ck-space) * 0.5) calc(var(--_ck-space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_ck-font-size-small);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_ck-space) * 0.5);
  }
  .swatch {
    inline-size: 0.8em;
    block-size: 0.8em;
    border-radius: 2px;
    background: currentColor;
    flex: none;
  }
  .s0 { color: var(--_ck-aging-series-0); fill: var(--_ck-aging-series-0); }
  .s1 { color: var(--_ck-aging-series-1); fill: var(--_ck-aging-series-1); }
  .s2 { color: var(--_ck-aging-series-2); fill: var(--_ck-aging-series-2); }
  .s3 { color: var(--_ck-aging-series-3); fill: var(--_ck-aging-series-3); }
  .s4 { color: var(--_ck-aging-series-4); fill: var(--_ck-aging-series-4); }
  .s5 { color: var(--_ck-aging-series-5); fill: var(--_ck-aging-series-5); }
  .s6 { color: var(--_ck-aging-series-6); fill: var(--_ck-aging-series-6); }
  .s7 { color: var(--_ck-aging-series-7); fill: var(--_ck-aging-series-7); }
  .legend .text {
    color: var(--_ck-text);
  }

  .grid {
    position: relative;
    border-block-start: 1px solid var(--_ck-border);
  }
  .scroller {
    position: relative;
    block-size: var(--_ck-aging-height);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .head,
  .foot {
    position: sticky;
    z-index: 2;
    inline-size: var(--_ck-aging-row-width);
    min-inline-size: 100%;
  }
  .head {
    inset-block-start: 0;
  }
  .foot {
    inset-block-end: 0;
  }
  .body {
    position: relative;
    inline-size: var(--_ck-aging-row-width);
    min-inline-size: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_ck-aging-columns);
    block-size: var(--_ck-aging-row-height);
    inline-size: var(--_ck-aging-row-width);
    min-inline-size: 100%;
    background: var(--_ck-surface);
  }
  .body .row {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    border-block-end: 1px solid var(--_ck-aging-stripe);
    contain: strict;
  }
  .head .row {
    block-size: auto;
    min-block-size: var(--_ck-aging-row-height);
    background: var(--_ck-aging-header-bg);
    border-block-end: 1px solid var(--_ck-border);
    font-weight: 600;
  }
  .foot .row {
    background: var(--_ck-aging-header-bg);
    border-block-start: 1px solid var(--_ck-border);
    font-weight: 600;
  }
  .item {
    background: var(--_ck-aging-stripe);
    color: var(--_ck-text);
  }
  .cell {
    display: block;
    min-inline-size: 0;
    padding-inline: var(--_ck-space);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-variant-numeric: tabular-nums;
    line-height: calc(var(--_ck-aging-row-height) - 1px);
  }
  .flex {
    display: flex;
    align-items: center;
    gap: calc(var(--_ck-space) * 0.5);
    line-height: var(--_ck-line-height);
  }
  .cell:focus-visible {
    outline-offset: -2px;
  }
  .num {
    text-align: end;
  }
  .head .num {
    justify-content: flex-end;
  }
  /* The first column stays in view when scrolling sideways: moved by the scroll offset (set by
     the scroll handler), which costs nothing while scrolling down, unlike position: sticky cells. */
  .first {
    position: relative;
    z-index: 1;
    background: inherit;
    transform: translateX(var(--_ck-aging-pin, 0px));
  }
  .head .cell {
    display: flex;
    align-items: center;
    white-space: normal;
    line-height: 1.2;
    padding-block: calc(var(--_ck-space) * 0.5);
    cursor: pointer;
  }
  .sort-button {
    all: unset;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    cursor: pointer;
  }
  .sort-mark {
    color: var(--_ck-text-muted);
  }
  /* A name may give way (its full text is in its title); codes and document numbers never do. */
  .name {
    min-inline-size: 2em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .toggle ~ .name {
    cursor: pointer;
  }
  .code,
  .ident {
    flex: none;
    white-space: nowrap;
  }
  .code {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .item .ident {
    padding-inline-start: 1.6em;
  }
  .toggle {
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    padding: 0;
    border: none;
    background: transparent;
    line-height: 1;
  }
  .toggle[aria-expanded='true'] .chevron {
    display: inline-block;
    transform: rotate(90deg);
  }
  .tag {
    flex: none;
    padding-inline: 4px;
    border: 1px solid currentColor;
    border-radius: var(--_ck-radius);
    font-size: var(--_ck-font-size-small);
    line-height: 1.3;
  }
  .tag.blacklisted {
    color: var(--_ck-danger);
  }
  .tag.disputed {
    color: var(--_ck-level-orange);
  }
  .stage-legal,
  .stage-escalated {
    color: var(--_ck-danger);
  }
  .muted {
    color: var(--_ck-text-muted);
  }
  .negative {
    color: var(--_ck-danger);
  }
  .empty {
    position: absolute;
    inset-inline: 0;
    padding: calc(var(--_ck-space) * 2);
    color: var(--_ck-text-muted);
    text-align: center;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space);
    padding: var(--_ck-space);
    border-block-start: 1px solid var(--_ck-border);
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }

  .progress {
    display: grid;
    gap: var(--_ck-space);
    padding: calc(var(--_ck-space) * 2);
  }
  .progress-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ck-space);
  }
  .progress-track {
    block-size: 8px;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface-alt);
    overflow: hidden;
  }
  .progress-fill {
    block-size: 100%;
    inline-size: 100%;
    background: var(--_ck-primary);
    transform-origin: left center;
  }
  :host(:dir(rtl)) .progress-fill {
    transform-origin: right center;
  }
`;
