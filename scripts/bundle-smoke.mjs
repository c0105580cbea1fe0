#!/usr/bin/env node
// `npm run test:bundle`: dist/blueprint-widgets.js as a partner page uses it, after `npm run build`. A plain
// HTML page (no build step, no import map) loads the file with <script type="module"> twice, as two partner
// embeds would (the second copy as `?ver=2`, as WordPress writes it, so the browser runs the entry again), and
// uses every element with the bundled sample framework. Checks: it fetches only its own files; the provider,
// bars and rubric are there at once and the other elements load when the page uses them, including one added
// later; the widgets render the framework; the second copy shares the first one's code (one core file, no
// duplicate definitions) and throws nothing; all of it works under a strict Content-Security-Policy (no inline
// scripts or styles); an element whose file cannot be fetched says so inside it and fires bp-error; and before
// any script runs, dist/blueprint-widgets.css reserves space and never hides a widget's fallback content.
// First, that the templates' minifier (scripts/minify-templates.mjs) keeps the spaces people read.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { minifyTemplates } from './minify-templates.mjs';
import { checklist, serveDirectory, STRICT_CSP } from './smoke-kit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EAGER = ['blueprint-provider', 'blueprint-bars'];
// blueprint-trend: issue 18 (progress over time), the only file with d3-shape.
const LAZY = [
  'capacity-rubric', // issue 14: fetched when a page shows one
  'equity-considerations',
  'resource-card',
  'resource-library',
  'blueprint-report',
  'blueprint-trend',
];
const TAGS = [...EAGER, ...LAZY];
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bundle smoke</title>
<link rel="icon" href="data:,">
<script type="module" src="/dist/blueprint-widgets.js"></script>
<script type="module" src="/dist/blueprint-widgets.js?ver=2"></script></head>
<body><blueprint-provider src="/dist/data/improvement-teams.json" persist="off">
<blueprint-bars></blueprint-bars><capacity-rubric group="inclusive-culture"></capacity-rubric>
<resource-library page-size="3"></resource-library><blueprint-report></blueprint-report><blueprint-trend></blueprint-trend>
</blueprint-provider></body></html>`;
// The same page where the considerations' file cannot be fetched (a dropped request, a partial copy).
// Its script comes from /broken/dist/, which answers 404 for that one file.
const brokenPage = page
  .replaceAll('src="/dist/blueprint-widgets.js', 'src="/broken/dist/blueprint-widgets.js')
  .replace('<resource-library', '<equity-considerations></equity-considerations><resource-library');
// No script at all, only the stylesheet: what a visitor sees before the script runs (or if it never does).
const noScriptPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pending</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/dist/blueprint-widgets.css"></head>
<body><blueprint-bars><p>Your team's profile appears here.</p></blueprint-bars></body></html>`;
// Issue 14: a Spanish page (the core carries only English; the Spanish comes in a file of its own, and the
// widgets wait for it), and a page whose error words cannot be fetched (a short box must still say it).
const spanishPage = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>es</title>
<link rel="icon" href="data:,"><script type="module" src="/dist/blueprint-widgets.js"></script></head>
<body><blueprint-provider src="/dist/data/improvement-teams.json" persist="off"><blueprint-bars></blueprint-bars>
<capacity-rubric group="inclusive-culture"></capacity-rubric></blueprint-provider></body></html>`;
const noWordsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>no words</title>
<link rel="icon" href="data:,"><script type="module" src="/nowords/dist/blueprint-widgets.js"></script></head>
<body><blueprint-bars src="/dist/data/no-such-framework.json"></blueprint-bars></body></html>`;
const CSP = STRICT_CSP;
const pages = {
  '/': page,
  '/broken': brokenPage,
  '/no-script': noScriptPage,
  '/es': spanishPage,
  '/nowords': noWordsPage,
};
const { server, origin } = await serveDirectory(join(root, 'dist'), {
  // The pages are served with the strict policy; the files come from dist/ only.
  route: (path, res) => {
    if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP }).end(pages[path]);
      return true;
    }
    if (
      /^\/broken\/dist\/.*\/equity-considerations-[^/]*\.js$/.test(path) ||
      /^\/nowords\/dist\/.*\/failure-lazy-[^/]*\.js$/.test(path)
    ) {
      res.writeHead(404).end();
      return true;
    }
    return false;
  },
  rewrite: (path) => {
    const p = /^\/(broken|nowords)\/dist\//.test(path) ? path.slice(path.indexOf('/dist/')) : path;
    return p.startsWith('/dist/') ? p.slice('/dist'.length) : null;
  },
});
const url = `${origin}/`;

