#!/usr/bin/env node
// `node scripts/bench-team.mjs`: how fast a team session takes 30 members' answers to a framework of 200
// capacities and shows them, in headless Chromium (issue 17's goal: under 50 ms). Bundles the real provider
// and <team-session> (production Lit, minified, as a partner's page gets them), builds a framework of 200
// capacities (the sample's 17, repeated, with four roles), and 30 members' answer files (each capacity
// answered at a level, "not sure" or skipped; the same seed every run). Then, in a page with the session
// already revealed, it times (median of RUNS fresh sessions):
//   read      = readMemberAnswers on the 30 files (validation included)
//   merge     = mergeMembers + the store's one act (add-raters)
//   counts    = the revealed view's counts and agenda (distribution + disagreement) alone
//   render    = from the store's act to the revealed distribution re-rendered and a frame painted
//   total     = read + merge + render: what the facilitator waits for after dropping the 30 files
//   agree     = one "agree" click to the distribution re-rendered and painted
// It prints figures; it is not a timed test and fails only if the page breaks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { bundleForBench } from './bench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CAPACITIES = Number(process.env.BENCH_CAPACITIES ?? 200);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const code = await bundleForBench(root, 'scripts/bench/team-entry.ts');

// 200 capacities: the sample's, repeated with new ids, in groups of the sample's size.
const sample = JSON.parse(readFileSync(join(root, 'src/data/improvement-teams.json'), 'utf8'));
const originals = sample.groups.flatMap((g) => g.capacities);
const groups = [];
for (let i = 0; i < CAPACITIES; i++) {
  const c = originals[i % originals.length];
  const capacity = {
    ...c,
    id: `${c.id}-${i}`,
    label: `${typeof c.label === 'string' ? c.label : c.label.en} ${i}`,
  };
  if (i % 10 === 0)
    groups.push({ id: `group-${groups.length}`, label: `Group ${groups.length + 1}`, capacities: [] });
  groups.at(-1).capacities.push(capacity);
}
const framework = {
  ...sample,
  groups,
  actions: [],
  equityConsiderations: [],
  resources: [],
  roles: [
    { id: 'teacher', label: 'Teacher' },
    { id: 'leader', label: 'School leader' },
    { id: 'family', label: 'Family' },
    { id: 'student', label: 'Student' },
  ],
};
delete framework.providers;

// A small seeded generator: the same members every run.
let seed = 17;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const levelIds = sample.levels.map((l) => l.id);
const members = Array.from({ length: MEMBERS }, (_, m) => {
  const ratings = {};
  for (const g of groups)
    for (const c of g.capacities) {
      const r = random();
      ratings[c.id] =
        r < 0.08
          ? { status: 'unsure' }
          : r < 0.12
            ? { status: 'skipped' }
            : { status: 'rated', levelId: levelIds[Math.floor(random() * levelIds.length)] };
    }
  return JSON.stringify({
    schema: 'blueprint-profile/1',
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    updatedAt: new Date(Date.UTC(2026, 4, 1, 9, m)).toISOString(),
    respondent: { name: `Member ${m + 1}`, role: framework.roles[m % 4].id },
    ratings,
  });
});

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => globalThis.bench && customElements.get('team-session'));

  const result = await page.evaluate(
    async ({ framework, members, runs }) => {
      const { parseFramework, readMemberAnswers, mergeMembers, distribution, disagreement } =
        globalThis.bench;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      const parsed = parseFramework(framework);
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const model = parsed.value;
      const times = { read: [], merge: [], counts: [], render: [], total: [], agree: [] };
      let shown = 0;
      for (let run = 0; run < runs; run++) {
        const main = document.querySelector('main');
        main.textContent = '';
        const provider = document.createElement('blueprint-provider');
        provider.setAttribute('persist', 'off');
        provider.framework = model;
        const session = document.createElement('team-session');
        session.revealed = true;
        provider.append(session);
        main.append(provider);
        while (!provider.store.profile) await frame();
        await session.updateComplete;
        await frame();
        const store = provider.store;

        let t = performance.now();
        const read = members.map((text, i) =>
          readMemberAnswers(model, { name: `member-${i + 1}.json`, text }),
        );
        const readMs = performance.now() - t;
        if (read.some((r) => !r.ok)) throw new Error(read.find((r) => !r.ok).message);
        t = performance.now();
        const merged = mergeMembers(
          model,
          store.profile,
          read.map((r) => r.member),
        );
        store.addRaters(merged.added, session);
        const mergeMs = performance.now() - t;
        t = performance.now();
        await session.updateComplete;
        times.update = [...(times.update ?? []), performance.now() - t];
        await frame();
        const renderMs = performance.now() - t;
        t = performance.now();
        distribution(model, store.profile, { byRole: true });
        disagreement(model, store.profile);
        times.counts.push(performance.now() - t);
        shown = session.shadowRoot.querySelectorAll('[part~="capacity"]').length;
        if (store.profile.raters.length !== members.length) throw new Error('not every member was merged');

        const button = session.shadowRoot.querySelector('[part~="capacity"] .level');
        t = performance.now();
        button.click();
        await session.updateComplete;
        await frame();
        times.agree.push(performance.now() - t);

        times.read.push(readMs);
        times.merge.push(mergeMs);
        times.render.push(renderMs);
        times.total.push(readMs + mergeMs + renderMs);
      }
      return {
        shown,
        ...Object.fromEntries(
          Object.entries(times).map(([k, xs]) => [k, { median: median(xs), max: Math.max(...xs) }]),
        ),
      };
    },
    { framework, members, runs: RUNS },
  );

  const ms = (x) => `median ${x.median.toFixed(1)} ms, max ${x.max.toFixed(1)} ms`;
  console.log(
    `team-session benchmark: ${MEMBERS} members × ${CAPACITIES} capacities, ${RUNS} fresh sessions, headless Chromium (${await browser.version()})`,
  );
  console.log(`  read + validate ${MEMBERS} answer files        ${ms(result.read)}`);
  console.log(`  merge as raters (one store act)        ${ms(result.merge)}`);
  console.log(`  counts + agenda alone                  ${ms(result.counts)}`);
  console.log(
    `  re-render the revealed distribution    ${ms(result.render)}  (${result.shown} capacities drawn)`,
  );
  console.log(
    `  merge + re-render (goal: under 50 ms)  ${ms({ median: result.merge.median + result.render.median, max: result.merge.max + result.render.max })}`,
  );
  console.log(`  read + merge + re-render               ${ms(result.total)}`);
  console.log(`  of which Lit's update (no layout)      ${ms(result.update)}`);
  console.log(`  one "agree" click, re-rendered         ${ms(result.agree)}`);
  if (errors.length) {
    console.error(`page errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
