// Analyzer plugin: the theming tokens of the token table (src/internal/tokens.ts, loaded by scripts/tokens.mjs)
// in every element's `cssProperties`, with their defaults in the structured `default` field. The elements'
// `@cssprop` lines then need to name only what an element reads differently (their description wins).

const SYNTAX = { color: '<color>', length: '<length>', time: '<time>', number: '<number>' };

/** @param {{ THEME_TOKENS: readonly any[], cssDefault: (t: any) => string }} table */
export function themeTokens({ THEME_TOKENS, cssDefault }) {
  const byName = new Map(THEME_TOKENS.map((t) => [t.name, t]));
  const entry = (t) => ({
    name: t.name,
    ...(SYNTAX[t.kind] ? { syntax: SYNTAX[t.kind] } : {}),
    description: t.description,
    default: t.defaultText ?? cssDefault(t),
  });
  return {
    name: 'bp-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? [])
        for (const decl of mod.declarations ?? []) {
          if (!decl.tagName) continue;
          const own = decl.cssProperties ?? [];
          for (const p of own) {
            const t = byName.get(p.name);
            if (!t)
              throw new Error(
                `${mod.path}: @cssprop ${p.name} is not in the token table (src/internal/tokens.ts)`,
              );
            p.default ??= entry(t).default;
            // The base class's lines only restate the table's generic description: the table's is the one.
            if (p.inheritedFrom) p.description = t.description;
            if (!p.syntax && SYNTAX[t.kind]) p.syntax = SYNTAX[t.kind];
          }
          const named = new Set(own.map((p) => p.name));
          const added = THEME_TOKENS.filter(
            (t) => !named.has(t.name) && (!t.elements || t.elements.includes(decl.tagName)),
          ).map(entry);
          // In the table's order, the element's own entries where the table has them.
          const all = [...own, ...added];
          const order = (p) => THEME_TOKENS.indexOf(byName.get(p.name));
          decl.cssProperties = all.sort((a, b) => order(a) - order(b));
        }
    },
  };
}
