// In-page side of "the dance" (after ../shared/bench-peers/dance/): a standalone <blueprint-bars> with its
// default motion; every capacity gets a new level and the bars move (CSS transitions). scripts/bench/pages.mjs
// drives it and reads Chromium's own counters (CDP Performance.getMetrics: ScriptDuration, TaskDuration) around
// the frames after the update, so the per-frame figures are the browser's accounting, not this page's guess.
//   start(seed)  right after a frame: sets the new profile, waits for the element's render and the frame
//                that shows it (frame 0, reported apart), and lists the animations that frame started
//   count()      counts frames until every one of those animations has finished
import 'blueprint-widgets/blueprint-bars/define.js';
import { toFramework, toProfile, appendAndRender } from '../peers/project-format.js';
import { relevel } from '../lib/doc.mjs';
import { fail, nextFrame } from './frame.js';

let bars;
let doc;
let animations = [];

async function run() {
  const B = window.__bench;
  doc = JSON.parse(document.getElementById('doc').textContent);
  bars = document.createElement('blueprint-bars');
  bars.framework = toFramework(doc);
  bars.profile = toProfile(doc);
  await appendAndRender(document.getElementById('app'), bars);
  await nextFrame(); // the entrance animations exist after the first frame's style recalc
  await Promise.all(bars.shadowRoot.getAnimations().map((a) => a.finished.catch(() => {})));
  await nextFrame();
  B.done = true;
}

window.__dance = {
  async start(seed) {
    await nextFrame();
    const start = performance.now();
    window.__bench.danceStart = start;
    bars.profile = toProfile(relevel(doc, seed));
    await bars.updateComplete;
    const returned = performance.now();
    const g = await nextFrame();
    animations = bars.shadowRoot.getAnimations();
    return { frame0: returned - start + (g.end - g.raf), animations: animations.length };
  },
  async count() {
    let frames = 0;
    let running = true;
    const tick = () => {
      frames++;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const begin = performance.now();
    await Promise.all(animations.map((a) => a.finished.catch(() => {})));
    running = false;
    const end = performance.now();
    await nextFrame(); // let the long-task observer deliver
    const B = window.__bench;
    const longTasks = B.flushLongTasks();
    return {
      frames,
      ms: end - begin,
      longest: Math.max(0, ...longTasks.filter((t) => t.start >= B.danceStart).map((t) => t.duration)),
    };
  },
};

run().catch(fail);
