// Builds every workspace package that has sources: ESM with modules preserved (so bundlers can
// tree-shake per module), dependencies left external. Types come from `tsc` (scripts/build-types.mjs).
// Browser bundles (minified widgets, the CDN bundle) are added by packages that need them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

const PACKAGES_DIR = 'packages';

function packageBuild(dir) {
  const root = join(PACKAGES_DIR, dir);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const externals = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const isExternal = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');
  const entries = manifest.buildEntries ?? ['src/index.ts'];
  return {
    input: Object.fromEntries(entries.map((entry) => [entry.replace(/^src\//, '').replace(/\.ts$/, ''), join(root, entry)])),
    external: isExternal,
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: false })],
    output: {
      dir: join(root, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(root, 'src'),
      entryFileNames: '[name].js',
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  };
}

const packages = readdirSync(PACKAGES_DIR).filter((dir) => existsSync(join(PACKAGES_DIR, dir, 'src', 'index.ts')));

export default packages.map(packageBuild);
