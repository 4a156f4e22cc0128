import { nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but CSP-safe from the first render: `styleMap` writes its first value as
 * a `style` attribute, which `style-src 'self'` blocks; this directive only ever calls
 * `style.setProperty` (CSSOM), which no style-src policy restricts. Use it as an element binding:
 * `<div ${cssProps({ 'inline-size': '35%', '--ck-fill': '0.4' })}>`. Keys are CSS property
 * names (kebab-case, or custom properties).
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() must be used as an element binding: <div ${cssProps(…)}>');
  }

  render(_props: Readonly<Record<string, string | undefined | null>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined | null>>]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] === undefined || props[name] === null) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
