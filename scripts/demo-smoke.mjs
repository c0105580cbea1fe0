#!/usr/bin/env node
// `npm run test:demo`: the demo pages as a visitor gets them, after `npm run build`. Builds them
// (`vite build --mode demo`: the partner pages load the built script-tag bundle, the npm page is bundled by
// Vite from the package's entry points), serves dist-demo/ over HTTP (demo/csp.html with its strict policy
// header, as `npm start` serves it) and opens each page in headless Chromium, wide and at 320 px.
// Checks, per page: no console errors or warnings and no uncaught exception; every widget on it upgraded
// and rendered its framework (no error box, no loading line left); the partner page's hostile stylesheet
// did not reach the widgets (the bars' grid holds, their buttons keep their own look); one journey: choosing a
// level in the rubric makes the bars move and the report follow; and the npm page's theme switch. At 320 px,
// no page scrolls sideways (document scrollWidth ≤ 320: a wide table scrolls in its own box). Prints the
// time to every widget rendered.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { checklist, serveDirectory, STRICT_CSP } from './smoke-kit.mjs';
import { overflowingParts } from '../test/support/visible-overflow.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-demo');
const CSP = STRICT_CSP;
const WIDGETS = [
  'capacity-rubric',
  'blueprint-bars',
  'equity-considerations',
  'resource-library',
  'blueprint-report',
  // Network view (issue 19)
  'blueprint-network',
  // The pages the README's pictures of the trend and the team session come from.
  'blueprint-trend',
  'team-session',
];

await build({ root, mode: 'demo', logLevel: 'warn', configFile: join(root, 'vite.config.ts') });

const { server, origin } = await serveDirectory(out, {
  headers: (path) => (path.endsWith('/demo/csp.html') ? { 'content-security-policy': CSP } : {}),
});
const base = `${origin}/demo/`;

const { failures, check } = checklist();

/** Waits until every widget on the page has rendered; returns what each shows. */
async function rendered(tab) {
  await tab
    .waitForFunction(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].every((el) => {
          const shadow = el.shadowRoot;
          return shadow && !shadow.querySelector('.status') && (shadow.textContent ?? '').trim().length > 40;
        }),
      WIDGETS,
      { timeout: 15000 },
    )
    .catch(() => {});
  // From the start of navigation (the page's own clock): fetching the page, the script, the core, the
  // framework and any element loaded on first use, and rendering.
  const ms = Math.round(await tab.evaluate(() => performance.now()));
  const widgets = await tab.evaluate(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].map((el) => ({
        tag: el.localName,
        defined: Boolean(customElements.get(el.localName)),
        text: (el.shadowRoot?.textContent ?? '').trim().length,
        loading: Boolean(el.shadowRoot?.querySelector('.status')),
        error: el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim().slice(0, 200) ?? '',
        // Wider than the page (a person on a phone would have to scroll sideways); inside it, below.
        overflow: el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
      })),
    WIDGETS,
  );
  // Anything inside a widget that shows past its edge (test/support/visible-overflow.mjs, run in the page).
  const handles = await tab.$$(WIDGETS.join(','));
  for (const [i, handle] of handles.entries()) {
    const parts = await handle.evaluate(overflowingParts);
    if (parts.length) widgets[i] = { ...widgets[i], overflow: true, parts };
  }
  return { ms, widgets };
}

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const pages = [
    { file: 'index.html', label: 'partner page (script tag, hostile site CSS)', widgets: 5 },
    { file: 'bele.html', label: 'BELE sample, in Spanish (script tag)', widgets: 5 },
    { file: 'csp.html', label: `strict CSP page (${CSP})`, widgets: 5 },
    { file: 'app.html', label: 'npm page (Vite + TypeScript)', widgets: 3 },
    // Network view (issue 19)
    { file: 'network.html', label: 'partner network view (script tag, sample cohort)', widgets: 1 },
    { file: 'trend.html', label: 'progress over time (npm, five charts)', widgets: 5 },
    { file: 'team-session.html', label: 'team session (npm, revealed)', widgets: 1 },
  ];
  for (const { file, label, widgets: expected } of pages) {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      const problems = [];
      tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      await tab.goto(base + file, { waitUntil: 'load' });
      const { ms, widgets } = await rendered(tab);
      const bad = widgets.filter((w) => !w.defined || w.loading || w.error || w.text <= 40 || w.overflow);
      check(
        `${label} at ${width} px: ${widgets.length} widgets rendered ${ms} ms after navigation, none wider than the page, no console errors`,
        widgets.length === expected && bad.length === 0 && problems.length === 0,
        JSON.stringify({ bad, count: widgets.length, problems }),
      );
      if (width === 320) {
        // A phone never scrolls the page sideways: a wide table scrolls inside its own box, a long title wraps.
        const wide = await tab.evaluate(() => document.documentElement.scrollWidth);
        check(
          `${label} at 320 px: the page does not scroll sideways (document ${wide} px wide)`,
          wide <= 320,
          `document.documentElement.scrollWidth is ${wide}`,
        );
      }
      if (file === 'index.html' && width === 1280) await journey(tab);
      if (file === 'app.html' && width === 1280) await themeSwitch(tab);
      await context.close();
    }
  }

  // axe on every page, in the light and the dark scheme (the widgets follow the reader's system; a partner's
  // brand tokens must hold up in both). The policy was checked above; this context bypasses it to inject axe.
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const { file, label } of pages)
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme,
        bypassCSP: true,
      });
      const tab = await context.newPage();
      await tab.goto(base + file, { waitUntil: 'load' });
      await rendered(tab);
      await tab.addScriptTag({ content: axeSource });
      const violations = await tab.evaluate(async () => {
        const result = await globalThis.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
      });
      check(
        `${label}: axe finds nothing in the ${colorScheme} scheme`,
        violations.length === 0,
        violations.join('\n'),
      );
      await context.close();
    }
} finally {
  await browser.close();
  server.close();
}