const { failures, check } = checklist();
// The build minifies templates: words at the edges of nested templates must keep their spaces.
const sample = 'const a = html`<p>\n    ${x}\n    ${y ? html`   <span>${t.more}</span>` : nothing}\n  </p>`;';
const minified = (await minifyTemplates(sample, 'sample.ts'))?.code ?? '';
check('minified templates keep the space before nested text', minified.includes('html` <span>'), minified);

// The files themselves: Lit lives in the core only (the lazily loaded elements share it), and no bundler
// helper that would fire events on the host page (Vite's `vite:preloadError`) is in any of them.
{
  const dir = join(root, 'dist', 'blueprint-widgets');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  const withLit = [];
  const withHelper = [];
  for (const f of files) {
    const code = await readFile(join(dir, f), 'utf8');
    if (code.includes('litHtmlVersions')) withLit.push(f);
    if (code.includes('vite:preloadError')) withHelper.push(f);
  }
  const entry = await readFile(join(root, 'dist', 'blueprint-widgets.js'), 'utf8');
  check(
    'Lit is in the core file only, and no file carries a bundler preload helper',
    withLit.length === 1 &&
      /^core-/.test(withLit[0]) &&
      !withHelper.length &&
      !entry.includes('vite:preloadError'),
    JSON.stringify({ withLit, withHelper }),
  );
}

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const tab = await browser.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await tab.goto(url, { waitUntil: 'networkidle' });
  await tab.waitForFunction(
    () => document.querySelector('capacity-rubric')?.shadowRoot?.querySelector('[part~="capacity"]'),
    null,
    { timeout: 10000 },
  );
  // Answers, so the bars draw: geometry and colors must reach them under the strict policy.
  const drawn = await tab.evaluate(async () => {
    const provider = document.querySelector('blueprint-provider');
    const bars = document.querySelector('blueprint-bars');
    provider.profile = {
      schema: 'blueprint-profile/1',
      frameworkId: 'improvement-teams',
      ratings: { 'problem-understanding': { status: 'rated', levelId: 'leading' } },
    };
    await bars.updateComplete;
    // The bar a person sees: the mark slides into its track (a class per level, from a constructed
    // stylesheet), which clips it. Reading its style starts its motion; finishing every motion shows where it
    // ends, without waiting for it.
    const bar = bars.shadowRoot.querySelector('.mark.rated');
    const motion = bar ? getComputedStyle(bar).transitionDuration : '';
    for (const a of bars.shadowRoot.getAnimations()) a.finish();
    const track = bar?.parentElement;
    const m = bar?.getBoundingClientRect();
    const t = track?.getBoundingClientRect();
    return {
      height:
        m && t
          ? Math.max(
              Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top),
              Math.min(m.right, t.right) - Math.max(m.left, t.left),
            )
          : 0,
      fill: bar ? getComputedStyle(bar).backgroundColor : '',
      motion,
    };
  });
  // An element added after the page loaded gets its code too.
  await tab.evaluate(() => {
    const el = document.createElement('equity-considerations');
    document.querySelector('blueprint-provider').append(el);
  });
  await tab
    .waitForFunction(
      (tags) =>
        tags.every((t) => customElements.get(t)) &&
        document
          .querySelector('equity-considerations')
          ?.shadowRoot?.querySelector('h2, h3, h4, [part~="group"]') &&
        document.querySelector('blueprint-report')?.shadowRoot?.querySelector('h2, h3, [part~="header"]') &&
        document.querySelector('blueprint-trend')?.shadowRoot?.querySelector('svg'),
      TAGS,
      { timeout: 10000 },
    )
    .catch(() => {});
  const result = await tab.evaluate((tags) => {
    const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
    return {
      defined: tags.filter((t) => customElements.get(t)),
      bars: shadow('blueprint-bars').querySelectorAll('[part~="bar"][data-capacity]').length,
      capacities: shadow('capacity-rubric').querySelectorAll('[part~="capacity"]').length,
      cards: shadow('resource-library')?.querySelectorAll('resource-card').length ?? 0,
      considerations: (shadow('equity-considerations')?.textContent ?? '').trim().length,
      report: (shadow('blueprint-report')?.textContent ?? '').trim().length,
      // Issue 18: the trend's chart, one guide per level of the framework.
      trendGuides: shadow('blueprint-trend')?.querySelectorAll('svg .guide').length ?? 0,
    };
  }, TAGS);
  const scripts = requests.filter((p) => p.endsWith('.js'));
  check(
    'it fetches only its own files (the entry and the folder beside it)',
    scripts.every((p) => p === '/dist/blueprint-widgets.js' || p.startsWith('/dist/blueprint-widgets/')),
    scripts.join(', '),
  );
  const cores = scripts.filter((p) => /\/core-[^/]+\.js$/.test(p));
  check(
    'loaded twice (once as ?ver=2), the page still fetches one core file',
    cores.length === 1,
    cores.join(', '),
  );
  check(
    `every tag is defined (${TAGS.join(', ')})`,
    result.defined.length === TAGS.length,
    result.defined.join(', '),
  );
  check(
    'the widgets render the framework (bars, rubric, library cards, considerations, report)',
    result.bars === 17 &&
      result.capacities === 3 &&
      result.cards === 3 &&
      result.considerations > 100 &&
      result.report > 100 &&
      result.trendGuides === 4,
    JSON.stringify(result),
  );
  check(
    `under "${CSP}" a rated bar is drawn, in its group's color`,
    drawn.height > 100 && !['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)', ''].includes(drawn.fill),
    JSON.stringify(drawn),
  );
  // The template minifier once folded the marks' inherited transition timing away: only built code shows it.
  check(
    'a rated bar moves to its level (its transition survives the minified build)',
    parseFloat(drawn.motion) > 0,
    JSON.stringify(drawn),
  );
  const blocked = errors.filter((e) => /Content Security Policy/.test(e));
  check('the policy blocks nothing the widgets do', blocked.length === 0, blocked.join('\n'));
  const duplicate = warnings.filter((w) => /is already defined/.test(w));
  check(
    "the second copy shares the first one's code: no duplicate definitions, and nothing throws",
    duplicate.length === 0 && errors.length === 0,
    [...duplicate, ...errors].join('\n'),
  );

  // A missing file: the element says so, in the page and as an event.
  const broken = await browser.newPage();
  const brokenErrors = [];
  broken.on('pageerror', (e) => brokenErrors.push(e.message));
  await broken.addInitScript(() => {
    window.bpErrors = [];
    document.addEventListener('bp-error', (e) =>
      window.bpErrors.push({ tag: e.target.localName, ...e.detail }),
    );
  });
  await broken.goto(`${url}broken`, { waitUntil: 'networkidle' });
  await broken.waitForFunction(() => window.bpErrors.length > 0, null, { timeout: 10000 }).catch(() => {});
  // The rubric loads on first use too (issue 14): wait for the elements that can load.
  await broken
    .waitForFunction(
      () => ['blueprint-bars', 'capacity-rubric', 'resource-library'].every((t) => customElements.get(t)),
      null,
      { timeout: 10000 },
    )
    .catch(() => {});
  const failed = await broken.evaluate(() => ({
    events: window.bpErrors,
    alert: document.querySelector('equity-considerations [role="alert"]')?.textContent ?? '',
    alerts: document.querySelectorAll('[data-bp-load-error]').length,
    // The report needs the considerations' code too, so it says the same; the others are unaffected.
    others: ['blueprint-bars', 'capacity-rubric', 'resource-library'].every((t) => customElements.get(t)),
  }));
  check(
    'a file that cannot be fetched: the element shows an alert, fires bp-error, and the rest still works',
    failed.alert.includes('could not be loaded') &&
      failed.events.filter((e) => e.tag === 'equity-considerations' && e.source === 'script').length === 1 &&
      failed.alerts === failed.events.length &&
      failed.others &&
      brokenErrors.length === 0,
    JSON.stringify({ ...failed, brokenErrors }),
  );
  await broken.close();

  // Issue 14: a Spanish page. Every frame from the first until the rubric and the chart are drawn is in
  // Spanish: the widgets say "Cargando" while the Spanish file loads, never English.
  const spanish = await browser.newPage();
  const spanishErrors = [];
  const spanishScripts = [];
  spanish.on('pageerror', (e) => spanishErrors.push(e.message));
  spanish.on('request', (r) => spanishScripts.push(new URL(r.url()).pathname));
  await spanish.addInitScript(() => {
    window.bpFrames = [];
    const text = (el) => {
      const root = el?.shadowRoot;
      if (!root) return '';
      const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
      return [root.textContent, ...labels].join(' ').replace(/\s+/g, ' ');
    };
    const frame = () => {
      const bars = document.querySelector('blueprint-bars');
      const rubric = document.querySelector('capacity-rubric');
      window.bpFrames.push(`${text(bars)} | ${text(rubric)}`);
      const done =
        bars?.shadowRoot?.querySelector('[part~="chart"]') &&
        rubric?.shadowRoot?.querySelector('[part~="capacity"]');
      if (!done && window.bpFrames.length < 2000) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await spanish.goto(`${url}es`, { waitUntil: 'networkidle' });
  await spanish
    .waitForFunction(() => /Mostrar la tabla de datos/.test(window.bpFrames.at(-1) ?? ''), null, {
      timeout: 10000,
    })
    .catch(() => {});
  const frames = await spanish.evaluate(() => window.bpFrames);
  const ENGLISH =
    /Loading the framework|Show the data table|team profile|Arrow keys move|answered|Not sure yet/;
  check(
    'a Spanish page: the Spanish words load in a file of their own, and no frame shows English',
    frames.length > 0 &&
      /Mostrar la tabla de datos/.test(frames.at(-1)) &&
      frames.every((f) => !ENGLISH.test(f)) &&
      spanishScripts.some((p) => /\/es-[^/]+\.js$/.test(p)) &&
      spanishErrors.length === 0,
    JSON.stringify({
      english: frames.filter((f) => ENGLISH.test(f)).slice(0, 2),
      last: frames.at(-1)?.slice(0, 300),
      spanishErrors,
    }),
  );
  await spanish.close();

  // Issue 14: the error box's words cannot be fetched. bp-error still fires with its kind, and a short box
  // says what could not be loaded, with "Try again": never a blank box, and nothing thrown.
  const noWords = await browser.newPage();
  const noWordsErrors = [];
  noWords.on('pageerror', (e) => noWordsErrors.push(e.message));
  await noWords.addInitScript(() => {
    window.bpErrors = [];
    document.addEventListener('bp-error', (e) => window.bpErrors.push({ kind: e.detail.kind }));
  });
  await noWords.goto(`${url}nowords`, { waitUntil: 'networkidle' });
  await noWords
    .waitForFunction(
      // The short box is an alert once its words' file has failed (silent while it may still come).
      () =>
        document.querySelector('blueprint-bars')?.shadowRoot?.querySelector('[part~="error"][role="alert"]'),
      null,
      {
        timeout: 10000,
      },
    )
    .catch(() => {});
  const box = await noWords.evaluate(() => {
    const el = document.querySelector('blueprint-bars').shadowRoot.querySelector('[part~="error"]');
    return {
      events: window.bpErrors,
      text: el?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      role: el?.getAttribute('role'),
      retry: el?.querySelector('[part~="retry"]')?.textContent ?? '',
      height: el?.getBoundingClientRect().height ?? 0,
    };
  });
  check(
    'the error words cannot be fetched: bp-error with its kind, a short box with "Try again", nothing thrown',
    box.events.length === 1 &&
      box.events[0].kind === 'not-found' &&
      box.text.startsWith('The framework could not be loaded.') &&
      box.role === 'alert' &&
      box.retry === 'Try again' &&
      box.height > 20 &&
      noWordsErrors.length === 0,
    JSON.stringify({ ...box, noWordsErrors }),
  );
  await noWords.close();

  // Before upgrade (here: never), with only the stylesheet: reserved space, and the fallback fades in. Read
  // from the animation itself (not the clock), so a slow machine cannot make it flaky: while its delay runs
  // the content is transparent (fill: both), and once it has played it is fully visible, for good.
  const pending = await browser.newPage();
  await pending.goto(`${url}no-script`, { waitUntil: 'load' });
  const early = await pending.evaluate(() => {
    const el = document.querySelector('blueprint-bars');
    const [animation] = el.getAnimations();
    animation?.pause();
    if (animation) animation.currentTime = 0; // the start of its delay
    const timing = animation?.effect?.getComputedTiming();
    const result = {
      height: el.getBoundingClientRect().height,
      opacity: Number(getComputedStyle(el).opacity),
      delay: timing?.delay,
      fill: timing?.fill,
    };
    animation?.play();
    return result;
  });
  await pending.evaluate(() =>
    Promise.all(
      document
        .querySelector('blueprint-bars')
        .getAnimations()
        .map((a) => a.finished),
    ),
  );
  const late = await pending.evaluate(() => {
    const el = document.querySelector('blueprint-bars');
    return { height: el.getBoundingClientRect().height, opacity: Number(getComputedStyle(el).opacity) };
  });
  check(
    'before upgrade: space is reserved, fallback content fades in after a delay and stays visible',
    early.height >= 250 &&
      early.opacity === 0 &&
      early.delay >= 300 &&
      early.fill === 'both' &&
      late.opacity === 1 &&
      late.height === early.height,
    JSON.stringify({ early, late }),
  );
  await pending.close();
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\ntest:bundle: ${failures.length} failed\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log('test:bundle: the script-tag bundle works from a plain page');
