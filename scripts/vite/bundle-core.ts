// bp-bundle-core: the script-tag bundle's shared core. src/bundle-core.ts and every module it reaches
// through static imports go to ONE chunk, dist/blueprint-widgets/core-<hash>.js, which the entry and the
// lazily loaded elements import by a relative URL without a query string: the entry file itself may be
// loaded under several URLs (`?ver=…`, two embeds) and the page still runs one copy. Modules only the lazy
// elements use stay in their chunks (rolldown's default splitting).
//
// `chunkName` is the code-splitting group's name function; it computes the core's modules once per build
// and keeps them in this factory's closure, which the plugin's buildStart clears (a rebuild in watch mode
// computes them again). The plugin also empties dist/blueprint-widgets/ first: the chunks' names carry
// content hashes, and a rebuild must not leave the previous ones beside the new.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { root, src } from './paths.js';

interface ChunkContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

export function bundleCore(): {
  plugin: Plugin;
  chunkName: (id: string, ctx: ChunkContext) => string | null;
} {
  let eagerModules: Set<string> | undefined;

  /** 'core' for src/bundle-core.ts and every module it imports statically, else null (rolldown's default
   * placement: the entry, src/bundle.ts, stays a file of its own, and so does each lazily loaded element). */
  const chunkName = (id: string, ctx: ChunkContext): string | null => {
    if (!eagerModules) {
      eagerModules = new Set([src('bundle-core.ts')]);
      const queue = [src('bundle-core.ts')];
      for (let next = queue.pop(); next; next = queue.pop()) {
        for (const dep of ctx.getModuleInfo(next)?.importedIds ?? []) {
          if (!eagerModules.has(dep)) {
            eagerModules.add(dep);
            queue.push(dep);
          }
        }
      }
    }
    return eagerModules.has(id) ? 'core' : null;
  };

  const plugin: Plugin = {
    name: 'bp-bundle-core',
    apply: 'build',
    buildStart() {
      eagerModules = undefined;
      rmSync(join(root, 'dist', 'blueprint-widgets'), { recursive: true, force: true });
    },
  };

  return { plugin, chunkName };
}
