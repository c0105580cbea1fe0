// One page load of `npm run bench`, in a fresh browser context (no HTTP or code cache), after the shared peer
// harness (../shared/bench-peers/run.mjs). Nothing here sleeps: the pages say when they are done, and every wait
// is for a frame, an event or an animation.
import { median } from './stats.mjs';

const VIEWPORT = { width: 1000, height: 800 };

/** The longest of the page's long tasks (the Long Tasks API) that `keep` keeps; 0 when there is none. */
const longest = (B, keep) => Math.max(0, ...B.longTasks.filter(keep).map((t) => t.duration));

async function open(browser, url, timeoutMs) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Thread ticks: Chromium's duration counters are then the main thread's CPU time, which waiting for a core
  // on a busy machine does not inflate (wall-clock spans are measured in the page).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const limit = (what, promise) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  /** Main-thread CPU (ms) from here to the next call. */
  let last = null;
  const cpuLap = async () => {
    const now = (await metrics()).TaskDuration * 1000;
    const lap = last === null ? NaN : now - last;
    last = now;
    return lap;
  };
  const reach = async (name) => {
    const ok = await limit(
      `gate ${name}`,
      page.evaluate((n) => window.__bench.reached(n), name),
    );
    if (!ok) throw new Error(await page.evaluate(() => window.__bench.error));
  };
  const release = (name) => page.evaluate((n) => window.__bench.release(n), name);
  const done = async () => {
    await page.waitForFunction(() => window.__bench && window.__bench.done, null, {
      timeout: timeoutMs,
      polling: 50,
    });
    const B = await page.evaluate(() => window.__bench);
    if (B.error) throw new Error(B.error);
    return B;
  };
  return { context, page, cdp, errors, metrics, cpuLap, reach, release, done, limit };
}

/**
 * An element or a reference (bench/page/harness.js): first render, then `updates` updates, then (`scroll` px
 * a frame, 0: none) a scroll from the top of the page to its end. Besides the page's wall-clock figures, the
 * main thread's CPU time of the first render (mount to the frame that shows it; the untimed check after it is
 * left out), of the first update, per steady update, and of the whole scroll.
 */
export async function harnessPage(browser, origin, id, n, updates, timeoutMs, scroll = 0) {
  const { context, cdp, errors, metrics, cpuLap, reach, release, done } = await open(
    browser,
    `${origin}/p/${id}/?n=${n}&updates=${updates}${scroll ? `&scroll=${scroll}` : ''}`,
    timeoutMs,
  );
  try {
    await reach('mount');
    await cpuLap();
    await release('mount');
    await reach('rendered');
    const cpuRender = await cpuLap();
    await release('rendered');
    // Until the page is quiet: the first render and the work it leaves behind, which may run before the
    // counter above is read or after it (the sum does not depend on when).
    await reach('settled');
    const cpuSettled = cpuRender + (await cpuLap());
    await release('settled');
    // Between the two: the untimed check after the first render.
    await reach('first-update');
    await cpuLap();
    await release('first-update');
    await reach('steady');
    const cpuFirstUpdate = await cpuLap();
    await release('steady');
    await reach('end');
    const cpuUpdate = (await cpuLap()) / (updates - 1);
    await release('end');
    let cpuScroll = NaN;
    if (scroll) {
      await reach('scroll');
      await cpuLap();
      await release('scroll');
      await reach('scrolled');
      cpuScroll = await cpuLap();
      await release('scrolled');
    }
    const B = await done();
    // DOM nodes as Chromium counts them (CDP Performance.getMetrics), after garbage collection.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics();
    const updStart = B.updates.length ? B.updates[0].start : Infinity;
    return {
      renderWork: B.returned - B.mount + (B.visible - B.raf),
      cpuRender,
      cpuSettled,
      firstUpdate: B.updates[0]?.work ?? NaN,
      cpuFirstUpdate,
      update: median(B.updates.slice(1).map((u) => u.work)),
      cpuUpdate,
      updateVisible: median(B.updates.slice(1).map((u) => u.visible)),
      // The first render's tasks: from mount until the page is quiet, before the untimed check.
      renderLongTask: longest(B, (t) => t.start >= B.mount && t.start < B.renderEnd),
      // The updates' tasks: from the first update to the untimed check after the last (not the check's).
      longTask: longest(B, (t) => t.start >= updStart && t.start < B.checkStart),
      domNodes: m.Nodes,
      height: B.height,
      cpuScroll,
      scrollFrames: B.scrollFrames ?? NaN,
      problems: [
        ...errors,
        ...(B.check !== null && B.check !== true ? [`render check: ${B.check}`] : []),
        ...(B.updateCheck != null && B.updateCheck !== true ? [`update check: ${B.updateCheck}`] : []),
      ],
    };
  } finally {
    await context.close();
  }
}

/** A rating change inside a provider (bench/page/click.js): `clicks` clicks on rubric levels. */
export async function clickPage(browser, origin, id, n, clicks, timeoutMs) {
  const { context, errors, cpuLap, reach, release, done } = await open(
    browser,
    `${origin}/p/${id}/?n=${n}&clicks=${clicks}`,
    timeoutMs,
  );
  try {
    // The CPU time of each click alone (the page scrolls its level into view between them, untimed).
    let cpu = 0;
    for (let k = 0; k < clicks; k++) {
      await reach(`click-${k}`);
      await cpuLap();
      await release(`click-${k}`);
      await reach(`clicked-${k}`);
      cpu += await cpuLap();
      await release(`clicked-${k}`);
    }
    const cpuClick = cpu / clicks;
    await reach('end');
    await release('end');
    const B = await done();
    // Long tasks of the clicks themselves (not of the untimed scrolling between them).
    const inClick = (t) =>
      B.clicks.some((c) => t.start + t.duration > c.start && t.start < c.start + c.visible);
    return {
      click: median(B.clicks.map((c) => c.work)),
      cpuClick,
      clickVisible: median(B.clicks.map((c) => c.visible)),
      longTask: longest(B, inClick),
      problems: errors,
    };
  } finally {
    await context.close();
  }
}

/**
 * The dance (bench/page/dance.js): one animated update of every bar. Script and main-thread time per frame are
 * Chromium's own counters (ScriptDuration, TaskDuration; CPU time) over the frames after the update's frame,
 * until the last transition ends, divided by the frames counted in that time.
 */
export async function dancePage(browser, origin, n, seed, timeoutMs) {
  const { context, page, errors, metrics, done, limit } = await open(
    browser,
    `${origin}/p/dance/?n=${n}`,
    timeoutMs,
  );
  try {
    await done();
    const f0 = await limit(
      'dance update',
      page.evaluate((s) => window.__dance.start(s), seed),
    );
    if (!f0.animations) throw new Error('the update started no animation (is motion off?)');
    const m1 = await metrics();
    const r = await limit(
      'dance',
      page.evaluate(() => window.__dance.count()),
    );
    const m2 = await metrics();
    const perFrame = (key) => ((m2[key] - m1[key]) * 1000) / r.frames;
    return {
      frame0: f0.frame0,
      animations: f0.animations,
      frames: r.frames,
      danceMs: r.ms,
      script: perFrame('ScriptDuration'),
      task: perFrame('TaskDuration'),
      longTask: r.longest,
      problems: errors,
    };
  } finally {
    await context.close();
  }
}
