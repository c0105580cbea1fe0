#!/usr/bin/env node
// `npm run test:bundle`: dist/blueprint-widgets.js as a partner page uses it, after `npm run build`. A plain
// HTML page (no build step, no import map) loads the file with <script type="module"> twice, as two partner
// embeds would (the second copy under another URL, so the browser runs it again), and uses the provider,
// bars and rubric with the bundled sample framework. Checks: the file imports nothing (self-contained), every
// tag upgrades, the widgets render the framework, the second copy warns once per tag and throws nothing,
// and all of it works under a strict Content-Security-Policy (no inline scripts or styles).
// First, that the templates' minifier (scripts/minify-templates.mjs) keeps the spaces people read.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TAGS = ['blueprint-provider', 'blueprint-bars', 'capacity-rubric'];
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bundle smoke</title>
<link rel="icon" href="data:,">
<script type="module" src="/dist/blueprint-widgets.js"></script>
<script type="module" src="/dist/blueprint-widgets.js?second-embed"></script></head>
<body><blueprint-provider src="/dist/data/improvement-teams.json" persist="off">
<blueprint-bars></blueprint-bars><capacity-rubric group="inclusive-culture"></capacity-rubric>
</blueprint-provider></body></html>`;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const types = { '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  // A strict policy, as a careful partner site sends: no inline scripts or styles, nothing from elsewhere.
  if (path === '/')
    return res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': CSP }).end(page);
  const file = normalize(join(root, path));
  if (!file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
  try {
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const failures = [];
const check = (label, ok, detail = '') => {
  console.log(`${ok ? '✔' : '✖'} ${label}`);
  if (!ok) failures.push(`${label}${detail ? `: ${detail}` : ''}`);
};
// The build minifies templates: words at the edges of nested templates must keep their spaces.
const sample = 'const a = html`<p>\n    ${x}\n    ${y ? html`   <span>${t.more}</span>` : nothing}\n  </p>`;';
const minified = (await minifyTemplates(sample, 'sample.ts'))?.code ?? '';
check('minified templates keep the space before nested text', minified.includes('html` <span>'), minified);

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
    await new Promise((r) => setTimeout(r, 100));
    const bar = bars.shadowRoot.querySelector('rect.bar');
    return {
      height: bar ? parseFloat(getComputedStyle(bar).height) : 0,
      fill: bar ? getComputedStyle(bar).fill : '',
    };
  });
  const result = await tab.evaluate((tags) => {
    const bars = document.querySelector('blueprint-bars').shadowRoot;
    return {
      defined: tags.filter((t) => customElements.get(t)),
      bars: bars.querySelectorAll('g.mark[data-capacity]').length,
      capacities: document.querySelector('capacity-rubric').shadowRoot.querySelectorAll('[part~="capacity"]')
        .length,
    };
  }, TAGS);
  const scripts = requests.filter((p) => p.endsWith('.js'));
  check(
    'the file imports nothing else (self-contained)',
    scripts.every((p) => p === '/dist/blueprint-widgets.js'),
    scripts.join(', '),
  );
  check(
    `every tag is defined (${TAGS.join(', ')})`,
    result.defined.length === TAGS.length,
    result.defined.join(', '),
  );
  check(
    'the bars and the rubric render the framework',
    result.bars === 17 && result.capacities === 3,
    JSON.stringify(result),
  );
  check(
    `under "${CSP}" a rated bar is drawn, in its group's color`,
    drawn.height > 100 && drawn.fill !== 'rgb(0, 0, 0)',
    JSON.stringify(drawn),
  );
  const blocked = errors.filter((e) => /Content Security Policy/.test(e));
  check('the policy blocks nothing the widgets do', blocked.length === 0, blocked.join('\n'));
  const duplicate = warnings.filter((w) => /is already defined/.test(w));
  check(
    'a second copy warns once per tag, and nothing throws',
    duplicate.length === TAGS.length && errors.length === 0,
    [...duplicate, ...errors].join('\n'),
  );
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`\ntest:bundle: ${failures.length} failed\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log('test:bundle: the script-tag bundle works from a plain page');
