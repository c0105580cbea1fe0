// Builds the pages of `npm run bench` from the sources with esbuild, as bench-library.mjs does: minified,
// ES2022, production Lit, the validator the elements load on first use bundled in (no code splitting), and
// `__BENCH__` on (the adapters' untimed checks). Each page is one in-page runner (bench/page/) and one adapter:
// 'bench-adapter' resolves to the adapter, 'blueprint-widgets' to the element's define file in src/ (the
// package's published names map to src/ through tsconfig.json's paths).
import { build } from 'esbuild';
import { join } from 'node:path';
import { minifiedTemplates } from '../minify-templates.mjs';

/**
 * The pages: runner, adapter, the element the adapter imports as 'blueprint-widgets', the page's box, and
 * `scroll` for a page that is then scrolled from top to end (`npm run bench -- --scroll`).
 */
export const PAGES = {
  'ref-bars': { runner: 'harness', adapter: 'bench/ref/lit-d3.js', box: 'chart' },
  bars: {
    runner: 'harness',
    adapter: 'bench/peers/project-bars.js',
    element: 'src/components/blueprint-bars/define.ts',
    box: 'chart',
  },
  'ref-rubric': { runner: 'harness', adapter: 'bench/ref/lit-rubric.js', box: 'form', scroll: true },
  rubric: {
    runner: 'harness',
    adapter: 'bench/peers/project-rubric.js',
    element: 'src/components/capacity-rubric/define.ts',
    box: 'form',
    scroll: true,
  },
  'ref-click': { runner: 'click', adapter: 'bench/ref/lit-provider.js', box: 'form' },
  click: { runner: 'click', adapter: 'bench/peers/project-provider.js', box: 'form' },
  dance: { runner: 'dance', box: 'chart' },
};

/**
 * One bundle as every benchmark builds it (the pages here, and scripts/bench-library.mjs): `entry` and all it
 * imports in one minified ES2022 module, TypeScript through the project's tsconfig.json, our templates minified
 * as the build ships them (scripts/minify-templates.mjs). Resolves to its text.
 */
export async function bundleForBench(root, entry, { define = {}, plugins = [] } = {}) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    define,
    plugins: [minifiedTemplates, ...plugins],
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Bundles every page; resolves to { id: javascript text }. */
export async function buildPages(root, ids = Object.keys(PAGES)) {
  const out = {};
  await Promise.all(
    ids.map(async (id) => {
      const page = PAGES[id];
      const alias = {
        name: 'bench-alias',
        setup(b) {
          b.onResolve({ filter: /^bench-adapter$/ }, () => ({ path: join(root, page.adapter) }));
          b.onResolve({ filter: /^blueprint-widgets$/ }, () => ({ path: join(root, page.element) }));
        },
      };
      out[id] = await bundleForBench(root, `bench/page/${page.runner}.js`, {
        define: { __BENCH__: 'true', 'process.env.NODE_ENV': '"production"' },
        plugins: [alias],
      });
    }),
  );
  return out;
}
