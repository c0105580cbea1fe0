// The frame bookkeeping every bench page shares (as the shared peer harness defines it,
// ../shared/bench-peers/page/harness.js).

/**
 * Resolves after the next frame is produced: `raf` when its requestAnimationFrame callback ran (the wait for
 * vsync ends), `end` when a message task posted from that callback ran, i.e. after the frame's style, layout,
 * paint and commit.
 */
export const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const raf = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve({ raf, end: performance.now() });
      ch.port2.postMessage(0);
    }),
  );

// Gates: the page stops at a named point until the runner releases it, so that the runner can read Chromium's
// CPU-time counters (CDP Performance.getMetrics, thread ticks) between two phases of the page with nothing
// else running. `window.__bench.reached(name)` resolves when the page is there; `release(name)` lets it go on.
const gates = new Map();
const gateOf = (name) => {
  if (!gates.has(name)) {
    const g = {};
    g.reached = new Promise((r) => (g.arrive = r));
    g.released = new Promise((r) => (g.go = r));
    gates.set(name, g);
  }
  return gates.get(name);
};
let failed;
const failure = new Promise((r) => (failed = r));
window.__bench.reached = (name) => Promise.race([gateOf(name).reached.then(() => true), failure]);
window.__bench.release = (name) => gateOf(name).go();

/** Ends the page with an error: the runner's waits end (`reached` resolves to false). */
export function fail(e) {
  window.__bench.error = String((e && e.stack) || e);
  window.__bench.done = true;
  failed(false);
}

/** Waits at the gate `name` until the runner releases it. */
export function gate(name) {
  const g = gateOf(name);
  g.arrive();
  return g.released;
}

/**
 * Resolves once the main thread has been idle for `ms` in a row: idle callbacks arriving back to back, each
 * with a whole idle period before it (40 ms or more of its 50), none late. Then the work a render leaves
 * behind has run, the browser's own included (Chrome's autofill reads a page's form fields soon after they
 * appear, and a text field in a skipped `content-visibility: auto` box costs that box's layout). Gives up
 * after `limitMs`: a page that never rests is measured up to there.
 */
export function quiet(ms = 500, limitMs = 10000) {
  return new Promise((resolve) => {
    const start = performance.now();
    let since = start;
    let last = start;
    const tick = (deadline) => {
      const now = performance.now();
      if (deadline.timeRemaining() < 40 || now - last > 60) since = now;
      last = now;
      if (now - since >= ms || now - start >= limitMs) resolve();
      else requestIdleCallback(tick);
    };
    requestIdleCallback(tick);
  });
}
