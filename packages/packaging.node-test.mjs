// What each publishable package would ship (`npm pack --dry-run --json`, after `npm run build`):
// no tests, no test support, no TypeScript sources; the entry points and their types present; every
// path package.json names (exports, types, bin, customElements) shipped; every relative import of a
// shipped .d.ts resolvable inside the package; and the metadata a registry page needs.
//   node --test packages/packaging.node-test.mjs     (scripts/test/test.mjs runs it after the build)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const PACKAGES = dirname(fileURLToPath(import.meta.url));
const EXPECTED = ['client', 'conformance', 'core', 'mock', 'react', 'widgets'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const packageDirs = readdirSync(PACKAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(PACKAGES, entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((dir) => !JSON.parse(readFileSync(join(PACKAGES, dir, 'package.json'), 'utf8')).private);

/** The files `npm pack` would put in the tarball, as package-relative POSIX paths. */
function packedFiles(dir) {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(PACKAGES, dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [report] = JSON.parse(out);
  return new Set(report.files.map((file) => file.path));
}

/** Every string leaf of `exports` under a `types` condition, and every other target. */
function exportTargets(exports) {
  const types = [];
  const targets = [];
  const walk = (value, condition) => {
    if (typeof value === 'string') (condition === 'types' ? types : targets).push({ condition, path: value });
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, key.startsWith('.') ? condition : key);
  };
  walk(exports, undefined);
  return { types, targets };
}

const normalise = (path) => posix.normalize(path.replace(/^\.\//, ''));

it('finds every publishable package', () => {
  assert.deepEqual([...packageDirs].sort(), EXPECTED);
});

for (const dir of packageDirs) {
  describe(`@credit-kit/${dir}`, () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, dir, 'package.json'), 'utf8'));
    let files;
    const packed = () => (files ??= packedFiles(dir));

    it('ships no tests, test support or TypeScript sources', () => {
      const leaks = [...packed()].filter(
        (path) =>
          /(^|\/)test(s)?\//.test(path) ||
          /test-support/.test(path) ||
          /\.(node-)?test\.[cm]?[jt]s$/.test(path) ||
          /(^|\.)test\.d\.ts$/.test(path) ||
          path.startsWith('src/') ||
          (/\.[cm]?tsx?$/.test(path) && !/\.d\.[cm]?ts$/.test(path)),
      );
      assert.deepEqual(leaks, [], `${manifest.name} would publish these files`);
    });

    it('ships its entry point and its types', () => {
      assert.ok(packed().has('dist/index.js'), 'dist/index.js');
      assert.ok(packed().has('dist/index.d.ts'), 'dist/index.d.ts');
      assert.ok(packed().has('package.json'));
      if (dir === 'widgets') assert.ok(packed().has('custom-elements.json'), 'custom-elements.json');
    });

    it('ships every path package.json names: types, exports, main, bin, customElements', () => {
      const { types, targets } = exportTargets(manifest.exports);
      assert.ok(types.length > 0, 'exports have types');
      for (const { path } of types) assert.ok(packed().has(normalise(path)), `exports types ${path}`);
      for (const { condition, path } of targets) {
        if (condition === 'source') continue; // the repository's own TypeScript sources, by design not shipped
        if (path.includes('*')) continue;
        assert.ok(packed().has(normalise(path)), `exports ${condition ?? '(default)'} ${path}`);
      }
      for (const key of ['main', 'types', 'customElements', 'unpkg', 'jsdelivr']) {
        if (manifest[key] !== undefined) assert.ok(packed().has(normalise(manifest[key])), `${key}: ${manifest[key]}`);
      }
      for (const bin of Object.values(typeof manifest.bin === 'string' ? { bin: manifest.bin } : (manifest.bin ?? {}))) {
        assert.ok(packed().has(normalise(bin)), `bin ${bin}`);
      }
    });

    it("resolves every relative import of its shipped type declarations", () => {
      const missing = [];
      for (const path of packed()) {
        if (!path.endsWith('.d.ts')) continue;
        const text = readFileSync(join(PACKAGES, dir, path), 'utf8');
        for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
          const target = posix.join(posix.dirname(path), match[1]);
          const candidates = [target.replace(/\.js$/, '.d.ts'), `${target}.d.ts`, posix.join(target, 'index.d.ts'), target];
          if (!candidates.some((candidate) => packed().has(candidate))) missing.push(`${path} → ${match[1]}`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it('has the metadata a registry page needs', () => {
      assert.equal(manifest.license, 'MIT');
      assert.deepEqual(manifest.repository, { type: 'git', url: 'https://example.invalid/credit-kit.git', directory: `packages/${dir}` });
      assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, 'keywords');
      assert.ok(manifest.engines?.node, 'engines.node');
      assert.ok(manifest.sideEffects === false || Array.isArray(manifest.sideEffects), 'sideEffects is false or a list');
      assert.ok(Array.isArray(manifest.files) && manifest.files.includes('dist'), 'files lists dist');
      assert.equal(manifest.type, 'module');
      assert.ok(manifest.description, 'description');
      for (const name of Object.keys(manifest.dependencies ?? {})) {
        if (name.startsWith('@credit-kit/')) assert.ok(packageDirs.includes(name.slice('@credit-kit/'.length)), `${name} is a package of this repository`);
      }
    });
  });
}

describe('@credit-kit/widgets custom-elements.json', () => {
  it('names only modules the package ships', () => {
    const files = packedFiles('widgets');
    const elements = JSON.parse(readFileSync(join(PACKAGES, 'widgets', 'custom-elements.json'), 'utf8'));
    const paths = new Set();
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') paths.add(child);
          else collect(child);
        }
      }
    };
    collect(elements.modules);
    assert.ok(paths.size > 0);
    for (const path of paths) assert.ok(files.has(path), `${path} named in custom-elements.json is shipped`);
  });
});
