#!/usr/bin/env node
// Looks at a page the way a person would: `node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full]
// [--media=print] [--reduced-motion] [--dark] [--element=<css selector>]`: with --element, only that element (the first match). Prints the page's errors and warnings (or "no console errors"), so a
// screenshot doubles as a smoke check. Uses the project's Chromium (scripts/chromium.mjs), never a download.
// Also a module: scripts/shots.mjs opens its pages with `launchBrowser` and `openPage` below.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';

/** Chromium as every tool of this project launches it. */
export const launchBrowser = () => chromium.launch({ executablePath, args: chromiumArgs });

/**
 * A new page of `browser` at `width` × `height`, in the light or dark scheme, with or without reduced motion
 * and print media; `problems` collects its uncaught errors and console errors and warnings as they come.
 */
export async function openPage(
  browser,
  { width = 1000, height = 800, dark = false, reducedMotion = false, media } = {},
) {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
    colorScheme: dark ? 'dark' : 'light',
  });
  if (media === 'print' || media === 'screen') await page.emulateMedia({ media });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !/Lit is in dev mode/.test(m.text()))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  return { page, problems };
}

async function main(args) {
  const flags = args.filter((a) => a.startsWith('--'));
  const [url, out, width = '1000', height = '800'] = args.filter((a) => !a.startsWith('--'));
  if (!url || !out) {
    console.error(
      'usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full] [--media=print] [--reduced-motion] [--dark] [--element=<selector>]',
    );
    process.exit(2);
  }
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser, {
      width,
      height,
      dark: flags.includes('--dark'),
      reducedMotion: flags.includes('--reduced-motion'),
      media: flags.find((f) => f.startsWith('--media='))?.slice(8),
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800); // let entrance motion finish
    const element = flags.find((f) => f.startsWith('--element='))?.slice(10);
    if (element) await page.locator(element).first().screenshot({ path: out });
    else await page.screenshot({ path: out, fullPage: flags.includes('--full') });
    console.log(problems.join('\n') || 'no console errors');
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await main(process.argv.slice(2));
