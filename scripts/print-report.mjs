#!/usr/bin/env node
// Prints the report as a person would from the demo page: `node scripts/print-report.mjs <demo url> <out.pdf>`.
// Loads the page with the sample team's profile in storage, calls the report's print() with the browser's
// dialog replaced by Chromium's PDF printer (what print() leaves out of the page is recorded and kept out
// while the PDF is made), and writes an A4 PDF to look at page by page. Prints the page count.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/print-report.mjs <demo page url> <out.pdf>');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const profile = readFileSync(join(root, 'src/data/improvement-teams.profile.json'), 'utf8');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.evaluate((p) => localStorage.setItem('blueprint-widgets:profile:improvement-teams', p), profile);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    document.querySelector('blueprint-report')?.shadowRoot?.querySelector('[part~="group"]'),
  );
  await page.waitForTimeout(500);
  // print() marks what to leave out, opens the dialog, then unmarks. Keep its marks for the PDF printer.
  await page.evaluate(() => {
    const report = document.querySelector('blueprint-report');
    let kept = [];
    const original = window.print;
    window.print = () => {
      kept = [...document.querySelectorAll('[data-bp-print-hidden]')];
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('@media print { [data-bp-print-left-out] { display: none !important; } }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    };
    report.print();
    window.print = original;
    for (const el of kept) el.setAttribute('data-bp-print-left-out', '');
  });
  const pdf = await page.pdf({
    path: out,
    format: 'A4',
    printBackground: true,
    margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
  });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`${out}: ${pages} pages`);
} finally {
  await browser.close();
}
