import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { formatInteger } from '../../i18n/format.js';
import type { AgingTableMessages } from '../aging-table.messages.js';
import type { Progress } from '../data/data-source.js';

/** The progress bar while receivables are fetched and aged: items loaded, of the total when known, and Cancel. */
export function renderProgress(t: AgingTableMessages['progress'], lang: string, progress: Progress, cancel: () => void): TemplateResult {
  const loaded = formatInteger(progress.loaded, lang);
  const text =
    progress.phase === 'aging' ? t.aging(loaded)
    : progress.phase === 'report' ? t.report
    : progress.total !== undefined ? t.loadedOf(loaded, formatInteger(progress.total, lang))
    : t.loaded(loaded);
  const known = progress.phase === 'fetching' && progress.total !== undefined && progress.total > 0;
  const ratio = known ? Math.min(1, progress.loaded / progress.total!) : progress.phase === 'aging' ? 1 : 0;
  return html`<div class="progress">
    <span id="progress-label">${t.label}</span>
    <div
      part="progress"
      role="progressbar"
      aria-labelledby="progress-label"
      aria-valuemin="0"
      aria-valuemax=${known ? progress.total! : nothing}
      aria-valuenow=${known ? progress.loaded : nothing}
      aria-valuetext=${text}
    >
      <div class="progress-track"><div class="progress-fill" ${cssProps({ transform: `scaleX(${ratio})` })}></div></div>
    </div>
    <div class="progress-status">
      <span class="muted">${text}</span>
      <button type="button" @click=${cancel}>${t.cancel}</button>
    </div>
  </div>`;
}

/** After Cancel: said so, nothing of the partial data shown, and Retry. */
export function renderCancelled(t: AgingTableMessages['progress'], retry: () => void): TemplateResult {
  return html`<div class="error-panel" part="error" role="status">
    <span part="error-message">${t.cancelled}</span>
    <button type="button" part="retry-button" class="primary" @click=${retry}>${t.retry}</button>
  </div>`;
}
