// bp-minify-templates: minifies the CSS (Lightning CSS) and HTML inside Lit's `css` / `html` / `svg`
// templates of our own sources. JavaScript minifiers leave template strings as written, indentation and
// all; for a library of text-heavy widgets that is a large share of the bytes. Build-time only: nothing of
// it ships. How: scripts/minify-templates.mjs (shared with scripts/size.mjs, so budgets measure the same).
import type { Plugin } from 'vite';
import { minifyTemplates } from '../minify-templates.mjs';
import { src } from './paths.js';

export function minifiedTemplates(): Plugin {
  return {
    name: 'bp-minify-templates',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!id.startsWith(src()) || !id.endsWith('.ts')) return null;
      const result = await minifyTemplates(code, id);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
