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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessEvents],
};
