import type { CSSResult, TemplateResult } from 'lit';
import type { LoadedPart } from '../../base/lazy-part.js';
import type { defineMessages, MessageBundle } from '../../i18n/locale-registry.js';
import { pathToYesEnglish, type PathToYesMessages } from './path-to-yes.messages.js';
import { pathToYesStyles } from './path-to-yes.styles.js';
import { pathToYesRenderer, type PathToYesPlatform, type PathToYesView } from './render-path-to-yes.js';

/** The path to yes as an element uses it once loaded: its render function, styles and text. */
export interface PathToYesPart extends LoadedPart {
  render(view: PathToYesView): TemplateResult;
  readonly styles: CSSResult;
  /** The `path-to-yes` message bundle (English here, Chinese loaded on first use). */
  readonly messages: MessageBundle<PathToYesMessages>;
}

/** What the part is handed when it loads: the page's lit and core functions, and its message registry. */
export type PathToYesPartPlatform = PathToYesPlatform & {
  readonly css: Parameters<typeof pathToYesStyles>[0];
  readonly defineMessages: typeof defineMessages;
};

/** The chunk loaded the first time a path to yes is shown (see `load-path-to-yes.ts`); made once per page. */
export function createPathToYesPart(platform: PathToYesPartPlatform): PathToYesPart {
  return {
    render: pathToYesRenderer(platform),
    styles: pathToYesStyles(platform.css),
    messages: platform.defineMessages('path-to-yes', { en: pathToYesEnglish }, { 'zh-CN': () => import('./path-to-yes.messages.zh-CN.js') }),
  };
}
