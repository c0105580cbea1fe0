#!/usr/bin/env node
// `npm run test:readme`: every code block of README.md, after `npm run build`, checked for what it is:
//  - ```ts / ```tsx: compiled in a fresh app by `npm run test:types` (scripts/types-check.mjs); here only
//    counted, and a block marked `<!-- types-check: skip (reason) -->` is at least parsed (no syntax errors).
//  - ```js, and the `<script>` of a ```vue block: type-checked (plain JavaScript rules: names, members,
//    event details; TypeScript for the Vue one) against the built package, which a temporary app imports
//    through a link to this folder (package.json `exports`, dist/types), with the tag and event maps of
//    `blueprint-widgets/all.js`. Names a snippet leaves to the reader are declared below (READER_NAMES).
//  - ```html: loaded in headless Chromium as a page, with the package's version in the CDN URLs checked
//    and those URLs (and any framework or cohort URL) answered from dist/ instead of the network: no page
//    error or console error, every library element in it defined and drawn without an error box, and every
//    attribute on a library element one that custom-elements.json lists for that tag.
//  - the template of a ```vue block: its elements, attributes, `:properties` and `@events` in the manifest.
//  - ```css: parsed by the browser; every selector's element a library tag, every `--bp-*` property one the
//    manifest documents.
//  - ```sh: every `npm run <script>` exists in package.json; every `npx blueprint-widgets <command> --flag`
//    is a command and flag of the CLI's own help.
//  - ```text: example output, not code: counted.
// A block without a language, or in a language this script does not know, fails. A block that lists the tags
// for a framework's custom-element setting (`isCustomElement`) must list every tag.
// Prints: `readme: N code blocks checked (…)`; on failure each problem with its README line.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { serveDirectory } from './smoke-kit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const needed of ['dist/blueprint-widgets.js', 'dist/types/all.d.ts', 'dist/framework/cli.js'])
  if (!existsSync(join(root, needed))) {
    console.error(`readme: ${needed} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** Names the README's JavaScript leaves to the reader. */
const READER_NAMES = `declare function save(profile: unknown): void;
declare function openReferralForm(providerId: string, capacityId: string, levelId?: string): void;
`;
/** The reader's own page around an HTML block: the `my-app` a snippet appends into. */
const READER_PAGE = `<my-app></my-app><script type="module" src="/reader-app.js"></script>`;
const READER_APP = `customElements.define('my-app', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
});`;
/** Attributes every element has. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'slot', 'hidden', 'lang', 'dir', 'title', 'part']);

// ---- the blocks ------------------------------------------------------------------------------------------
const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
const blocks = [];
for (let i = 0; i < lines.length; i++) {
  const fence = /^```(\S*)\s*$/.exec(lines[i]);
  if (!fence) continue;
  const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
  if (end < 0) throw new Error(`README.md:${i + 1}: a code block without its closing fence`);
  const before = lines.slice(0, i).findLast((l) => l.trim() !== '');
  blocks.push({
    line: i + 1,
    lang: fence[1],
    text: lines.slice(i + 1, end).join('\n'),
    skip: before && /<!--\s*types-check:\s*skip\b/.test(before),
  });
  i = end;
}
const failures = [];
const fail = (block, message) =>
  failures.push(`README.md:${block.line} (${block.lang || 'no language'}): ${message}`);
const counts = {};
const count = (kind) => (counts[kind] = (counts[kind] ?? 0) + 1);

// ---- the manifest ----------------------------------------------------------------------------------------
const elements = new Map();
for (const mod of manifest.modules)
  for (const d of mod.declarations ?? [])
    if (d.tagName)
      elements.set(d.tagName, {
        attributes: new Set((d.attributes ?? []).map((a) => a.name)),
        properties: new Set((d.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name)),
        events: new Set((d.events ?? []).map((e) => e.name)),
        cssProperties: new Set((d.cssProperties ?? []).map((p) => p.name)),
      });
const tags = [...elements.keys()].sort();
const cssProperties = new Set([...elements.values()].flatMap((e) => [...e.cssProperties]));
const isLibraryTag = (name) => elements.has(name);

