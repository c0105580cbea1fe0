// bp-copy-data: copies src/data/*.json (the sample frameworks and the generated JSON Schemas) beside a
// build's output, so the published package and the demo pages can fetch them by URL. Storybook loads the
// library config too; its output directory is not `outDir`, so the plugin does nothing there.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { root, src } from './paths.js';

/** Copies src/data/*.json to `<outDir>/<dest>` after a build whose output directory is `outDir`. */
export function copyData(outDir: string, dest: string): Plugin {
  return {
    name: 'bp-copy-data',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir || resolve(options.dir) !== resolve(root, outDir)) return; // e.g. storybook-static
      const to = resolve(root, outDir, dest);
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(src('data'))) if (f.endsWith('.json')) cpSync(src('data', f), join(to, f));
    },
  };
}
