import { css } from 'lit';

/** Styles of `ck-credit-application`: only the private `--_ck-*` tokens, logical properties. */
export const creditApplicationStyles = css`
  :host {
    display: block;
    max-inline-size: var(--ck-credit-application-max-inline-size, 60rem);
    --_ck-field-min: var(--ck-credit-application-field-min-inline-size, 14rem);
  }

  .form,
  .confirmation {
    display: block;
    position: relative;
    background: var(--_ck-surface);
    color: var(--_ck-text);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    box-shadow: var(--_ck-shadow);
    padding: calc(var(--_ck-space) * 2);
  }

  .frame {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--_ck-space) * 1.5);
  }

  .title {
    margin: 0;
    font-size: var(--_ck-font-size-large);
  }

  .required-note,
  .intro,
  .hint,
  .empty-rows,
  .file-meta,
  .progress {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }

  .required-note,
  .intro,
  .hint,
  .empty-rows {
    margin: 0;
  }

  .header {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
  }

  /* Draft note */
  .draft-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space);
    padding: var(--_ck-space);
    border-inline-start: 4px solid var(--_ck-primary);
    background: var(--_ck-surface-alt);
    border-radius: var(--_ck-radius);
  }
  /* Kept in the accessibility tree while empty, so a note that appears later is announced. */
  .draft-note.empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .record-notice {
    margin: 0;
    font-size: var(--_ck-font-size-small);
    color: var(--_ck-text);
    border-inline-start: 3px solid var(--_ck-level-orange);
    padding-inline-start: calc(var(--_ck-space) * 0.5);
  }
  dd .record-notice {
    border: 0;
    padding: 0;
  }
  .draft-note .warning {
    color: var(--_ck-danger);
  }

  /* Step navigation */
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_ck-space) * 0.5);
  }
  .step {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_ck-space) * 0.75);
    background: var(--_ck-surface);
  }
  .step[aria-current='step'] {
    border-color: var(--_ck-primary);
    box-shadow: inset 0 -3px 0 var(--_ck-primary);
    font-weight: 600;
  }
  .step-marker {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 1px solid var(--_ck-border);
    font-size: var(--_ck-font-size-small);
  }
  .step.complete .step-marker {
    border-color: var(--_ck-success);
    color: var(--_ck-success);
  }
  .step.error .step-marker {
    border-color: var(--_ck-danger);
    color: var(--_ck-danger);
    font-weight: 700;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space);
  }
  .progress progress {
    inline-size: 10rem;
    accent-color: var(--_ck-primary);
  }

  /* Error summary and submit error */
  .summary,
  .submit-error {
    display: grid;
    gap: calc(var(--_ck-space) * 0.75);
    padding: calc(var(--_ck-space) * 1.5);
    border: 2px solid var(--_ck-danger);
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .summary-title {
    margin: 0;
    font-size: var(--_ck-font-size);
    color: var(--_ck-danger);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: calc(var(--_ck-space) * 2.5);
  }
  .submit-error strong {
    color: var(--_ck-danger);
  }
  .submit-error button {
    justify-self: start;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_ck-primary);
    text-decoration: underline;
    text-align: start;
  }

  /* Sections and fields */
  .section {
    display: grid;
    gap: calc(var(--_ck-space) * 1.5);
  }
  .section-heading {
    margin: 0;
    font-size: var(--_ck-font-size-large);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_ck-field-min), 100%), 1fr));
    gap: calc(var(--_ck-space) * 1.5) calc(var(--_ck-space) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
    align-content: start;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  .required {
    color: var(--_ck-danger);
  }
  input,
  select,
  textarea {
    padding-block: calc(var(--_ck-space) * 0.75);
    padding-inline: var(--_ck-space);
    min-inline-size: 0;
    inline-size: 100%;
  }
  input[type='file'] {
    padding-inline: 0;
    border-style: dashed;
    padding: var(--_ck-space);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_ck-danger);
    border-width: 2px;
  }
  .error,
  .error-text {
    margin: 0;
    color: var(--_ck-danger);
    font-size: var(--_ck-font-size-small);
  }
  .error p {
    margin: 0;
  }

  /* Repeatable rows */
  .group {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_ck-space);
  }
  .group-title {
    font-weight: 600;
    margin: 0;
    padding: 0;
    font-size: var(--_ck-font-size);
  }
  .row {
    /* Rows off screen are not laid out or painted until scrolled to (a record may hold 50 contacts). */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
    display: grid;
    gap: var(--_ck-space);
    margin: 0;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    padding: calc(var(--_ck-space) * 1.5);
    min-inline-size: 0;
  }
  .row legend {
    font-weight: 600;
    padding-inline: calc(var(--_ck-space) * 0.5);
  }
  .row .remove,
  [part~='add-button'] {
    justify-self: start;
  }

  /* Attachments */
  .attachment-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_ck-space) * 0.5);
  }
  .attachment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ck-space);
    padding: var(--_ck-space);
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* Review and confirmation */
  .review {
    display: grid;
    gap: calc(var(--_ck-space) * 2);
  }
  .review-group {
    display: grid;
    gap: var(--_ck-space);
  }
  .review-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ck-space);
    border-block-end: 1px solid var(--_ck-border);
    padding-block-end: calc(var(--_ck-space) * 0.5);
  }
  .review-head h4 {
    margin: 0;
  }
  .review-row-title {
    margin: 0;
    font-weight: 600;
  }
  .review-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_ck-field-min), 100%), 1fr));
    gap: var(--_ck-space) calc(var(--_ck-space) * 2);
    margin: 0;
  }
  .review-item dt {
    color: var(--_ck-text-muted);
    font-size: var(--_ck-font-size-small);
  }
  .review-item dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .review-files {
    margin: 0;
  }
  .confirmation {
    display: grid;
    gap: calc(var(--_ck-space) * 1.5);
    border-inline-start: 4px solid var(--_ck-success);
  }
  .confirmation p {
    margin: 0;
  }
  .confirmation button {
    justify-self: start;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_ck-space);
    border-block-start: 1px solid var(--_ck-border);
    padding-block-start: calc(var(--_ck-space) * 1.5);
  }
  [part~='next-button'],
  [part~='submit-button'] {
    margin-inline-start: auto;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
`;
