// In-page runner for "a rating change inside a provider": a rubric and bars that share one profile; a click on a
// rubric level, then the frame that shows the bars updated. Bundled with one pair adapter ('bench-adapter'):
// bench/peers/project-provider.js (<blueprint-provider> with <capacity-rubric> and <blueprint-bars>) or
// bench/ref/lit-provider.js (the two hand-written Lit references sharing one document).
// Per click (on a level scrolled into view, started right after a frame, like a person's input):
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
  for (let k = 0; k < clicks; k++) {
    // Spread over the document (first, middle, last, ...); always a different level than the current one.
    const i = Math.floor(((k + 0.5) * caps.length) / clicks);
    const id = caps[i].id;
    const next = (level.get(id) % doc.levels.length) + 1;
    const target = handle.target(i, next); // untimed: find the radio
    // Untimed: a person clicks a level they can see, on a page at rest. Clicking a radio in a row that
    // `content-visibility: auto` skips makes Chromium lay the row out for two frames and skip it again, frames no
    // person's click pays; and what comes into view after a scroll is drawn over the next frames (visibility and
    // intersection reports come after a frame, the renders they start in the next): so the level is scrolled into
    // view, then a few frames and an idle moment pass before the click.
    target.scrollIntoView({ block: 'center' });
    for (let f = 0; f < 6; f++) await nextFrame();
    await new Promise((r) => requestIdleCallback(r));
    // The runner reads the CPU counters between this gate and the next: this click's work only.
    await gate(`click-${k}`);
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
    await gate(`clicked-${k}`);
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
