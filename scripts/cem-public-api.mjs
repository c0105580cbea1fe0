// Analyzer plugins (custom-elements-manifest.config.mjs) that keep custom-elements.json to the public API of
// the tagged elements: what a page can set, listen to and style. scripts/check-manifest.mjs checks the result.

/**
 * The analyzer also records every `dispatchEvent(new BpSomethingEvent(…))` it sees, but cannot read the
 * event's name from a class, so it adds a nameless duplicate of each event the JSDoc `@fires` tags already
 * document. Drop those: the `@fires` entries carry the name, type and description.
 */
export const dropNamelessEvents = {
  name: 'bp-drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? [])
      for (const decl of mod.declarations ?? [])
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
  },
};

/** A member a page may use: not `#private`, not private or protected, not static. */
const isPublic = (m) => !m.name.startsWith('#') && !m.privacy?.match(/^(private|protected)$/) && !m.static;

/**
 * Only tagged elements, with only their public members. The analyzer reads the base class
 * (src/internal/blueprint-element.ts) so that its public properties, attributes and events appear on each
 * element (`inheritedFrom`), then this drops it with every other untagged declaration (the analyzer calls an
 * abstract LitElement subclass a custom element, with no tag: tools would list an element nobody can use),
 * the exports that named them, and the modules left empty. Private state (`#view`, `@state` fields), protected
 * helpers and statics go too: Storybook made a control of each, and IDEs offered them.
 */
export const publicElementsOnly = {
  name: 'bp-public-elements-only',
  packageLinkPhase({ customElementsManifest }) {
    const kept = new Set();
    for (const mod of customElementsManifest.modules ?? []) {
      mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
      for (const decl of mod.declarations) {
        kept.add(decl.name);
        decl.members = (decl.members ?? []).filter(isPublic);
      }
      mod.exports = (mod.exports ?? []).filter((e) => kept.has(e.declaration?.name));
    }
    customElementsManifest.modules = customElementsManifest.modules.filter((m) => m.declarations.length);
  },
};
