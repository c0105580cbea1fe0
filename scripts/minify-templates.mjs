// The one place that says how our Lit templates are minified at build time (scripts/vite/minify-templates.ts for the
// npm build and the script-tag bundle; the esbuild plugin below for scripts/size.mjs's budgets and the benchmarks). minify-literals runs Lightning CSS on
// `css` templates and html-minifier-next on `html` / `svg` ones. `conservativeCollapse` keeps one space
// where the source has any: a space at the edge of a nested template (html` ${x}`) is text a person reads.
// `minifyCSS: false` leaves `style` attributes alone (css`` templates are still minified): the minifier
// turned `style=${x}` into `style="${x};"`, whose ";" Lit writes as an inline style that a strict
// Content-Security-Policy blocks.
import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';

const options = { html: { conservativeCollapse: true, minifyCSS: false } };

/** `code` (a TypeScript or JavaScript module) with its css/html/svg templates minified, or undefined if it has none. */
export async function minifyTemplates(code, fileName) {
  if (!/\b(?:html|svg|css)`/.test(code)) return undefined;
  return (await minifyHTMLLiterals(code, { fileName, ...options })) ?? undefined;
}

/** An esbuild plugin: our sources (src/**.ts) with their templates minified, as the library build ships them. */
export const minifiedTemplates = {
  name: 'minified-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const code = readFileSync(args.path, 'utf8');
      const result = await minifyTemplates(code, args.path);
      return { contents: result ? result.code : code, loader: 'ts' };
    });
  },
};
