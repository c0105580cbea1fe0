// bp-demo-copy-bundle: the partner pages load the BUILT script-tag bundle (../dist/blueprint-widgets.js,
// left alone by Vite through `vite-ignore`), so `vite build --mode demo` copies it, with its chunks, its
// stylesheet and the samples, to dist-demo/dist/. The bundle is a build output, not a file of the repo: when
// it is missing the plugin says so instead of failing.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { root } from './paths.js';

export function demoCopyBundle(): Plugin {
  return {
    name: 'bp-demo-copy-bundle',
    apply: 'build',
    writeBundle() {
      const from = join(root, 'dist');
      if (!existsSync(join(from, 'blueprint-widgets.js'))) {
        this.warn(
          'dist/blueprint-widgets.js is missing: run `npm run build` first; the partner pages need it',
        );
        return;
      }
      const to = join(root, 'dist-demo', 'dist');
      for (const f of ['blueprint-widgets.js', 'blueprint-widgets.css', 'blueprint-widgets', 'data'])
        cpSync(join(from, f), join(to, f), { recursive: true });
    },
  };
}
