import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { WarningLevel } from '@credit-kit/core/lean';

/**
 * A shape per level, so the level reads without colour too: a circle with a tick (none), a
 * triangle (yellow), a diamond (orange), an octagon (red); the three warnings carry a "!".
 * Drawn in `currentColor`, the mark in the level's background colour. Decorative: the text
 * label always says the level.
 */
const SHAPES: Record<WarningLevel, SVGTemplateResult> = {
  none: svg`<circle cx="8" cy="8" r="7.25"></circle>
    <path class="mark-stroke" d="M4.6 8.3l2.3 2.3 4.5-4.8"></path>`,
  yellow: svg`<path d="M8 0.9l7.4 13.6H0.6z"></path>${exclamation(6, 10.4, 12.6)}`,
  orange: svg`<path d="M8 0.4l7.6 7.6-7.6 7.6-7.6-7.6z"></path>${exclamation(4.2, 9.2, 11.5)}`,
  red: svg`<path d="M5.1 0.6h5.8l4.5 4.5v5.8l-4.5 4.5H5.1L0.6 10.9V5.1z"></path>${exclamation(3.9, 9.3, 11.7)}`,
};

function exclamation(top: number, bottom: number, dot: number): SVGTemplateResult {
  return svg`<path class="mark-stroke" d="M8 ${top}V${bottom}"></path><circle class="mark-fill" cx="8" cy="${dot}" r="1.05"></circle>`;
}

/** The decorative icon of `level`. */
export function levelIcon(level: WarningLevel): TemplateResult {
  return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-shape=${level}>${SHAPES[level]}</svg>`;
}
