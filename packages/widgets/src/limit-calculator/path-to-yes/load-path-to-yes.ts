import { css, html, nothing } from 'lit';
import { compareDecimalStrings } from '@credit-kit/core/lean';
import { importOnce } from '../../base/load-controller.js';
import { langOf } from '../../i18n/locale-controller.js';
import { defineMessages, messagesPending } from '../../i18n/locale-registry.js';
import type { PathToYesPart } from './path-to-yes-part.js';

/**
 * The path to yes's code (render, styles and text), loaded once per page the first time a calculator
 * or a credit check shows one: it appears only while an amount is above what the limit rule allows.
 * A failed load is forgotten, so the next try loads again.
 */
export const loadPathToYes: () => Promise<PathToYesPart> = /* @__PURE__ */ importOnce(() =>
  import('./path-to-yes-part.js').then((module) => module.createPathToYesPart({ css, html, nothing, compareDecimalStrings, defineMessages })),
);

/** The part with its text in `host`'s language at hand, so it first renders in the reader's language. */
export async function loadPathToYesFor(host: HTMLElement): Promise<PathToYesPart> {
  const part = await loadPathToYes();
  await messagesPending(part.messages, langOf(host));
  return part;
}
