/**
 * The themes widget tests run in: light, dark and the demo's two partner brands (demo/themes.css),
 * by their `--ck-*` tokens on a wrapper, with the `theme` the demo gives the widgets under them.
 */
export interface TestTheme {
  readonly name: string;
  readonly theme: 'light' | 'dark';
  /** Inline style of the wrapper: the partner's tokens. */
  readonly style: string;
}

export const TEST_THEMES: readonly TestTheme[] = [
  { name: 'light', theme: 'light', style: '' },
  { name: 'dark', theme: 'dark', style: '' },
  {
    name: 'acme',
    theme: 'light',
    style:
      "--ck-color-primary: #0b6e4f; --ck-color-on-primary: #ffffff; --ck-color-surface: #fbfaf7; --ck-color-surface-alt: #eef3ef; --ck-color-text: #15251d; --ck-color-text-muted: #4d5f55; --ck-color-border: #b9c9bf; --ck-color-focus: #0b6e4f; --ck-font-family: Georgia, 'Times New Roman', 'Songti SC', serif; --ck-radius: 2px; --ck-density: 0.9;",
  },
  {
    name: 'jade',
    theme: 'dark',
    style:
      '--ck-color-primary: #c2410c; --ck-color-on-primary: #ffffff; --ck-color-surface: #1c1917; --ck-color-surface-alt: #292524; --ck-color-text: #fafaf9; --ck-color-text-muted: #a8a29e; --ck-color-border: #57534e; --ck-color-focus: #fb923c; --ck-color-danger: #f87171; --ck-radius: 12px; --ck-font-size: 0.9375rem;',
  },
];