/** On the partner page: the site's CSS stays out, and an answer in the rubric moves the bars and the report. */
async function journey(tab) {
  const looks = await tab.evaluate(() => {
    const bars = document.querySelector('blueprint-bars').shadowRoot;
    const chart = bars.querySelector('[part~="chart"] .plot');
    // The plot is one grid when the bars stand (vertical); lying down (horizontal), each row is a grid of its own.
    const vertical = bars.querySelector('[part~="chart"]')?.classList.contains('vertical');
    const row = bars.querySelector('[part~="chart"] .bar');
    const button = document.querySelector('blueprint-report').shadowRoot.querySelector('button');
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    const theirs = getComputedStyle(pageButton).borderRadius;
    pageButton.remove();
    return {
      chart: chart ? getComputedStyle(chart).display : 'missing',
      want: vertical ? 'grid' : 'block',
      row: row ? getComputedStyle(row).display : 'missing',
      button: getComputedStyle(button).borderRadius,
      theirs,
    };
  });
  check(
    "the partner's CSS stays out: the bars' grid holds, the widgets' buttons keep their own shape",
    looks.chart === looks.want && looks.row === 'grid' && looks.button !== looks.theirs,
    JSON.stringify(looks),
  );
  const before = await tab.evaluate(() => ({
    drawn: document.querySelector('blueprint-bars').shadowRoot.querySelectorAll('.mark.rated').length,
    answered: document.querySelector('blueprint-report').shadowRoot.textContent.match(/(\d+) of 17/)?.[1],
  }));
  // A person chooses "Developing" for the first capacity (a real click on the radio's label).
  const radio = tab
    .locator('capacity-rubric')
    .getByRole('radio', { name: /Developing/ })
    .first();
  await radio.click();
  // Until the bars and the report have followed (at most 5 s; the check below says what was seen).
  await tab
    .waitForFunction(
      (n) =>
        document.querySelector('blueprint-bars').shadowRoot.querySelectorAll('.mark.rated').length > n &&
        /\d+ of 17/.test(document.querySelector('blueprint-report').shadowRoot.textContent),
      before.drawn,
      { timeout: 5000 },
    )
    .catch(() => {});
  const after = await tab.evaluate(() => ({
    drawn: document.querySelector('blueprint-bars').shadowRoot.querySelectorAll('.mark.rated').length,
    answered: document.querySelector('blueprint-report').shadowRoot.textContent.match(/(\d+) of 17/)?.[1],
  }));
  check(
    'choosing a level in the rubric draws a bar and the report counts the answer',
    after.drawn === before.drawn + 1 && Number(after.answered) === Number(before.answered ?? 0) + 1,
    JSON.stringify({ before, after }),
  );
}

/** On the npm page: the app's theme switch sets the provider's `theme`, and every widget inside turns dark. */
async function themeSwitch(tab) {
  const colors = () =>
    tab.evaluate(() =>
      ['blueprint-bars', 'capacity-rubric', 'resource-library'].map((t) => {
        const [r, g, b] = getComputedStyle(document.querySelector(t)).color.match(/\d+/g).map(Number);
        return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b); // text lightness, 0-255
      }),
    );
  const light = await colors();
  await tab.selectOption('#theme', 'dark');
  await tab
    .waitForFunction(
      () => getComputedStyle(document.querySelector('resource-library')).color !== 'rgb(29, 35, 43)',
      null,
      {
        timeout: 5000,
      },
    )
    .catch(() => {});
  const dark = await colors();
  check(
    'the npm page\'s theme switch (provider.theme = "dark") turns every widget inside dark: light text',
    light.every((l) => l < 80) && dark.every((l) => l > 180),
    JSON.stringify({ light, dark }),
  );
}

if (failures.length) {
  console.error(`\ntest:demo: ${failures.length} failed\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log('test:demo: every demo page loads clean, every widget rendered');
