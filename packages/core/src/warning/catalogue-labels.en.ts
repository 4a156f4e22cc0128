/**
 * The catalogue's English labels in one table, in the shape of `CATALOGUE_LABELS_ZH_CN`. Joined
 * from `catalogue-levels.en.ts` and `catalogue-signals.en.ts`; widgets import those two apart, so a
 * badge's first load carries only the level labels.
 */
import type { CatalogueLabels } from './catalogue-entries.js';
import { LEVEL_ACTION_LABELS_EN } from './catalogue-levels.en.js';
import { SIGNAL_LABELS_EN } from './catalogue-signals.en.js';

/** The catalogue's English labels. Frozen. */
export const CATALOGUE_LABELS_EN: CatalogueLabels = /* @__PURE__ */ Object.freeze({
  levels: /* @__PURE__ */ Object.freeze({ ...LEVEL_ACTION_LABELS_EN.levels }),
  actions: /* @__PURE__ */ Object.freeze({ ...LEVEL_ACTION_LABELS_EN.actions }),
  signals: /* @__PURE__ */ Object.freeze({ ...SIGNAL_LABELS_EN.signals }),
  categories: /* @__PURE__ */ Object.freeze({ ...SIGNAL_LABELS_EN.categories }),
});
