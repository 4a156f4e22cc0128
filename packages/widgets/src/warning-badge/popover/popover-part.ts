import type { CSSResult, TemplateResult } from 'lit';
import { PopoverAnchoring, type AnchoringParts } from './popover-anchoring.js';
import type { PopoverPlatform } from './popover-platform.js';
import { popoverStyles } from './popover.styles.js';
import { popoverRenderer, type PopoverView } from './render-popover.js';

/** The popover, as the badge uses it once loaded: its render function, styles and anchoring. */
export interface PopoverPart {
  render(view: PopoverView): TemplateResult;
  readonly styles: CSSResult;
  anchor(host: HTMLElement, parts: AnchoringParts): PopoverAnchoring;
}

/** The chunk a badge loads the first time it opens (see `load-popover.ts`). */
export function createPopoverPart(platform: PopoverPlatform): PopoverPart {
  return { render: popoverRenderer(platform), styles: popoverStyles(platform.css), anchor: (host, parts) => new PopoverAnchoring(host, parts) };
}
