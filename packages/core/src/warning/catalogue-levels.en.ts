/**
 * The English labels of the warning levels and the actions they call for: what a warning badge
 * shows on its face. A module of data with no run-time imports.
 */
import type { LevelActionLabels } from './catalogue-entries.js';

/** The catalogue's English level and action labels. */
export const LEVEL_ACTION_LABELS_EN: LevelActionLabels = {
  levels: { none: 'No warning', yellow: 'Yellow warning', orange: 'Orange warning', red: 'Red warning' },
  actions: { none: 'No action', adjust: 'Analyse and adjust the terms', reduce: 'Reduce exposure', exit: 'Exit' },
};
