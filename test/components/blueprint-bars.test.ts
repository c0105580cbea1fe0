/**
 * <blueprint-bars>: the team's profile as an HTML grid of bars (issue 13). Drawing, the four answer states,
 * motion, forced colors, compare and spread, the keyboard and selecting a capacity, editing with a preview,
 * a smoke test per layout, and inputs and errors. Which layout reads at which width (every label whole at
 * 280–1440 px, 200 % text, text spacing) is test/components/bars-layout.test.ts's job, not this file's.
 *
 * Geometry: a rated mark fills its track and is moved along it by a transform; the track clips it, so the
 * visible bar is the part of the mark's box inside the track's padding box (`visibleReach`).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/blueprint-bars/define.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { CapacityRubric } from '../../src/components/capacity-rubric/capacity-rubric.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { loadValidator } from '../../src/context/validator.js';
import type {
  BpCapacitySelectEvent,
  BpErrorEvent,
  BpProfileChangeEvent,
  BpRatingChangeEvent,
} from '../../src/events/index.js';
import type { Profile } from '../../src/framework/schema.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';

const FRAMEWORK = new URL('../../src/data/improvement-teams.json', import.meta.url).href;
const PROFILE = new URL('../../src/data/improvement-teams.profile.json', import.meta.url).href;
const BELE = new URL('../../src/data/bele.json', import.meta.url).href;
const MISSING = new URL('../fixtures/does-not-exist.json', import.meta.url).href;

/** A partner page's cream background (issue 13: the old "not answered" outline was 2.73:1 on it). */
const CREAM = '#f6f1e9';
/** A dark page behind a `theme="dark"` element (which paints its own background over it). */
const DARK_PAGE = '#10141a';

/** How long to wait for the next frames (a resize observed, a pointer move handled) on a busy machine. */
const FRAMES = { timeout: 3000 };

type FrameworkDoc = Record<string, unknown> & {
  groups: { id: string; label: { en: string }; capacities: { id: string; label: { en: string } }[] }[];
};

let framework: FrameworkDoc;
let profile: Profile;
let bele: FrameworkDoc;
let capacityIds: string[];

// The sample profile (src/data/improvement-teams.profile.json), checked in `before`.
const UNSURE = 'data-infrastructure'; // not sure yet, with a note
const SKIPPED = 'resource-alignment';
const UNANSWERED = 'improvement-leadership';
const STATES = { rated: 'student-agency', unsure: UNSURE, skipped: SKIPPED, unanswered: UNANSWERED } as const;

/** A framework document with `levels` levels and groups of the given sizes (labels optional). */
function makeFramework(
  levels: number,
  groupSizes: number[],
  label: (g: number, c: number) => string = (g, c) => `Capacity ${g + 1}.${c + 1}`,
  groupLabel: (g: number) => string = (g) => `Group ${g + 1}`,
) {
  return {
    schema: 'blueprint-framework/1',
    id: 'made',
    version: '1',
    title: 'Made-up framework',
    levels: Array.from({ length: levels }, (_, r) => ({ id: `l${r}`, rank: r, label: `Level ${r + 1}` })),
    groups: groupSizes.map((n, g) => ({
      id: `g${g}`,
      label: groupLabel(g),
      capacities: Array.from({ length: n }, (_, c) => ({ id: `c${g}-${c}`, label: label(g, c) })),
    })),
  };
}

const madeProfile = (ratings: Profile['ratings']): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: 'made',
  ratings,
});

/** The sample profile with some ratings replaced. */
const withRatings = (ratings: Profile['ratings']): Profile => ({
  ...profile,
  ratings: { ...profile.ratings, ...ratings },
});

/** The sample framework answered everywhere but `except` (for the celebration). */
function allAnsweredBut(except: string): Profile {
  const ratings: Profile['ratings'] = {};
  for (const id of capacityIds)
    if (id !== except) ratings[id] = { status: 'rated', levelId: 'developing', note: `about ${id}` };
  return { schema: 'blueprint-profile/1', frameworkId: 'improvement-teams', ratings };
}

// ---- finding things in the shadow root -------------------------------------------------------------------

