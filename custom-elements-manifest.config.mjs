// `cem analyze` (npm run analyze) reads this: custom-elements.json at the project root, from the sources.
// The manifest documents the public API of the tagged elements only (scripts/check-manifest.mjs checks it).
import { readdirSync } from 'node:fs';
import { dropNamelessEvents, publicElementsOnly } from './scripts/cem-public-api.mjs';
import { themeTokens } from './scripts/cem-tokens.mjs';
import { loadTokens } from './scripts/tokens.mjs';

/** Each element's class file, src/components/<tag>/<tag>.ts. */
const elements = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/components/${d.name}/${d.name}.ts`);

export default {
  // The base classes too: the analyzer needs them to give each element its inherited public properties,
  // attributes and events; publicElementsOnly then drops their declarations.
  globs: [...elements, 'src/internal/blueprint-element.ts', 'src/internal/profile-element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropNamelessEvents, publicElementsOnly, themeTokens(await loadTokens())],
};
