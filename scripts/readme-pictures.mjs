#!/usr/bin/env node
// `npm run shots -- --readme` (or `node scripts/readme-pictures.mjs`): retakes the README's pictures in
// demo/screenshots/ from the current look, the way they were first taken by hand: the demo partner page as a
// visitor sees it at 1440 × 900 px with the sample team's answers (src/data/improvement-teams.profile.json,
// put in the page's storage before it loads), each widget of that page on its own (cut at 1,000 px tall), the
// trend page's first chart, and the provider list from its Storybook story (no demo page shows it). Light
// scheme, reduced motion. It builds the script-tag bundle and the demo pages (as `npm start` and
// `npm run test:demo` do) and Storybook (or uses `--storybook=<dir>`). Prints each picture's size and any
// console error or warning; exits with 1 if a page or a widget did not render.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, openPage } from './screenshot.mjs';
import { serveDirectory } from './smoke-kit.mjs';
import { openStory, storybookBuild } from './story-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pictures = join(root, 'demo', 'screenshots');

/** The README's pictures taken from the partner page (demo/index.html): a selector, or the whole view. */
const PARTNER_PAGE = [
  { file: 'partner-page.png' },
  { file: 'capacity-rubric.png', element: 'capacity-rubric' },
  { file: 'blueprint-bars.png', element: 'blueprint-bars', full: true },
  { file: 'equity-considerations.png', element: 'equity-considerations' },
  { file: 'resource-library.png', element: 'resource-library' },
  { file: 'blueprint-report.png', element: 'blueprint-report' },
];
/** An element's picture is cut at this height (unless `full`), as the README's pictures always were. */
const CUT = 1000;

/** Waits until every widget under the page has rendered (no loading line), then for fonts and two frames. */
async function rendered(page, tags) {
  await page.waitForFunction(
    (list) =>
      [...document.querySelectorAll(list.join(','))].every(
        (el) =>
          el.shadowRoot &&
          !el.shadowRoot.querySelector('[part~="status"]') &&
          el.shadowRoot.textContent.trim(),
      ),
    tags,
    { timeout: 20000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** Shoots the first `selector` on the page, with 16 px of the page around it, cut at CUT px unless `full`. */
async function shootElement(page, selector, path, full = false) {
  const box = await page.locator(selector).first().boundingBox();
  const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  const x = Math.max(0, box.x + scroll.x - 16);
  const y = Math.max(0, box.y + scroll.y - 16);
  const height = Math.min(box.height + 32, full ? Infinity : CUT);
  await page.screenshot({ path, fullPage: true, clip: { x, y, width: box.width + 32, height } });
}

export async function readmePictures({ storybook } = {}) {
  const problems = [];
  console.log('readme pictures: building the script-tag bundle and the demo pages…');
  const configFile = join(root, 'vite.config.ts');
  await build({ root, mode: 'bundle', logLevel: 'warn', configFile });
  await build({ root, mode: 'demo', logLevel: 'warn', configFile });
  const sbDir = storybookBuild(storybook);
  const demo = await serveDirectory(join(root, 'dist-demo'));
  const stories = await serveDirectory(sbDir);
  const profile = await readFile(join(root, 'src', 'data', 'improvement-teams.profile.json'), 'utf8');
  const browser = await launchBrowser();
  try {
    // The partner page with the sample team's answers, as a returning visitor has them in this browser.
    const partner = await openPage(browser, { width: 1440, height: 900, reducedMotion: true });
    await partner.page.addInitScript(
      (text) => localStorage.setItem('blueprint-widgets:profile:improvement-teams', text),
      profile,
    );
    await partner.page.goto(`${demo.origin}/demo/index.html`, { waitUntil: 'networkidle' });
    await rendered(partner.page, [
      'capacity-rubric',
      'blueprint-bars',
      'equity-considerations',
      'resource-library',
      'blueprint-report',
    ]);
    for (const { file, element, full } of PARTNER_PAGE) {
      const path = join(pictures, file);
      if (element) await shootElement(partner.page, element, path, full);
      else await partner.page.screenshot({ path });
      console.log(`✔ ${file}`);
    }
    problems.push(...partner.problems.map((p) => `demo/index.html: ${p}`));
    await partner.page.close();

    // The trend page's first chart: four saved moments and now.
    const trend = await openPage(browser, { width: 1132, height: 900, reducedMotion: true });
    await trend.page.goto(`${demo.origin}/demo/trend.html`, { waitUntil: 'networkidle' });
    await rendered(trend.page, ['blueprint-trend']);
    await shootElement(trend.page, '#groups', join(pictures, 'blueprint-trend.png'));
    console.log('✔ blueprint-trend.png');
    problems.push(...trend.problems.map((p) => `demo/trend.html: ${p}`));
    await trend.page.close();

    // The provider list for the sample team's priorities and growth areas, from its story.
    const story = await openStory(browser, stories.origin, { width: 1000, height: 1000, dark: false });
    const seen = await story.show('elements-provider-list--for-the-team');
    if (seen.error) throw new Error(`the provider list's story did not render: ${seen.error}`);
    await shootElement(story.page, 'provider-list', join(pictures, 'provider-list.png'));
    console.log('✔ provider-list.png');
    problems.push(...story.problems.map((p) => `provider-list story: ${p}`));
    await story.page.close();
  } finally {
    await browser.close();
    demo.server.close();
    stories.server.close();
  }
  if (problems.length) {
    console.error(`readme pictures: the pages reported problems:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else console.log(`readme pictures: retaken in ${pictures}; look at them before committing`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const storybookFlag = process.argv.find((a) => a.startsWith('--storybook='))?.slice(12);
  await readmePictures({ storybook: storybookFlag });
}
