#!/usr/bin/env node
// `npm run bench:peers`: the peer harness (../shared/bench-peers, or BENCH_PEERS) with this project's built
// <blueprint-bars> and <capacity-rubric> as its two project columns, through this project's adapters
// (bench/peers/, whose untimed checks follow the elements' markup; the harness's own copies of them do not).
// The harness needs a writable node_modules, so it runs from a copy in .cache/bench-peers (made, and its
// packages installed from the npm registry, on first use or when the harness changed). Build first
// (`npm run build`), or point --dist at another build's dist/ to measure it (a before/after pair is two runs
// back to back on a quiet machine: the harness's timings are wall clock).
//
//   npm run bench:peers [-- --dist <dir>] [-- <flags of the harness's run.mjs>]
// The harness's flags pass through; by default `--k 7 --sizes 24,200,2000 --peers chartjs,plot,surveyjs`
// (the libraries issue 14 compares with; `--peers all` runs every library, about three times longer).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.env.BENCH_PEERS ?? join(root, '../shared/bench-peers'));
const copy = join(root, '.cache/bench-peers');

const args = process.argv.slice(2);
let dist = join(root, 'dist');
const at = args.indexOf('--dist');
if (at >= 0) {
  dist = resolve(args[at + 1] ?? '');
  args.splice(at, 2);
}
const fail = (message) => {
  console.error(`bench:peers: ${message}`);
  process.exit(2);
};
if (!existsSync(join(source, 'run.mjs')))
  fail(`no peer harness at ${source} (set BENCH_PEERS to its folder)`);
const bars = join(dist, 'components/blueprint-bars/define.js');
const rubric = join(dist, 'components/capacity-rubric/define.js');
for (const file of [bars, rubric]) if (!existsSync(file)) fail(`${file} is missing: run npm run build first`);

// A fresh copy when the harness changed (its lockfile and runner are what matter), keeping the installed packages.
const stamp = join(copy, '.harness-stamp');
const want = createHash('sha256')
  .update(
    ['package.json', 'package-lock.json', 'run.mjs', 'peers.mjs']
      .map((f) => readFileSync(join(source, f)))
      .join('\0'),
  )
  .digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
  cpSync(source, copy, { recursive: true, filter: (f) => !f.includes('node_modules') });
  console.error('bench:peers: installing the harness packages (npm registry) in .cache/bench-peers');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: copy, stdio: 'inherit' });
  if (install.status !== 0) fail('npm install in .cache/bench-peers failed');
  writeFileSync(stamp, want);
}

const has = (flag) => args.includes(flag);
const defaults = [
  ...(has('--k') ? [] : ['--k', '7']),
  ...(has('--sizes') ? [] : ['--sizes', '24,200,2000']),
  ...(has('--peers') ? [] : ['--peers', 'chartjs,plot,surveyjs']),
];
const peersAt = args.indexOf('--peers');
if (peersAt >= 0 && args[peersAt + 1] === 'all') args.splice(peersAt, 2);
const run = spawnSync(
  process.execPath,
  [
    'run.mjs',
    ...defaults,
    ...args,
    '--project-bundle',
    bars,
    '--project-adapter',
    join(root, 'bench/peers/project-bars.js'),
    '--project-rubric-bundle',
    rubric,
    '--project-rubric-adapter',
    join(root, 'bench/peers/project-rubric.js'),
  ],
  { cwd: copy, stdio: 'inherit' },
);
if (run.status === 0)
  console.error(`bench:peers: measured ${dist}; the report is in .cache/bench-peers/results/latest.md`);
process.exit(run.status ?? 1);
