#!/usr/bin/env node
// `npm run bench`: the project's benchmarks, in one run, in headless Chromium (Debian's; nothing downloads).
//   1. the resource library filtering 5,000 resources (scripts/bench-library.mjs, unchanged: milliseconds)
//   2. the elements beside hand-written Lit references, built from the sources with esbuild, interleaved in
//      k rounds (a fresh browser context per page load; reference and element alternate, the order flipped
//      every round), reported as medians [min–max] and ratios of medians
//   3. a summary: per figure its ratio, the goal from issue 14, and the regression threshold from
//      bench/thresholds.json (ratios only), PASS/FAIL; the exit code is 1 when a threshold fails or a page
//      breaks (a goal not yet met is not a failure)
// Results also go to .cache/bench/latest.json (ignored by git). `npm run bench -- --help` lists the flags.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { PAGES, buildPages } from './bench/build.mjs';
import { startServer } from './bench/server.mjs';
import { clickPage, dancePage, harnessPage } from './bench/pages.mjs';
import { figureTables, summarize, summaryTable } from './bench/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `Usage: npm run bench [-- flags]

Runs the resource library benchmark, then <blueprint-bars>, <capacity-rubric>, a rating change inside a
<blueprint-provider> and the bars' dance beside hand-written Lit references (bench/ref/), and prints a summary
of ratios against bench/thresholds.json. Exit code 1 when a threshold fails or a page breaks.

  --k <n>                 rounds; each round loads every page once, reference and element alternating (5)
  --sizes <list>          bar chart sizes N (24,200,2000)
  --rubric-sizes <list>   rubric sizes N (24,200)
  --updates <n>           updates per page: the first reported apart, the median of the rest is "steady" (5)
  --click-n <n>           capacities in the provider page (200)
  --clicks <n>            rubric clicks per provider page (5)
  --dance-n <n>           bars in the dance (200); its figures are ratios to the reference's update at
                          that N, so keep it one of --sizes
  --scroll <px>           the rubric pages then scroll from top to end, this many px a frame (200, a brisk
                          flick; a slower scroll draws more frames); 0: no scroll
  --page-timeout-s <s>    limit per page load (60)
  --parts <list>          which element pages to run: bars,rubric,click,dance (all); a shorter run while
                          working on one element (the summary marks the figures not measured)
  --no-library            skip the resource library benchmark
  --only-library          run only the resource library benchmark
  --thresholds <file>     thresholds file (bench/thresholds.json)
  --json <file>           where to write the results (.cache/bench/latest.json)
  --write-thresholds      set the thresholds from this run's ratios with the margins the thresholds file
                          describes (keeps the goals); for after a deliberate change
  --also <files>          with --write-thresholds: earlier results files (--json) whose ratios count too
                          (the highest ratio of all the runs gets the margin)
  --help                  this text

