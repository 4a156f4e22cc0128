/**
 * `@credit-kit/core`: everything in `./lean.ts`, plus the early-warning catalogue with every
 * language at once and `evaluateWarning`, whose signals carry those labels.
 */
export * from './lean.js';
export * from './warning/catalogue.js';
export * from './warning/evaluate.js';
