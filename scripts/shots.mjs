#!/usr/bin/env node
// `npm run shots -- [out-dir] [flags]`: every element in its main states, at 320 and 1440 px, in the light and
// the dark scheme, as PNGs in out-dir (default shots/, ignored by git), with out-dir/index.html, a contact sheet
// that shows each state's four pictures side by side under its name. To look at the widgets as a designer
// would after a visual change; not part of `npm test` (it proves nothing by itself: a person looks).
//
// It builds Storybook (after `cem analyze`, as `npm run build-storybook` does) into .cache/shots/storybook,
// serves it, and shows the stories listed in STATES below, one per state, with reduced motion and the
// toolbar's theme set to light or dark. A story that does not render (Storybook's error display, an uncaught
// error, nothing in the root, not finished in time) is a failure: the script says which and exits with 1.
// Pictures taller than 4,000 px are cut there (the sheet says so). The sheet also notes each page that
// scrolls sideways and each console error or warning.
//
//   --storybook=<dir>  use an existing static Storybook build (e.g. storybook-static, or an older commit's
//                      build to shoot "before" pictures) instead of building one
//   --all              every story, not only the states below
//   --before=<dir>     an earlier run's out-dir: the sheet shows each of its pictures beside the new one
//   --only=<text>      only the stories whose id contains <text> (e.g. --only=capacity-rubric)
//   --readme           retake the README's pictures in demo/screenshots/ instead (see readme-pictures.mjs)
//
// Env: SHOTS_CONCURRENCY (default 2 pages at once), SHOTS_TIMEOUT (ms per story, default 30000; Storybook's
// first load gets three times that).
// Chromium comes from scripts/chromium.mjs (CHROME_PATH, else Debian's); nothing downloads a browser.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './screenshot.mjs';
import { serveDirectory } from './smoke-kit.mjs';
import { openStory, storybookBuild } from './story-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The stories that show each element's real states, by Storybook title: one story per state. Left out:
 * stories that only change the language, force a scheme (the script shoots both), or narrow the frame (the
 * script shoots 320 px), and the rubric's long framework (its capacities below the first screen are laid
 * out only near the viewport: a full-page picture shows them blank, which no person scrolling ever sees). A title
 * under Elements/ with no entry here fails the run, so a new element is not forgotten.
 */
export const STATES = {
  'Elements/action-plan': ['empty', 'from-priorities', 'full-plan', 'overdue'],
  'Elements/blueprint-bars': [
    'default',
    'empty',
    'partial',
    'compare',
    'spread',
    'editable',
    'vertical',
    'long-labels',
    'loading',
    'load-error',
  ],
  'Elements/blueprint-network': ['network', 'with-names', 'one-team', 'bad-input', 'empty'],
  'Elements/blueprint-provider': ['loaded-from-src', 'loading', 'not-found', 'invalid-document'],
  'Elements/blueprint-report': ['full', 'partial', 'empty', 'find-support', 'loading', 'load-error'],
  'Elements/blueprint-report (open saved answers)': ['panel-open', 'preview-showing', 'bad-file'],
  'Elements/blueprint-trend': [
    'four-moments',
    'one-group',
    'single-moment',
    'no-moment-yet',
    'gaps-and-changed-level',
    'not-found',
  ],
  'Elements/capacity-rubric': [
    'list',
    'step',
    'partially-answered',
    'just-answered',
    'readonly',
    'missing-descriptors',
    'loading',
    'load-error',
  ],
  'Elements/equity-considerations': [
    'every-group',
    'group-at-team-level',
    'all-levels',
    'nothing-rated',
    'no-entry',
    'load-error',
  ],
  'Elements/member mode': ['who-is-answering', 'answering', 'ready-to-send', 'team-report'],
  'Elements/provider-list': [
    'everyone',
    'for-the-team',
    'filtered',
    'no-results',
    'team-view',
    'no-providers',
  ],
  'Elements/resource-card': ['default', 'with-reason', 'compact', 'with-actions', 'unsafe-url', 'unknown-id'],
  'Elements/resource-library': ['matched', 'all', 'filtered', 'no-results', 'compact', 'load-error'],
  'Elements/team-session': ['gathering', 'some-bad-input', 'hidden', 'revealed', 'agreeing', 'done'],
  'Journeys/Errors': ['not-found', 'mistakes', 'saved-answers-unreadable', 'teams-file-missing'],
  'Guides/Design language': ['overview'],
};