/** Checks one element of a block against the manifest: its tag and its attributes (Vue's `:x` and `@x` too). */
function checkElement(block, tag, attributes) {
  const element = elements.get(tag);
  if (!element) return;
  for (const name of attributes) {
    if (name.startsWith(':') || name.startsWith('v-bind:')) {
      const prop = name.replace(/^(:|v-bind:)/, '');
      if (!element.properties.has(prop) && !element.attributes.has(prop))
        fail(block, `<${tag}> has no property or attribute "${prop}"`);
    } else if (name.startsWith('@') || name.startsWith('v-on:')) {
      const event = name.replace(/^(@|v-on:)/, '');
      if (!element.events.has(event) && !event.startsWith('bp-'))
        fail(block, `<${tag}> fires no event "${event}"`);
      else if (event.startsWith('bp-') && !tags.some((t) => elements.get(t).events.has(event)))
        fail(block, `no element fires "${event}"`);
    } else if (!element.attributes.has(name) && !GLOBAL_ATTRIBUTES.has(name) && !name.startsWith('aria-'))
      fail(
        block,
        `<${tag}> has no attribute "${name}" (custom-elements.json lists ${[...element.attributes].join(', ')})`,
      );
  }
}

// ---- sh ----------------------------------------------------------------------------------------------------
const help = execFileSync(process.execPath, [join(root, 'bin/blueprint-widgets.js'), '--help'], {
  encoding: 'utf8',
});
for (const block of blocks.filter((b) => b.lang === 'sh')) {
  count('sh');
  for (const raw of block.text.split('\n')) {
    const command = raw.replace(/\s+#.*$/, '').trim();
    for (const part of command.split(/\s*&&\s*/)) {
      const words = part.split(/\s+/);
      if (words[0] === 'npm') {
        const script =
          words[1] === 'run' ? words[2] : ['test', 'start'].includes(words[1]) ? words[1] : undefined;
        if (script && !pkg.scripts[script]) fail(block, `package.json has no script "${script}"`);
        const file = words.find((w) => w.endsWith('.tgz'));
        if (file && file !== `./${pkg.name}-${pkg.version}.tgz`)
          fail(block, `npm pack writes ${pkg.name}-${pkg.version}.tgz, not ${file}`);
        if (!['run', 'test', 'start', 'install', 'i', 'pack'].includes(words[1]))
          fail(block, `"${part}": not an npm command this README means`);
      } else if (words[0] === 'npx' && words[1] === 'blueprint-widgets') {
        const sub = words[2];
        if (!new RegExp(`^Usage: blueprint-widgets ${sub}\\b`, 'm').test(help))
          fail(block, `the CLI has no command "${sub}"`);
        for (const flag of words.filter((w) => w.startsWith('-')).map((w) => w.replace(/[[\]]/g, '')))
          if (!help.includes(flag)) fail(block, `the CLI's help does not know "${flag}" (in "${part}")`);
      } else if (words[0] && !['git', 'cd', 'ls', 'node'].includes(words[0])) {
        fail(block, `"${part}": a command this script does not check`);
      }
    }
  }
}

// ---- text, and languages nobody checks ----------------------------------------------------------------------
const KNOWN = new Set(['ts', 'tsx', 'typescript', 'js', 'javascript', 'html', 'css', 'vue', 'sh', 'text']);
for (const block of blocks) {
  if (block.lang === 'text') count('text');
  else if (!KNOWN.has(block.lang))
    fail(
      block,
      block.lang ? `no check for "${block.lang}" blocks` : 'give the block a language (```text for output)',
    );
  if (block.text.includes('isCustomElement')) {
    const missing = tags.filter((t) => !block.text.includes(`'${t}'`));
    if (missing.length) fail(block, `the custom elements listed leave out ${missing.join(', ')}`);
  }
}

// ---- ts / tsx (compiled by test:types) -------------------------------------------------------------------
for (const block of blocks.filter((b) => ['ts', 'tsx', 'typescript'].includes(b.lang))) {
  count(block.skip ? 'ts (parsed only, marked skip)' : 'ts (compiled by test:types)');
  if (!block.skip) continue;
  const out = ts.transpileModule(block.text, {
    reportDiagnostics: true,
    fileName: `README.md-${block.line}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`,
  });
  for (const d of out.diagnostics ?? []) fail(block, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// ---- js and the Vue script: type-checked against the built package -----------------------------------------
const app = mkdtempSync(join(tmpdir(), 'bp-readme-'));
try {
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'blueprint-widgets'), 'dir');
  writeFileSync(join(app, 'package.json'), '{ "name": "readme-check", "private": true, "type": "module" }\n');
  writeFileSync(join(app, 'reader-names.d.ts'), READER_NAMES);
  // The tag and event maps, as a page that loads every element has them.
  writeFileSync(join(app, 'maps.ts'), "import 'blueprint-widgets/all.js';\n");
  const sources = new Map();
  for (const block of blocks) {
    let text;
    let ext;
    if (block.lang === 'js' || block.lang === 'javascript') {
      text = block.text;
      ext = 'js';
    }
    if (block.lang === 'vue') {
      const script = /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(block.text);
      if (!script) continue;
      text = script[1];
      ext = /lang="ts"/.test(script[0]) ? 'ts' : 'js';
    }
    if (text === undefined) continue;
    count(block.lang === 'vue' ? 'vue (script type-checked)' : 'js (type-checked)');
    const file = join(app, `README.md-${block.line}.${ext}`);
    // Blank lines in front keep the line numbers of README.md (for the vue script, of its block).
    writeFileSync(file, `${'\n'.repeat(block.line)}${text}\n${ext === 'js' ? 'export {};\n' : ''}`);
    sources.set(file, block);
  }
  const program = ts.createProgram({
    rootNames: [...sources.keys(), join(app, 'maps.ts'), join(app, 'reader-names.d.ts')],
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      allowJs: true,
      checkJs: true,
      // What a JavaScript reader's editor checks: names, members and types, not null-safety.
      strict: false,
      resolveJsonModule: true,
      skipLibCheck: true,
      noEmit: true,
      moduleDetection: ts.ModuleDetectionKind.Force,
    },
  });
  for (const [file, block] of sources) {
    const source = program.getSourceFile(file);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      fail(block, `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}

const tsTook = Date.now() - t0;
// ---- html, vue templates and css: in the browser ------------------------------------------------------------
const CDN = /https:\/\/unpkg\.com\/blueprint-widgets@([^/]+)\/dist\//g;
const pages = new Map();
const { server, origin } = await serveDirectory(join(root, 'dist'), {
  route: (path, res) => {
    if (pages.has(path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
      return true;
    }
    if (path === '/reader-app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(READER_APP);
      return true;
    }
    return false;
  },
  rewrite: (path) => (path.startsWith('/dist/') ? path.slice('/dist'.length) : null),
});
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  const context = await browser.newContext();
  // Nothing goes to the network: the CDN's files are dist/'s, any other framework or cohort URL the
  // sample's (with CORS, as a CDN or a partner's server answers), anything else is refused.
  const cors = { 'access-control-allow-origin': '*' };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const cdn = /^\/blueprint-widgets@[^/]+\/(dist\/.*)$/.exec(url.pathname);
    if (url.origin === 'https://unpkg.com' && cdn)
      return route.fulfill({ path: join(root, cdn[1]), headers: cors });
    const own = url.origin === origin && !url.pathname.endsWith('.json');
    if (own || (url.origin === origin && url.pathname.startsWith('/dist/'))) return route.fallback();
    if (url.pathname.endsWith('.json')) {
      const sample = url.pathname.includes('cohort')
        ? 'improvement-teams.cohort.json'
        : 'improvement-teams.json';
      return route.fulfill({ path: join(root, 'dist/data', sample), headers: cors });
    }
    return route.abort();
  });
  const page = await context.newPage();

  /** The elements and attributes of some markup, as the browser's parser reads them. */
  const markup = (html, template) =>
    page.evaluate(
      ([html, template]) => {
        const doc = new DOMParser().parseFromString(
          template ? html.replace(/^[\s\S]*<template>|<\/template>[\s\S]*$/g, '') : html,
          'text/html',
        );
        return [...doc.querySelectorAll('*')].map((e) => ({
          tag: e.localName,
          attributes: e.getAttributeNames(),
        }));
      },
      [html, template],
    );

  for (const block of blocks.filter((b) => b.lang === 'html')) {
    count('html (loaded in Chromium)');
    for (const [, version] of block.text.matchAll(CDN))
      if (version !== pkg.version)
        fail(block, `the CDN URL names version ${version}; package.json is ${pkg.version}`);
    const found = await markup(block.text, false);
    for (const { tag, attributes } of found) checkElement(block, tag, attributes);
    const used = [...new Set(found.map((f) => f.tag).filter(isLibraryTag))];
    // The block as a page: with a script of its own it loads the package itself; else the script tag is added.
    const loads = /blueprint-widgets\.js/.test(block.text);
    const path = `/readme-${block.line}.html`;
    pages.set(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
        `${loads ? '' : '<script type="module" src="/dist/blueprint-widgets.js"></script>'}</head><body>` +
        `${READER_PAGE}${block.text}</body></html>`,
    );
    const problems = [];
    const onError = (e) => problems.push(`page error: ${e.message}`);
    const onConsole = (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`);
    page.on('pageerror', onError);
    page.on('console', onConsole);
    const started = Date.now();
    await page.goto(`${origin}${path}`);
    // Every library element on the page (a snippet may add one in a shadow root) defined and drawn.
    const drawn = await page
      .waitForFunction(
        (names) => {
          const all = [];
          const walk = (node) => {
            for (const el of node.querySelectorAll('*')) {
              if (names.includes(el.localName)) all.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          if (!all.length) return false;
          // Defined, drawn, and done loading (a widget with no framework at all waits, idle, and that is fine).
          const ready = all.every(
            (el) =>
              customElements.get(el.localName) &&
              el.shadowRoot?.childElementCount &&
              el.frameworkState?.status !== 'loading',
          );
          if (!ready) return false;
          return all.map((el) => ({
            tag: el.localName,
            error: (el.shadowRoot.querySelector('[part~="error"]')?.textContent ?? '')
              .replace(/\s+/g, ' ')
              .trim(),
          }));
        },
        used.length ? used : tags,
        { timeout: 15000, polling: 100 },
      )
      .then((h) => h.jsonValue())
      .catch(() => undefined);
    if (!drawn) problems.push(`not every element was defined and drawn in 15 s (${used.join(', ')})`);
    else for (const { tag, error } of drawn) if (error) problems.push(`<${tag}> shows an error: ${error}`);
    if (process.env.README_CHECK_TIMES) console.log(`README.md:${block.line}: ${Date.now() - started} ms`);
    page.off('pageerror', onError);
    page.off('console', onConsole);
    for (const p of problems) fail(block, p);
  }

  for (const block of blocks.filter((b) => b.lang === 'vue')) {
    for (const { tag, attributes } of await markup(block.text, true)) checkElement(block, tag, attributes);
  }

  for (const block of blocks.filter((b) => b.lang === 'css')) {
    count('css (parsed by Chromium)');
    const rules = await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => ({
        selector: r.selectorText ?? '',
        properties: r.style ? [...r.style] : [],
      }));
    }, block.text);
    if (!rules.length) fail(block, 'the browser read no rule from it');
    for (const { selector, properties } of rules) {
      for (const name of selector.match(/(?<![\w-])[a-z][\w]*-[\w-]+/g) ?? [])
        if (!isLibraryTag(name) && !/^--/.test(name))
          fail(block, `"${name}" is not an element of the library`);
      for (const p of properties)
        if (p.startsWith('--bp-') && !cssProperties.has(p) && !/^--bp-group-color-/.test(p))
          fail(block, `no element documents the custom property ${p}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const summary = Object.entries(counts)
  .map(([kind, n]) => `${n} ${kind}`)
  .join(', ');
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(
    `readme: ${failures.length} problem${failures.length === 1 ? '' : 's'} in README.md's code blocks (${summary})`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `readme: ${blocks.length} code blocks checked (${summary}) in ${((Date.now() - t0) / 1000).toFixed(1)}s ` +
      `(the compiler ${(tsTook / 1000).toFixed(1)}s)`,
  );
}
