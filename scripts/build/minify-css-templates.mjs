// Minifies the CSS text of Lit `css` tagged templates in a module's source, for what ships: the
// packages' dist (rollup), the CDN bundles and the page-weight measurement (esbuild) all run it, so
// the figures are of the shipped text. An interpolation (`${darkTokens}`) must stand where a
// declaration may; a template with a backslash escape (its cooked text is not its source), or one
// whose interpolations do not all come back, is left as written.
import { transformSync } from 'esbuild';

const CSS_TEMPLATE = /\bcss`([^`\\]*)`/g;
const HOLE = /\$\{([^{}`]*)\}/g;
const PLACEHOLDER = /--ck-hole-(\d+):0;?/g;

/** One template's text, minified; `undefined` when it is left as written. */
function minifyTemplate(text) {
  const holes = [];
  const css = text.replace(HOLE, (hole) => `--ck-hole-${holes.push(hole) - 1}:0;`);
  if (css.includes('${')) return undefined;
  let minified;
  try {
    minified = transformSync(css, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
  } catch {
    return undefined;
  }
  let restored = 0;
  const out = minified.replace(PLACEHOLDER, (_, index) => {
    restored++;
    return holes[Number(index)];
  });
  return restored === holes.length && !out.includes('`') ? out : undefined;
}

/** `source` with each `css\`…\`` template's text minified. */
export function minifyCssTemplates(source) {
  if (!source.includes('css`')) return source;
  return source.replace(CSS_TEMPLATE, (whole, text) => {
    const minified = minifyTemplate(text);
    return minified === undefined ? whole : `css\`${minified}\``;
  });
}

const WIDGET_SOURCE = /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.styles\.ts$/;

/** Rollup plugin: minifies the widgets' style modules before they are compiled. */
export function rollupMinifyCss() {
  return {
    name: 'credit-kit-minify-css',
    transform(code, id) {
      if (!WIDGET_SOURCE.test(id)) return null;
      const out = minifyCssTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** esbuild plugin: the same, for bundles of the sources (the page-weight measurement). */
export function esbuildMinifyCss() {
  return {
    name: 'credit-kit-minify-css',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.styles\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssTemplates(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
