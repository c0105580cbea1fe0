/**
 * Time budgets for browser tests that are slow by nature, not by fault. Mocha's default (5 s,
 * web-test-runner.config.mjs) suits a test that renders one widget; it does not suit running axe over a
 * page of widgets on a 2-core machine that is busy with other work, where a test must pass too
 * (no test that only passes when the machine is idle).
 *
 * Measured (wall clock inside Chromium, `npx wtr`, the sample framework's 17 capacities):
 * - axe over a provider holding a rubric, a report and a library: about 2 s idle; 14–17 s with two busy
 *   loops on the 2 cores plus other builds (load average 13);
 * - axe over the 17-capacity rubric alone: 5–8 s at that load; the first axe run of a page also loads
 *   and parses axe-core (550 KB): 2.7 s at that load;
 * - rendering that provider page: 0.3 s idle, 0.6–2 s at that load.
 * Every budget below is about twice the worst measurement. Raising it costs nothing when a test passes; it
 * only delays the report of a test that hangs.
 */

/** A test that renders and checks a whole page of widgets (axe included). */
export const HEAVY_TIMEOUT = 40_000;

/** What one axe run may take, on top of whatever the test spent before it (see test/support/setup.ts). */
export const AXE_TIMEOUT = 40_000;

/** How long a whole page of widgets may take to render (fetch the framework, first render, nested widgets). */
export const RENDER_TIMEOUT = 15_000;

/**
 * Gives a heavy test (or every test of a suite) HEAVY_TIMEOUT. The reason is required so that the test says
 * why it is slow, e.g. `heavy(this, 'axe over the rubric, the report and the library')`; call it first
 * thing in a `function () {}` test body or describe callback (an arrow function has no mocha `this`).
 */
export function heavy(ctx: { timeout(ms: number): unknown }, reason: string): void {
  if (!reason.trim()) throw new Error('heavy(this, reason): say why the test is slow');
  ctx.timeout(HEAVY_TIMEOUT);
}
