/**
 * The Custom Elements Manifest (custom-elements.json, written by `npm run build`) against the
 * elements themselves: the expected lists come from the running classes — Lit's property
 * declarations (`elementProperties`: attribute names, `state` for internals), the event classes
 * each component module exports (`static eventName`), the tags `defineCreditKit()` registers, and
 * the parts the foundation actually renders — never from the manifest. A new attribute, property
 * or event without JSDoc, or a tag the analyzer cannot see, fails here.
 */
import { expect } from '@open-wc/testing';
import type { PropertyDeclaration } from 'lit';
import { createClient, setDefaultClient } from '@credit-kit/client';
import { CkLoadErrorEvent, CkReadyEvent } from './base/events.js';
import { defineCreditKit } from './define.js';
import * as application from './credit-application/credit-application.js';
import * as calculator from './limit-calculator/limit-calculator.js';
import * as badge from './warning-badge/warning-badge.js';
import * as agingTable from './aging-table/aging-table.js';

interface Documented {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestElement extends Documented {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Documented & { fieldName?: string })[];
  members?: (Documented & { kind: string; attribute?: string })[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestElement[] }[];
}

type LitClass = CustomElementConstructor & {
  readonly name: string;
  readonly observedAttributes: string[];
  readonly elementProperties: Map<PropertyKey, PropertyDeclaration>;
};

const tags = defineCreditKit();
const WIDGETS: { tag: string; elementClass: LitClass; module: Record<string, unknown> }[] = [
  { tag: tags.application, elementClass: application.CkCreditApplication as unknown as LitClass, module: application },
  { tag: tags.calculator, elementClass: calculator.CkLimitCalculator as unknown as LitClass, module: calculator },
  { tag: tags.badge, elementClass: badge.CkWarningBadge as unknown as LitClass, module: badge },
  { tag: tags.agingTable, elementClass: agingTable.CkAgingTable as unknown as LitClass, module: agingTable },
];
/** Every widget dispatches the foundation's lifecycle events. */
const FOUNDATION_EVENTS = [CkReadyEvent, CkLoadErrorEvent];

let manifest: Manifest;

before(async () => {
  const response = await fetch(new URL('../custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error('packages/widgets/custom-elements.json is missing: run `npm run build` first.');
  manifest = (await response.json()) as Manifest;
});

function declarationOf(className: string): ManifestElement {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.kind === 'class' && d.name === className);
  expect(found, `${className} in custom-elements.json`).to.exist;
  return found!;
}

/** Public reactive properties at runtime: Lit's declarations without `state: true`. */
function publicProperties(elementClass: LitClass): [string, PropertyDeclaration][] {
  void elementClass.observedAttributes; // finalizes the class, so `elementProperties` is complete
  return [...elementClass.elementProperties].filter(([, options]) => !options.state).map(([name, options]) => [String(name), options]);
}

/** The attribute Lit observes for a property: `attribute: 'x-y'`, `true`/absent → the lower-cased name, `false` → none. */
function attributeOf(name: string, options: PropertyDeclaration): string | undefined {
  if (options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
}

/** Event classes a component module exports: whatever has a string `static eventName`. */
function eventClassesOf(module: Record<string, unknown>): { name: string; eventName: string }[] {
  return Object.values(module)
    .filter((value): value is { name: string; eventName: string } => typeof value === 'function' && typeof (value as { eventName?: unknown }).eventName === 'string')
    .map((value) => ({ name: value.name, eventName: value.eventName }));
}

const describedIn = (list: Documented[] | undefined, name: string) => list?.find((item) => item.name === name);

function partsRendered(el: HTMLElement): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean));
}

