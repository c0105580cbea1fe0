#!/usr/bin/env node
// `node scripts/bench-parse.mjs [runs]`: how long validation takes in Node (issue 14), for the bench document
// (bench/lib/doc.mjs as a framework and a profile, bench/peers/project-format.js) at N = 24, 200 and 2000
// capacities. Bundles src/framework with esbuild (minified, as shipped), then prints the main thread's CPU
// time, median of many runs, of parseFramework given an object (what an element's `framework` property
// gets), parseProfile of the team's answers against it, and parseFramework given the JSON text. The first
// call of a page (code not yet compiled) costs several times more: compare two commits with
// `git stash`/`git checkout` and the same command. It prints figures; it is not a timed test.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 60);
const bundle = await build({
  entryPoints: [join(root, 'src/framework/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  minify: true,
  write: false,
  logLevel: 'error',
});
const fw = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
const { makeDoc } = await import(pathToFileURL(join(root, 'bench/lib/doc.mjs')).href);
const { toFramework, toProfile } = await import(
  pathToFileURL(join(root, 'bench/peers/project-format.js')).href
);

// CPU time, not wall clock: the machines this runs on are shared and small.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (list) => list.sort((a, b) => a - b)[list.length >> 1];
const timed = (list, run) => {
  const start = cpu();
  const result = run();
  list.push(cpu() - start);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.value;
};

for (const n of [24, 200, 2000]) {
  const doc = makeDoc(n);
  const framework = toFramework(doc);
  const profile = toProfile(doc);
  const text = JSON.stringify(framework);
  const object = [];
  const answers = [];
  const fromText = [];
  for (let i = 0; i < (n >= 2000 ? Math.max(10, Math.round(runs / 3)) : runs); i++) {
    const model = timed(object, () => fw.parseFramework(framework));
    timed(answers, () => fw.parseProfile(profile, model));
    timed(fromText, () => fw.parseFramework(text));
  }
  const ms = (list) => `${median(list).toFixed(2)} ms`.padStart(9);
  console.log(
    `N=${String(n).padEnd(5)} parseFramework(object) ${ms(object)}   parseProfile ${ms(answers)}   parseFramework(text) ${ms(fromText)}`,
  );
}
