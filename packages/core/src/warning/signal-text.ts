/**
 * `@credit-kit/core/signal-text`: what a warning badge's popover shows of the catalogue and nothing
 * else, the English labels of signals and categories and the detail texts from a signal's
 * parameters. Apart from `../lean.ts` so that a page loads them with the popover's chunk: a module
 * the lean barrel reaches lands in the first chunk of every page that imports it.
 */
export * from './catalogue-signals.en.js';
export * from './signal-details.js';