/** The four looks of every state: width, viewport height, scheme. */
export const VARIANTS = [
  { width: 320, height: 640, dark: false },
  { width: 320, height: 640, dark: true },
  { width: 1440, height: 900, dark: false },
  { width: 1440, height: 900, dark: true },
].map((v) => ({ ...v, name: `${v.width}-${v.dark ? 'dark' : 'light'}` }));

/** Pictures are cut at this height (a long list at 320 px runs to tens of thousands of pixels). */
const MAX_HEIGHT = 4000;

/** Shoots `story` in `variant` on `worker`'s page; returns what was seen. */
async function shoot(worker, story, variant, out) {
  const { page, problems, show } = worker;
  problems.length = 0;
  const file = `${story.id}--${variant.name}.png`;
  const seen = await show(story.id);
  if (seen.error) return { file, error: seen.error };
  const height = Math.min(seen.height, MAX_HEIGHT);
  await page.screenshot({
    path: join(out, file),
    fullPage: true,
    clip: { x: 0, y: 0, width: variant.width, height },
  });
  const errors = problems.filter((p) => p.startsWith('pageerror'));
  return {
    file,
    error: errors[0],
    notes: [
      ...(seen.scrollWidth > variant.width ? [`the page scrolls sideways: ${seen.scrollWidth} px wide`] : []),
      ...(seen.height > MAX_HEIGHT ? [`cut at ${MAX_HEIGHT} of ${seen.height} px`] : []),
      ...problems.filter((p) => !p.startsWith('pageerror') && !/Failed to load resource/.test(p)),
    ],
  };
}

