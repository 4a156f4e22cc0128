import type { CSSResult, TemplateResult } from 'lit';
import type { LoadedPart } from '../../base/lazy-part.js';
import { pathToYesStyles } from './path-to-yes.styles.js';
import { pathToYesRenderer, type PathToYesPlatform, type PathToYesView } from './render-path-to-yes.js';

/** The path to yes as an element uses it once loaded: its render function and styles. */
export interface PathToYesPart extends LoadedPart {
  render(view: PathToYesView): TemplateResult;
  readonly styles: CSSResult;
}

/** The chunk loaded the first time a path to yes is shown (see `load-path-to-yes.ts`). */
export function createPathToYesPart(platform: PathToYesPlatform & { readonly css: Parameters<typeof pathToYesStyles>[0] }): PathToYesPart {
  return { render: pathToYesRenderer(platform), styles: pathToYesStyles(platform.css) };
}
