#!/usr/bin/env node
// Checks custom-elements.json (run by `npm run typecheck`, right after `npm run analyze`): it must document
// the tagged elements' public API only (no `#private`, private, protected or static member, no declaration
// that is not a tagged element), every element must keep the base class's public inputs, and every theming
// token of the table must be on every element that reads it, with the table's default.
import { readFile } from 'node:fs/promises';
import { loadTokens } from './tokens.mjs';

const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const { THEME_TOKENS, cssDefault } = await loadTokens();
const problems = [];
/** The base classes' public inputs: every widget's (BlueprintElement), and those that show answers (ProfileElement). */
const INHERITED = ['src', 'framework', 'theme'];
const PROFILE_INPUTS = ['profile', 'profileSrc'];

for (const mod of manifest.modules ?? [])
  for (const decl of mod.declarations ?? []) {
    const where = `${mod.path} ${decl.name}`;
    if (!decl.customElement || !decl.tagName) {
      problems.push(`${where}: not a tagged element`);
      continue;
    }
    for (const m of decl.members ?? [])
      if (m.name.startsWith('#') || m.privacy === 'private' || m.privacy === 'protected' || m.static)
        problems.push(`${where}: non-public member ${m.name} (${m.privacy ?? 'static'})`);
    const names = new Set((decl.members ?? []).map((m) => m.name));
    const inherited =
      decl.tagName === 'blueprint-provider'
        ? []
        : decl.superclass?.name === 'ProfileElement'
          ? [...INHERITED, ...PROFILE_INPUTS]
          : INHERITED;
    for (const name of inherited) if (!names.has(name)) problems.push(`${where}: lost the inherited ${name}`);
    const css = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
    for (const t of THEME_TOKENS) {
      if (t.elements && !t.elements.includes(decl.tagName)) continue;
      const p = css.get(t.name);
      const expected = t.defaultText ?? cssDefault(t);
      if (!p) problems.push(`${where}: no cssProperties entry for ${t.name}`);
      else if (p.default !== expected)
        problems.push(`${where}: ${t.name} default ${p.default} ≠ ${expected}`);
    }
  }
if (!manifest.modules?.some((m) => m.declarations?.length)) problems.push('no elements at all');

if (problems.length) {
  console.error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
