import type { css, html, nothing } from 'lit';
import type { formatDate, formatMoney } from '../../i18n/format.js';
import type { defineMessages } from '../../i18n/locale-registry.js';
import type { levelIcon } from '../level-icon.js';

/**
 * What the popover's modules use of code the page already has: lit's `css`, `html` and `nothing`, the
 * shared formatters, the level icon and the message registry. The badge hands them over when the
 * popover first loads (`load-popover.ts`), so the popover's chunk imports nothing at run time that a
 * page shares with it. A bundler then keeps the page's own code in one file; with shared imports it
 * splits out what both use into a chunk of its own, and every page got heavier than the popover saved
 * (measured with esbuild: the form page +1.5 KB, the badge page −0.6 KB instead of −2.0).
 */
export interface PopoverPlatform {
  readonly css: typeof css;
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly formatDate: typeof formatDate;
  readonly formatMoney: typeof formatMoney;
  readonly levelIcon: typeof levelIcon;
  readonly defineMessages: typeof defineMessages;
}
