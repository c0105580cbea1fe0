/**
 * <blueprint-trend>: progress over time (issue 18). Lines and points against the levels' scale, the data
 * table, one group's capacities, the keyboard with its announcements and focus, motion, and the edge cases
 * (no saved moment, one, gaps, a level the framework dropped, an unknown group, 20 moments, 320 px, long
 * names, right to left, dark), each with axe.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { watchLiveRegions } from '../support/live-regions.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-trend/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { BlueprintTrend } from '../../src/components/blueprint-trend/blueprint-trend.js';
import type { BpErrorEvent } from '../../src/events/index.js';
import type { Profile, Ratings } from '../../src/framework/schema.js';

const LEVELS = ['Beginning', 'Developing', 'Practicing', 'Leading'];

/** A framework: 4 levels, group g0 with 3 capacities, g1 with 2 (names can be made long). */
function made(name: (g: number) => string = (g) => `Group ${g + 1}`) {
  return {
    schema: 'blueprint-framework/1',
    id: 'made',
    version: '2',
    title: 'Made-up framework',
    levels: LEVELS.map((label, r) => ({ id: `l${r}`, rank: r, label })),
    groups: [3, 2].map((n, g) => ({
      id: `g${g}`,
      label: name(g),
      capacities: Array.from({ length: n }, (_, c) => ({
        id: `c${g}-${c}`,
        label: `Capacity ${g + 1}.${c + 1}`,
      })),
    })),
  };
}

/** Ratings from ranks by capacity id (undefined: not answered; a string: a level id as given). */
function ratings(ranks: Record<string, number | string | undefined>): Ratings {
  const out: Ratings = {};
  for (const [id, r] of Object.entries(ranks))
    if (r !== undefined) out[id] = { status: 'rated', levelId: typeof r === 'string' ? r : `l${r}` };
  return out;
}

/** The levels of each capacity at 4 saved moments and now. g0's median: 0, 1, 1, 2, 3; g1's (lower of two): 0, 0, 1, 1, 2. */
const HISTORY: Record<string, number[]> = {
  'c0-0': [0, 1, 1, 2, 3],
  'c0-1': [0, 1, 2, 2, 3],
  'c0-2': [1, 0, 0, 3, 3],
  'c1-0': [0, 0, 1, 1, 2],
  'c1-1': [1, 1, 2, 3, 3],
};
const G0 = [0, 1, 1, 2, 3];
const G1 = [0, 0, 1, 1, 2];
const LABELS = ['Fall 2024', 'Spring 2025', 'Fall 2025', 'Spring 2026'];
const DATES = ['2024-10-01', '2025-03-15', '2025-10-01', '2026-03-15'];

function atMoment(i: number, edit: (id: string, rank: number) => number | string | undefined = (_, r) => r) {
  return ratings(Object.fromEntries(Object.entries(HISTORY).map(([id, r]) => [id, edit(id, r[i])])));
}

function profileWith(n: number, edit?: Parameters<typeof atMoment>[1]): Profile {
  return {
    schema: 'blueprint-profile/1',
    frameworkId: 'made',
    updatedAt: '2026-05-20T10:00:00.000Z',
    ratings: atMoment(4, edit),
    snapshots: Array.from({ length: n }, (_, k) => ({
      takenAt: DATES[k],
      label: LABELS[k],
      ratings: atMoment(k, edit),
    })),
  };
}

/** Many saved moments, a day apart, each labelled with a long-ish date-like name. */
function manyMoments(n: number): Profile {
  const snapshots = Array.from({ length: n }, (_, k) => ({
    takenAt: new Date(Date.UTC(2016, 0, 1) + k * 120 * 864e5).toISOString(),
    label: `Meeting ${k + 1} of the year`,
    ratings: atMoment(k % 4),
  }));
  return { schema: 'blueprint-profile/1', frameworkId: 'made', ratings: atMoment(4), snapshots };
}

async function trend(template: ReturnType<typeof html>): Promise<BlueprintTrend> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'blueprint-trend' ? host : host.querySelector('blueprint-trend')!
  ) as BlueprintTrend;
  return drawn(el);
}

