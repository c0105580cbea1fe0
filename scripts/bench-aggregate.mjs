#!/usr/bin/env node
// `npm run bench:aggregate`: how fast `blueprint-widgets aggregate` counts a network of teams streamed from a
// JSON Lines file, and how much memory it holds, as the package ships it (dist/, after `npm run build`).
// Writes N generated profiles answering the improvement-teams sample (17 capacities) to a temp file, line by
// line, then runs the CLI in a child process per size and prints wall time, profiles per second and the
// child's peak resident memory (process.resourceUsage().maxRSS). Bounded memory shows as a peak that stays
// flat from 10,000 to 100,000 profiles. Prints figures; fails only if the CLI fails.
//   node scripts/bench-aggregate.mjs [--sizes 10000,100000]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/framework/cli.js');

// The child: runs the CLI's main in this process, then reports its own peak memory on stderr's last line.
if (process.argv[2] === '--child') {
  const { main } = await import(pathToFileURL(cli).href);
  const started = performance.now();
  let out = '';
  const code = await main(process.argv.slice(3), {
    out: (text) => (out += text),
    err: () => {},
    read: (file) => import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8')),
    write: async () => {},
  });
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({ code, ms, maxRssKiB: process.resourceUsage().maxRSS, json: JSON.parse(out) }),
  );
  process.exit(0);
}

if (!existsSync(cli)) {
  console.error('bench-aggregate: run `npm run build` first (it needs dist/framework/cli.js)');
  process.exit(1);
}
const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1] : '10000,100000').split(',').map(Number);

const framework = JSON.parse(readFileSync(join(root, 'src/data/improvement-teams.json'), 'utf8'));
const capacities = framework.groups.flatMap((g) => g.capacities.map((c) => c.id));
const levels = framework.levels.map((l) => l.id);

/** A deterministic stream of varied profiles (LCG), written line by line so the writer holds none. */
async function writeProfiles(file, count) {
  let seed = 20261206;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const stream = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const ratings = {};
    for (const id of capacities) {
      const r = random();
      if (r < 0.08) continue;
      ratings[id] =
        r < 0.12
          ? { status: 'unsure' }
          : r < 0.14
            ? { status: 'skipped' }
            : { status: 'rated', levelId: levels[Math.floor(random() * levels.length)] };
    }
    const line = JSON.stringify({
      schema: 'blueprint-profile/1',
      frameworkId: framework.id,
      team: `Team ${i + 1}`,
      ratings,
    });
    if (!stream.write(line + '\n')) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve) => stream.end(resolve));
}

const dir = await mkdtemp(join(tmpdir(), 'bp-bench-aggregate-'));
try {
  console.log(
    `aggregate: improvement-teams (${capacities.length} capacities), JSON Lines, one child process per size`,
  );
  for (const n of sizes) {
    const file = join(dir, `teams-${n}.jsonl`);
    await writeProfiles(file, n);
    const run = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--child',
        'aggregate',
        join(root, 'src/data/improvement-teams.json'),
        file,
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    const result = JSON.parse(run.stdout);
    if (result.code !== 0 || result.json.teams !== n) {
      console.error(
        `bench-aggregate: expected ${n} teams counted, got ${result.json.teams} (exit code ${result.code})`,
      );
      process.exit(1);
    }
    console.log(
      `  ${String(n).padStart(7)} profiles: ${(result.ms / 1000).toFixed(1)} s, ${Math.round(n / (result.ms / 1000)).toLocaleString('en')} profiles/s, peak memory ${(result.maxRssKiB / 1024).toFixed(0)} MiB`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