const root = (el: BlueprintBars) => el.shadowRoot!;
const chart = (el: BlueprintBars) => root(el).querySelector<HTMLElement>('[part~="chart"]')!;
const plot = (el: BlueprintBars) => root(el).querySelector<HTMLElement>('.plot')!;
const bars = (el: BlueprintBars) => [...root(el).querySelectorAll<HTMLButtonElement>('button.bar')];
const bar = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.bar[data-capacity="${id}"]`)!;
const marks = (el: BlueprintBars) => [...root(el).querySelectorAll<HTMLElement>('.mark[part~="bar"]')];
const mark = (el: BlueprintBars, id: string) =>
  root(el).querySelector<HTMLElement>(`.mark[part~="bar"][data-capacity="${id}"]`)!;
const track = (el: BlueprintBars, id: string) => bar(el, id).querySelector<HTMLElement>('[part~="track"]')!;
const nameOf = (el: BlueprintBars, id: string) =>
  bar(el, id).querySelector<HTMLElement>('[part~="capacity-label"]')!;
const texts = (els: Iterable<Element>) => [...els].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
const axisLabels = (el: BlueprintBars) => [...root(el).querySelectorAll('.axis [part~="axis-label"]')];
const groupNames = (el: BlueprintBars) => [
  ...root(el).querySelectorAll<HTMLElement>('.group-name[part~="group-label"]'),
];
const legend = (el: BlueprintBars) =>
  root(el).querySelector('[part~="legend"]')!.textContent.replace(/\s+/g, ' ');
const live = (el: BlueprintBars) => root(el).querySelector('[role="status"]')!.textContent.trim();
const hint = (el: BlueprintBars) => root(el).querySelector('#hint')!.textContent.trim();
const previewLine = (el: BlueprintBars) => root(el).querySelector<HTMLElement>('[part="preview"]')!;
/** Shows the data table (it is built when shown, or for print). */
async function showTable(el: BlueprintBars) {
  if (!root(el).querySelector('table')) {
    root(el).querySelector<HTMLButtonElement>('button[aria-controls="data"]')!.click();
    await el.updateComplete;
  }
}
/** A table row's cells, one space apart (as a screen reader reads them, cell by cell). */
const rowText = (el: BlueprintBars, id: string) =>
  [...root(el).querySelectorAll(`tr[data-capacity="${id}"] > *`)]
    .map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())
    .join(' ');
const focused = (el: BlueprintBars) => root(el).activeElement;
const isVertical = (el: BlueprintBars) => chart(el).classList.contains('vertical');

// ---- geometry ----------------------------------------------------------------------------------------------

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The track's padding box (inside its baseline border): what it clips its marks to. */
function inner(t: HTMLElement): Box {
  const r = t.getBoundingClientRect();
  const left = r.left + t.clientLeft;
  const top = r.top + t.clientTop;
  return {
    left,
    top,
    right: left + t.clientWidth,
    bottom: top + t.clientHeight,
    width: t.clientWidth,
    height: t.clientHeight,
  };
}

/** How far along its track (0..1) the visible part of `shape` (a mark, ghost or preview) reaches. */
function visibleReach(el: BlueprintBars, shape: Element): number {
  const box = inner(shape.closest<HTMLElement>('[part~="track"]')!);
  const r = shape.getBoundingClientRect();
  return isVertical(el)
    ? Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)) / box.height
    : Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left)) / box.width;
}

const levelCount = (el: BlueprintBars) => axisLabels(el).length;

/** One level's share of a track, in px, along the bars. */
function band(el: BlueprintBars, id: string): number {
  const box = inner(track(el, id));
  return (isVertical(el) ? box.height : box.width) / levelCount(el);
}

/** A mark's length along its bar, in px. */
const lengthOf = (el: BlueprintBars, shape: Element) =>
  isVertical(el) ? shape.getBoundingClientRect().height : shape.getBoundingClientRect().width;

/** The middle of level `rank` on a capacity's track, in viewport pixels (for sendMouse), after scrolling to it. */
function levelPoint(el: BlueprintBars, id: string, rank: number): [number, number] {
  bar(el, id).scrollIntoView({ block: 'center', inline: 'center' });
  const box = inner(track(el, id));
  const n = levelCount(el);
  const rtl = chart(el).classList.contains('rtl');
  const at = (rank + 0.5) / n;
  const [x, y] = isVertical(el)
    ? [box.left + box.width / 2, box.bottom - at * box.height]
    : [rtl ? box.right - at * box.width : box.left + at * box.width, box.top + box.height / 2];
  return [Math.round(x), Math.round(y)];
}

/** The middle of an element, in viewport pixels, after scrolling to it. */
function middle(target: Element): [number, number] {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const r = target.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

// ---- color contrast (WCAG 2) -------------------------------------------------------------------------------

type RGBA = [number, number, number, number];

/**
 * A computed color as sRGB channels 0..1 and alpha: `rgb()` / `rgba()` (comma or space syntax) or
 * `color(srgb r g b / a)`, which is how Chromium computes a color-mix() with transparent.
 */
function parseColor(color: string): RGBA {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color);
  const alpha = (a: string | undefined) =>
    a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : Number(a);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(color);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), alpha(srgb[4])];
  throw new Error(`cannot parse the color "${color}"`);
}

/** `top` painted over an opaque `bottom` (source-over, in sRGB as browsers composite). */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What is behind the chart: the page's color with the element's own background (dark scheme) over it. */
function backdrop(page: Element, el: Element): RGBA {
  return over(
    parseColor(getComputedStyle(el).backgroundColor),
    parseColor(getComputedStyle(page).backgroundColor),
  );
}

/** CanvasText as this browser resolves it now (forced colors). */
function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = name;
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

// ---- motion ------------------------------------------------------------------------------------------------

/**
 * A transition running on a mark: `transform` for its rise from the baseline, `translate` for a change of level
 * (the level is the mark's inline translate). Reading its computed style makes the browser compute it now,
 * which is when a transition starts (for a new mark, from its `@starting-style`): called right after a render
 * (the fixture and `updateComplete` resolve in microtasks, before any frame), the transition is there to
 * inspect and to step through by hand (pause, currentTime, finish), however busy the machine is.
 */
function transitionOf(m: Element, property: 'transform' | 'translate' = 'transform'): CSSTransition {
  getComputedStyle(m).getPropertyValue(property);
  const t = m
    .getAnimations()
    .find((a): a is CSSTransition => a instanceof CSSTransition && a.transitionProperty === property);
  if (!t) throw new Error(`no ${property} transition on ${m.getAttribute('data-capacity')}`);
  return t;
}

const seconds = (s: string) => parseFloat(s) * (s.endsWith('ms') ? 0.001 : 1);

// ---- rendering ---------------------------------------------------------------------------------------------

/** Waits until the bars are drawn (a framework or profile may be loading). */
async function ready(el: BlueprintBars) {
  await waitUntil(() => root(el).querySelector('button.bar'), 'the bars never rendered', { timeout: 4000 });
  await el.updateComplete;
}

async function render(template: TemplateResult): Promise<BlueprintBars> {
  const el = await fixture<BlueprintBars>(template);
  await ready(el);
  return el;
}

/** The sample framework and profile, `orientation` forced (the layout is chosen by width otherwise). */
const sample = (orientation: 'vertical' | 'horizontal' = 'horizontal', extra: Partial<BlueprintBars> = {}) =>
  render(
    html`<blueprint-bars
      style="width: 720px"
      orientation=${orientation}
      ?editable=${extra.editable ?? false}
      ?spread=${extra.spread ?? false}
      compare=${ifDefined(extra.compare)}
      .framework=${framework}
      .profile=${extra.profile ?? profile}
    ></blueprint-bars>`,
  );

/** A provider holding the bars and (unless `rubric` is false) a rubric, rendered. */
async function providerPage(options: { rubric?: boolean; editable?: boolean } = {}) {
  const provider = await fixture<BlueprintProvider>(
    html`<blueprint-provider persist="off" .framework=${framework} .profile=${profile}>
      <blueprint-bars
        orientation="horizontal"
        style="width: 720px"
        ?editable=${options.editable ?? false}
      ></blueprint-bars>
      ${options.rubric === false ? '' : html`<capacity-rubric></capacity-rubric>`}
    </blueprint-provider>`,
  );
  const el = provider.querySelector('blueprint-bars')!;
  const rubric = provider.querySelector<CapacityRubric>('capacity-rubric');
  await waitUntil(
    () =>
      root(el).querySelector('button.bar') &&
      (!rubric || rubric.shadowRoot?.querySelector('[data-capacity] .capacity-heading')),
    'the page never rendered',
    { timeout: RENDER_TIMEOUT },
  );
  await el.updateComplete;
  await rubric?.updateComplete;
  return { provider, el, rubric };
}

/** The capacity heading focused in the rubric, if focus is there. */
function rubricFocus(rubric: CapacityRubric): { capacity: string | undefined; text: string } | undefined {
  if (document.activeElement !== rubric) return undefined;
  const active = rubric.shadowRoot!.activeElement;
  if (!active) return undefined;
  return {
    capacity: active.closest<HTMLElement>('[data-capacity]')?.dataset['capacity'],
    text: active.textContent.trim(),
  };
}

describe('<blueprint-bars>', () => {
  before(async () => {
    // The validator is loaded on first use; loaded here, a framework given as an object is drawn in the
    // fixture's own (microtask) update, which the motion tests rely on.
    await loadValidator();
    framework = (await (await fetch(FRAMEWORK)).json()) as FrameworkDoc;
    profile = (await (await fetch(PROFILE)).json()) as Profile;
    bele = (await (await fetch(BELE)).json()) as FrameworkDoc;
    capacityIds = framework.groups.flatMap((g) => g.capacities.map((c) => c.id));
    // What the tests below assume of the sample.
    const statuses = Object.fromEntries(capacityIds.map((id) => [id, profile.ratings[id]?.status]));
    expect(Object.values(statuses).filter((s) => s === 'rated')).to.have.length(10);
    expect(statuses[UNSURE]).to.equal('unsure');
    expect(statuses[SKIPPED]).to.equal('skipped');
    expect(statuses[UNANSWERED]).to.equal(undefined);
  });

  beforeEach(() => {
    localStorage.clear();
    clearFrameworkCache();
  });

  describe('drawing', () => {
    it('draws one bar per capacity in framework order, each with its full name, inside a named toolbar', async () => {
      const el = await sample();
      expect(marks(el).map((m) => m.dataset['capacity'])).to.deep.equal(capacityIds);
      expect(bars(el).map((b) => b.dataset['capacity'])).to.deep.equal(capacityIds);
      expect(bars(el).map((b) => b.dataset['index'])).to.deep.equal(capacityIds.map((_, i) => String(i)));
      // Every name is visible text, whole, with no tooltip standing in for it.
      const names = framework.groups.flatMap((g) => g.capacities.map((c) => c.label.en));
      expect(texts(root(el).querySelectorAll('[part~="capacity-label"]'))).to.deep.equal(names);
      expect(root(el).querySelectorAll('[title]')).to.have.length(0);
      for (const id of capacityIds)
        expect(nameOf(el, id).getBoundingClientRect().width, id).to.be.greaterThan(0);
      // Bars run top to bottom in that order (horizontal), each group named once, on the chart.
      const ys = bars(el).map((b) => b.getBoundingClientRect().top);
      expect([...ys].sort((a, b) => a - b)).to.deep.equal(ys);
      expect(texts(groupNames(el))).to.deep.equal(framework.groups.map((g) => g.label.en));
      expect(groupNames(el).map((g) => g.dataset['group'])).to.deep.equal(framework.groups.map((g) => g.id));
      expect(texts(axisLabels(el))).to.deep.equal(['Beginning', 'Developing', 'Practicing', 'Leading']);
      // The key explains the marks; the groups are named on the chart, not in it.
      for (const g of framework.groups) expect(legend(el)).not.to.contain(g.label.en);
      // One toolbar of buttons, each named with its value and described by the keyboard hint.
      expect(plot(el).getAttribute('role')).to.equal('toolbar');
      expect(plot(el).getAttribute('aria-label')).to.equal('Capacities');
      expect(plot(el).getAttribute('aria-orientation')).to.equal('vertical');
      expect(bar(el, 'team-roles').getAttribute('aria-label')).to.equal(
        'Team Roles and Structures: Leading (4 of 4)',
      );
      expect(bars(el).every((b) => b.getAttribute('aria-describedby') === 'hint')).to.be.true;
      expect(hint(el)).to.equal('Arrow keys move between capacities.');
      await expect(el).to.be.accessible();
    });

    it('gives assistive technology the chart’s name and summary ("…: team profile", "10 of 17 capacities rated…")', async () => {
      // The SVG chart was an image named by its title and described by this summary; the grid must keep them
      // (as text, or as a name or description of the chart). The view still derives both.
      const el = await sample();
      const said = [
        root(el).textContent,
        ...[...root(el).querySelectorAll('[aria-label], [aria-description]')].flatMap((e) => [
          e.getAttribute('aria-label') ?? '',
          e.getAttribute('aria-description') ?? '',
        ]),
      ]
        .join(' ')
        .replace(/\s+/g, ' ');
      // The chart is a figure named by the title and described by the summary.
      const figure = root(el).querySelector('[part~="chart"]')!;
      expect(figure.getAttribute('role')).to.equal('figure');
      expect(root(el).getElementById(figure.getAttribute('aria-describedby')!)!.textContent).to.contain(
        '10 of 17 capacities rated',
      );
      expect(said, 'the summary').to.contain('10 of 17 capacities rated at a level, 1 not sure yet.');
      expect(said, 'the name').to.contain('Framework for Improvement Teams (sample): team profile');
    });

    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`${orientation}: a rated bar reaches its level from one baseline, in its group's color`, async () => {
        const el = await sample(orientation);
        expect(chart(el).classList.contains(orientation)).to.be.true;
        const expected = { 'student-agency': 1, dei: 2, 'shared-vision': 3, 'team-roles': 4 };
        for (const [id, levels] of Object.entries(expected)) {
          expect(visibleReach(el, mark(el, id)), id).to.be.closeTo(levels / 4, 0.02);
        }
        // One baseline: every track starts at the same line.
        const starts = capacityIds.map((id) => {
          const box = inner(track(el, id));
          return orientation === 'vertical' ? box.bottom : box.left;
        });
        for (const s of starts) expect(s).to.be.closeTo(starts[0], 0.5);
        // The group's own color (#6d28d9), else the palette's.
        expect(getComputedStyle(mark(el, 'dei')).backgroundColor).to.equal('rgb(109, 40, 217)');
        expect(getComputedStyle(mark(el, 'problem-understanding')).backgroundColor).to.equal(
          'rgb(11, 107, 176)',
        );
      });
    }

    it('a --bp-group-color-N custom property overrides the group color', async () => {
      const el = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px; --bp-group-color-1: rgb(1, 2, 3)"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(getComputedStyle(mark(el, 'problem-understanding')).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(mark(el, 'dei')).backgroundColor).to.equal('rgb(109, 40, 217)');
    });

    it('with no profile every capacity is a "not answered" slot, and the key says only that', async () => {
      const el = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          .framework=${framework}
        ></blueprint-bars>`,
      );
      await showTable(el);
      expect(marks(el)).to.have.length(17);
      expect(marks(el).every((m) => m.classList.contains('unanswered'))).to.be.true;
      expect(legend(el)).to.contain('Not answered yet');
      expect(legend(el)).not.to.contain('Not sure yet');
      expect(legend(el)).not.to.contain('A level');
      expect(rowText(el, 'dei')).to.contain('not answered');
      await expect(el).to.be.accessible();
    });

    it('the data table is a real table, built when its toggle shows it (and for print)', async () => {
      const el = await sample();
      const toggle = root(el).querySelector<HTMLButtonElement>('button[aria-controls="data"]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal('data');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Not built while hidden: each bar's name already says its level ("Student Agency: Beginning (1 of 4)").
      expect(root(el).querySelector('table')).to.equal(null);
      expect(bar(el, 'student-agency').getAttribute('aria-label')).to.equal(
        'Student Agency: Beginning (1 of 4)',
      );
      toggle.click();
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect(table.getAttribute('part')).to.equal('table');
      expect(table.querySelector('caption')!.textContent).to.contain('level of each capacity');
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(17);
      expect(texts(table.querySelectorAll('thead th[scope="col"]'))).to.deep.equal([
        'Capacity',
        'Group',
        'Level',
      ]);
      expect(rowText(el, 'student-agency')).to.equal('Student Agency Inclusive Culture Beginning (1 of 4)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent).to.contain('Hide the data table');
      expect(root(el).querySelector('#data')!.getBoundingClientRect().width).to.be.greaterThan(300);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(root(el).querySelector('table')).to.equal(null);
      // Printing: built on beforeprint (before the print layout), gone after.
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(root(el).querySelectorAll('tbody tr')).to.have.length(17);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('table')).to.equal(null);
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await render(
        html`<blueprint-bars
          style="width: 720px"
          orientation="horizontal"
          lang="es"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(bar(el, 'student-agency').getAttribute('aria-label')).to.equal(
        'Agencia estudiantil: Inicial (1 de 4)',
      );
      expect(nameOf(el, 'student-agency').textContent.trim()).to.equal('Agencia estudiantil');
      expect(texts(groupNames(el))[2]).to.equal('Cultura inclusiva');
      expect(plot(el).getAttribute('aria-label')).to.equal('Capacidades');
      expect(hint(el)).to.equal('Las flechas pasan de capacidad en capacidad.');
      expect(legend(el)).to.contain('Sin decidir');
      expect(root(el).querySelector('button[aria-controls="data"]')!.textContent).to.contain('Mostrar');
    });
  });

  describe('states', () => {
    it('each mark has part="bar" and the part and class of its state, with data-capacity', async () => {
      const el = await sample();
      await showTable(el);
      for (const [state, id] of Object.entries(STATES)) {
        const m = mark(el, id);
        expect(m.getAttribute('part')!.split(' '), id).to.have.members(['bar', state]);
        expect(m.classList.contains(state), id).to.be.true;
        expect(m.dataset['capacity']).to.equal(id);
        expect(root(el).querySelectorAll(`[part~="${state}"][data-capacity="${id}"]`)).to.have.length(1);
      }
      expect(marks(el).filter((m) => m.classList.contains('rated'))).to.have.length(10);
      expect(marks(el).filter((m) => m.classList.contains('unanswered'))).to.have.length(5);
      // Said in words too: the bar's name, the table, the key.
      expect(bar(el, UNSURE).getAttribute('aria-label')).to.equal('Data Systems and Privacy: not sure yet');
      expect(bar(el, SKIPPED).getAttribute('aria-label')).to.equal(
        'Aligning Time, People and Money: skipped',
      );
      expect(bar(el, UNANSWERED).getAttribute('aria-label')).to.equal(
        'Leading for Improvement: not answered',
      );
      expect(rowText(el, UNSURE)).to.contain('not sure yet');
      expect(rowText(el, SKIPPED)).to.contain('skipped');
      expect(rowText(el, UNANSWERED)).to.contain('not answered');
      // The key explains the marks that are not a level (a bar's length is read on the level axis).
      for (const entry of ['Not sure yet', 'Skipped', 'Not answered yet'])
        expect(legend(el)).to.contain(entry);
      expect(root(el).querySelectorAll('[part~="legend"] li')).to.have.length(3);
    });

    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`${orientation}: "not sure yet" and "skipped" are short marks at the baseline, shorter than one level band`, async () => {
        const el = await sample(orientation);
        for (const id of [UNSURE, SKIPPED]) {
          const m = mark(el, id);
          const box = inner(track(el, id));
          const r = m.getBoundingClientRect();
          expect(lengthOf(el, m), `${id} is a mark`).to.be.greaterThan(4);
          expect(lengthOf(el, m), `${id} is shorter than a level`).to.be.lessThan(band(el, id));
          // At the baseline, never reaching a level's end.
          if (orientation === 'vertical')
            expect(box.bottom - r.bottom, id).to.be.within(-0.5, 0.5 * band(el, id));
          else expect(r.left - box.left, id).to.be.within(-0.5, 0.5 * band(el, id));
          expect(visibleReach(el, m), id).to.be.lessThan(1 / levelCount(el));
        }
        // "Not answered" is a slot the length of the whole track.
        expect(visibleReach(el, mark(el, UNANSWERED))).to.be.closeTo(1, 0.02);
      });
    }

    it('"not sure yet" and "skipped" look different from each other (pattern, outline) and from "not answered"', async () => {
      const el = await sample();
      const look = (id: string) => {
        const s = getComputedStyle(mark(el, id));
        const after = getComputedStyle(mark(el, id), '::after').content;
        return { border: s.borderTopStyle, background: s.backgroundImage, after };
      };
      const unsure = look(UNSURE);
      const skipped = look(SKIPPED);
      expect(unsure.border !== skipped.border || unsure.background !== skipped.background, 'distinct marks')
        .to.be.true;
      expect(unsure.background, 'not sure yet is hatched').to.contain('linear-gradient');
      expect(skipped.border).to.equal('dashed');
      expect(unsure.after).not.to.equal(skipped.after);
      // Their sign ("?", "–") sits in the middle of the mark, not in a corner.
      for (const id of [UNSURE, SKIPPED]) {
        const m = mark(el, id);
        const box = m.getBoundingClientRect();
        const s = getComputedStyle(m);
        expect(s.display, id).to.equal('flex');
        expect([s.alignItems, s.justifyContent], id).to.deep.equal(['center', 'center']);
        expect(box.width, id).to.be.greaterThan(0);
      }
      // Skipped and not answered: both dashed, but a short mark and a whole slot.
      expect(lengthOf(el, mark(el, SKIPPED))).to.be.lessThan(lengthOf(el, mark(el, UNANSWERED)) / 4);
    });

    /** The sample chart (sideways) on a page of the given background, in the given scheme. */
    async function onPage(background: string, theme: 'light' | 'dark') {
      const page = await fixture<HTMLDivElement>(
        html`<div style="background: ${background}; padding: 8px">
          <blueprint-bars
            theme=${theme}
            orientation="horizontal"
            style="width: 720px"
            .framework=${framework}
            .profile=${profile}
          ></blueprint-bars>
        </div>`,
      );
      const el = page.querySelector('blueprint-bars')!;
      await ready(el);
      return { page, el };
    }

    /** The outlines of the three unrated marks against what is behind them. */
    function outlineContrasts(el: BlueprintBars, page: HTMLElement) {
      const behind = backdrop(page, el);
      return [UNANSWERED, SKIPPED, UNSURE].map((id) => {
        const color = getComputedStyle(mark(el, id)).borderTopColor;
        return { id, color, ratio: contrast(over(parseColor(color), behind), behind) };
      });
    }

    it('the outlines of "not answered", "skipped" and "not sure yet" reach 3:1 on a cream page', async () => {
      const { page, el } = await onPage(CREAM, 'light');
      for (const { id, color, ratio } of outlineContrasts(el, page))
        expect(ratio, `${id} (${color}) on ${CREAM}`).to.be.at.least(3);
    });

    it('the same outlines reach 3:1 on a dark page (theme="dark" paints its own background)', async () => {
      const { page, el } = await onPage(DARK_PAGE, 'dark');
      expect(
        parseColor(getComputedStyle(el).backgroundColor)[3],
        'the element paints its background',
      ).to.equal(1);
      for (const { id, color, ratio } of outlineContrasts(el, page))
        expect(ratio, `${id} (${color}) in the dark scheme`).to.be.at.least(3);
      await expect(el).to.be.accessible();
    });

    it('a profile change is drawn at once with motion off (the test page sets --bp-motion-duration: 0ms)', async () => {
      const el = await sample();
      const before = mark(el, 'student-agency');
      el.profile = withRatings({ 'student-agency': { status: 'rated', levelId: 'leading' } });
      await el.updateComplete;
      expect(mark(el, 'student-agency')).to.equal(before);
      expect(root(el).getAnimations(), 'nothing moves').to.have.length(0);
      expect(visibleReach(el, mark(el, 'student-agency'))).to.be.closeTo(1, 0.02);
      el.profile = withRatings({ 'student-agency': { status: 'unsure' } });
      await el.updateComplete;
      expect(mark(el, 'student-agency').classList.contains('unsure')).to.be.true;
      expect(lengthOf(el, mark(el, 'student-agency'))).to.be.lessThan(band(el, 'student-agency'));
      expect(bar(el, 'student-agency').getAttribute('aria-label')).to.equal('Student Agency: not sure yet');
    });
  });

  describe('motion', () => {
    const moving = (orientation = 'horizontal') =>
      // The fixture resolves after Lit's own (microtask) updates: no frame has run since the bars were drawn.
      fixture<BlueprintBars>(
        html`<blueprint-bars
          orientation=${orientation}
          style="width: 720px; --bp-motion-duration: 250ms"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );

    it('rated bars rise from the baseline on first render, staggered by group, within 600 ms', async () => {
      const el = await moving();
      expect(mark(el, 'team-roles'), 'drawn in the first update').to.exist;
      // Every rated bar rises.
      const rated = capacityIds.filter((id) => mark(el, id).classList.contains('rated'));
      const rises = new Map(rated.map((id) => [id, transitionOf(mark(el, id))]));
      const rise = rises.get('team-roles')!;
      rise.pause();
      rise.currentTime = 0;
      expect(visibleReach(el, mark(el, 'team-roles')), 'starts at the baseline').to.be.closeTo(0, 0.02);
      rise.finish();
      expect(visibleReach(el, mark(el, 'team-roles')), 'arrives at its level').to.be.closeTo(1, 0.02);

      // With a gentle overshoot (an easing that goes past its end), one bar's motion capped at 300 ms.
      const style = (id: string) => getComputedStyle(mark(el, id));
      expect(style('team-roles').transitionTimingFunction).to.match(/cubic-bezier\([\d.]+, 1\.[1-9]/);
      expect(seconds(style('team-roles').transitionDuration)).to.equal(0.25);
      // Staggered by group (--d, a fraction of one bar's motion): in framework order, each group after the
      // one before it, the last bar starting within one bar's motion.
      const stagger = capacityIds.map((id) => Number(getComputedStyle(bar(el, id)).getPropertyValue('--d')));
      expect(stagger[0]).to.equal(0);
      expect([...stagger].sort((a, b) => a - b)).to.deep.equal(stagger);
      let i = 0;
      for (const g of framework.groups.slice(0, -1)) {
        i += g.capacities.length;
        expect(stagger[i], `the group after ${g.id} starts later`).to.be.greaterThan(stagger[i - 1]);
      }
      expect(Math.max(...stagger)).to.be.at.most(1);
      const delays = rated.map((id) => seconds(style(id).transitionDelay));
      rated.forEach((id, k) =>
        expect(delays[k], id).to.be.closeTo(stagger[capacityIds.indexOf(id)] * 0.25, 0.002),
      );
      // The whole dance stays within 600 ms.
      expect(0.25 + Math.max(...delays)).to.be.at.most(0.6);
      for (const t of rises.values()) t.finish();
    });

    it('motion off leaves the marks without a transition; turned on again, a level change moves them', async () => {
      const el = await moving();
      for (const m of marks(el).filter((x) => x.classList.contains('rated'))) transitionOf(m).finish();
      const style = () => getComputedStyle(mark(el, 'student-agency'));
      for (const off of ['0ms', '0s']) {
        el.style.setProperty('--bp-motion-duration', off);
        expect(style().transitionProperty, off).to.equal('none');
      }
      el.style.setProperty('--bp-motion-duration', '250ms');
      expect(style().transitionProperty).to.equal('translate, transform');
      el.profile = withRatings({ 'student-agency': { status: 'rated', levelId: 'leading' } });
      await el.updateComplete;
      const move = transitionOf(mark(el, 'student-agency'), 'translate');
      move.pause();
      move.currentTime = 0;
      expect(visibleReach(el, mark(el, 'student-agency')), 'starts where it was').to.be.closeTo(0.25, 0.02);
      move.finish();
      expect(visibleReach(el, mark(el, 'student-agency'))).to.be.closeTo(1, 0.02);
    });

    it('a profile change moves the same mark over time to its new level', async () => {
      const el = await moving();
      for (const m of marks(el).filter((x) => x.classList.contains('rated'))) transitionOf(m).finish();
      const before = mark(el, 'student-agency');
      expect(visibleReach(el, before)).to.be.closeTo(0.25, 0.02);
      el.profile = withRatings({ 'student-agency': { status: 'rated', levelId: 'leading' } });
      await el.updateComplete;
      expect(mark(el, 'student-agency'), 'the same mark moves (no new element at the new level)').to.equal(
        before,
      );
      const move = transitionOf(before, 'translate');
      move.pause();
      const { delay = 0, duration } = move.effect!.getComputedTiming();
      move.currentTime = 0;
      expect(visibleReach(el, before), 'it starts where it was').to.be.closeTo(0.25, 0.02);
      move.currentTime = delay + Number(duration) / 4;
      const midway = visibleReach(el, before);
      expect(midway, 'on its way').to.be.within(0.3, 0.98);
      move.finish();
      expect(visibleReach(el, before), 'there').to.be.closeTo(1, 0.02);
    });

    it('with prefers-reduced-motion changes are instant even with a motion duration set', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<BlueprintBars>(
          html`<blueprint-bars
            orientation="horizontal"
            style="width: 720px; --bp-motion-duration: 2000ms"
            .framework=${framework}
            .profile=${profile}
          ></blueprint-bars>`,
        );
        const m = mark(el, 'team-roles');
        m.getBoundingClientRect();
        expect(seconds(getComputedStyle(m).transitionDuration)).to.equal(0);
        expect(root(el).getAnimations()).to.have.length(0);
        expect(visibleReach(el, m)).to.be.closeTo(1, 0.02);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('celebrates when the last unanswered capacity gets an answer: a cheer, a message and a hop', async () => {
      const last = 'knowledge-sharing';
      const el = await render(
        html`<blueprint-bars
          editable
          orientation="horizontal"
          style="width: 720px; --bp-motion-duration: 200ms"
          .framework=${framework}
          .profile=${allAnsweredBut(last)}
        ></blueprint-bars>`,
      );
      expect(chart(el).classList.contains('celebrate')).to.be.false;
      expect(root(el).querySelector('.cheer')).to.equal(null);
      bar(el, last).focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.profile?.ratings[last]).to.include({ status: 'rated', levelId: 'beginning' });
      expect(chart(el).classList.contains('celebrate')).to.be.true;
      const cheer = root(el).querySelector<HTMLElement>('.cheer')!;
      expect(cheer.textContent.trim()).to.equal('Every capacity has an answer. Well done, team!');
      expect(cheer.getBoundingClientRect().height, 'the cheer is visible').to.be.greaterThan(0);
      expect(live(el)).to.equal('Every capacity has an answer. Well done, team!');
      const hop = getComputedStyle(bar(el, 'dei'));
      expect(hop.animationName).to.equal('bp-hop');
      expect(seconds(hop.animationDuration)).to.be.greaterThan(0);
      for (const a of root(el).getAnimations()) a.finish();
      // The next change ends the party.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chart(el).classList.contains('celebrate')).to.be.false;
      expect(root(el).querySelector('.cheer')).to.equal(null);
    });

    it('with motion off the celebration stands still; a profile complete from the start does not celebrate', async () => {
      const last = 'knowledge-sharing';
      const el = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          .framework=${framework}
          .profile=${allAnsweredBut(last)}
        ></blueprint-bars>`,
      );
      el.profile = withRatings({}); // still incomplete: nothing to celebrate
      await el.updateComplete;
      expect(chart(el).classList.contains('celebrate')).to.be.false;
      el.profile = allAnsweredBut(last);
      await el.updateComplete;
      el.profile = {
        ...allAnsweredBut(last),
        ratings: { ...allAnsweredBut(last).ratings, [last]: { status: 'skipped' } },
      };
      await el.updateComplete;
      expect(chart(el).classList.contains('celebrate')).to.be.true;
      expect(seconds(getComputedStyle(bar(el, 'dei')).animationDuration), 'no hop').to.equal(0);
      await expect(el).to.be.accessible();

      const complete = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          .framework=${framework}
          .profile=${el.profile}
        ></blueprint-bars>`,
      );
      expect(chart(complete).classList.contains('celebrate')).to.be.false;
    });
  });

  describe('forced colors (Windows High Contrast)', () => {
    it('draws bars and outlines in system colors, and stays accessible', async () => {
      const el = await sample();
      const normal = getComputedStyle(mark(el, 'team-roles')).backgroundColor;
      await executeServerCommand('bp-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.be.true;
        await el.updateComplete;
        const canvasText = systemColor('CanvasText');
        const rated = getComputedStyle(mark(el, 'team-roles')).backgroundColor;
        expect(rated, 'bars take the system text color, not the group color').to.not.equal(normal);
        expect(rated).to.equal(canvasText);
        for (const id of [UNSURE, SKIPPED, UNANSWERED])
          expect(getComputedStyle(mark(el, id)).borderTopColor, id).to.equal(canvasText);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('bp-forced-colors', { active: false });
      }
    });
  });

  describe('compare & spread', () => {
    it('compare="<label>" draws the snapshot as outlines, in the key, and the table says what changed', async () => {
      const el = await sample('horizontal', { compare: 'Fall 2025' });
      await showTable(el);
      const ghost = track(el, 'problem-understanding').querySelector('.ghost')!;
      expect(ghost).to.exist;
      // Fall 2025: Developing (2 of 4); now Practicing (3 of 4).
      expect(visibleReach(el, ghost)).to.be.closeTo(0.5, 0.02);
      expect(visibleReach(el, mark(el, 'problem-understanding'))).to.be.closeTo(0.75, 0.02);
      expect(track(el, UNSURE).querySelector('.ghost'), 'not in the snapshot').to.equal(null);
      // "Not sure yet" stays its own short mark in compare mode.
      expect(mark(el, UNSURE).classList.contains('unsure')).to.be.true;
      expect(lengthOf(el, mark(el, UNSURE))).to.be.lessThan(band(el, UNSURE));
      expect(legend(el)).to.contain('Fall 2025 (dashed outline)');
      // Every key swatch sits in its own line of the key (the marks' rules must not reach them).
      for (const item of root(el).querySelectorAll('[part~="legend"] li')) {
        const line = item.getBoundingClientRect();
        const swatch = item.querySelector('.swatch')!.getBoundingClientRect();
        expect(swatch.top, item.textContent).to.be.at.least(line.top - 1);
        expect(swatch.bottom, item.textContent).to.be.at.most(line.bottom + 1);
        expect(swatch.left, item.textContent).to.be.at.least(line.left - 1);
      }
      expect(root(el).querySelector('thead')!.textContent).to.contain('Change since Fall 2025');
      expect(rowText(el, 'problem-understanding')).to.contain('from Developing to Practicing');
      expect(rowText(el, 'student-agency')).to.contain('no change (Beginning)');
      expect(rowText(el, UNSURE)).to.contain('from not answered to not sure yet');
      await expect(el).to.be.accessible();
    });

    it('compare takes a takenAt date, and compareProfile wins over it', async () => {
      const el = await sample('horizontal', { compare: '2026-04-20' });
      await showTable(el);
      expect(rowText(el, 'problem-understanding')).to.contain('no change (Practicing)');
      el.compareProfile = {
        ...profile,
        team: 'Other team',
        ratings: { 'problem-understanding': { status: 'rated', levelId: 'leading' } },
      };
      await el.updateComplete;
      expect(rowText(el, 'problem-understanding')).to.contain('from Leading to Practicing');
      expect(root(el).querySelectorAll('[part~="track"] .ghost')).to.have.length(1);
      expect(visibleReach(el, root(el).querySelector('[part~="track"] .ghost')!)).to.be.closeTo(1, 0.02);
      expect(legend(el)).to.contain('Other team (dashed outline)');
    });

    it('an unknown snapshot name says so and draws no outlines', async () => {
      const el = await sample('horizontal', { compare: 'Winter 1999' });
      expect(root(el).querySelectorAll('[part~="track"] .ghost')).to.have.length(0);
      expect(root(el).querySelector('.note')!.textContent).to.contain('Winter 1999');
      expect(legend(el)).not.to.contain('dashed outline');
    });

    it('spread shows the range of the raters’ levels with a dot per level, in the key and the table', async () => {
      const el = await sample('horizontal', { spread: true });
      await showTable(el);
      // testing-changes: the raters said practicing, leading, developing.
      const t = track(el, 'testing-changes');
      const dots = [...t.querySelectorAll<HTMLElement>('.dot')];
      expect(dots.map((d) => d.dataset['count'])).to.deep.equal(['1', '1', '1']);
      const box = inner(t);
      const centers = dots.map((d) => {
        const r = d.getBoundingClientRect();
        return (r.left + r.width / 2 - box.left) / box.width;
      });
      expect(centers[0]).to.be.closeTo(1.5 / 4, 0.02);
      expect(centers[1]).to.be.closeTo(2.5 / 4, 0.02);
      expect(centers[2]).to.be.closeTo(3.5 / 4, 0.02);
      const range = t.querySelector('.range')!.getBoundingClientRect();
      expect((range.left - box.left) / box.width).to.be.closeTo(1.5 / 4, 0.02);
      expect((range.right - box.left) / box.width).to.be.closeTo(3.5 / 4, 0.02);
      expect(track(el, 'problem-understanding').querySelector('.range'), 'no rater answered').to.equal(null);
      expect(rowText(el, 'testing-changes')).to.contain(
        'Developing to Leading: Developing 1, Practicing 1, Leading 1 (3 raters)',
      );
      // family-engagement: developing, beginning, beginning; student-agency: one "unsure".
      expect(rowText(el, 'family-engagement')).to.contain(
        'Beginning to Developing: Beginning 2, Developing 1',
      );
      expect(track(el, 'family-engagement').querySelector('.dot[data-count="2"]')).to.exist;
      expect(rowText(el, 'student-agency')).to.contain('no raters');
      expect(root(el).querySelector('thead')!.textContent).to.contain('Raters’ levels');
      expect(legend(el)).to.contain('Range of the raters’ levels');
      // "Not sure yet" stays its own short mark with the spread shown.
      expect(lengthOf(el, mark(el, UNSURE))).to.be.lessThan(band(el, UNSURE));
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard & selection', () => {
    it('vertical: one tab stop; Left/Right, Home and End move between bars; the focused bar’s name says where', async () => {
      const el = await sample('vertical');
      expect(plot(el).getAttribute('aria-orientation')).to.equal('horizontal');
      expect(bars(el).filter((b) => b.tabIndex === 0)).to.deep.equal([bars(el)[0]]);
      bars(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'theory-of-improvement'));
      // The focused bar's name says it; the live region does not say it again (issue 15).
      expect(focused(el)!.getAttribute('aria-label')).to.contain(
        'Aim and Theory of Improvement: Developing (2 of 4)',
      );
      expect(live(el)).to.equal('');
      expect(bars(el).filter((b) => b.tabIndex === 0)).to.deep.equal([bar(el, 'theory-of-improvement')]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'knowledge-sharing'));
      // The focused bar's name says it; the live region does not say it again (issue 15).
      expect(focused(el)!.getAttribute('aria-label')).to.contain(
        'Capturing and Sharing Knowledge: not answered',
      );
      expect(live(el)).to.equal('');
      await sendKeys({ press: 'ArrowRight' }); // the last one stays
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'knowledge-sharing'));
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'convening'));
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'problem-understanding'));
      // Not editable: Up and Down neither move nor change anything.
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'problem-understanding'));
      expect(el.profile).to.equal(profile);
      expect(root(el).querySelector('.preview')).to.equal(null);
    });

    it('horizontal: Up and Down move between bars', async () => {
      const el = await sample('horizontal');
      bar(el, 'dei').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'student-agency'));
      // The focused bar's name says it; the live region does not say it again (issue 15).
      expect(focused(el)!.getAttribute('aria-label')).to.contain('Student Agency: Beginning (1 of 4)');
      expect(live(el)).to.equal('');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'data-infrastructure'));
      // The focused bar's name says it; the live region does not say it again (issue 15).
      expect(focused(el)!.getAttribute('aria-label')).to.contain('Data Systems and Privacy: not sure yet');
      expect(live(el)).to.equal('');
    });

    it('standalone: Enter, Space and a click on a bar fire bp-capacity-select, and the hint promises nothing more', async () => {
      const el = await sample();
      expect(hint(el)).not.to.contain('Enter');
      bar(el, 'dei').focus();
      let event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendKeys({ press: 'Enter' });
      let e = await event;
      expect(e.detail).to.deep.equal({ capacityId: 'dei' });
      expect(e.bubbles && e.composed).to.be.true;
      event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendKeys({ press: 'Space' });
      e = await event;
      expect(e.detail.capacityId).to.equal('dei');
      // Not editable: a click anywhere on the bar, its name or its track, selects it.
      event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendMouse({ type: 'click', position: middle(nameOf(el, 'convening')) });
      e = await event;
      expect(e.detail.capacityId).to.equal('convening');
      event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendMouse({ type: 'click', position: levelPoint(el, 'team-roles', 1) });
      e = await event;
      expect(e.detail.capacityId).to.equal('team-roles');
      expect(el.profile).to.equal(profile);
      await resetMouse();
    });

    it('in a provider with a <capacity-rubric>: the hint says so, and Enter on a bar moves focus to that capacity in the rubric', async function () {
      heavy(this, 'renders a provider with the 17-capacity rubric beside the bars');
      const { provider, el, rubric } = await providerPage();
      bar(el, 'dei').focus();
      const event = oneEvent<BpCapacitySelectEvent>(provider, 'bp-capacity-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.capacityId).to.equal('dei');
      await waitUntil(
        () => rubricFocus(rubric!)?.capacity === 'dei',
        'focus never moved into the rubric',
        FRAMES,
      );
      expect(rubricFocus(rubric!)!.text).to.equal('Diversity, Equity and Inclusion');
      await el.updateComplete;
      expect(hint(el)).to.equal('Arrow keys move between capacities. Enter takes you to its questions.');
    });

    it('in a provider with a <capacity-rubric>: a click on a bar’s name goes to it too', async function () {
      heavy(this, 'renders a provider with the 17-capacity rubric beside the bars');
      const { el, rubric } = await providerPage();
      await sendMouse({ type: 'click', position: middle(nameOf(el, 'convening')) });
      await waitUntil(
        () => rubricFocus(rubric!)?.capacity === 'convening',
        'focus never moved into the rubric',
        FRAMES,
      );
      expect(rubricFocus(rubric!)!.text).to.equal('Convening and Facilitation');
      await resetMouse();
    });

    for (const where of ['provider', 'document'] as const) {
      it(`preventDefault() on bp-capacity-select (a listener on the ${where}) keeps focus on the bar`, async function () {
        heavy(this, 'renders a provider with the 17-capacity rubric beside the bars');
        const { provider, el, rubric } = await providerPage();
        const target = where === 'provider' ? provider : document;
        const seen: BpCapacitySelectEvent[] = [];
        const stop = (e: Event) => {
          e.preventDefault();
          seen.push(e as BpCapacitySelectEvent);
        };
        target.addEventListener('bp-capacity-select', stop);
        try {
          bar(el, 'dei').focus();
          await sendKeys({ press: 'Enter' });
          await rubric!.updateComplete;
          await el.updateComplete;
          expect(seen.map((e) => e.detail.capacityId)).to.deep.equal(['dei']);
          expect(seen[0].cancelable, 'the event can be cancelled').to.be.true;
          expect(seen[0].defaultPrevented).to.be.true;
          expect(document.activeElement).to.equal(el);
          expect(focused(el)).to.equal(bar(el, 'dei'));
          expect(rubricFocus(rubric!)).to.equal(undefined);
        } finally {
          target.removeEventListener('bp-capacity-select', stop);
        }
      });
    }

    it('in a provider without a rubric: Enter still fires bp-capacity-select, and the hint promises nothing', async () => {
      const { provider, el } = await providerPage({ rubric: false });
      expect(hint(el)).to.equal('Arrow keys move between capacities.');
      bar(el, 'dei').focus();
      const event = oneEvent<BpCapacitySelectEvent>(provider, 'bp-capacity-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.capacityId).to.equal('dei');
      expect(focused(el)).to.equal(bar(el, 'dei'));
    });
  });

  describe('editing', () => {
    afterEach(async () => {
      await resetMouse();
    });

    it('the hint names the keys of the layout in use', async () => {
      const vertical = await sample('vertical', { editable: true });
      expect(hint(vertical)).to.equal(
        'Arrow keys move between capacities. Up arrow and Down arrow show a level on the bar; Enter sets it, Escape cancels; Delete clears the level and keeps the note.',
      );
      const horizontal = await sample('horizontal', { editable: true });
      expect(hint(horizontal)).to.contain('Right arrow and Left arrow show a level on the bar');
      expect(previewLine(horizontal).textContent.trim()).to.equal(
        'Point at a level on a bar to see it before you set it.',
      );
    });

    it('mouse: hovering a level previews it (a ghost level and a line of text), leaving takes it away', async () => {
      const el = await sample('horizontal', { editable: true });
      let changes = 0;
      el.addEventListener('bp-rating-change', () => changes++);
      await sendMouse({ type: 'move', position: levelPoint(el, 'student-agency', 2) });
      await waitUntil(
        () => track(el, 'student-agency').querySelector('.preview'),
        'no preview on hover',
        FRAMES,
      );
      const preview = track(el, 'student-agency').querySelector('.preview')!;
      expect(visibleReach(el, preview)).to.be.closeTo(0.75, 0.02);
      expect(visibleReach(el, mark(el, 'student-agency')), 'the level itself has not changed').to.be.closeTo(
        0.25,
        0.02,
      );
      const line = previewLine(el);
      expect(line.textContent.trim()).to.equal('Student Agency: Practicing (3 of 4). Click to set it.');
      expect(line.getBoundingClientRect().height, 'the line is visible').to.be.greaterThan(0);
      expect(getComputedStyle(line).visibility).to.equal('visible');
      expect(root(el).querySelectorAll('.preview')).to.have.length(1);
      // Another level of the same bar.
      await sendMouse({ type: 'move', position: levelPoint(el, 'student-agency', 0) });
      await waitUntil(
        () => previewLine(el).textContent.includes('Beginning (1 of 4)'),
        'the preview did not follow',
      );
      await sendMouse({ type: 'move', position: levelPoint(el, 'student-agency', 2) });
      await waitUntil(
        () => previewLine(el).textContent.includes('Practicing'),
        'the preview did not follow',
        FRAMES,
      );
      await expect(el).to.be.accessible();
      // Off the chart: gone, nothing set.
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !root(el).querySelector('.preview'), 'the preview stayed', FRAMES);
      expect(previewLine(el).textContent.trim()).to.equal(
        'Point at a level on a bar to see it before you set it.',
      );
      expect(changes).to.equal(0);
      expect(el.profile).to.equal(profile);
    });

    it('mouse: a click on a level sets it (bp-rating-change) and keeps the note', async () => {
      const el = await sample('horizontal', { editable: true });
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendMouse({ type: 'click', position: levelPoint(el, 'family-engagement', 3) });
      const { detail } = await event;
      expect(detail.capacityId).to.equal('family-engagement');
      expect(detail.rating).to.include({ status: 'rated', levelId: 'leading' });
      expect(detail.rating?.note).to.contain('one-way');
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('leading');
      expect(visibleReach(el, mark(el, 'family-engagement'))).to.be.closeTo(1, 0.02);
      expect(live(el)).to.equal('Family Engagement: Leading (4 of 4)');
      // An unanswered capacity gets a level the same way.
      await sendMouse({ type: 'click', position: levelPoint(el, UNANSWERED, 1) });
      await el.updateComplete;
      expect(el.profile?.ratings[UNANSWERED]).to.include({ status: 'rated', levelId: 'developing' });
      expect(mark(el, UNANSWERED).classList.contains('rated')).to.be.true;
    });

    it('mouse: a click on a bar’s name selects it rather than setting a level', async () => {
      const el = await sample('horizontal', { editable: true });
      let changes = 0;
      el.addEventListener('bp-rating-change', () => changes++);
      const event = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendMouse({ type: 'click', position: middle(nameOf(el, 'dei')) });
      expect((await event).detail.capacityId).to.equal('dei');
      expect(changes).to.equal(0);
    });

    it('touch: the first tap previews the level, a second tap on it sets it', async () => {
      const el = await sample('horizontal', { editable: true });
      const tap = (rank: number) => {
        const [x, y] = levelPoint(el, 'student-agency', rank);
        track(el, 'student-agency').dispatchEvent(
          new PointerEvent('click', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: 1,
            pointerType: 'touch',
            clientX: x,
            clientY: y,
          }),
        );
      };
      let changes = 0;
      el.addEventListener('bp-rating-change', () => changes++);
      tap(2);
      await el.updateComplete;
      expect(changes).to.equal(0);
      expect(previewLine(el).textContent.trim()).to.equal(
        'Student Agency: Practicing (3 of 4). Tap again to set it.',
      );
      expect(visibleReach(el, track(el, 'student-agency').querySelector('.preview')!)).to.be.closeTo(
        0.75,
        0.02,
      );
      tap(1); // another level: a new preview
      await el.updateComplete;
      expect(changes).to.equal(0);
      expect(previewLine(el).textContent).to.contain('Developing (2 of 4)');
      tap(1);
      await el.updateComplete;
      expect(changes).to.equal(1);
      expect(el.profile?.ratings['student-agency'].levelId).to.equal('developing');
      expect(root(el).querySelector('.preview')).to.equal(null);
    });

    it('keyboard: Up previews the next level and says so, Enter sets it, Escape cancels', async () => {
      const el = await sample('vertical', { editable: true });
      let changes = 0;
      el.addEventListener('bp-rating-change', () => changes++);
      bar(el, 'family-engagement').focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const preview = () => track(el, 'family-engagement').querySelector('.preview');
      expect(visibleReach(el, preview()!)).to.be.closeTo(0.5, 0.02);
      expect(live(el)).to.equal(
        'Family Engagement: Developing (2 of 4). Press Enter to set it, Escape to cancel.',
      );
      expect(previewLine(el).textContent.trim()).to.equal(live(el));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' }); // past the top level: stays at it
      await el.updateComplete;
      expect(visibleReach(el, preview()!)).to.be.closeTo(1, 0.02);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(live(el)).to.contain('Practicing (3 of 4)');
      expect(changes, 'browsing the levels writes nothing').to.equal(0);
      expect(el.profile).to.equal(profile);

      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail.rating).to.include({ status: 'rated', levelId: 'practicing' });
      expect(detail.rating?.note, 'the note is kept').to.contain('one-way');
      await el.updateComplete;
      expect(preview()).to.equal(null);
      expect(visibleReach(el, mark(el, 'family-engagement'))).to.be.closeTo(0.75, 0.02);
      expect(live(el)).to.equal('Family Engagement: Practicing (3 of 4)');
      expect(focused(el)).to.equal(bar(el, 'family-engagement'));

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(visibleReach(el, preview()!)).to.be.closeTo(0.5, 0.02);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(preview()).to.equal(null);
      expect(live(el)).to.equal('Cancelled: the level stays as it was.');
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('practicing');
      expect(changes).to.equal(1);
      // Without a preview, Enter selects the capacity.
      const select = oneEvent<BpCapacitySelectEvent>(el, 'bp-capacity-select');
      await sendKeys({ press: 'Enter' });
      expect((await select).detail.capacityId).to.equal('family-engagement');
    });

    it('keyboard: an unanswered capacity previews the first level; +, = and - work as Up and Down', async () => {
      const el = await sample('vertical', { editable: true });
      bar(el, UNANSWERED).focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(live(el)).to.contain('Leading for Improvement: Beginning (1 of 4)');
      await sendKeys({ press: '+' });
      await sendKeys({ press: '=' });
      await sendKeys({ press: '-' });
      await el.updateComplete;
      expect(live(el)).to.contain('Developing (2 of 4)');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.profile?.ratings[UNANSWERED]).to.include({ status: 'rated', levelId: 'developing' });
    });

    it('keyboard: moving to another bar (Left/Right, Home, End) or away cancels the preview', async () => {
      const el = await sample('vertical', { editable: true });
      bar(el, 'dei').focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(root(el).querySelectorAll('.preview')).to.have.length(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'student-agency'));
      expect(root(el).querySelector('.preview')).to.equal(null);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(root(el).querySelector('.preview')).to.equal(null);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).querySelector('.preview')).to.equal(null);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(root(el).querySelector('.preview')).to.exist;
      // Focus leaves the chart (Shift+Tab).
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(root(el).querySelector('.preview')).to.equal(null);
      expect(el.profile).to.equal(profile);
    });

    it('keyboard, horizontal: Right previews a higher level and Left a lower one', async () => {
      const el = await sample('horizontal', { editable: true });
      bar(el, 'family-engagement').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.contain('Practicing (3 of 4)');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(live(el)).to.contain('Developing (2 of 4)');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement'].levelId).to.equal('developing');
      // Down still moves to the next bar.
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(bar(el, 'shared-vision'));
    });

    it('Delete clears the level and keeps the note ("not sure yet"), and says so; Backspace too', async () => {
      const el = await sample('horizontal', { editable: true });
      bar(el, 'family-engagement').focus();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'Delete' });
      const { detail } = await event;
      expect(detail.rating).to.include({ status: 'unsure', note: profile.ratings['family-engagement'].note });
      expect(detail.rating).not.to.have.property('levelId');
      await el.updateComplete;
      expect(el.profile?.ratings['family-engagement']).to.deep.equal(detail.rating);
      expect(mark(el, 'family-engagement').classList.contains('unsure')).to.be.true;
      expect(live(el)).to.equal('Family Engagement: level cleared, note kept (not sure yet)');
      // Without a note there is nothing to keep: the capacity is not answered any more.
      bar(el, 'student-agency').focus();
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.profile?.ratings['student-agency']).to.equal(undefined);
      expect(mark(el, 'student-agency').classList.contains('unanswered')).to.be.true;
      expect(live(el)).to.equal('Student Agency: not answered');
    });

    it('not editable: the editing keys and hovering a level do nothing', async () => {
      const el = await sample('horizontal');
      expect(previewLine(el)).to.equal(null);
      bar(el, 'family-engagement').focus();
      for (const key of ['ArrowRight', 'ArrowLeft', '+', 'Delete', 'Backspace'])
        await sendKeys({ press: key });
      await sendMouse({ type: 'move', position: levelPoint(el, 'family-engagement', 3) });
      await el.updateComplete;
      expect(root(el).querySelector('.preview')).to.equal(null);
      expect(el.profile).to.equal(profile);
    });

    it('ignores ratings of unknown capacities in the bars, and keeps them in the profile', async () => {
      const p = withRatings({ 'not-a-capacity': { status: 'rated', levelId: 'leading' } });
      const el = await sample('horizontal', { editable: true, profile: p });
      expect(marks(el)).to.have.length(17);
      bar(el, 'dei').focus();
      const event = oneEvent<BpRatingChangeEvent>(el, 'bp-rating-change');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail.profile.ratings['not-a-capacity']).to.deep.equal({ status: 'rated', levelId: 'leading' });
    });

    it('inside a provider: a real mouse click on a level answers into the shared profile', async () => {
      const { provider, el } = await providerPage({ rubric: false, editable: true });
      const changed = oneEvent<BpProfileChangeEvent>(provider, 'bp-profile-change');
      await sendMouse({ type: 'click', position: levelPoint(el, 'student-agency', 2) });
      const { detail } = await changed;
      expect(detail.reason).to.equal('rating');
      expect(provider.profile?.ratings['student-agency'].levelId).to.equal('practicing');
      await el.updateComplete;
      expect(visibleReach(el, mark(el, 'student-agency'))).to.be.closeTo(0.75, 0.02);
      expect(el.profile, 'the widget keeps no copy of its own').to.equal(undefined);
    });

    it('inside a provider: follows the shared profile and edits it with the keyboard', async () => {
      const provider = await fixture<BlueprintProvider>(
        html`<blueprint-provider persist="off" .framework=${framework}
          ><blueprint-bars orientation="horizontal" style="width: 720px" editable></blueprint-bars
        ></blueprint-provider>`,
      );
      const el = provider.querySelector('blueprint-bars')!;
      await ready(el);
      expect(marks(el).every((m) => m.classList.contains('unanswered'))).to.be.true;
      expect(provider.importProfile(profile).ok).to.be.true;
      await el.updateComplete;
      expect(mark(el, 'team-roles').classList.contains('rated')).to.be.true;
      bar(el, 'student-agency').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(provider.profile?.ratings['student-agency'].levelId).to.equal('developing');
      expect(el.profile).to.equal(undefined);
      expect(visibleReach(el, mark(el, 'student-agency'))).to.be.closeTo(0.5, 0.02);
      await expect(provider).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('vertical: chosen where every name fits its column; bars stand side by side, names under them', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 720px; padding: 0; margin: 0">
          <blueprint-bars
            .framework=${makeFramework(4, [3, 2])}
            .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l1' }, 'c1-1': { status: 'unsure' } })}
          ></blueprint-bars>
        </div>`,
      );
      const el = wrap.querySelector('blueprint-bars')!;
      await ready(el);
      await waitUntil(() => isVertical(el), 'never turned vertical', FRAMES);
      expect(chart(el).classList.contains('scroll')).to.be.false;
      const ids = ['c0-0', 'c0-1', 'c0-2', 'c1-0', 'c1-1'];
      const xs = ids.map((id) => bar(el, id).getBoundingClientRect().left);
      expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
      for (const id of ids)
        expect(nameOf(el, id).getBoundingClientRect().top, id).to.be.at.least(
          inner(track(el, id)).bottom - 0.5,
        );
      expect(visibleReach(el, mark(el, 'c0-0'))).to.be.closeTo(0.5, 0.02);
      // Nothing leaves the element.
      const host = el.getBoundingClientRect();
      for (const b of bars(el)) {
        const r = b.getBoundingClientRect();
        expect(r.left).to.be.at.least(host.left - 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
      }
      await expect(el).to.be.accessible();
    });

    it('horizontal: chosen where the names do not fit (BELE at 320 px), again as the container narrows', async () => {
      // Measured wide first (vertical), so the horizontal layout below is the one chosen for 320 px (before
      // its first measurement the element draws horizontal bars, which read at any width).
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 2400px; padding: 0; margin: 0">
          <blueprint-bars .framework=${bele}></blueprint-bars>
        </div>`,
      );
      const el = wrap.querySelector('blueprint-bars')!;
      await ready(el);
      await waitUntil(() => isVertical(el), 'not vertical at 2400 px', FRAMES);
      wrap.style.width = '320px';
      await waitUntil(() => chart(el).classList.contains('horizontal'), 'not horizontal at 320 px', FRAMES);
      expect(marks(el)).to.have.length(11);
      const ys = bars(el).map((b) => b.getBoundingClientRect().top);
      expect([...ys].sort((a, b) => a - b)).to.deep.equal(ys);
      // Names beside their bars.
      const name = nameOf(el, 'fc-trust').getBoundingClientRect();
      expect(name.right).to.be.at.most(inner(track(el, 'fc-trust')).left + 0.5);
      await expect(el).to.be.accessible();
    });

    it('orientation="vertical" is kept where the names do not fit: numbered bars, their names in a key below', async () => {
      const el = await sample('vertical');
      expect(chart(el).classList.contains('vertical')).to.be.true;
      expect(chart(el).classList.contains('keyed')).to.be.true;
      // Under each bar its number; the name is in the key, numbered the same, under its group.
      const first = bars(el)[0];
      expect(first.querySelector('.name')!.textContent.trim()).to.equal('1');
      expect(first.getAttribute('aria-label')).to.match(/^1\. /);
      const key = [...root(el).querySelectorAll('.capacity-key [part~="capacity-label"]')];
      expect(key).to.have.length(17);
      expect(key[0].textContent.replace(/\s+/g, ' ').trim()).to.equal('1 Seeing the Problem and the System');
      expect(key[0].getAttribute('data-capacity')).to.equal(first.dataset['capacity']);
      expect(root(el).querySelectorAll('.capacity-key [part~="group-label"]')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('group="<id>" shows one group only; an unknown id shows every group', async () => {
      const el = await render(
        html`<blueprint-bars
          style="width: 720px"
          orientation="horizontal"
          group="inclusive-culture"
          .framework=${framework}
          .profile=${profile}
        ></blueprint-bars>`,
      );
      expect(marks(el).map((m) => m.dataset['capacity'])).to.deep.equal([
        'dei',
        'student-agency',
        'family-engagement',
      ]);
      expect(texts(groupNames(el))).to.deep.equal(['Inclusive Culture']);
      el.group = 'no-such-group';
      await el.updateComplete;
      expect(marks(el)).to.have.length(17);
    });

    it('a long chart (over 40 bars) draws the bars out of view when scrolled to, at their new level', async () => {
      const long = makeFramework(4, [25, 25]);
      const ratings: Profile['ratings'] = {};
      for (let i = 0; i < 50; i++)
        ratings[`c${Math.floor(i / 25)}-${i % 25}`] = { status: 'rated', levelId: `l${i % 4}` };
      const el = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px; --bp-motion-duration: 0ms"
          .framework=${long}
          .profile=${madeProfile(ratings)}
        ></blueprint-bars>`,
      );
      // Its rows out of view are skipped (content-visibility, their tracks with them), a short chart's never are.
      expect(chart(el).classList.contains('long')).to.be.true;
      expect(getComputedStyle(bar(el, 'c1-24')).contentVisibility).to.equal('auto');
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      // A new level for the first bar and the last, then each is scrolled to: each shows its level.
      el.profile = madeProfile({
        ...ratings,
        'c0-0': { status: 'rated', levelId: 'l3' },
        'c1-24': { status: 'rated', levelId: 'l0' },
      });
      await el.updateComplete;
      for (const [id, reach] of [
        ['c1-24', 0.25],
        ['c0-0', 1],
      ] as const) {
        bar(el, id).scrollIntoView({ block: 'center' });
        await frame();
        expect(visibleReach(el, mark(el, id)), id).to.be.closeTo(reach, 0.02);
      }
      const short = await render(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          .framework=${makeFramework(4, [20, 20])}
          .profile=${madeProfile({})}
        ></blueprint-bars>`,
      );
      expect(chart(short).classList.contains('long')).to.be.false;
      expect(getComputedStyle(track(short, 'c0-0')).contentVisibility).to.equal('visible');
      await expect(el).to.be.accessible();
    });

    for (const orientation of ['vertical', 'horizontal'] as const) {
      it(`right to left, ${orientation}: bars run from the right and the keys follow the reading direction`, async () => {
        const rtl = makeFramework(
          4,
          [2, 2],
          (g, c) => ['קיבולת ראשונה', 'קיבולת שנייה', 'القدرة الثالثة', 'القدرة الرابعة'][g * 2 + c],
          (g) => ['קבוצה', 'مجموعة'][g],
        );
        const wrap = await fixture<HTMLDivElement>(
          html`<div dir="rtl" style="width: 720px; padding: 0; margin: 0">
            <blueprint-bars
              lang="he"
              editable
              orientation=${orientation}
              .framework=${rtl}
              .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l1' }, 'c1-1': { status: 'skipped' } })}
            ></blueprint-bars>
          </div>`,
        );
        const el = wrap.querySelector('blueprint-bars')!;
        await ready(el);
        expect(chart(el).classList.contains('rtl')).to.be.true;
        const box = inner(track(el, 'c0-0'));
        const shown = mark(el, 'c0-0').getBoundingClientRect();
        expect(visibleReach(el, mark(el, 'c0-0'))).to.be.closeTo(0.5, 0.02);
        if (orientation === 'vertical') {
          // The first bar is the rightmost.
          expect(bar(el, 'c0-0').getBoundingClientRect().left).to.be.greaterThan(
            bar(el, 'c1-1').getBoundingClientRect().left,
          );
        } else {
          // A bar grows from the right edge of its track; the short mark sits at the right too.
          expect(Math.min(shown.right, box.right)).to.be.closeTo(box.right, 0.5);
          expect(mark(el, 'c1-1').getBoundingClientRect().right).to.be.closeTo(
            inner(track(el, 'c1-1')).right,
            8,
          );
        }
        bar(el, 'c0-0').focus();
        if (orientation === 'vertical') {
          await sendKeys({ press: 'ArrowLeft' }); // forward, in right-to-left
          await el.updateComplete;
          expect(focused(el)).to.equal(bar(el, 'c0-1'));
        } else {
          await sendKeys({ press: 'ArrowLeft' }); // a higher level, in right-to-left
          await el.updateComplete;
          expect(live(el)).to.contain('Level 3 (3');
          expect(hint(el)).to.contain('Left arrow and Right arrow show a level');
          await sendKeys({ press: 'Escape' });
        }
        await expect(el).to.be.accessible();
      });
    }

    it('one group of one capacity, and seven levels', async () => {
      const one = await render(
        html`<blueprint-bars
          style="width: 720px"
          .framework=${makeFramework(3, [1])}
          .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l2' } })}
        ></blueprint-bars>`,
      );
      expect(marks(one)).to.have.length(1);
      expect(visibleReach(one, mark(one, 'c0-0'))).to.be.closeTo(1, 0.02);
      const seven = await render(
        html`<blueprint-bars
          style="width: 720px"
          orientation="horizontal"
          .framework=${makeFramework(7, [3, 2])}
          .profile=${madeProfile({ 'c0-0': { status: 'rated', levelId: 'l0' }, 'c1-1': { status: 'rated', levelId: 'l6' } })}
        ></blueprint-bars>`,
      );
      expect(axisLabels(seven)).to.have.length(7);
      expect(visibleReach(seven, mark(seven, 'c0-0'))).to.be.closeTo(1 / 7, 0.02);
      expect(visibleReach(seven, mark(seven, 'c1-1'))).to.be.closeTo(1, 0.02);
      expect(bar(seven, 'c1-1').getAttribute('aria-label')).to.equal('Capacity 2.2: Level 7 (7 of 7)');
      await expect(seven).to.be.accessible();
    });

    it('sixty capacities: horizontal, one tab stop, accessible', async function () {
      heavy(this, 'axe over a chart of 60 bars');
      const ratings: Profile['ratings'] = {};
      for (let g = 0; g < 4; g++)
        for (let c = 0; c < 15; c++) ratings[`c${g}-${c}`] = { status: 'rated', levelId: `l${(g + c) % 4}` };
      const el = await render(
        html`<blueprint-bars
          style="width: 900px"
          .framework=${makeFramework(4, [15, 15, 15, 15])}
          .profile=${madeProfile(ratings)}
        ></blueprint-bars>`,
      );
      await waitUntil(() => chart(el).classList.contains('horizontal'), 'not horizontal', FRAMES);
      expect(marks(el)).to.have.length(60);
      expect(bars(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('inputs & errors', () => {
    it('loads src and profile-src by itself (standalone)', async () => {
      const el = await fixture<BlueprintBars>(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          src=${FRAMEWORK}
          profile-src=${PROFILE}
        ></blueprint-bars>`,
      );
      await waitUntil(
        () => root(el).querySelector('.mark.rated[data-capacity="team-roles"]'),
        'profile-src never applied',
        { timeout: 4000 },
      );
      expect(marks(el)).to.have.length(17);
      expect(mark(el, UNSURE).classList.contains('unsure')).to.be.true;
    });

    it('shows the loading line, then the error part for a missing src, without throwing', async () => {
      const el = await fixture<BlueprintBars>(html`<blueprint-bars src=${MISSING}></blueprint-bars>`);
      expect(root(el).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      const { detail } = await oneEvent<BpErrorEvent>(el, 'bp-error');
      expect(detail.source).to.contain('does-not-exist.json');
      await el.updateComplete;
      // The alert comes with the plain words (their file loads on first failure, issue 14), not before: one announcement.
      await waitUntil(
        () => root(el).querySelector('[part~="error"]')?.getAttribute('role') === 'alert',
        'no alert',
      );
      expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a framework that is not JSON shows the error part', async () => {
      const el = await fixture<BlueprintBars>(
        html`<blueprint-bars .framework=${'{ not json'}></blueprint-bars>`,
      );
      await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no error shown', FRAMES);
      expect(root(el).querySelector('[part~="chart"]')).to.equal(null);
    });

    it('a missing profile-src: bp-error, the error part, and the bars without answers', async () => {
      // Listened to from the start: the 404 may come before the first chart (drawn in the frame after mount).
      let failed!: (e: BpErrorEvent) => void;
      const error = new Promise<BpErrorEvent>((resolve) => (failed = resolve));
      const el = await fixture<BlueprintBars>(
        html`<blueprint-bars
          orientation="horizontal"
          style="width: 720px"
          .framework=${framework}
          profile-src=${MISSING}
          @bp-error=${(e: BpErrorEvent) => failed(e)}
        ></blueprint-bars>`,
      );
      const { detail } = await error;
      expect(detail.source).to.contain('does-not-exist.json');
      await ready(el);
      await waitUntil(() => root(el).querySelector('[part~="error"]'), 'no error shown', FRAMES);
      expect(marks(el).every((m) => m.classList.contains('unanswered'))).to.be.true;
    });
  });
});
