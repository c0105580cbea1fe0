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
