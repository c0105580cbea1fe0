// In-page runner for "a rating change inside a provider": a rubric and bars that share one profile; a click on a
// rubric level, then the frame that shows the bars updated. Bundled with one pair adapter ('bench-adapter'):
// bench/peers/project-provider.js (<blueprint-provider> with <capacity-rubric> and <blueprint-bars>) or
// bench/ref/lit-provider.js (the two hand-written Lit references sharing one document).
// Per click (started right after a frame, like a person's input):
//   work    = from the click to both elements rendered (JS) + the style/layout/paint of the next frame, without
//             the idle wait for vsync (the figure to hold under one frame, 16 ms)
//   visible = wall time from the click to the end of that frame (vsync wait included)
// The pair's check (untimed, after the last click) verifies that each clicked bar and rubric row show the new level.
import { mount } from 'bench-adapter';
import { fail, gate, nextFrame } from './frame.js';

async function run() {
  const B = window.__bench;
  const q = new URLSearchParams(location.search);
  const clicks = Number(q.get('clicks') || 5);
  B.mount = performance.now();
  const doc = JSON.parse(document.getElementById('doc').textContent);
  const handle = await mount(document.getElementById('app'), doc);
  await nextFrame();
  B.visible = performance.now();
  B.clicks = [];
  const caps = doc.capacities;
  const level = new Map(caps.map((c) => [c.id, c.level]));
  const clicked = [];
  await gate('clicks');
  for (let k = 0; k < clicks; k++) {
    // Spread over the document (first, middle, last, ...); always a different level than the current one.
    const i = Math.floor(((k + 0.5) * caps.length) / clicks);
    const id = caps[i].id;
    const next = (level.get(id) % doc.levels.length) + 1;
    const target = handle.target(i, next); // untimed: find the radio
    await nextFrame();
    const start = performance.now();
    target.click();
    await handle.settle();
    const returned = performance.now();
    const g = await nextFrame();
    B.clicks.push({
      start,
      js: returned - start,
      visible: g.end - start,
      work: returned - start + (g.end - g.raf),
    });
    level.set(id, next);
    clicked.push([k, i, next]);
  }
  await gate('end');
  // Untimed, after the CPU time is read: the checks may force layouts. Each click is on another capacity.
  for (const [k, i, next] of clicked) {
    const check = handle.check(i, next);
    if (check !== true) throw new Error(`click ${k} (capacity ${caps[i].id} to level ${next}): ${check}`);
  }
  await nextFrame();
  B.flushLongTasks();
  B.done = true;
}
run().catch(fail);
