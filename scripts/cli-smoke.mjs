#!/usr/bin/env node
// `npm run test:cli`: the validate CLI as the package ships it (bin/blueprint-widgets.js → dist/), after
// `npm run build`: the browser tests run the CLI from source, this runs what `npx blueprint-widgets` runs.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
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
let counts;
try {
  counts = JSON.parse(counted.stdout);
} catch {
  counts = undefined;
}
check(
  'aggregate --json: one team counted, in the documented shape',
  counted.status === 0 && counts?.teams === 1 && typeof counts.capacities === 'object',
  counted.stdout + counted.stderr,
);

if (failures.length) {
  console.error(`\ntest:cli: ${failures.length} failed\n\n${failures.join('\n\n')}`);
  process.exitCode = 1;
} else console.log('test:cli: the packaged CLI works');
