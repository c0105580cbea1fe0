#!/usr/bin/env node
// Looks at a page the way a person would: `node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full]
// [--media=print] [--reduced-motion] [--dark] [--element=<css selector>]`: with --element, only that element (the first match). Prints the page's errors and warnings (or "no console errors"), so a
// screenshot doubles as a smoke check. Uses the project's Chromium (scripts/chromium.mjs), never a download.
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [url, out, width = '1000', height = '800'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--full] [--media=print] [--reduced-motion] [--dark] [--element=<selector>]',
  );
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    reducedMotion: flags.includes('--reduced-motion') ? 'reduce' : 'no-preference',
    colorScheme: flags.includes('--dark') ? 'dark' : 'light',
  });
  const media = flags.find((f) => f.startsWith('--media='))?.slice(8);
  if (media === 'print' || media === 'screen') await page.emulateMedia({ media });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !/Lit is in dev mode/.test(m.text()))
      problems.push(`${m.type()}: ${m.text()}`);
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
