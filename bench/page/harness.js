// In-page benchmark runner for one element or reference, bundled with its adapter ('bench-adapter') by
// scripts/bench/build.mjs. Adapted from the shared peer harness (../shared/bench-peers/page/harness.js): the
// same timeline and the same definitions, so the figures compare with the peer harness's; here every page
// also runs its updates (not only at one N) and reports the element's height.
// Timeline (performance.now(), ms since navigation start):
//   t0       first line of the inline <head> script (scripts/bench/server.mjs)
//   mount    just before JSON.parse(doc) + adapter.mount(el, doc)
//   returned adapter.mount resolved (the element says it rendered)
//   raf      the next requestAnimationFrame callback (waiting for vsync ends here)
//   visible  a message task posted from that callback: runs after the frame's style, layout, paint and
//            commit, i.e. the element is on that frame
//   settled  the main thread has then been idle for 500 ms in a row (frame.js quiet())
// renderWork = (returned - mount) + (visible - raf): the main-thread work of the first render (script, style,
// layout, paint), without the idle wait for vsync.
// Updates: new levels for every capacity (relevel()), started right after a frame, adapter.update(doc), then
// the next frame: work = the update's JS + that frame's rendering; visible = wall time to that frame.
// These are wall-clock spans; the runner also reads the main thread's CPU time between the gates (mount, the
// first update, the steady updates), which a busy machine does not inflate.
// Scroll (`?scroll=<px>`, the rubric pages): from the top of the page to its end, that many px a frame; the
// runner reads the CPU time of the whole way down (what a person reading through the list costs the page).
import { mount } from 'bench-adapter';
import { relevel } from '../lib/doc.mjs';
import { fail, gate, nextFrame, quiet } from './frame.js';

async function run() {
  const B = window.__bench;
  const q = new URLSearchParams(location.search);
  const updates = Number(q.get('updates') || 0);
  B.main = performance.now();
  const el = document.getElementById('app');
  await gate('mount');
  B.mount = performance.now();
  const doc = JSON.parse(document.getElementById('doc').textContent);
  const handle = await mount(el, doc);
  B.returned = performance.now();
  const f = await nextFrame();
  B.raf = f.raf;
  B.visible = f.end;
  // The first render's CPU time ends here: the check below may force layouts (it reads every mark's box).
  await gate('rendered');
  // Then until the page is quiet: what the first render leaves behind (e.g. the browser's autofill reading
  // the form's fields) counts in "first render until quiet", whichever side of the gate above it ran on.
  await quiet();
  await gate('settled');
  B.renderEnd = performance.now(); // the first render's tasks start before this (pages.mjs)
  B.check = handle.check ? handle.check(doc) : null; // untimed (may force a layout)
  B.height = el.getBoundingClientRect().height;
  B.updates = [];
  let cur = doc;
  if (updates) await gate('first-update');
  for (let i = 0; i < updates; i++) {
    if (i === 1) await gate('steady');
    cur = relevel(cur, i + 1);
    await nextFrame(); // start right after a frame, like an input handler would
    const start = performance.now();
    await handle.update(cur);
    const returned = performance.now();
    const g = await nextFrame();
    B.updates.push({
      start,
      js: returned - start,
      visible: g.end - start,
      work: returned - start + (g.end - g.raf),
    });
  }
  // The untimed check may force layouts (every track drawn at once): its tasks are not the updates' (pages.mjs
  // counts long tasks that start before this; the check runs in the task that releases the gate, after it).
  B.checkStart = performance.now();
  if (updates) await gate('end');
  if (updates) B.updateCheck = handle.check ? handle.check(cur) : null;
  const step = Number(q.get('scroll') || 0);
  if (step) {
    scrollTo(0, 0);
    await nextFrame();
    await gate('scroll');
    B.scrollFrames = 0;
    const end = () => document.documentElement.scrollHeight - innerHeight;
    while (scrollY < end() - 1) {
      scrollBy(0, step);
      await nextFrame();
      B.scrollFrames++;
    }
    await gate('scrolled');
  }
  // Let the long-task observer deliver what it saw: its callbacks run as tasks, after the next frame at most.
  await nextFrame();
  B.flushLongTasks();
  B.done = true;
}
run().catch(fail);