/** Waits for the chart: the framework validated (the validator loads on first use) and the width observed. */
async function drawn(el: BlueprintTrend): Promise<BlueprintTrend> {
  await waitUntil(() => el.shadowRoot?.querySelector('svg, [part~="error"]'), 'never drawn', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

const root = (el: BlueprintTrend) => el.shadowRoot!;
const lines = (el: BlueprintTrend) => [...root(el).querySelectorAll<SVGPathElement>('[part~="line"]')];
const points = (el: BlueprintTrend, line?: string) => [
  ...root(el).querySelectorAll<SVGGElement>(`[part~="point"]${line ? `[data-line="${line}"]` : ''}`),
];
const guides = (el: BlueprintTrend) => [...root(el).querySelectorAll<SVGLineElement>('.guide')];
const notes = (el: BlueprintTrend) =>
  [...root(el).querySelectorAll('[part~="note"]')].map((n) => n.textContent.trim());
/** The accessible name of the focused point (what a screen reader reads as the focus lands). */
const name = (el: BlueprintTrend) => focused(el)?.getAttribute('aria-label');
const focused = (el: BlueprintTrend) => root(el).activeElement as SVGGElement | null;
const text = (n: Element) => n.textContent.replace(/\s+/g, ' ').trim();

/** A point's position, read from its transform (`translate(xpx, ypx)`). */
function at(p: SVGGElement): [number, number] {
  const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(p.style.transform);
  if (!m) throw new Error(`no position in "${p.style.transform}"`);
  return [Number(m[1]), Number(m[2])];
}

/** The points a path goes through: its M and L points and the end point of each C segment (d3's output). */
function pathPoints(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => {
      const out: [number, number][] = [];
      const re = /([MLCZ]?)([^MLCZ]*)/g;
      let first = true;
      for (const m of ('M' + run).matchAll(re)) {
        const nums = m[2].split(/[ ,]+/).filter(Boolean).map(Number);
        if (!m[1] || m[1] === 'Z') continue;
        if (first || m[1] === 'L') out.push([nums[0], nums[1]]);
        else if (m[1] === 'C') out.push([nums[4], nums[5]]);
        first = false;
      }
      return out;
    });
}

async function showTable(el: BlueprintTrend) {
  root(el).querySelector<HTMLButtonElement>('.toggle')!.click();
  await el.updateComplete;
  return root(el).querySelector('table')!;
}

describe('<blueprint-trend>', () => {
  const doc = made();

  it('draws one line per group through each moment, at the group’s summary level, and a 5-column table', async () => {
    const el = await trend(
      html`<blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>`,
    );
    expect(lines(el).map((l) => l.dataset['line'])).to.deep.equal(['g0', 'g1']);
    const levelY = guides(el).map((g) => Number(g.getAttribute('y1')));
    expect(levelY).to.have.length(4);
    // Higher levels are drawn higher.
    expect(levelY[3]).to.be.below(levelY[0]);
    for (const [id, expected] of [
      ['g0', G0],
      ['g1', G1],
    ] as const) {
      const pts = points(el, id);
      expect(pts.map((p) => Number(p.dataset['rank']))).to.deep.equal(expected);
      const xy = pts.map(at);
      // Each point sits on its level's guide (moved off it by the line's small dodge only).
      xy.forEach(([, y], i) =>
        expect(y - Number(pts[i].dataset['dodge'])).to.be.closeTo(levelY[expected[i]], 0.01),
      );
      // Time runs left to right.
      for (let i = 1; i < xy.length; i++) expect(xy[i][0]).to.be.above(xy[i - 1][0]);
      // The path goes through exactly these points, in one piece.
      const path = lines(el).find((l) => l.dataset['line'] === id)!;
      const runs = pathPoints(path.getAttribute('d')!);
      expect(runs).to.have.length(1);
      expect(runs[0]).to.have.length(5);
      runs[0].forEach(([x, y], i) => {
        expect(x).to.be.closeTo(xy[i][0], 0.01);
        expect(y).to.be.closeTo(xy[i][1], 0.01);
      });
    }
    const table = await showTable(el);
    const heads = [...table.querySelectorAll('thead th')].map(text);
    expect(heads).to.have.length(6);
    expect(heads.slice(1).map((h) => h.split(' ').slice(0, 2).join(' '))).to.deep.equal([...LABELS, 'Now']);
    const row = [...table.querySelectorAll('tbody tr[data-line="g0"] td')].map(text);
    expect(row.map((c) => c.split(' (')[0])).to.deep.equal(G0.map((r) => LEVELS[r]));
    // The group's spread is in the table too: at the second moment its capacities span Beginning to Developing.
    expect(row[1]).to.equal('Developing (Beginning to Developing)');
    expect(text(root(el).querySelector('#summary')!)).to.contain('2 groups over 5 moments');
    await expect(el).to.be.accessible();
  });

  it('with group="…", draws that group’s capacities, each point at its own level', async () => {
    const el = await trend(
      html`<blueprint-trend group="g0" .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>`,
    );
    expect(lines(el).map((l) => l.dataset['line'])).to.deep.equal(['c0-0', 'c0-1', 'c0-2']);
    for (const id of ['c0-0', 'c0-1', 'c0-2'])
      expect(points(el, id).map((p) => Number(p.dataset['rank']))).to.deep.equal(HISTORY[id]);
    // No spread for single capacities.
    expect(root(el).querySelector('.area')).to.be.null;
    const table = await showTable(el);
    expect(text(table.querySelector('thead th')!)).to.equal('Capacity');
    expect([...table.querySelectorAll('tbody th')].map(text)).to.deep.equal([
      'Capacity 1.1',
      'Capacity 1.2',
      'Capacity 1.3',
    ]);
    await expect(el).to.be.accessible();
  });

  it('is one tab stop; arrows, Home and End move between points, each named with the one before it', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <button>before</button><blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend
        ><button>after</button>
      </div>`,
    );
    const el = await drawn(host.querySelector('blueprint-trend')!);
    host.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    // The tab stop starts on the first line's latest point.
    expect(focused(el)?.dataset['line']).to.equal('g0');
    expect(focused(el)?.dataset['moment']).to.equal('4');
    const ring = focused(el)!.querySelector('.ring')!;
    expect(getComputedStyle(ring).stroke).to.not.equal('none');
    const watch = watchLiveRegions();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)?.dataset['moment']).to.equal('3');
    // The focused point's name says it with the one before it; no live region says it again.
    expect(name(el)).to.equal('Group 1: Developing in Fall 2025, Practicing in Spring 2026');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect([focused(el)?.dataset['line'], focused(el)?.dataset['moment']]).to.deep.equal(['g1', '3']);
    expect(name(el)).to.equal('Group 2: Developing in Fall 2025, Developing in Spring 2026');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)?.dataset['moment']).to.equal('0');
    expect(name(el)).to.equal('Group 2: Beginning in Fall 2024');
    await sendKeys({ press: 'ArrowLeft' }); // nothing before the first: stays
    expect(focused(el)?.dataset['moment']).to.equal('0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.dataset['moment']).to.equal('4');
    expect(name(el)).to.equal('Group 2: Developing in Spring 2026, Practicing now');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)?.dataset['line']).to.equal('g0');
    watch.stop();
    expect(
      watch.changes.map((c) => c.text),
      'live-region changes',
    ).to.deep.equal([]);
    // Only one point is in the tab order: Tab leaves the chart for the table toggle.
    expect(points(el).filter((p) => p.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('toggle')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('inside a provider: draws the shared profile, and a moment saved through the store joins the chart', async () => {
    const host = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off" .framework=${doc} .profile=${profileWith(2)}>
        <blueprint-trend></blueprint-trend>
      </blueprint-provider>`,
    );
    const el = await drawn(host.querySelector('blueprint-trend')!);
    expect(points(el, 'g0')).to.have.length(3);
    host.store.saveSnapshot('Winter check-in');
    await waitUntil(() => points(el, 'g0').length === 4, 'the new moment never came');
    const table = await showTable(el);
    const heads = [...table.querySelectorAll('thead th')].map(text);
    expect(heads[3]).to.match(/^Winter check-in /);
    expect(heads[4]).to.equal('Now');
    await expect(el).to.be.accessible();
  });

  it('prints the chart with its data table, without the toggle', async () => {
    const el = await trend(
      html`<blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>`,
    );
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const table = root(el).querySelector('table')!;
      expect(table.querySelectorAll('thead th')).to.have.length(6);
      expect(getComputedStyle(root(el).querySelector('.table-wrap')!).position).to.equal('static');
      expect(getComputedStyle(root(el).querySelector('.toggle')!).display).to.equal('none');
      expect(table.getBoundingClientRect().height).to.be.above(50);
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.be.null;
  });

  it('right to left: time runs from right to left, and so do the arrow keys', async () => {
    const host = await fixture<HTMLElement>(
      html`<div dir="rtl" style="width: 700px">
        <blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>
      </div>`,
    );
    const el = await drawn(host.querySelector('blueprint-trend')!);
    const xs = points(el, 'g0').map((p) => at(p)[0]);
    expect(xs[4]).to.be.below(xs[0]);
    points(el, 'g0')[4].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset['moment']).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('respects reduced motion and --bp-motion-duration: 0ms', async () => {
    const el = await trend(
      html`<blueprint-trend
        style="--bp-motion-duration: 300ms"
        .framework=${doc}
        .profile=${profileWith(4)}
      ></blueprint-trend>`,
    );
    const duration = () => getComputedStyle(lines(el)[0]).transitionDuration;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(duration()).to.equal('0.3s');
      expect(getComputedStyle(points(el)[0]).transitionDuration).to.equal('0.3s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(duration()).to.equal('0s');
      expect(getComputedStyle(root(el).querySelector('svg')!).animationName).to.equal('none');
      await emulateMedia({ reducedMotion: 'no-preference' });
      el.style.setProperty('--bp-motion-duration', '0ms');
      expect(duration()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('beside the bars (one observer for both charts): each follows its box, also once moved, with no loop error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    addEventListener('error', onError);
    try {
      const box = await fixture<HTMLElement>(
        html`<div style="width: 900px">
          <blueprint-bars .framework=${doc} .profile=${profileWith(4)}></blueprint-bars>
          <blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>
        </div>`,
      );
      const el = await drawn(box.querySelector('blueprint-trend')!);
      const bars = box.querySelector('blueprint-bars')!;
      const plot = () => bars.shadowRoot?.querySelector('[role="toolbar"]');
      await waitUntil(plot, 'the bars were never drawn', { timeout: 4000 });
      const width = () => Number(root(el).querySelector('svg')!.getAttribute('width'));
      expect(width()).to.equal(900);
      // Vertical bars (a toolbar across) where the names fit under them; too narrow for that, horizontal rows.
      expect(plot()!.getAttribute('aria-orientation')).to.equal('horizontal');
      box.style.width = '240px';
      await waitUntil(
        () => width() === 240 && plot()?.getAttribute('aria-orientation') === 'vertical',
        'both charts draw for the narrower box',
      );
      // Moved (disconnected, then connected elsewhere): watched again, in its new box.
      const other = document.createElement('div');
      other.style.width = '500px';
      box.after(other);
      other.append(el);
      await waitUntil(() => width() === 500, 'the moved chart draws for its new box');
      other.style.width = '600px';
      await waitUntil(() => width() === 600, 'the moved chart follows its new box');
      other.remove();
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('measures its level names again when a web font arrives: the plot starts where the narrower names end', async function () {
    // The page's font (the chart's labels inherit it) is a web font that arrives after the first draw; until
    // then the browser uses the next family (a wide monospace). Both are fonts of the test machine, the web
    // font by its local name.
    const family = 'Late Narrow Test';
    const el = await trend(
      html`<div style="width: 700px; font-family: '${family}', 'DejaVu Sans Mono', monospace">
        <blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>
      </div>`,
    );
    const plotStart = () => Math.min(...points(el).map((p) => at(p)[0]));
    const before = plotStart();
    const face = new FontFace(
      family,
      'local("Liberation Sans Narrow"), local("LiberationSansNarrow-Regular")',
    );
    document.fonts.add(face);
    try {
      await face.load();
      // The level names' column is narrower in the narrow font: the moments start further left.
      await waitUntil(() => plotStart() < before - 10, `the plot still starts at ${before}px`);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      document.fonts.delete(face);
    }
  });

  describe('edge cases', () => {
    it('no saved moment: a plain message and the points of now', async () => {
      const el = await trend(
        html`<blueprint-trend .framework=${doc} .profile=${profileWith(0)}></blueprint-trend>`,
      );
      expect(notes(el)[0]).to.match(/^No saved moments yet\./);
      expect(points(el, 'g0').map((p) => p.dataset['rank'])).to.deep.equal(['3']);
      expect(points(el, 'g1').map((p) => p.dataset['rank'])).to.deep.equal(['2']);
      const table = await showTable(el);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Group', 'Now']);
      await expect(el).to.be.accessible();
    });

    it('one saved moment: it and now, joined', async () => {
      const el = await trend(
        html`<blueprint-trend .framework=${doc} .profile=${profileWith(1)}></blueprint-trend>`,
      );
      expect(notes(el).some((n) => n.startsWith('No saved'))).to.be.false;
      expect(points(el, 'g0')).to.have.length(2);
      expect(pathPoints(lines(el)[0].getAttribute('d')!)[0]).to.have.length(2);
      const table = await showTable(el);
      expect(table.querySelectorAll('thead th')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('gaps break the line, and a level the framework no longer has is a gap with a note', async () => {
      // c0-0 unanswered at moments 1 and 2; at moment 0 it was rated at "emerging", which version 2 dropped.
      const profile = profileWith(4);
      const snaps = profile.snapshots!.map((s, k) => {
        const rs = { ...s.ratings };
        if (k === 1 || k === 2) delete rs['c0-0'];
        if (k === 0) rs['c0-0'] = { status: 'rated', levelId: 'emerging' };
        return { ...s, ratings: rs };
      });
      const el = await trend(
        html`<blueprint-trend
          group="g0"
          .framework=${doc}
          .profile=${{ ...profile, snapshots: snaps }}
        ></blueprint-trend>`,
      );
      const path = lines(el).find((l) => l.dataset['line'] === 'c0-0')!;
      // Only moments 3 and now are left, in one run; the others have no point.
      expect(points(el, 'c0-0').map((p) => p.dataset['moment'])).to.deep.equal(['3', '4']);
      expect(pathPoints(path.getAttribute('d')!)).to.have.length(1);
      expect(notes(el).join(' ')).to.contain('levels this framework no longer has (“emerging”)');
      const table = await showTable(el);
      const cells = [...table.querySelectorAll('tbody tr[data-line="c0-0"] td')].map(text);
      expect(cells.slice(0, 3)).to.deep.equal([
        'a level no longer in this framework (“emerging”)',
        'not answered',
        'not answered',
      ]);
      // A gap in the middle of a line: two runs.
      const mid = profileWith(4);
      const gapped = mid.snapshots!.map((s, k) => (k === 2 ? { ...s, ratings: {} } : s));
      el.profile = { ...mid, snapshots: gapped };
      await el.updateComplete;
      const runs = pathPoints(
        lines(el)
          .find((l) => l.dataset['line'] === 'c0-1')!
          .getAttribute('d')!,
      );
      expect(runs.map((r) => r.length)).to.deep.equal([2, 2]);
      await expect(el).to.be.accessible();
    });

    it('an unknown group: a located error, bp-error, and every group drawn', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('blueprint-trend');
      el.framework = doc;
      el.profile = profileWith(2);
      el.group = 'nope';
      const error = oneEvent<BpErrorEvent>(el, 'bp-error');
      host.append(el);
      const { detail } = await error;
      expect(detail.errors[0].path).to.equal('/group');
      expect(text(root(el).querySelector('[part~="error"]')!)).to.contain('no group “nope”');
      expect(lines(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('20 saved moments: the moments’ names are thinned so no two overlap, and now is named', async () => {
      const el = await trend(
        html`<div style="width: 900px">
          <blueprint-trend .framework=${doc} .profile=${manyMoments(20)}></blueprint-trend>
        </div>`,
      );
      const labels = [...root(el).querySelectorAll<SVGTextElement>('text.moment')];
      expect(labels.length).to.be.greaterThan(1).and.below(21);
      expect(labels.at(-1)!.textContent).to.equal('Now');
      const boxes = labels.map((l) => l.getBoundingClientRect()).sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).to.be.at.least(boxes[i - 1].right);
      const host = el.getBoundingClientRect();
      for (const b of boxes) {
        expect(b.left).to.be.at.least(host.left - 0.5);
        expect(b.right).to.be.at.most(host.right + 0.5);
      }
      expect(points(el, 'g0')).to.have.length(21);
      const table = await showTable(el);
      expect(table.querySelectorAll('thead th')).to.have.length(22);
      await expect(el).to.be.accessible();
    });

    it('at 320 px with long names, dark: nothing overflows, the key wraps', async () => {
      const long = made(
        (g) =>
          `${g ? 'Leadership, Strategy and' : 'Inclusive Culture, Belonging and'} Shared Responsibility for Every Learner`,
      );
      const el = await trend(
        html`<div style="width: 320px">
          <blueprint-trend theme="dark" .framework=${long} .profile=${profileWith(4)}></blueprint-trend>
        </div>`,
      );
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(320);
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      const svg = root(el).querySelector('svg')!.getBoundingClientRect();
      expect(svg.right).to.be.at.most(box.right + 0.5);
      for (const li of root(el).querySelectorAll('[part~="legend"] li'))
        expect(li.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
      for (const t of root(el).querySelectorAll('text')) {
        const b = t.getBoundingClientRect();
        expect(b.left, t.textContent).to.be.at.least(box.left - 0.5);
        expect(b.right).to.be.at.most(box.right + 0.5);
      }
      await showTable(el);
      expect(base.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('makes no network request of its own', async () => {
      const original = window.fetch.bind(window);
      let calls = 0;
      window.fetch = (...args) => {
        calls++;
        return original(...args);
      };
      try {
        const el = await trend(
          html`<blueprint-trend .framework=${doc} .profile=${profileWith(4)}></blueprint-trend>`,
        );
        await showTable(el);
        expect(calls).to.equal(0);
      } finally {
        window.fetch = original;
      }
    });
  });
});
