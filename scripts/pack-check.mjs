#!/usr/bin/env node
// `npm run test:pack`: what `npm publish` would ship (npm pack --dry-run), after `npm run build`. Checks
// that every entry of package.json (`exports`, `types`, `bin`, `customElements`, `sideEffects`) is in the
// package, that each element has its class, define file, types and source maps, that the samples and the
// JSON Schemas are there, and that nothing of the tests, stories or sources is. Prints the package size.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleGraph } from './bundle-graph.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(packed.files.map((f) => f.path));
const failures = [];
const need = (path, why) => {
  if (!files.has(path.replace(/^\.\//, ''))) failures.push(`missing ${path} (${why})`);
};

const tags = readdirSync(join(root, 'src/components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
// exports: plain targets must exist; "*" patterns must exist for every element.
for (const [key, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? [target] : Object.values(target);
  for (const t of targets) {
    if (t.includes('*')) {
      if (t.includes('/data/')) continue; // data files are checked below
      for (const tag of tags) need(t.replaceAll('*', tag), `exports["${key}"] for <${tag}>`);
    } else need(t, `exports["${key}"]`);
  }
  if (typeof target === 'object' && Object.keys(target)[0] !== 'types')
    failures.push(`exports["${key}"]: "types" must come first`);
}
need(pkg.types, 'types');
need(pkg.customElements, 'customElements');
for (const bin of Object.values(pkg.bin)) need(bin, 'bin');
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]+')}$`,
  );
for (const side of pkg.sideEffects.filter((s) => s.startsWith('./dist/')))
  if (side.includes('/components/*/')) for (const tag of tags) need(side.replace('*', tag), 'sideEffects');
  else if (side.includes('*')) {
    if (![...files].some((f) => globToRegExp(side).test(f)))
      failures.push(`sideEffects "${side}" matches no file`);
  } else need(side, 'sideEffects');
for (const tag of tags)
  for (const f of [`${tag}.js`, `${tag}.js.map`, 'define.js', 'define.js.map'])
    need(`dist/components/${tag}/${f}`, `<${tag}>`);
// The script-tag bundle's own files: every chunk it imports, at once or on first use, and its stylesheet.
const { eager, lazy } = bundleGraph(root);
const bundleFiles = [...eager, ...lazy];
for (const f of bundleFiles) need(f, 'the script-tag bundle imports it');
need('dist/blueprint-widgets.css', 'the pre-upgrade stylesheet');
for (const data of readdirSync(join(root, 'src/data')).filter((f) => f.endsWith('.json')))
  need(`dist/data/${data}`, 'samples and JSON Schemas');

const forbidden = [...files].filter((f) =>
  /^(src|test|stories|demo|scripts|\.storybook|coverage|storybook-static)\//.test(f),
);
if (forbidden.length)
  failures.push(
    `should not be shipped: ${forbidden.slice(0, 5).join(', ')}${forbidden.length > 5 ? ', …' : ''}`,
  );

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `npm pack: ${packed.entryCount} files, ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked`,
);
if (failures.length) {
  console.error(`test:pack: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log('test:pack: every entry point is in the package, and nothing else of the repository');
