// The CSS-template minifier run on what ships (scripts/build/minify-css-templates.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { minifyCssTemplates } from './minify-css-templates.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('minifyCssTemplates', () => {
  it('minifies the text of css templates and nothing else', () => {
    const source = "const a = css`\n  :host {\n    display: block; /* why */\n    color : red ;\n  }\n`;\nconst b = html`<p>  keep   me  </p>`;\n";
    assert.equal(minifyCssTemplates(source), 'const a = css`:host{display:block;color:red}`;\nconst b = html`<p>  keep   me  </p>`;\n');
  });

  it('keeps interpolations that stand for declarations, in place', () => {
    const source = 'const s = css`\n  :host([theme="dark"]) {\n    ${darkTokens}\n  }\n  .x { margin: 0 }\n`;';
    assert.equal(minifyCssTemplates(source), 'const s = css`:host([theme="dark"]){${darkTokens}}.x{margin:0}`;');
  });

  it('leaves a template with a backslash escape as written (its cooked text is not its source)', () => {
    const escaped = "css`\n  .a::before { content: '\\2014'; }\n`";
    assert.equal(minifyCssTemplates(escaped), escaped);
  });

  it("shrinks every widget's styles and keeps each rule's selectors", () => {
    const dir = join(ROOT, 'packages/widgets/src');
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.styles.ts'));
    assert.ok(files.length >= 5, `only ${files.length} style modules found`);
    for (const file of files) {
      const source = readFileSync(join(dir, String(file)), 'utf8');
      const out = minifyCssTemplates(source);
      assert.ok(out.length < source.length, `${file} did not shrink`);
      for (const selector of source.match(/\.[a-z][a-z0-9-]*(?=[\s,{:])/g) ?? []) assert.ok(out.includes(selector), `${file} lost ${selector}`);
    }
  });
});
