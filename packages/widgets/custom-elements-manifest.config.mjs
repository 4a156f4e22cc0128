// Custom Elements Manifest for @credit-kit/widgets, written to ./custom-elements.json by `npm run build`
// (scripts/build/build-manifest.mjs runs `cem analyze` here). The documentation itself lives in the
// components' JSDoc (`@attr`, `@prop`, `@event`, `@csspart`, `@cssproperty`, `@slot`, `@tagname`).
//
// The plugin below adapts the analyzer to how Credit Kit declares things:
// - Domain events are classes with `static readonly eventName = 'ck-…'`, dispatched as
//   `this.dispatchEvent(new CkLimitChangeEvent(detail))`. The analyzer takes the first constructor
//   argument as the event's name (`error`, `application`…) or none at all; here each dispatched event
//   class is renamed to its `eventName`, merged with the `@event` JSDoc of the same name, and every
//   event whose name belongs to an event class is typed with that class (with a reference to the
//   module that exports it), so wrappers can type their callbacks and docs can show the detail.
// - Only the public API is listed (private and protected members, and the `static dependencies`
//   an element registers with itself, are internal). Of base/, only the modules elements and hosts
//   use are listed (controllers and helpers are internal).
// - Paths point at the published modules (`dist/…js`, which the package ships) instead of the
//   TypeScript sources (which it does not); modules are sorted, so the file diffs cleanly.

/** Event classes seen anywhere in the analysed sources: class name → what the manifest needs. */
const eventClasses = new Map();

/** `src/a/b.ts`, `/src/a/b.js` → `dist/a/b.js`: the module a consumer of the package can load. */
function publishedPath(path) {
  const relative = path.replace(/^\.?\//, '');
  return relative.replace(/^src\/(.*)\.(ts|js)$/, 'dist/$1.js');
}

function staticEventName(ts, node) {
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'eventName') continue;
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && member.initializer && ts.isStringLiteral(member.initializer)) return member.initializer.text;
  }
  return undefined;
}

function eventTypeOf(eventClass) {
  return {
    text: eventClass.className,
    references: [{ name: eventClass.className, module: publishedPath(eventClass.module), start: 0, end: eventClass.className.length }],
  };
}

function creditKitEventsPlugin() {
  return {
    name: 'credit-kit-events',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const eventName = staticEventName(ts, node);
      if (!eventName) return;
      const comment = node.jsDoc?.at(-1)?.comment;
      eventClasses.set(node.name.getText(), {
        className: node.name.getText(),
        eventName,
        description: typeof comment === 'string' ? comment.replace(/\s*\n\s*/g, ' ').trim() : undefined,
        module: node.getSourceFile().fileName,
      });
    },
    moduleLinkPhase({ moduleDoc }) {
      const byEventName = new Map([...eventClasses.values()].map((c) => [c.eventName, c]));
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' || !declaration.events?.length) continue;
        const merged = new Map();
        for (const event of declaration.events) {
          const dispatched = eventClasses.get(event.type?.text ?? '');
          // A `dispatchEvent(new SomeEventClass(…))` the analyzer could not name: its class names it.
          const name = dispatched && !event.description ? dispatched.eventName : event.name;
          if (!name) {
            console.warn(`custom-elements-manifest: ${declaration.name} dispatches an unnamed ${event.type?.text ?? 'event'}; document it with @event.`);
            continue;
          }
          const previous = merged.get(name) ?? {};
          merged.set(name, { ...previous, ...event, name, description: event.description || previous.description });
        }
        declaration.events = [...merged.values()].map((event) => {
          const eventClass = byEventName.get(event.name);
          if (!eventClass) return event;
          // An undocumented dispatch (the base class's) borrows its event class's JSDoc.
          const description = event.description || eventClass.description;
          return { ...event, ...(description ? { description } : {}), type: eventTypeOf(eventClass) };
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'module' || key === 'path') && typeof child === 'string') value[key] = publishedPath(child);
          else rewrite(child);
        }
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.name.startsWith('#') &&
                // Which elements it renders (registered with it): a registration detail, not API.
                !(member.static && member.name === 'dependencies') &&
                // Which client endpoints it composes for a client made from `base-url`: a bundling detail.
                !(member.static && member.name === 'clientMethods'),
            );
          }
          // `@cssproperty --x - … Default `1em`.`: the default in its own field, for tools that show it.
          for (const property of declaration.cssProperties ?? []) {
            const stated = /Default:? `([^`]+)`/.exec(property.description ?? '');
            if (property.default === undefined && stated) property.default = stated[1];
          }
          for (const key of ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots', 'cssStates']) {
            if (Array.isArray(declaration[key]) && declaration[key].length === 0) delete declaration[key];
          }
        }
      }
      rewrite(customElementsManifest.modules);
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: [
    'src/base/credit-kit-element.ts',
    'src/base/form-associated*.ts',
    'src/base/css-props.ts',
    'src/base/define-element.ts',
    'src/base/describe-error.ts',
    'src/base/events.ts',
    'src/base/theme.styles.ts',
    'src/*/*.component.ts',
    'src/*/*.events.ts',
  ],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**'],
  outdir: '.',
  litelement: true,
  // The build keeps `"customElements": "custom-elements.json"` in package.json itself.
  packagejson: false,
  plugins: [creditKitEventsPlugin()],
};
