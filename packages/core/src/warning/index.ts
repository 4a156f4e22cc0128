/** Early warning (domain.md §5): signal catalogue, escalation, derived signals, reporting deadlines, fuzzy evaluation. */
export * from './catalogue.js';
export * from './signal-schema.js';
export * from './evaluate.js';
export * from './derive.js';
export * from './reporting.js';
export * from './fuzzy.js';
export * from './group.js';
export * from './signal-details.js';
