/**
 * Long tasks in browser tests, measured so that a test means the same on an idle machine and on a busy one.
 *
 * Issue "nothing is lost" asks that big and long inputs render "without a long task over 200 ms". A wall-clock
 * limit alone fails on a machine whose cores are shared (CI and new users run `npm test` on 2 shared cores,
 * and it must pass there): the same render that takes 60 ms idle took 200–290 ms with the cores busy. So the
 * limit is 200 ms on this machine idle, scaled by how much slower the page's main thread is right now,
 * measured with a fixed piece of script just before the act (`longTaskLimit`). The faults these tests guard
 * against froze the page for 2 to 60 seconds, far beyond any scaled limit.
 */

/** The limit on this machine idle (issue 16). */
export const LONG_TASK_MS = 200;

/**
 * The calibration's duration on this 2-core machine idle (Chromium headless, nothing else running): the
 * median of 5 runs of `calibrate()` after a warm-up was 8–10 ms (load average about 1, 2026-12-06). Slower
 * means the cores are shared.
 */
const CALIBRATION_IDLE_MS = 10;

/** The most the limit is scaled (a machine 4× slower still fails a render of a second or more). */
const MAX_SLOWDOWN = 4;

let warmed = false;
let calibrations = 0;

/** A fixed piece of script (numbers, strings, an array sort): its duration follows the main thread's speed. */
function calibrate(): number {
  const start = performance.now();
  let text = '';
  const list: number[] = [];
  for (let i = 0; i < 60_000; i++) {
    list.push((i * 7919) % 10_007);
    if (i % 100 === 0) text += String(i).padStart(6, '0');
  }
  list.sort((a, b) => a - b);
  // Keep the result alive so the work cannot be skipped.
  if (text.length + list[0] < 0) throw new Error('unreachable');
  return performance.now() - start;
}

/**
 * The long-task limit for an act about to run: LONG_TASK_MS, times how much slower than idle the main
 * thread runs now (the median of 5 calibrations, at least 1, at most MAX_SLOWDOWN). Logged, so a failure
 * report says what it was held to.
 */
export function longTaskLimit(): number {
  // The first runs of a page are slower while the engine compiles the calibration: warm it once.
  if (!warmed) for (warmed = true; calibrations < 10; calibrations++) calibrate();
  const runs = Array.from({ length: 5 }, calibrate).sort((a, b) => a - b);
  const slowdown = Math.min(MAX_SLOWDOWN, Math.max(1, runs[2] / CALIBRATION_IDLE_MS));
  return Math.round(LONG_TASK_MS * slowdown);
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * The durations (ms) of the long tasks (over 50 ms) that ran while `work` ran, until the frame after it
 * (its style, layout and paint), and the limit they are held to (`longTaskLimit`, measured just before).
 * Buffered, so a task that ended before the observer's first delivery counts too.
 */
export async function longTasksDuring(
  work: () => Promise<unknown>,
): Promise<{ tasks: number[]; longest: number; limit: number }> {
  const limit = longTaskLimit();
  // The calibration is a task of its own, over before the act starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  const start = performance.now();
  await work();
  await frame();
  await frame();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  const tasks = seen.filter((e) => e.startTime + e.duration > start).map((e) => Math.round(e.duration));
  return { tasks, longest: Math.max(0, ...tasks), limit };
}
