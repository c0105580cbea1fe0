#!/usr/bin/env node
// Prints how tall <capacity-rubric> is beside the hand-written Lit rubric table (bench/ref/lit-rubric.js) at
// 1000 px, for the same document: the pages of `npm run bench`, one load each, no updates. Issue 14 wants the
// rubric of 24 capacities no more than 3x the table's height. `node scripts/rubric-height.mjs [n ...]` (24).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { PAGES, buildPages } from './bench/build.mjs';
import { harnessPage } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const ids = ['ref-rubric', 'rubric'];
const bundles = await buildPages(root, ids);
const { server, origin } = await startServer(PAGES, bundles);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  for (const n of sizes.length ? sizes : [24]) {
    const heights = {};
    for (const id of ids) {
      const r = await harnessPage(browser, origin, id, n, 2, 60_000);
      if (r.problems.length) console.error(`${id} N=${n}: ${r.problems.join('; ')}`);
      heights[id] = Math.round(r.height);
    }
    const ratio = heights.rubric / heights['ref-rubric'];
    console.log(
      `N=${n} at 1000 px: <capacity-rubric> ${heights.rubric} px, Lit rubric table ${heights['ref-rubric']} px, ${ratio.toFixed(2)}x`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
