// `cem analyze` (npm run analyze) reads this: custom-elements.json at the project root, from the sources.

/**
 * The analyzer also records every `dispatchEvent(new BpSomethingEvent(…))` it sees, but cannot read the
 * event's name from a class, so it adds a nameless duplicate of each event the JSDoc `@fires` tags already
 * document. Drop those: the `@fires` entries carry the name, type and description.
 */
const dropNamelessEvents = {
  name: 'bp-drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
  },
};

/**
 * The abstract base class (BlueprintElement) extends LitElement, so the analyzer calls it a custom element,
 * with no tag: tools then list an element nobody can use. Keep it as a plain class (its members still
 * appear on every element, marked `inheritedFrom`).
 */
const onlyTaggedElements = {
  name: 'bp-only-tagged-elements',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.customElement && !decl.tagName) delete decl.customElement;
  },
};

export default {
  globs: ['src/**/*.ts'],
  // src/react.ts is types only (JSX for React), no element.
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessEvents, onlyTaggedElements],
};