Environment: CHROME_PATH (else /usr/bin/chromium); BENCH_RESOURCES (the library's resources, 5000).`;

const { values: opt } = parseArgs({
  options: {
    k: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '24,200,2000' },
    'rubric-sizes': { type: 'string', default: '24,200' },
    updates: { type: 'string', default: '5' },
    'click-n': { type: 'string', default: '200' },
    clicks: { type: 'string', default: '5' },
    'dance-n': { type: 'string', default: '200' },
    scroll: { type: 'string', default: '200' },
    'page-timeout-s': { type: 'string', default: '60' },
    parts: { type: 'string', default: 'bars,rubric,click,dance' },
    'no-library': { type: 'boolean', default: false },
    'only-library': { type: 'boolean', default: false },
    thresholds: { type: 'string', default: join(root, 'bench/thresholds.json') },
    json: { type: 'string', default: join(root, '.cache/bench/latest.json') },
    'write-thresholds': { type: 'boolean', default: false },
    also: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(HELP);
  process.exit(0);
}
const list = (s) => s.split(',').filter(Boolean).map(Number);
const config = {
  k: Number(opt.k),
  barSizes: list(opt.sizes),
  rubricSizes: list(opt['rubric-sizes']),
  updates: Math.max(2, Number(opt.updates)),
  clickN: Number(opt['click-n']),
  clicks: Number(opt.clicks),
  danceN: Number(opt['dance-n']),
  scroll: Math.max(0, Number(opt.scroll) || 0),
  pageTimeoutMs: Number(opt['page-timeout-s']) * 1000,
};
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
let exitCode = 0;

// 1. The resource library, as `npm run bench` always measured it.
if (!opt['no-library']) {
  const lib = spawnSync(process.execPath, [join(root, 'scripts/bench-library.mjs')], { stdio: 'inherit' });
  if (lib.status !== 0) exitCode = 1;
  if (opt['only-library']) process.exit(exitCode);
  console.log('');
}

// 2. The elements beside their references.
const started = Date.now();
const bundles = await buildPages(root);
log(`built ${Object.keys(bundles).length} pages from the sources in ${Date.now() - started} ms`);
const { server, origin } = await startServer(PAGES, bundles);
const browser = await chromium.launch({
  executablePath,
  // Pages load in the background of a headless browser: keep timers and frames running at full rate.
  args: [
    ...chromiumArgs,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});
const version = browser.version();

// The cells of a round: [reference, element] pairs, and the dance.
const parts = new Set(opt.parts.split(','));
const cells = [
  ...(parts.has('bars') ? config.barSizes.map((n) => ({ pair: ['ref-bars', 'bars'], n })) : []),
  ...(parts.has('rubric') ? config.rubricSizes.map((n) => ({ pair: ['ref-rubric', 'rubric'], n })) : []),
  ...(parts.has('click') ? [{ pair: ['ref-click', 'click'], n: config.clickN }] : []),
  ...(parts.has('dance') ? [{ pair: ['dance'], n: config.danceN }] : []),
];
const load = (page, n, round) => {
  const { runner, scroll } = PAGES[page];
  if (runner === 'click') return clickPage(browser, origin, page, n, config.clicks, config.pageTimeoutMs);
  if (runner === 'dance') return dancePage(browser, origin, n, round + 1, config.pageTimeoutMs);
  return harnessPage(
    browser,
    origin,
    page,
    n,
    config.updates,
    config.pageTimeoutMs,
    scroll ? config.scroll : 0,
  );
};
const runs = [];
const problems = [];
try {
  // One unrecorded load of every page first (the browser's and the machine's first-use costs).
  for (const c of cells) for (const page of c.pair) await load(page, Math.min(c.n, 24), 0).catch(() => {});
  for (let round = 0; round < config.k; round++) {
    for (const c of cells) {
      const order = round % 2 ? [...c.pair].reverse() : c.pair;
      for (const page of order) {
        try {
          const t = Date.now();
          const r = await load(page, c.n, round);
          runs.push({ page, n: c.n, round, wallMs: Date.now() - t, ...r });
          for (const p of r.problems) problems.push(`${page} N=${c.n} round ${round + 1}: ${p}`);
        } catch (e) {
          const message = String(e.message).split('\n')[0];
          runs.push({ page, n: c.n, round, error: message });
          problems.push(`${page} N=${c.n} round ${round + 1}: ${message}`);
        }
      }
    }
    log(`round ${round + 1}/${config.k} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  await browser.close();
  server.close();
}

// 3. Figures, summary, results.
const S = summarize(runs);
const thresholds = JSON.parse(await readFile(opt.thresholds, 'utf8'));
console.log(
  `Elements beside hand-written Lit references: headless Chromium ${version}, ${os.cpus().length} cores, ` +
    `k=${config.k} rounds, ${config.updates} updates per page (the first apart), medians [min–max] in ms, ` +
    `ratio = element median ÷ reference median; work = wall clock as the peer harness measures it, CPU = the ` +
    `main thread's CPU time (CDP thread ticks), which the summary uses.`,
);
for (const line of figureTables(S, config)) console.log(line);
const { lines, failures, rows } = summaryTable(S, config, thresholds);
console.log('');
console.log(
  `Summary: ratios to the reference measured in this run (thresholds: ${relative(root, opt.thresholds)})`,
);
for (const line of lines) console.log(line);
if (problems.length) {
  console.log('');
  console.log('Problems (a page broke or drew the wrong thing):');
  for (const p of [...new Set(problems)]) console.log(`  ${p}`);
  exitCode = 1;
}
if (failures) exitCode = 1;
const goalsOpen = rows.filter((r) => r.goalMet === false).length;
console.log('');
console.log(
  `${failures ? `FAIL: ${failures} threshold(s) exceeded` : 'PASS: every threshold holds'}; ` +
    `${goalsOpen} goal(s) of issue 14 not met yet; ${problems.length} problem(s); ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s.`,
);

const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    browser: `Chromium ${version} (headless)`,
    cpus: os.cpus().length,
    loadavg: os.loadavg(),
    wallSeconds: Math.round((Date.now() - started) / 1000),
  },
  config,
  summary: rows,
  figures: S,
  problems,
  runs,
};
await mkdir(dirname(opt.json), { recursive: true });
await writeFile(opt.json, JSON.stringify(results, null, 1));
log(`results in ${relative(root, opt.json)}`);

if (opt['write-thresholds']) {
  // Margins over the highest ratio of this run and the --also runs, for a shared 2-core machine (see
  // "margins" in the thresholds file).
  const margin = (id) => {
    const m = thresholds.margins;
    if (id.includes('.dom.') || id.includes('.height.')) return m.counts;
    if (id.includes('longtask') || id.startsWith('dance.')) return m.longTasksAndDance;
    return Number(id.split('.').pop()) < 100 ? m.timingSmallN : m.timing;
  };
  const earlier = [];
  for (const file of (opt.also ?? '').split(',').filter(Boolean))
    earlier.push(...JSON.parse(await readFile(file, 'utf8')).summary);
  for (const r of rows) {
    const same = [r, ...earlier.filter((e) => e.id === r.id)].filter((e) => Number.isFinite(e.ratio));
    if (!same.length) continue;
    const ratio = Math.max(...same.map((e) => e.ratio));
    const ref = Math.min(...same.map((e) => e.ref));
    const t = (thresholds.figures[r.id] ??= {});
    // Floors, in units of the reference's update: a long task shorter than 50 ms is not reported at all, so a
    // long-task figure measured at 0 still gets room for one task of 60 ms (a 50 ms task stretched by a busy
    // machine); the dance's script per frame (a tenth of a millisecond today) gets room for 1 ms, half its goal.
    const floorMs = r.id.includes('longtask') ? 60 : r.id.startsWith('dance.script') ? 1 : 0;
    const floor = ref > 0 ? floorMs / ref : 0;
    t.measured = +ratio.toFixed(3);
    t.max = Math.ceil(Math.max(ratio * margin(r.id), floor) * 10) / 10;
  }
  thresholds.setFrom = `${1 + (opt.also ?? '').split(',').filter(Boolean).length} run(s) of k=${config.k}, ${results.meta.date.slice(0, 10)}, ${results.meta.browser}, ${results.meta.cpus} cores`;
  await writeFile(opt.thresholds, `${JSON.stringify(thresholds, null, 2)}\n`);
  log(`wrote ${relative(root, opt.thresholds)}`);
}
process.exitCode = exitCode;