const escape = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The contact sheet: per title, per story, its four pictures (and the earlier run's beside them). */
function contactSheet(stories, results, out, before) {
  const byTitle = new Map();
  for (const s of stories) byTitle.set(s.title, [...(byTitle.get(s.title) ?? []), s]);
  const figure = (story, variant) => {
    const r = results.get(`${story.id}--${variant.name}`);
    const earlier = before && join(before, r.file);
    const img = (src, label) =>
      `<a href="${escape(src)}"><img src="${escape(src)}" alt="${escape(`${story.title} › ${story.name}, ${variant.name}${label}`)}" loading="lazy"></a>`;
    return `<figure class="w${variant.width}">${
      earlier && existsSync(earlier)
        ? `<div class="pair"><div>${img(relative(out, earlier), ', before')}<span>before</span></div><div>${img(r.file, ', after')}<span>after</span></div></div>`
        : img(r.file, '')
    }<figcaption>${variant.name}${(r.notes ?? []).map((n) => `<br><mark>${escape(n)}</mark>`).join('')}</figcaption></figure>`;
  };
  const sections = [...byTitle].map(
    ([title, list]) =>
      `<section><h2 id="${escape(title)}">${escape(title)}</h2>${list
        .map(
          (s) =>
            `<h3>${escape(s.name)} <code>${escape(s.id)}</code></h3><div class="row">${VARIANTS.map((v) => figure(s, v)).join('')}</div>`,
        )
        .join('')}</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Every element, every state: 320 and 1440 px, light and dark</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 1rem 2rem; color: #1d232b; background: #eef0f3; }
  nav { columns: 16rem; margin-bottom: 2rem; }
  h2 { margin-top: 3rem; border-bottom: 2px solid #1d232b; }
  h3 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
  code { color: #5b6472; font-weight: normal; }
  .row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
  figure { margin: 0; flex: none; }
  figure.w320 { width: 200px; }
  figure.w1440 { width: 480px; }
  .pair { display: flex; gap: 4px; }
  .pair > div { flex: 1; min-width: 0; }
  img { display: block; width: 100%; max-height: 900px; object-fit: cover; object-position: top; border: 1px solid #9aa3af; background: #fff; }
  figcaption { font-size: 0.8rem; color: #3b4350; }
  mark { background: #ffe8a3; }
</style>
</head>
<body>
<h1>Every element, every state</h1>
<p>${stories.length} stories, each at 320 and 1440 px in the light and the dark scheme (reduced motion). Shot ${escape(new Date().toISOString())}${before ? `; beside the pictures in <code>${escape(relative(out, before))}</code>` : ''}. Click a picture for its full size.</p>
<nav><ul>${[...byTitle.keys()].map((t) => `<li><a href="#${escape(t)}">${escape(t)}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
</body>
</html>
`;
}

async function main(argv) {
  const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (argv.includes('--readme')) {
    const { readmePictures } = await import('./readme-pictures.mjs');
    return readmePictures({ storybook: flag('storybook') });
  }
  const out = resolve(argv.find((a) => !a.startsWith('--')) ?? join(root, 'shots'));
  const before = flag('before') && resolve(flag('before'));
  const only = flag('only');
  const concurrency = Math.max(1, Number(process.env.SHOTS_CONCURRENCY) || 2);
  const timeout = Number(process.env.SHOTS_TIMEOUT) || 30000;
  const started = Date.now();

  const dir = storybookBuild(flag('storybook'));
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  const all = Object.values(index.entries ?? index.stories ?? {}).filter((e) => e.type === 'story');
  const problems = [];
  let stories;
  if (argv.includes('--all')) stories = all;
  else {
    stories = [];
    for (const [title, names] of Object.entries(STATES))
      for (const name of names) {
        const story = all.find((s) => s.title === title && s.id.endsWith(`--${name}`));
        if (story) stories.push(story);
        else problems.push(`${title} has no story "${name}": update STATES in scripts/shots.mjs`);
      }
    for (const title of new Set(all.map((s) => s.title)))
      if (title.startsWith('Elements/') && !STATES[title])
        problems.push(`${title} has no states to shoot: add its stories to STATES in scripts/shots.mjs`);
  }
  if (only) stories = stories.filter((s) => s.id.includes(only));
  if (problems.length) {
    console.error(`shots: the list of states does not match the stories:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  if (!stories.length) {
    console.error('shots: no story to shoot');
    process.exit(1);
  }

  await mkdir(out, { recursive: true });
  const { server, origin } = await serveDirectory(dir);
  const browser = await launchBrowser();
  const results = new Map();
  try {
    const jobs = VARIANTS.map((variant) => ({ variant }));
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
        while (next < jobs.length) {
          const { variant } = jobs[next++];
          let worker = await openStory(browser, origin, variant, timeout);
          for (const story of stories) {
            const attempt = () =>
              shoot(worker, story, variant, out).catch((e) => ({
                file: `${story.id}--${variant.name}.png`,
                error: String(e?.message ?? e).split('\n')[0],
              }));
            let result = await attempt();
            if (result.error) {
              // A fault must not leak into the next story, and a busy machine can miss a deadline once: a
              // fresh page, and one more try before it counts as not rendered.
              await worker.page.close();
              worker = await openStory(browser, origin, variant, timeout);
              result = await attempt();
            }
            results.set(`${story.id}--${variant.name}`, result);
            console.log(`${result.error ? '✖' : '✔'} ${variant.name} ${story.title} › ${story.name}`);
            if (result.error) {
              console.log(`    ${result.error}`);
              await worker.page.close();
              worker = await openStory(browser, origin, variant, timeout);
            }
          }
          await worker.page.close();
        }
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
  await writeFile(join(out, 'index.html'), contactSheet(stories, results, out, before));
  const failed = [...results.values()].filter((r) => r.error);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `\nshots: ${results.size - failed.length} pictures in ${out} (${seconds} s); contact sheet: ${join(out, 'index.html')}`,
  );
  if (failed.length) {
    console.error(
      `shots: ${failed.length} did not render:\n- ${failed.map((r) => `${r.file.replace(/\.png$/, '')}: ${r.error}`).join('\n- ')}`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await main(process.argv.slice(2)).catch((error) => {
    console.error(`shots: stopped: ${String(error?.message ?? error).split('\n')[0]}`);
    process.exit(1);
  });
