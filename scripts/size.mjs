#!/usr/bin/env node
// Size budgets (npm run size): prints entry | minified bytes | gzip bytes | budget, exits 1 above budget.
//  - every src/components/*/define.ts: bundled by esbuild in memory (minified, lit/d3/valibot inlined), i.e.
//    what one element costs a page that loads only it;
//  - dist/blueprint-widgets.js as built by `npm run build` (the single-file script-tag bundle).
// Budgets: size-budgets.json (kB = 1000 bytes, gzip level 9).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const toRegExp = (glob) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
const parseSize = (text) => {
  const m = /^\s*([\d.]+)\s*(B|kB|KB|MB)?\s*$/.exec(String(text));
  if (!m) throw new Error(`size-budgets.json: cannot read size "${text}"`);
  return Number(m[1]) * { B: 1, kB: 1000, KB: 1000, MB: 1e6 }[m[2] ?? 'B'];
};
const budgetFor = (path) => budgets.find((b) => toRegExp(b.path).test(path));

async function bundleEntry(file) {
  const result = await build({
    entryPoints: [join(root, file)],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const rows = [];
const problems = [];

const componentsDir = join(root, 'src', 'components');
const defineEntries = existsSync(componentsDir)
  ? readdirSync(componentsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(componentsDir, d.name, 'define.ts')))
      .map((d) => `src/components/${d.name}/define.ts`)
      .sort()
  : [];
for (const entry of defineEntries) {
  try {
    rows.push({ entry, bytes: await bundleEntry(entry) });
  } catch (error) {
    problems.push(`${entry}: esbuild failed: ${error.message.split('\n')[0]}`);
  }
}

const bundlePath = 'dist/blueprint-widgets.js';
if (existsSync(join(root, bundlePath)))
  rows.push({ entry: bundlePath, bytes: readFileSync(join(root, bundlePath)) });
else problems.push(`${bundlePath} is missing: run \`npm run build\` first`);

const table = [['entry', 'minified bytes', 'gzip bytes', 'budget (gzip)', '']];
let over = 0;
for (const { entry, bytes } of rows) {
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = budgetFor(entry);
  const limit = budget?.gzip ? parseSize(budget.gzip) : undefined;
  const min = budget?.min ? parseSize(budget.min) : undefined;
  const fail = (limit !== undefined && gzip > limit) || (min !== undefined && bytes.length > min);
  if (fail) over++;
  table.push([
    entry,
    bytes.length.toLocaleString('en-US'),
    gzip.toLocaleString('en-US'),
    budget ? [budget.gzip, budget.min && `min ${budget.min}`].filter(Boolean).join(', ') : 'none',
    fail ? 'OVER' : budget ? `${Math.round((gzip / limit) * 100)}%` : '',
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join(' | ')
    .trimEnd();
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table.slice(1)) console.log(line(r));

for (const p of problems) console.error(`size: ${p}`);
if (over)
  console.error(`size: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (size-budgets.json)`);
if (!defineEntries.length) console.log('size: no src/components/*/define.ts entries yet');
console.log(`size: ${rows.length - over} within budget, ${over} over`);
process.exitCode = over || problems.length ? 1 : 0;
