// The script-tag bundle's files as built, read from the files themselves (test:pack and size share it):
// static `import … from "./x.js"` / `import "./x.js"`, and dynamic `import("./x.js")`, relative only.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const STATIC = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/**
 * `eager`: `entry` and every file it imports statically (what loads at once); `lazy`: every other file
 * reachable from them through dynamic imports, and their static imports (what loads on first use). Paths
 * are relative to `root`, like `entry` (a path, or several: `eager` is then what they load at once together).
 */
export function bundleGraph(root, entry = 'dist/blueprint-widgets.js') {
  const code = new Map();
  const read = (file) => code.get(file) ?? code.set(file, readFileSync(join(root, file), 'utf8')).get(file);
  const imports = (file, pattern) =>
    [...read(file).matchAll(pattern)].map((m) => relative(root, join(root, dirname(file), m[1])));
  /** `starts` and their static imports, leaving out `known`. */
  const closure = (starts, known) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || known.has(f)) return;
      seen.add(f);
      imports(f, STATIC).forEach(visit);
    };
    starts.forEach(visit);
    return seen;
  };
  const eager = closure([entry].flat(), new Set());
  const lazy = new Set();
  for (let next = [...eager]; next.length;) {
    const found = closure(
      next.flatMap((f) => imports(f, DYNAMIC)),
      new Set([...eager, ...lazy]),
    );
    found.forEach((f) => lazy.add(f));
    next = [...found];
  }
  return { eager, lazy };
}
