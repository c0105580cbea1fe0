#!/usr/bin/env node
// Size budgets (npm run size): prints entry | minified bytes | gzip bytes | lazy | budget, exits 1 above budget.
//  - every src/components/*/define.ts: bundled by esbuild in memory (minified, lit/d3 and every other
//    dependency inlined, code splitting on, the templates' CSS and HTML minified as `npm run build` ships
//    them: see scripts/minify-templates.mjs), i.e. what one element costs a page that loads only it. The budget
//    applies to what loads at once (the entry and the chunks it imports statically); the code it imports
//    on first use (the validator: parse.ts, valibot and the schemas, which widgets inside a provider never
//    need) is printed in the "lazy" column, gzip, so nothing is hidden;
//  - dist/blueprint-widgets.js as built by `npm run build` (the script-tag bundle): the budget applies to the
//    entry and the chunks it imports statically, i.e. what the script tag loads at once, Lit and d3
//    included; each element it loads on first use gets a row of its own, and the "lazy" column sums them;
//  - "version 1": a page with the seven widgets of version 1 through the script tag, everything it fetches
//    (issue 14's "every widget together"), with a budget; and the total of every file, without one.
// Budgets: size-budgets.json (kB = 1000 bytes, gzip level 9).
import { build } from 'esbuild';
import { bundleGraph } from './bundle-graph.mjs';
import { minifiedTemplates } from './minify-templates.mjs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Bundles `file` with code splitting: the bytes that load at once, and the gzip bytes loaded on first use. */
async function bundleEntry(file) {
  const result = await build({
    entryPoints: [join(root, file)],
    bundle: true,
    write: false,
    splitting: true,
    outdir: join(root, '.size-out'), // in memory only (write: false)
    metafile: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifiedTemplates],
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), Buffer.from(f.contents)]));
  const outputs = result.metafile.outputs;
  // The entry's own output: a file it imports dynamically is an entry point of the metafile too.
  const entryOut = Object.keys(outputs).find(
    (o) => outputs[o].entryPoint && resolve(outputs[o].entryPoint) === join(root, file),
  );
  // What loads at once: the entry and, transitively, the chunks it imports statically.
  const eager = new Set();
  const visit = (o) => {
    if (eager.has(o)) return;
    eager.add(o);
    for (const i of outputs[o].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entryOut);
  const eagerBytes = Buffer.concat([...eager].map((o) => files.get(o)));
  const lazyGzip = Object.keys(outputs)
    .filter((o) => !eager.has(o))
    .reduce((sum, o) => sum + gzipSync(files.get(o), { level: 9 }).length, 0);
  return { bytes: eagerBytes, lazyGzip };
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
    rows.push({ entry, ...(await bundleEntry(entry)) });
  } catch (error) {
    problems.push(`${entry}: esbuild failed: ${error.message.split('\n')[0]}`);
  }
}

