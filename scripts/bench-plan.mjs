#!/usr/bin/env node
// `node scripts/bench-plan.mjs`: how fast a big action plan is (issue 18), in headless Chromium. Bundles the
// real elements (production Lit, minified), makes a profile of the sample framework with 200 plan items and
// 50 snapshots, then prints milliseconds for:
//   validate   = parseProfile of that profile (the provider does it once when it comes in)
//   plan       = <action-plan> in a provider: to its first painted frame, and to every step drawn
//   edit       = one plan edit (a status changed in its select) → stored, re-rendered and painted
//   report     = <blueprint-report> with the same profile: to every section and the plan part drawn
// and the longest task (over 50 ms) seen during each, which should stay under 200 ms.
// It prints figures; it is not a timed test and fails only if the page breaks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { bundleForBench } from './bench/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ITEMS = Number(process.env.BENCH_PLAN_ITEMS ?? 200);
const SNAPSHOTS = Number(process.env.BENCH_SNAPSHOTS ?? 50);

const code = await bundleForBench(root, 'scripts/bench/plan-entry.ts');
const framework = JSON.parse(readFileSync(join(root, 'src/data/improvement-teams.json'), 'utf8'));

const capacities = framework.groups.flatMap((g) => g.capacities.map((c) => c.id));
const levels = framework.levels.map((l) => l.id);
const ratingsAt = (shift) =>
  Object.fromEntries(
    capacities.map((id, i) => [
      id,
      { status: 'rated', levelId: levels[(i + shift) % levels.length], ratedAt: '2026-01-01T00:00:00.000Z' },
    ]),
  );
const statuses = ['planned', 'doing', 'done', 'dropped'];
const profile = {
  schema: 'blueprint-profile/1',
  frameworkId: framework.id,
  updatedAt: '2026-10-01T00:00:00.000Z',
  ratings: ratingsAt(1),
  snapshots: Array.from({ length: SNAPSHOTS }, (_, i) => ({
    takenAt: new Date(Date.UTC(2022, 0, 1 + i * 14)).toISOString(),
    label: `Moment ${i + 1}`,
    ratings: ratingsAt(i),
  })),
  plan: Array.from({ length: ITEMS }, (_, i) => ({
    id: `step-${i}`,
    capacityId: capacities[i % capacities.length],
    title: `Step ${i + 1}: try one change with a small group and look at what happened`,
    owner: `Owner ${i % 9}`,
    due: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    status: statuses[i % 4],
    measure: 'Attendance of the group, each week',
    note: i % 3 ? undefined : 'A note the team wrote about this step.',
    createdAt: new Date(Date.UTC(2023, 0, 1 + i)).toISOString(),
    updatedAt: new Date(Date.UTC(2023, 0, 1 + i)).toISOString(),
  })),
  extensions: { 'blueprint-widgets': { priorities: capacities.slice(0, 3) } },
};

const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setContent('<!doctype html><html lang="en"><body><main></main></body></html>');
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => globalThis.bench && customElements.get('action-plan'));

  const result = await page.evaluate(
    async ({ framework, profile, middle }) => {
      const { parseFramework, parseProfile } = globalThis.bench;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const longest = async (work) => {
        const seen = [];
        const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
        observer.observe({ type: 'longtask', buffered: false });
        const start = performance.now();
        const out = await work();
        await frame();
        seen.push(...observer.takeRecords());
        observer.disconnect();
        return {
          ...out,
          total: performance.now() - start,
          longTask: Math.max(0, ...seen.map((e) => e.duration)),
        };
      };
      const model = parseFramework(framework).value;
      let t = performance.now();
      const parsed = parseProfile(profile, model);
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const validateMs = performance.now() - t;

      const main = document.querySelector('main');
      const provider = document.createElement('blueprint-provider');
      provider.setAttribute('persist', 'off');
      provider.framework = model;
      provider.profile = parsed.value;
      main.append(provider);
      await provider.updateComplete;
      while (!provider.profile) await frame();

      const plan = document.createElement('action-plan');
      plan.today = '2026-06-15';
      const planRun = await longest(async () => {
        const start = performance.now();
        provider.append(plan);
        await frame();
        const firstFrame = performance.now() - start;
        await plan.updateComplete;
        return { firstFrame, items: plan.shadowRoot.querySelectorAll('[part~="item"]').length };
      });

      const editRun = await longest(async () => {
        const select = plan.shadowRoot.querySelector(`#f-status-step-${middle}`);
        select.value = 'done';
        select.dispatchEvent(new Event('change'));
        await plan.updateComplete;
        return { status: provider.profile.plan[middle].status };
      });
      plan.remove();

      const report = document.createElement('blueprint-report');
      const reportRun = await longest(async () => {
        const start = performance.now();
        provider.append(report);
        await frame();
        const firstFrame = performance.now() - start;
        await report.updateComplete;
        const embedded = report.shadowRoot.querySelector('action-plan');
        await embedded?.updateComplete;
        return {
          firstFrame,
          items: embedded?.shadowRoot.querySelectorAll('[part~="item"]').length ?? 0,
          since: !!report.shadowRoot.querySelector('[part~="since"]'),
        };
      });
      return { validateMs, planRun, editRun, reportRun };
    },
    { framework, profile, middle: Math.floor(ITEMS / 2) },
  );

  const ms = (x) => `${x.toFixed(1)} ms`;
  const { validateMs, planRun, editRun, reportRun } = result;
  console.log(
    `action-plan benchmark: ${ITEMS} plan items, ${SNAPSHOTS} snapshots, headless Chromium (${await browser.version()})`,
  );
  console.log(`  validate the profile                 ${ms(validateMs)}`);
  console.log(
    `  <action-plan>: first frame          ${ms(planRun.firstFrame)}; all ${planRun.items} steps ${ms(planRun.total)}; longest task ${ms(planRun.longTask)}`,
  );
  console.log(
    `  one edit (status → ${editRun.status})         ${ms(editRun.total)}; longest task ${ms(editRun.longTask)}`,
  );
  console.log(
    `  <blueprint-report>: first frame     ${ms(reportRun.firstFrame)}; all (plan ${reportRun.items} steps, since ${reportRun.since}) ${ms(reportRun.total)}; longest task ${ms(reportRun.longTask)}`,
  );
  const worst = Math.max(planRun.longTask, editRun.longTask, reportRun.longTask);
  console.log(
    `  longest task overall                 ${ms(worst)} (${worst > 200 ? 'OVER' : 'within'} 200 ms)`,
  );
  if (errors.length) {
    console.error(`page errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
