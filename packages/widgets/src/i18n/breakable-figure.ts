import { html, type TemplateResult } from 'lit';

const groupSeparators = new Map<string, string | undefined>();

/** The digit-group separator of `lang` (`,` in en, `,` in zh-CN, a narrow space in fr), or none. */
function groupSeparatorOf(lang: string): string | undefined {
  if (!groupSeparators.has(lang)) {
    groupSeparators.set(lang, new Intl.NumberFormat(lang).formatToParts(1_000_000).find((part) => part.type === 'group')?.value);
  }
  return groupSeparators.get(lang);
}

/**
 * A formatted figure with a line-break opportunity after each group separator of `lang`
 * (`1,503,<wbr>096,<wbr>127.80`): a figure too wide for its box wraps between groups, never inside
 * one, so a wrapped amount still reads whole. Pair it with `overflow-wrap: normal` on the figure.
 */
export function breakableFigure(text: string, lang: string): (string | TemplateResult)[] {
  const group = groupSeparatorOf(lang);
  if (!group) return [text];
  const pieces = text.split(group);
  return pieces.flatMap((piece, i) => (i === pieces.length - 1 ? [piece] : [piece + group, html`<wbr />`]));
}