describe('custom-elements.json', () => {
  it('has only relative paths, in a stable order', () => {
    const paths = manifest.modules.map((m) => m.path);
    expect(paths).to.deep.equal([...paths].sort());
    const text = JSON.stringify(manifest);
    expect(text).not.to.match(/"(?:\/|[A-Za-z]:\\\\)(?:work|home|root|tmp|Users)\b/);
    for (const path of paths) expect(path, path).to.match(/^dist\/.+\.js$/);
  });

  for (const { tag, elementClass, module } of WIDGETS) {
    describe(`<${tag}>`, () => {
      it('is a custom element with the tag defineCreditKit() registers', () => {
        const declaration = declarationOf(elementClass.name);
        expect(declaration.customElement).to.equal(true);
        expect(declaration.tagName).to.equal(tag);
        expect(customElements.get(tag)).to.equal(elementClass);
        expect(declaration.description, 'class description').to.be.a('string').and.not.be.empty;
      });

      it('lists every attribute Lit observes, with a description', () => {
        const declaration = declarationOf(elementClass.name);
        const observed = publicProperties(elementClass).flatMap(([name, options]) => attributeOf(name, options) ?? []);
        expect(observed.sort()).to.deep.equal([...elementClass.observedAttributes].sort(), 'attributes derived from elementProperties');
        expect(observed, 'the foundation attributes').to.include.members(['base-url', 'theme']);
        for (const attribute of observed) {
          const documented = describedIn(declaration.attributes, attribute);
          expect(documented, `attribute ${attribute} of <${tag}>`).to.exist;
          expect(documented!.description, `description of attribute ${attribute}`).to.be.a('string').and.not.be.empty;
        }
      });

      it('lists every public property, with a description', () => {
        const declaration = declarationOf(elementClass.name);
        const properties = publicProperties(elementClass).map(([name]) => name);
        expect(properties, 'the foundation properties').to.include.members(['client', 'baseUrl', 'theme']);
        for (const property of properties) {
          const documented = declaration.members?.find((m) => m.kind === 'field' && m.name === property);
          expect(documented, `property ${property} of <${tag}>`).to.exist;
          expect(documented!.description, `description of property ${property}`).to.be.a('string').and.not.be.empty;
        }
      });

      it('lists every event its module exports and the foundation events, typed with their classes', () => {
        const declaration = declarationOf(elementClass.name);
        const expected = [...eventClassesOf(module), ...FOUNDATION_EVENTS.map((c) => ({ name: c.name, eventName: c.eventName }))];
        expect(expected.map((e) => e.eventName), 'the foundation events').to.include.members(['ck-ready', 'ck-load-error']);
        for (const { name, eventName } of expected) {
          const documented = describedIn(declaration.events, eventName);
          expect(documented, `event ${eventName} of <${tag}>`).to.exist;
          expect(documented!.description, `description of event ${eventName}`).to.be.a('string').and.not.be.empty;
          expect(documented!.type?.text, `type of event ${eventName}`).to.equal(name);
        }
        for (const event of declaration.events ?? []) expect(event.name, 'every event is named').to.be.a('string').and.not.be.empty;
      });

      it('documents its CSS custom properties with descriptions', () => {
        const declaration = declarationOf(elementClass.name);
        expect(declaration.cssProperties ?? [], 'CSS custom properties').not.to.be.empty;
        for (const property of declaration.cssProperties!) {
          expect(property.name).to.match(/^--ck-/);
          expect(property.description, `description of ${property.name}`).to.be.a('string').and.not.be.empty;
        }
      });

      it('documents the parts it renders while loading and after a failed load', async () => {
        const declaration = declarationOf(elementClass.name);
        const documented = new Set((declaration.cssParts ?? []).map((p) => p.name));
        for (const part of declaration.cssParts ?? []) expect(part.description, `description of part ${part.name}`).to.be.a('string').and.not.be.empty;

        // Loading: a backend that never answers.
        setDefaultClient(createClient({ baseUrl: '/never', fetch: () => new Promise<Response>(() => {}) }));
        const loading = document.createElement(tag);
        loading.setAttribute('customer-id', 'C001');
        document.body.append(loading);
        await (loading as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const whileLoading = partsRendered(loading);
        loading.remove();
        setDefaultClient(undefined);
        expect(whileLoading, `<${tag}> renders parts while loading`).not.to.be.empty;

        // Failed: no backend configured at all.
        const failing = document.createElement(tag);
        failing.setAttribute('customer-id', 'C001');
        const failed = new Promise((resolve) => failing.addEventListener('ck-load-error', resolve, { once: true }));
        document.body.append(failing);
        await failed;
        await (failing as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const afterFailure = partsRendered(failing);
        failing.remove();
        expect(afterFailure, `<${tag}> renders parts after a failed load`).not.to.be.empty;

        const undocumented = [...new Set([...whileLoading, ...afterFailure])].filter((part) => !documented.has(part));
        expect(undocumented, `parts <${tag}> renders but custom-elements.json does not list`).to.deep.equal([]);
      });
    });
  }
});