// The script-tag bundle as built: the entry and, transitively, the chunks it imports statically (what the
// script tag loads at once, which the budget is for); the elements it loads on first use are in "lazy".
const bundlePath = 'dist/blueprint-widgets.js';
if (existsSync(join(root, bundlePath))) {
  const read = (file) => readFileSync(join(root, file));
  const { eager, lazy } = bundleGraph(root, bundlePath);
  // gzip per file: what the network carries.
  const gzipOf = (file) => gzipSync(read(file), { level: 9 }).length;
  rows.push({
    entry: `${bundlePath} (+ ${eager.size - 1} chunk${eager.size === 2 ? '' : 's'} it imports)`,
    budgetKey: bundlePath,
    bytes: Buffer.concat([...eager].map(read)),
    gzip: [...eager].reduce((sum, f) => sum + gzipOf(f), 0),
    lazyGzip: [...lazy].reduce((sum, f) => sum + gzipOf(f), 0),
  });
  for (const f of [...lazy].sort())
    rows.push({ entry: `  ${f} (on first use)`, budgetKey: null, bytes: read(f), gzip: gzipOf(f) });
  // Issue 18: d3-shape (with d3-path, whose error messages survive minifying) rides only in a file loaded on
  // first use (<blueprint-trend>'s), never in what the script tag loads at once (the core with the bars).
  const D3_PATH = /invalid digits|negative radius/;
  for (const f of eager)
    if (D3_PATH.test(read(f).toString('utf8')))
      problems.push(`${f} carries d3-shape (d3-path), which only <blueprint-trend>'s lazy file may`);
  // Issue 14: the FrameworkModel class rides in the validator's file, its only maker (src/framework/is-model.ts).
  for (const f of eager)
    if (/considerationsForCapacity\([\w$]+,[\w$]+\)\{/.test(read(f).toString('utf8')))
      problems.push(`${f} carries the FrameworkModel class, which only the validator's file needs`);
  // Issue 14's "every widget together": a page with the seven widgets of version 1 (provider, bars, rubric,
  // considerations, card, library, report) through the script tag, in English, nothing failing: what the
  // script tag loads at once, each element's file, the validator and the rubric's templates (fetched at
  // first render), and what they import statically. This is the figure the issue measured (the script tag's
  // total when these seven were all it had); demo/index.html fetches exactly these files.
  const VERSION_1 = [
    'capacity-rubric',
    'capacity-rubric.templates',
    'equity-considerations',
    'resource-card',
    'resource-library',
    'blueprint-report',
    // The validator (src/context/validation.ts: parse.ts, the model, valibot and the schemas).
    'validation',
  ];
  // Files are named <name>-<8-character hash>.js (scripts/vite/bundle.config.ts).
  const nameOf = (f) => f.split('/').pop().slice(0, -'-12345678.js'.length);
  const version1 = new Set(eager);
  for (const f of bundleGraph(
    root,
    [...lazy].filter((f) => VERSION_1.includes(nameOf(f))),
  ).eager)
    version1.add(f);
  const missing = VERSION_1.filter((n) => ![...version1].some((f) => nameOf(f) === n));
  if (missing.length) problems.push(`the version-1 page found no file for ${missing.join(', ')}`);
  rows.push({
    entry: 'version 1: a page with its seven widgets (at once + what they load)',
    budgetKey: 'version 1: a page with its seven widgets',
    bytes: Buffer.concat([...version1].map(read)),
    gzip: [...version1].reduce((sum, f) => sum + gzipOf(f), 0),
  });
  // What a page showing every widget fetches in all (no budget of its own: the parts above have theirs).
  const all = [...eager, ...lazy];
  rows.push({
    entry: 'total: a page with every widget (at once + on first use)',
    budgetKey: null,
    bytes: Buffer.concat(all.map(read)),
    gzip: all.reduce((sum, f) => sum + gzipOf(f), 0),
  });
} else problems.push(`${bundlePath} is missing: run \`npm run build\` first`);

const table = [['entry', 'minified bytes', 'gzip bytes', 'lazy (gzip)', 'budget (gzip)', '']];
let over = 0;
for (const { entry, budgetKey, bytes, lazyGzip, gzip = gzipSync(bytes, { level: 9 }).length } of rows) {
  const budget = budgetKey === null ? undefined : budgetFor(budgetKey ?? entry);
  const limit = budget?.gzip ? parseSize(budget.gzip) : undefined;
  const min = budget?.min ? parseSize(budget.min) : undefined;
  const fail = (limit !== undefined && gzip > limit) || (min !== undefined && bytes.length > min);
  if (fail) over++;
  table.push([
    entry,
    bytes.length.toLocaleString('en-US'),
    gzip.toLocaleString('en-US'),
    lazyGzip ? `+${lazyGzip.toLocaleString('en-US')}` : '',
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
const budgeted = rows.filter((r) => r.budgetKey !== null && budgetFor(r.budgetKey ?? r.entry)).length;
console.log(
  `size: ${budgeted - over} within budget, ${over} over (${rows.length - budgeted} rows for information)`,
);
process.exitCode = over || problems.length ? 1 : 0;
