/**
 * Early warning (domain.md §5): signal catalogue, escalation, derived signals, reporting deadlines,
 * fuzzy evaluation — with the catalogue's text in English only (`catalogue-entries.ts`). The
 * every-language tables (`catalogue.ts`) and `evaluateWarning`, which labels signals with them, are
 * added by the main barrel (`../index.ts`), not by `../lean.ts`.
 */
export * from './catalogue-entries.js';
export * from './signal-schema.js';
export * from './assess.js';
export * from './derive.js';
export * from './reporting.js';
export * from './fuzzy.js';
export * from './group.js';
export * from './signal-details.js';
