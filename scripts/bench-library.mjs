#!/usr/bin/env node
// `npm run bench`: how fast <resource-library> filters a library of 5,000 resources, in headless Chromium.
// Bundles the real element (production Lit, minified, as a partner's page gets it), builds a framework from
// the sample with its 48 resources multiplied to 5,000 (varied titles, facets and tags), then types a search
// one key at a time and toggles facet filters, and prints milliseconds per change:
//   filter  = the model's one-pass filter + counts over 5,000 resources (resourceIndex().search)
//   render  = from the input event to the element and every visible card updated and a frame painted
// It prints figures; it is not a timed test and fails only if the page breaks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { bundleForBench } from './bench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.env.BENCH_RESOURCES ?? 5000);

const code = await bundleForBench(root, 'scripts/bench/library-entry.ts');

const sample = JSON.parse(readFileSync(join(root, 'src/data/improvement-teams.json'), 'utf8'));
const words = [
  'family',
  'data',
  'equity',
  'network',
  'student',
  'coaching',
  'routine',
  'voice',
  'plan',
  'survey',
];
const base = sample.resources;
sample.resources = Array.from({ length: COUNT }, (_, i) => {
  const r = base[i % base.length];
  return {
    ...r,
    id: `${r.id}-${i}`,
    title: `${typeof r.title === 'string' ? r.title : r.title.en} #${i} ${words[i % words.length]}`,
    tags: [...(r.tags ?? []), words[(i * 7) % words.length]],
  };
});
// Actions point at resource ids; keep them valid by pointing at the first copy of each.
for (const a of sample.actions ?? [])
  if (a.resourceIds) a.resourceIds = a.resourceIds.map((id) => `${id}-${base.findIndex((r) => r.id === id)}`);

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => globalThis.bench && customElements.get('resource-library'));

  const result = await page.evaluate(async (framework) => {
    const { parseFramework, resourceIndex } = globalThis.bench;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    const summary = (xs) => ({ median: median(xs), max: Math.max(...xs), n: xs.length });

    let t = performance.now();
    const parsed = parseFramework(framework);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const model = parsed.value;
    const parseMs = performance.now() - t;
    t = performance.now();
    const index = resourceIndex(model);
    const all = index.byTitle('en');
    const indexMs = performance.now() - t;

    const typed = 'family engagement';
    const filterMs = [];
    for (let i = 1; i <= typed.length; i++) {
      t = performance.now();
      index.search(all, { cost: ['free'] }, typed.slice(0, i));
      filterMs.push(performance.now() - t);
    }

    const el = document.createElement('resource-library');
    el.mode = 'all';
    el.framework = model;
    t = performance.now();
    document.querySelector('main').append(el);
    await el.updateComplete;
    await Promise.all([...el.shadowRoot.querySelectorAll('resource-card')].map((c) => c.updateComplete));
    await frame();
    const firstRenderMs = performance.now() - t;

    const input = el.shadowRoot.querySelector('#q');
    const settle = async () => {
      await el.updateComplete;
      await Promise.all([...el.shadowRoot.querySelectorAll('resource-card')].map((c) => c.updateComplete));
      await frame();
    };
    const keystrokeMs = [];
    const counts = [];
    for (let i = 1; i <= typed.length; i++) {
      t = performance.now();
      input.value = typed.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      keystrokeMs.push(performance.now() - t);
      counts.push(el.shadowRoot.querySelectorAll('resource-card').length);
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const toggleMs = [];
    for (const [dimension, id] of [
      ['cost', 'free'],
      ['type', 'guide'],
      ['audience', 'family'],
      ['group', 'inclusive-culture'],
    ]) {
      const box = el.shadowRoot.querySelector(`[data-dimension="${dimension}"] input[value="${id}"]`);
      t = performance.now();
      box.click();
      await settle();
      toggleMs.push(performance.now() - t);
    }
    const total = el.shadowRoot.querySelector('[part~="count"]').textContent.trim();
    return {
      parseMs,
      indexMs,
      filter: summary(filterMs),
      firstRenderMs,
      keystroke: summary(keystrokeMs),
      toggle: summary(toggleMs),
      total,
      counts,
    };
  }, sample);

  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `resource-library benchmark: ${COUNT} resources, headless Chromium (${await browser.version()})`,
  );
  console.log(`  parse + validate the framework     ${ms(result.parseMs)}`);
  console.log(`  build the filter index (once)      ${ms(result.indexMs)}`);
  console.log(
    `  filter + counts, per keystroke     median ${ms(result.filter.median)}, max ${ms(result.filter.max)} (${result.filter.n} keystrokes)`,
  );
  console.log(`  first render (12 cards)            ${ms(result.firstRenderMs)}`);
  console.log(
    `  keystroke → filtered and painted   median ${ms(result.keystroke.median)}, max ${ms(result.keystroke.max)} (${result.keystroke.n} keystrokes)`,
  );
  console.log(
    `  checkbox → filtered and painted    median ${ms(result.toggle.median)}, max ${ms(result.toggle.max)} (${result.toggle.n} filters)`,
  );
  console.log(`  after the last filter: "${result.total}"`);
  if (errors.length) {
    console.error(`page errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
