import { css, html, nothing } from 'lit';
import { importOnce } from '../../base/load-controller.js';
import { formatDate, formatMoney } from '../../i18n/format.js';
import { defineMessages } from '../../i18n/locale-registry.js';
import { levelIcon } from '../level-icon.js';
import type { PopoverPart } from './popover-part.js';

/**
 * The popover's code, loaded once per page the first time any badge opens (it is what a badge
 * shows on demand, not what every row of a list needs). A failed load is forgotten, so the next
 * open tries again.
 */
export const loadPopover: () => Promise<PopoverPart> = /* @__PURE__ */ importOnce(() =>
  import('./popover-part.js').then((module) => module.createPopoverPart({ css, html, nothing, formatDate, formatMoney, levelIcon, defineMessages })),
);
