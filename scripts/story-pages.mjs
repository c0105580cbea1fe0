// What scripts/shots.mjs and scripts/readme-pictures.mjs share: a static Storybook build (made or given), and
// a page of it that switches stories through Storybook's channel and waits until a story has settled.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage } from './screenshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the project root, quietly; on failure, prints its output, says what failed and exits. */
export function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`shots: ${what} failed (${[command, ...args].join(' ')} exited with ${result.status})`);
    process.exit(1);
  }
}

/** A static Storybook build: the one given, else a fresh one in .cache/shots/storybook. */
export function storybookBuild(given) {
  if (given) {
    const dir = resolve(given);
    if (!existsSync(join(dir, 'index.json'))) {
      console.error(`shots: ${dir} is not a Storybook build (no index.json in it)`);
      process.exit(1);
    }
    return dir;
  }
  const dir = join(root, '.cache', 'shots', 'storybook');
  console.log('shots: building Storybook (about a minute)…');
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  run(bin('cem'), ['analyze'], 'the custom elements manifest (cem analyze)');
  run(bin('storybook'), ['build', '-o', dir, '--quiet'], 'the Storybook build');
  return dir;
}

/** Runs in the page: resolves once Storybook has rendered `storyId` ('missing' or 'timeout' if not). */
function renderStory([storyId, ms]) {
  return new Promise((done) => {
    const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
    const finish = (outcome) => {
      channel.off('storyFinished', onFinished);
      channel.off('storyMissing', onMissing);
      clearTimeout(timer);
      done(outcome);
    };
    const onFinished = (p) => p?.storyId === storyId && finish('finished');
    const onMissing = () => finish('missing');
    const timer = setTimeout(() => finish('timeout'), ms);
    channel.on('storyFinished', onFinished);
    channel.on('storyMissing', onMissing);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/**
 * Runs in the page: waits until what the story shows stops changing (custom elements defined and updated,
 * fonts loaded, no widget showing its loading line unless the story is a loading state, then the same
 * nodes, text and height three checks in a row, 100 ms apart; 6 s at most), then says what a person would
 * see wrong: an error display, an empty root, a page that scrolls sideways, and the height to shoot.
 */
async function settleAndMeasure(loadingState) {
  const storyRoot = document.querySelector('#storybook-root');
  const state = document.body.className.match(/sb-show-(\w+)/)?.[1];
  if (state === 'errordisplay')
    return { error: document.querySelector('#error-message')?.textContent?.trim().split('\n')[0] || 'error' };
  if (!storyRoot || state === 'nopreview') return { error: 'Storybook shows no preview' };
  const elements = () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(storyRoot);
    return found;
  };
  const custom = [...new Set(elements().filter((el) => el.localName.includes('-')))];
  await Promise.race([
    Promise.all([...new Set(custom.map((el) => el.localName))].map((n) => customElements.whenDefined(n))),
    new Promise((r) => setTimeout(r, 2000)),
  ]);
  await Promise.all(custom.map((el) => el.updateComplete).filter(Boolean));
  await document.fonts.ready;
  const signature = () => {
    const all = elements();
    const text = all.reduce((n, el) => n + (el.shadowRoot?.textContent?.length ?? 0), 0);
    return `${all.length}:${text}:${storyRoot.textContent.length}:${document.documentElement.scrollHeight}`;
  };
  // A widget fetching its framework shows [part~="status"] ("Loading…") until the answer comes.
  const loading = () =>
    !loadingState && elements().some((el) => el.shadowRoot?.querySelector('[part~="status"]'));
  let last = signature();
  let same = 0;
  const end = performance.now() + 6000;
  while ((same < 3 || loading()) && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    const now = signature();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const wrapper = storyRoot.querySelector('.bp-story-root');
  const content = wrapper?.children.length ? wrapper : storyRoot;
  if (!content.children.length && !content.textContent.trim()) return { error: 'the story rendered nothing' };
  return {
    theme: wrapper?.getAttribute('data-theme') ?? '',
    motion: wrapper?.getAttribute('data-reduced-motion') ?? '',
    scrollWidth: document.documentElement.scrollWidth,
    height: Math.ceil(
      Math.max(
        storyRoot.getBoundingClientRect().bottom + scrollY + 16,
        ...elements().map((el) => el.getBoundingClientRect().bottom + scrollY),
      ),
    ),
  };
}

/**
 * A page of the Storybook at `base` in `variant` (width, height, dark), loaded once, with reduced motion;
 * `show(id)` switches to a story through Storybook's channel and resolves with what settleAndMeasure saw.
 */
export async function openStory(browser, base, variant, timeout = 20000) {
  const { page, problems } = await openPage(browser, { ...variant, reducedMotion: true });
  // Storybook's first load is the slow part on a busy machine: three times a story's time.
  await page.goto(`${base}/iframe.html`, { timeout: timeout * 3 });
  await page.waitForFunction(
    () => globalThis.__STORYBOOK_ADDONS_CHANNEL__ && globalThis.__STORYBOOK_PREVIEW__,
    null,
    { timeout: timeout * 3 },
  );
  await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__.ready?.());
  // The toolbar's theme and motion, and no accessibility run on every story (npm test's smoke does that).
  await page.evaluate(
    (theme) =>
      globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {
        globals: { theme, reducedMotion: 'reduce', a11y: { manual: true } },
      }),
    variant.dark ? 'dark' : 'light',
  );
  problems.length = 0;
  const show = async (id) => {
    const outcome = await page.evaluate(renderStory, [id, timeout]);
    if (outcome !== 'finished')
      return {
        error: outcome === 'missing' ? 'Storybook has no such story' : `not rendered in ${timeout} ms`,
      };
    const seen = await page.evaluate(settleAndMeasure, /loading/.test(id));
    const wanted = variant.dark ? 'dark' : 'light';
    if (!seen.error && (seen.theme !== wanted || seen.motion !== 'reduce'))
      return { error: `the toolbar's settings did not apply (theme ${seen.theme}, motion ${seen.motion})` };
    return seen;
  };
  return { page, problems, show };
}
