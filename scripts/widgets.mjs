// The widgets of @credit-kit/widgets, once: read by the build (rollup.config.js: one size bundle
// each), the size report, the screenshots and the widget docs generator. `name` is the folder
// under packages/widgets/src/ and the page under docs/widgets/; `tag` is the default tag.
// In the order they are documented and reported.
export const WIDGETS = [
  { name: 'credit-application', tag: 'ck-credit-application' },
  { name: 'limit-calculator', tag: 'ck-limit-calculator' },
  { name: 'warning-badge', tag: 'ck-warning-badge' },
  { name: 'aging-table', tag: 'ck-aging-table' },
  { name: 'credit-check', tag: 'ck-credit-check' },
  { name: 'credit-review', tag: 'ck-credit-review' },
];

/** The widget names, in order. */
export const WIDGET_NAMES = WIDGETS.map((w) => w.name);
