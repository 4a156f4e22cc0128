import type { CSSResult, TemplateResult } from 'lit';
import type { MessageBundle } from '../../i18n/locale-registry.js';
import { PopoverAnchoring, type AnchoringParts } from './popover-anchoring.js';
import type { PopoverPlatform } from './popover-platform.js';
import { popoverEnglish, signalLabels, type WarningBadgePopoverMessages } from './popover.messages.js';
import { popoverStyles } from './popover.styles.js';
import { popoverRenderer, type PopoverView } from './render-popover.js';

/** The popover, as the badge uses it once loaded: its render function, styles, anchoring and text. */
export interface PopoverPart {
  render(view: PopoverView): TemplateResult;
  readonly styles: CSSResult;
  anchor(host: HTMLElement, parts: AnchoringParts): PopoverAnchoring;
  /** The popover's message bundle (English here, Chinese loaded on first use), relabelled as `warning-badge`. */
  readonly messages: MessageBundle<WarningBadgePopoverMessages>;
}

// The Chinese module's text plus core's Chinese catalogue labels: modules of data (see `popover.messages.ts`).
const zhCN = () =>
  Promise.all([import('./popover.messages.zh-CN.js'), import('@credit-kit/core/catalogue.zh-CN')]).then(([{ default: text }, { CATALOGUE_LABELS_ZH_CN }]) => ({
    default: { ...text, labels: signalLabels(CATALOGUE_LABELS_ZH_CN) },
  }));

/** The chunk a badge loads the first time it opens (see `load-popover.ts`). */
export function createPopoverPart(platform: PopoverPlatform): PopoverPart {
  return {
    render: popoverRenderer(platform),
    styles: popoverStyles(platform.css),
    anchor: (host, parts) => new PopoverAnchoring(host, parts),
    messages: platform.defineMessages('warning-badge-popover', { en: popoverEnglish }, { 'zh-CN': zhCN }, 'warning-badge'),
  };
}
