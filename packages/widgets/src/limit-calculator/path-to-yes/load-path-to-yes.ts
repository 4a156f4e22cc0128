import { css, html, nothing } from 'lit';
import { compareDecimalStrings } from '@credit-kit/core/lean';
import { importOnce } from '../../base/load-controller.js';
import type { PathToYesPart } from './path-to-yes-part.js';

/**
 * The path to yes's code (render and styles), loaded once per page the first time a calculator or a
 * credit check shows one: it appears only while an amount is above what the limit rule allows. A
 * failed load is forgotten, so the next try loads again.
 */
export const loadPathToYes: () => Promise<PathToYesPart> = /* @__PURE__ */ importOnce(() =>
  import('./path-to-yes-part.js').then((module) => module.createPathToYesPart({ css, html, nothing, compareDecimalStrings })),
);
