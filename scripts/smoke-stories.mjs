#!/usr/bin/env node
// Smoke-tests every story of a static Storybook build in Debian Chromium (playwright-core; never downloads a
// browser). A story fails on: an uncaught page error, a console error, Storybook's error display, an empty
// #storybook-root, or an axe violation inside #storybook-root (axe-core, reusing addon-a11y's copy).
// Each worker loads iframe.html once and switches stories through Storybook's channel (after a failing story
// it reloads), which costs ~0.3 s per story instead of ~1.3 s for a fresh page load.
//
//   node scripts/smoke-stories.mjs [storybook-static]      (npm run test:stories)
//
// Env: CHROME_PATH (default /usr/bin/chromium), SMOKE_CONCURRENCY (default 2), SMOKE_TIMEOUT (ms, 20000).
// Not failures: the favicon 404 and the browser's own "Failed to load resource" network lines (a story may
// show an error state on purpose, e.g. a missing src); they are printed as notes. A story can skip axe with
// `parameters: { a11y: { test: 'off' } }` (or `a11y: { disable: true }`), as in the Storybook UI.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { serveDirectory } from './smoke-kit.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || 2);
const timeout = Number(process.env.SMOKE_TIMEOUT) || 20000;

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`smoke-stories: ${dir}/index.json not found; run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const { server, origin: base } = await serveDirectory(dir);

const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries ?? index.stories ?? {}).filter((e) => e.type === 'story');

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: chromiumArgs,
});

/** Runs in the page: waits for every custom element under the root (and in shadow roots) to be upgraded and
 * for Lit's updateComplete, then two frames. */
async function settle() {
  const root = document.querySelector('#storybook-root');
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (let round = 0; round < 3; round++) {
    all.length = 0;
    if (root) walk(root);
    const names = [...new Set(all.map((el) => el.localName))];
    await Promise.race([
      Promise.all(names.map((n) => customElements.whenDefined(n))),
      new Promise((r) => setTimeout(r, 2000)),
    ]);
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** Runs in the page: axe on #storybook-root, reusing addon-a11y's window.axe (a second copy collides with
 * "Axe is already running"), retrying while the addon's own run is in progress. */
async function runAxe() {
  const preview = globalThis.__STORYBOOK_PREVIEW__;
  const a11y = preview?.currentRender?.story?.parameters?.a11y ?? {};
  if (a11y.disable === true || a11y.test === 'off') return { skipped: true, violations: [] };
  const axe = globalThis.axe;
  if (a11y.config) axe.configure(a11y.config);
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await axe.run(a11y.context ?? '#storybook-root', a11y.options ?? {});
      return {
        skipped: false,
        violations: result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`),
      };
    } catch (error) {
      if (!/already running/i.test(String(error)) || attempt > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Runs in the page: sets addon-a11y's `manual` global, the Storybook UI's switch that stops the addon running
 * axe by itself after each story renders (over the whole body, before the widgets have settled). This script
 * ignored that run's result and runs axe itself on the settled story (runAxe), so the addon's run was a second
 * axe pass per story whose result nobody read: the checks are the same without it. */
function manualA11y() {
  return new Promise((resolve, reject) => {
    const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
    const timer = setTimeout(() => reject(new Error('storybook: globals not updated in 10 s')), 10000);
    channel.once('globalsUpdated', ({ globals }) => {
      clearTimeout(timer);
      if (globals?.a11y?.manual === true) resolve();
      else reject(new Error(`storybook: the a11y global is ${JSON.stringify(globals?.a11y)}`));
    });
    channel.emit('updateGlobals', { globals: { a11y: { manual: true } } });
  });
}

/** One browser page per worker, loaded once; stories are switched through Storybook's channel
 * (setCurrentStory -> storyFinished, which comes after addon-a11y's own run), about 5x faster than loading
 * iframe.html per story. After a failing story the page is reloaded so a fault cannot leak into the next. */
async function openWorkerPage() {
  const page = await browser.newPage();
  const record = { problems: [], notes: [] };
  page.on('pageerror', (error) => record.problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const url = msg.location()?.url ?? '';
    if (/favicon/.test(text) || /favicon/.test(url)) return;
    if (/^Failed to load resource/.test(text)) {
      record.notes.push(`network: ${text} ${url}`.trim());
      return;
    }
    record.problems.push(`console.error: ${text.split('\n').slice(0, 2).join(' / ')}`);
  });
  await page.goto(`${base}/iframe.html`, { timeout });
  await page.waitForFunction(
    () => globalThis.__STORYBOOK_ADDONS_CHANNEL__ && globalThis.__STORYBOOK_PREVIEW__,
    null,
    {
      timeout,
    },
  );
  await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__.ready?.());
  await page.evaluate(manualA11y);
  record.notes.length = 0;
  record.problems.length = 0;
  return { page, record };
}

