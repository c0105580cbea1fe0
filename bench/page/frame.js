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
