#!/usr/bin/env node
// `npm run test:cli`: the CLI (validate; template, to-sheet, from-sheet, translations) as the package ships it
// (bin/blueprint-widgets.js → dist/), after `npm run build`: the browser tests run the CLI from source, this runs what `npx blueprint-widgets` runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (...args) =>
  spawnSync(process.execPath, [join(root, 'bin/blueprint-widgets.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const failures = [];
const check = (label, ok, detail) => {
  console.log(`${ok ? '✔' : '✖'} ${label}`);
  if (!ok) failures.push(`${label}\n${detail}`);
};

const good = run('validate', 'src/data/improvement-teams.json', 'src/data/improvement-teams.profile.json');
check(
  'a valid framework and profile: exit 0',
  good.status === 0 && /✓ valid/.test(good.stdout),
  good.stdout + good.stderr,
);

const bad = run('validate', 'test/fixtures/invalid.json');
check(
  'an invalid framework: exit 1, the error at its JSON Pointer',
  bad.status === 1 && bad.stdout.includes('/groups/0/capacities/0/descriptors/practising'),
  bad.stdout + bad.stderr,
);

const json = run('validate', 'test/fixtures/invalid.json', '--json');
let parsed;
try {
  parsed = JSON.parse(json.stdout);
} catch {
  parsed = undefined;
}
check(
  '--json: the same result as JSON',
  json.status === 1 && parsed?.ok === false && parsed.files?.[0]?.errors?.length > 0,
  json.stdout + json.stderr,
);

// Issue 20: the spreadsheet commands and translation counts, as shipped (fflate resolved from dependencies).
const sheetDir = mkdtempSync(join(tmpdir(), 'bp-cli-smoke-'));
const template = run('template', '-o', join(sheetDir, 'template.xlsx'));
check(
  'template: writes an .xlsx workbook',
  template.status === 0 && readFileSync(join(sheetDir, 'template.xlsx')).subarray(0, 2).toString() === 'PK',
  template.stdout + template.stderr,
);
const toSheet = run('to-sheet', 'src/data/bele.json', '-o', join(sheetDir, 'bele.xlsx'));
const fromSheet = run('from-sheet', join(sheetDir, 'bele.xlsx'));
let back;
try {
  back = JSON.parse(fromSheet.stdout);
} catch {
  back = undefined;
}
check(
  'to-sheet then from-sheet: the same document',
  toSheet.status === 0 &&
    fromSheet.status === 0 &&
    isDeepStrictEqual(back, JSON.parse(readFileSync(join(root, 'src/data/bele.json'), 'utf8'))),
  toSheet.stdout + toSheet.stderr + fromSheet.stderr,
);
rmSync(sheetDir, { recursive: true, force: true });
const counts = run('translations', 'src/data/improvement-teams.json', '--json');
let countsParsed;
try {
  countsParsed = JSON.parse(counts.stdout);
} catch {
  countsParsed = undefined;
}
check(
  'translations --json: counts per locale',
  counts.status === 0 && countsParsed?.en?.total > 0 && Array.isArray(countsParsed?.es?.missing),
  counts.stdout.slice(0, 500) + counts.stderr,
);
// Both samples are complete in Spanish (issue 20): a text added in English only fails here, with its path.
for (const sample of ['src/data/bele.json', 'src/data/improvement-teams.json']) {
  const complete = run('validate', '--require-locale', 'es', sample);
  check(
    `validate --require-locale es ${sample}: every text has Spanish`,
    complete.status === 0 && /✓ valid/.test(complete.stdout),
    complete.stdout.slice(0, 2000) + complete.stderr,
  );
}

const usage = run('nonsense');
check('a usage mistake: exit 2', usage.status === 2, usage.stdout + usage.stderr);

// merge and aggregate (issues 17 and 19): the sample team profile as one member's answers, and as a team.
const merged = run('merge', 'src/data/improvement-teams.json', 'src/data/improvement-teams.profile.json');
let team;
try {
  team = JSON.parse(merged.stdout);
} catch {
  team = undefined;
}
check(
  'merge: a member file becomes a rater of a new team profile (printed)',
  merged.status === 0 && team?.raters?.length === 1,
  merged.stdout + merged.stderr,
);

const counted = run(
  'aggregate',
  'src/data/improvement-teams.json',
  'src/data/improvement-teams.profile.json',
  '--json',
  '--min-teams',
  '0',
);
let networkCounts;
try {
  networkCounts = JSON.parse(counted.stdout);
} catch {
  networkCounts = undefined;
}
check(
  'aggregate --json: one team counted, in the documented shape',
  counted.status === 0 && networkCounts?.teams === 1 && typeof networkCounts.capacities === 'object',
  counted.stdout + counted.stderr,
);

if (failures.length) {
  console.error(`\ntest:cli: ${failures.length} failed\n\n${failures.join('\n\n')}`);
  process.exitCode = 1;
} else console.log('test:cli: the packaged CLI works');