/** Runs in the page: renders one story and resolves when Storybook has finished with it. */
function renderStory([storyId, ms]) {
  return new Promise((resolve) => {
    const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
    const done = (outcome) => {
      channel.off('storyFinished', onFinished);
      channel.off('storyMissing', onMissing);
      clearTimeout(timer);
      resolve(outcome);
    };
    const onFinished = (p) => p?.storyId === storyId && done(p.status ?? 'finished');
    const onMissing = () => done('missing');
    const timer = setTimeout(() => done('timeout'), ms);
    channel.on('storyFinished', onFinished);
    channel.on('storyMissing', onMissing);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

async function check(worker, story) {
  const { page, record } = worker;
  record.problems.length = 0;
  record.notes.length = 0;
  const { problems, notes } = record;
  try {
    const outcome = await page.evaluate(renderStory, [story.id, timeout]);
    if (outcome === 'missing') problems.push('storybook: story missing');
    if (outcome === 'timeout') problems.push(`storybook: not finished after ${timeout} ms`);
    const state = await page.evaluate(() => document.body.className.match(/sb-show-(\w+)/)?.[1]);
    if (state === 'errordisplay') {
      const message = await page.evaluate(
        () => document.querySelector('#error-message')?.textContent?.trim() ?? '',
      );
      problems.push(`storybook error display${message ? `: ${message.split('\n')[0]}` : ''}`);
    } else if (state === 'nopreview') {
      problems.push('storybook shows "no preview"');
    } else {
      await page.evaluate(settle);
      const empty = await page.evaluate(() => {
        // #storybook-root > #root-inner > .bp-story-root (preview.ts decorator) > the story
        let node = document.querySelector('#storybook-root');
        while (
          node &&
          node.children.length === 1 &&
          node.children[0].matches('#root-inner, .bp-story-root')
        ) {
          node = node.children[0];
        }
        return !node || (node.children.length === 0 && !node.textContent?.trim());
      });
      if (empty) problems.push('empty #storybook-root');
      else {
        if (!(await page.evaluate(() => typeof globalThis.axe?.run === 'function'))) {
          await page.addScriptTag({ content: axeSource });
        }
        const axe = await page.evaluate(runAxe);
        if (axe.skipped) notes.push('axe skipped (parameters.a11y)');
        for (const v of axe.violations) problems.push(`axe: ${v}`);
      }
    }
  } catch (error) {
    problems.push(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return { story, problems: [...problems], notes: [...notes] };
}

const started = Date.now();
const results = [];
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(concurrency, stories.length) }, async () => {
    let worker = await openWorkerPage();
    while (next < stories.length) {
      const result = await check(worker, stories[next++]);
      results.push(result);
      if (result.problems.length && next < stories.length) {
        await worker.page.close();
        worker = await openWorkerPage();
      }
      const { story, problems, notes } = result;
      console.log(`${problems.length ? '✖' : '✔'} ${story.title} › ${story.name} (${story.id})`);
      for (const p of problems) console.log(`    ${p}`);
      for (const n of notes) console.log(`    note: ${n}`);
    }
    await worker.page.close();
  }),
);
await browser.close();
server.close();

const failed = results.filter((r) => r.problems.length).length;
if (!stories.length) console.log('smoke-stories: the build contains no stories');
console.log(`(${((Date.now() - started) / 1000).toFixed(1)}s)`);
console.log(`stories: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
