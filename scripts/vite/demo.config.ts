// `vite --mode demo`: the dev server for demo/*.html (http://localhost:5173/ redirects to /demo/). The
// partner pages (index, bele, csp) load the BUILT script-tag bundle from ../dist/ (`npm start` builds it
// first); demo/app.ts imports the package by its published names, which tsconfig.json `paths` map to the
// sources (resolve.tsconfigPaths: one list for tsc and Vite). demo/csp.html gets a strict CSP header.
// `vite build --mode demo`: the demo pages to dist-demo/ (same layout: dist-demo/demo/index.html, and the
// bundle with its samples in dist-demo/dist/); `vite preview --mode demo` serves it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mergeConfig, type UserConfig } from 'vite';
import { baseConfig } from './base.config.js';
import { copyData } from './copy-data.js';
import { demoCopyBundle } from './demo-copy-bundle.js';
import { demoCsp } from './demo-csp.js';
import { demoRedirect } from './demo-redirect.js';
import { quietValidatorLog } from './quiet-validator-log.js';
import { root } from './paths.js';

/** Every demo/*.html page, by name. */
function demoPages(): Record<string, string> {
  const dir = join(root, 'demo');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -5), join(dir, f)]),
  );
}

export function demoConfig(): UserConfig {
  return mergeConfig(baseConfig(), {
    // The project root is the server root, so a page at /demo/ can load /src/all.ts (or ../src/all.ts) and
    // fetch /src/data/*.json exactly as in the source tree.
    root,
    base: './',
    appType: 'mpa',
    plugins: [
      demoRedirect(),
      demoCsp(),
      copyData('dist-demo', 'src/data'),
      demoCopyBundle(),
      quietValidatorLog(),
    ],
    resolve: { tsconfigPaths: true },
    server: { fs: { strict: true, allow: [root] } },
    build: { outDir: 'dist-demo', emptyOutDir: true, rolldownOptions: { input: demoPages() } },
  } satisfies UserConfig);
}
