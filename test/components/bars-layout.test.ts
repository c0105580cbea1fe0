/**
 * Labels that always read (issue 13): every capacity, group and level name of `<blueprint-bars>` is visible
 * text in full, no word broken across lines, no label over another or out of the element; for each sample
 * framework and a 60-capacity one, at 280, 320, 768 and 1440 px, at normal text, at 200 % text and with the
 * WCAG 1.4.12 text spacing. The rules live in test/support/text-layout.ts; the first suite proves on small
 * hand-made DOM that each helper finds what it claims to find.
 *
 * How the text modes are emulated (the element's type is `--bp-font-size`, default 1rem, and its spacing
 * is in rem, src/internal/tokens.ts; the host sets its font and resets letter- and word-spacing,
 * src/internal/styles.ts):
 * - 200 % text: the root font size doubled, as a reader's browser text size does. Doubled from what the page
 *   has: the hostile test page sets `html { font-size: 24px }`, so `font-size: 200%` on the root would
 *   only give 32 px (200 % of the browser's 16 px), 133 % of the page's text;
 * - text spacing: a page stylesheet `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
 *   word-spacing: 0.16em !important }` and `p { margin-bottom: 2em !important }`, as a reader's user style
 *   or bookmarklet does. It matches the host (an !important page rule beats `:host`) but no element in the
 *   shadow root: the spacing reaches the labels only by inheritance, so an element that sets line-height or
 *   spacing on its own text keeps the reader's spacing out. Each mode checks that it reached the labels.
 */
import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/blueprint-bars/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import {
  parseFramework,
  parseProfile,
  type FrameworkModel,
  type Profile,
  type Ratings,
} from '../../src/framework/index.js';
import { heavy, RENDER_TIMEOUT } from '../support/heavy.js';
import {
  findLabels,
  labelProblems,
  outside,
  overlaps,
  splitWords,
  textRects,
  visibleText,
  type ChartNames,
} from '../support/text-layout.js';

// ---- the helpers, on hand-made DOM --------------------------------------------------------------------

/**
 * Hand-made DOM in a shadow root of its own: `host` (400 px wide, positioned) holds `.box`, whose inherited
 * styles are reset (`all: initial`: the hostile page's uppercase, pre-wrap, letter-spacing and 24 px Comic
 * Sans stay out) to 16 px sans-serif text, 1.25 line height. `markup` is trusted test HTML.
 */
function sandbox(markup: string, style = ''): { host: HTMLElement; $: (s: string) => HTMLElement } {
  // An unknown tag: the page's `div` and `span` rules do not reach it; its inline style beats the `*` rules.
  const host = document.createElement('layout-sandbox');
  host.style.cssText = `display: block; position: relative; width: 400px; ${style}`;
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>
      .box { all: initial; display: block; position: relative; height: 100%; font: 16px/1.25 sans-serif; }
      p { margin: 0; }
      .abs { position: absolute; white-space: nowrap; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
        clip-path: inset(50%); white-space: nowrap; }
    </style><div class="box">${markup}</div>`;
  sandboxes.push(host);
  return { host, $: (s: string) => root.querySelector<HTMLElement>(s)! };
}
const sandboxes: HTMLElement[] = [];

describe('text-layout helpers (test/support/text-layout.ts) detect what they claim', () => {
  afterEach(() => {
    for (const s of sandboxes.splice(0)) s.remove();
  });

  describe('visibleText', () => {
    it('returns the words a person sees, white space collapsed', () => {
      const { $ } = sandbox(`<p id="a">  Seeing the\n  <b>Problem</b>\u00a0and   the System </p>`);
      expect(visibleText($('#a'))).to.equal('Seeing the Problem and the System');
    });

    it('does not count a title or an aria-label, only text on the page', () => {
      const { $ } = sandbox(
        `<span id="a" title="Seeing the Problem" aria-label="Seeing the Problem"></span><span id="b" title="Seeing the Problem">See…</span>`,
      );
      expect(visibleText($('#a'))).to.equal('');
      expect(visibleText($('#b'))).to.equal('See…');
    });

    it('leaves out text that is display: none, visibility: hidden, transparent, of opacity 0 or of size 0', () => {
      const { $ } = sandbox(`
        <p id="none">Shown <span style="display: none">Gone</span></p>
        <p id="hidden">Shown <span style="visibility: hidden">Gone</span></p>
        <p id="transparent">Shown <span style="color: transparent">Gone</span></p>
        <p id="opacity">Shown <span style="opacity: 0"><i>Gone</i></span></p>
        <p id="zero">Shown <span style="font-size: 0">Gone</span></p>
        <p id="content" style="content-visibility: hidden">Gone</p>`);
      for (const id of ['none', 'hidden', 'transparent', 'opacity', 'zero'])
        expect(visibleText($(`#${id}`)), id).to.equal('Shown');
      expect(visibleText($('#content'))).to.equal('');
    });

    it('leaves out visually hidden text and text clipped by an ancestor (ellipsis, line clamp, overflow)', () => {
      const { $ } = sandbox(`
        <p id="vh"><span class="visually-hidden">Seeing the Problem</span></p>
        <div id="ellipsis" style="width: 90px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Seeing the Problem and the System</div>
        <div id="clamp" style="width: 90px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden">Seeing the Problem and the System</div>
        <div id="box" style="width: 100px; height: 20px; overflow: hidden"><span>Seeing the Problem and the System</span></div>`);
      expect(visibleText($('#vh'))).to.equal('');
      for (const id of ['ellipsis', 'clamp', 'box']) {
        const seen = visibleText($(`#${id}`));
        expect(seen, id).to.match(/^Seeing/);
        expect(seen, id).not.to.contain('System');
      }
    });

    it('lets an absolutely positioned label escape the overflow of a parent that is not its containing block', () => {
      const { $ } = sandbox(`
        <div style="position: relative; height: 60px">
          <div style="width: 20px; height: 20px; overflow: hidden">
            <span id="escapes" class="abs" style="top: 0">Seeing the Problem</span>
          </div>
          <div style="position: relative; width: 20px; height: 20px; overflow: hidden">
            <span id="clipped" class="abs" style="top: 0">Seeing the Problem</span>
          </div>
        </div>`);
      expect(visibleText($('#escapes'))).to.equal('Seeing the Problem');
      expect(visibleText($('#clipped'))).not.to.contain('Problem');
    });

    it('counts text scrolled out of an inner scroll container as not visible, and the page scroll as harmless', async () => {
      const { $, host } = sandbox(`
        <div id="scroller" style="height: 40px; overflow: auto">
          <p id="top" style="height: 40px; margin: 0">Top label</p>
          <p id="below" style="height: 40px; margin: 0">Lower label</p>
        </div>
        <p id="far" style="margin: 0">Far label</p>`);
      expect(visibleText($('#top'))).to.equal('Top label');
      expect(visibleText($('#below'))).to.equal('');
      $('#scroller').scrollTop = 40;
      expect(visibleText($('#top'))).to.equal('');
      expect(visibleText($('#below'))).to.equal('Lower label');
      // The page scrolled so that the label is above the viewport: still visible (a page scrolls).
      host.style.marginBottom = '3000px';
      window.scrollTo(0, host.getBoundingClientRect().bottom + window.scrollY + 100);
      await nextFrame();
      expect($('#far').getBoundingClientRect().bottom).to.be.lessThan(0);
      expect(visibleText($('#far'))).to.equal('Far label');
      window.scrollTo(0, 0);
    });
  });

  describe('splitWords', () => {
    it('finds a long word broken by overflow-wrap, and nothing when words wrap between them', () => {
      const { $ } = sandbox(`
        <p id="split" style="width: 60px; overflow-wrap: anywhere">Interdisciplinary work</p>
        <p id="wraps" style="width: 100px; overflow-wrap: normal">Seeing the Problem and the System</p>`);
      expect(splitWords($('#split'))).to.deep.equal(['Interdisciplinary']);
      expect(textRects($('#wraps')).length).to.be.greaterThan(4);
      expect(splitWords($('#wraps'))).to.deep.equal([]);
    });

    it('finds a word split at a soft hyphen (hyphenation), not one broken after a hard hyphen', () => {
      const { $ } = sandbox(`
        <p id="soft" style="width: 70px; hyphens: manual">Measure\u00adment</p>
        <p id="hard" style="width: 50px">Well-being</p>`);
      expect(splitWords($('#soft'))).to.deep.equal(['Measurement']);
      expect(textRects($('#hard')).length).to.equal(2); // it did break, after the hyphen
      expect(splitWords($('#hard'))).to.deep.equal([]);
    });

    it('follows a word across inline elements, in right-to-left text and in text turned sideways', () => {
      const { $ } = sandbox(`
        <p id="inline" style="width: 60px; overflow-wrap: anywhere">Inter<b>disciplinary</b></p>
        <p id="rtl" dir="rtl" style="width: 80px; overflow-wrap: anywhere">עבודה Interdisciplinary</p>
        <p id="sideways" style="writing-mode: vertical-rl; height: 60px; overflow-wrap: anywhere">Interdisciplinary</p>
        <p id="sideways-ok" style="writing-mode: vertical-rl; height: 200px">Interdisciplinary</p>`);
      expect(splitWords($('#inline'))).to.deep.equal(['Interdisciplinary']);
      expect(splitWords($('#rtl'))).to.deep.equal(['Interdisciplinary']);
      expect(splitWords($('#sideways'))).to.deep.equal(['Interdisciplinary']);
      expect(splitWords($('#sideways-ok'))).to.deep.equal([]);
    });
  });

  describe('textRects, overlaps and outside', () => {
    it('textRects: the drawn words only (no white space, no empty or hidden text), cut to what clips them', () => {
      const { $ } = sandbox(`
        <div id="a" style="width: 300px"> <span></span>  Two words  <span> </span></div>
        <div id="b" style="width: 30px; overflow: hidden; white-space: nowrap">Clipped</div>
        <div id="c" style="visibility: hidden">Hidden</div>`);
      const rects = textRects($('#a'));
      expect(rects).to.have.length(2);
      const box = $('#a').getBoundingClientRect();
      expect(rects[0].left).to.be.closeTo(box.left, 1);
      expect(rects[1].right).to.be.lessThan(box.left + 150);
      // What shows of a word cut off ("Clip") still counts: it can overlap other text.
      const cut = textRects($('#b'));
      expect(cut).to.have.length(1);
      expect(cut[0].width).to.be.closeTo(30, 1);
      expect(textRects($('#c'))).to.deep.equal([]);
    });

    it('overlaps: a pair whose text overlaps, not text 1 px apart or touching, not an element and its child', () => {
      const { $ } = sandbox(
        `
        <span id="a" class="abs" style="left: 0; top: 0">Student Agency</span>
        <span id="b" class="abs" style="left: 40px; top: 6px">Family Engagement</span>
        <span id="c" class="abs" style="left: 0; top: 40px">Inclusive</span>
        <span id="d" class="abs" style="left: 0; top: 40px">Culture</span>
        <span id="e" class="abs" style="left: 0; top: 80px">Outer <i id="f">inner</i></span>`,
        'height: 120px',
      );
      const ids = (pairs: Array<[Element, Element]>) => pairs.map(([x, y]) => `${x.id}+${y.id}`);
      // "Culture" right after "Inclusive": touching (within the 1 px tolerance), not overlapping.
      $('#d').style.left = `${textRects($('#c'))[0].right - $('#c').getBoundingClientRect().left - 0.5}px`;
      expect(ids(overlaps(['#a', '#b', '#c', '#d', '#e', '#f'].map($)))).to.deep.equal(['a+b']);
    });

    it('outside: text past the host edge, not text the host clips (that is not visible) nor text inside', () => {
      const { $, host } = sandbox(
        `
        <span id="in" class="abs" style="left: 0; top: 0">Inside</span>
        <span id="out" class="abs" style="right: -30px; top: 20px">Sticks out</span>
        <div style="position: absolute; top: 40px; left: 380px; width: 20px; overflow: hidden"><span id="cut" style="white-space: nowrap">Cut off here</span></div>`,
        'height: 80px',
      );
      expect(outside(host, [$('#in'), $('#out'), $('#cut')])).to.deep.equal([$('#out')]);
    });
  });

  describe('labelProblems', () => {
    const names: ChartNames = {
      capacities: [
        { id: 'ok', name: 'Student Agency' },
        { id: 'split', name: 'Seeing the Problem and Aim' },
        { id: 'title', name: 'Family Engagement' },
        { id: 'clipped', name: 'Aim and Theory of Improvement' },
        { id: 'missing', name: 'Testing Changes' },
        { id: 'sideways', name: 'Data Routines' },
        { id: 'empty', name: 'Building Staff Skills' },
      ],
      groups: [{ id: 'culture', name: 'Inclusive Culture' }],
      levels: ['Beginning', 'Leading'],
    };
    const chart = (labels: string) =>
      sandbox(
        `<div part="chart" style="position: relative; height: 200px">${labels}</div>
        <ul part="legend"><li part="level-key label">Beginning</li></ul>`,
        'width: 420px',
      );

    it('is empty when every label reads', () => {
      const { host } = chart(`
        <span part="capacity-label label" data-capacity="a" class="abs" style="top: 0">Student Agency</span>
        <span part="group-label label" data-group="g" class="abs" style="top: 30px">Inclusive Culture</span>
        <span part="axis-label label" class="abs" style="top: 60px">Leading</span>`);
      expect(
        labelProblems(host, {
          capacities: [{ id: 'a', name: 'Student Agency' }],
          groups: [{ id: 'g', name: 'Inclusive Culture' }],
          levels: ['Beginning', 'Leading'],
        }),
      ).to.deep.equal([]);
    });

    it('names each label and what is wrong with it', () => {
      const { host } = chart(`
        <span part="capacity-label label" data-capacity="ok" class="abs" style="left: 0; top: 0">Student Agency</span>
        <span part="capacity-label label" data-capacity="split" style="position: absolute; left: 0; top: 30px; width: 56px; overflow-wrap: anywhere">Seeing the Problem and Aim</span>
        <span part="capacity-label label" data-capacity="title" class="abs" style="left: 200px; top: 0" title="Family Engagement">Family…</span>
        <span part="capacity-label label" data-capacity="clipped" class="abs" style="left: 240px; top: 40px; width: 80px; overflow: hidden; text-overflow: ellipsis">Aim and Theory of Improvement</span>
        <span part="capacity-label" data-capacity="sideways" class="abs" style="left: 380px; top: 60px; writing-mode: vertical-rl">Data Routines</span>
        <span part="capacity-label label" data-capacity="empty" class="abs" style="left: 300px; top: 0" title="Building Staff Skills" aria-label="Building Staff Skills"></span>
        <span part="group-label label" data-group="culture" class="abs" style="left: 60px; top: 4px">Inclusive Culture</span>
        <span part="axis-label label" class="abs" style="left: 0; top: 180px">Lead</span>`);
      expect(labelProblems(host, names)).to.deep.equal([
        'capacity "Family Engagement": shows "Family…", not the full name',
        'capacity "Aim and Theory of Improvement": not visible in full ("Theory", "of", "Improvement" cut off by span.abs (overflow hidden))',
        'capacity "Testing Changes": no [part~="capacity-label"][data-capacity="missing"] element in the chart',
        'capacity "Data Routines": its element lacks "label" in its part list',
        'capacity "Data Routines": text is turned 90° (reads sideways)',
        'capacity "Building Staff Skills": its label has no text (a title or aria-label is not visible text)',
        'level "Leading": not shown in full by any axis label or level key (seen: "Lead", "Beginning")',
        'capacity "Seeing the Problem and Aim": split word "Problem"',
        'capacity "Student Agency" overlaps group "Inclusive Culture" (52×13 px)',
      ]);
    });

    it('reports text that leaves the element and a chart that is not there', () => {
      const { host } = chart(`
        <span part="capacity-label label" data-capacity="a" class="abs" style="left: 400px; top: 0">Student Agency</span>`);
      expect(
        labelProblems(host, { capacities: [{ id: 'a', name: 'Student Agency' }], groups: [], levels: [] }),
      ).to.deep.equal(['capacity "Student Agency": text leaves the element (92 px past its right edge)']);
      const { host: empty } = sandbox('<p>Loading…</p>');
      expect(labelProblems(empty, names)).to.deep.equal([
        'no [part~="chart"] in the shadow root: the chart did not render',
      ]);
    });
  });
});

// ---- <blueprint-bars>: the matrix ---------------------------------------------------------------------

const data = (path: string) => new URL(`../../src/data/${path}`, import.meta.url).href;
const fixtures = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).href;

interface Sample {
  readonly name: string;
  readonly framework: string;
  /** The team's answers; none: a mix of answers made up from the framework (answersFor). */
  readonly profile?: string;
  readonly lang?: string;
}

const SAMPLES: readonly Sample[] = [
  {
    name: 'improvement-teams',
    framework: data('improvement-teams.json'),
    profile: data('improvement-teams.profile.json'),
  },
  {
    name: 'improvement-teams in Spanish',
    framework: data('improvement-teams.json'),
    profile: data('improvement-teams.profile.json'),
    lang: 'es',
  },
  { name: 'BELE', framework: data('bele.json') },
  { name: '60 capacities', framework: fixtures('sixty.json'), profile: fixtures('sixty.profile.json') },
];

const WIDTHS = [280, 320, 768, 1440] as const;

interface Loaded {
  readonly doc: unknown;
  readonly model: FrameworkModel;
  readonly profile: Profile;
  readonly names: ChartNames;
}

/** Every kind of answer, in turn, for a framework without a sample profile: rated (each level), unsure, skipped, none. */
function answersFor(model: FrameworkModel): Profile {
  const ratings: Ratings = {};
  model.capacities.forEach((c, i) => {
    const turn = i % 6;
    if (turn === 3) ratings[c.id] = { status: 'unsure' };
    else if (turn === 4) ratings[c.id] = { status: 'skipped' };
    else if (turn !== 5)
      ratings[c.id] = { status: 'rated', levelId: model.levels[i % model.levels.length].id };
  });
  return { schema: 'blueprint-profile/1', frameworkId: model.id, ratings };
}

async function load(sample: Sample): Promise<Loaded> {
  const doc: unknown = await (await fetch(sample.framework)).json();
  const parsed = parseFramework(doc);
  if (!parsed.ok) throw new Error(`${sample.framework}: ${JSON.stringify(parsed.errors)}`);
  const model = parsed.value;
  const answers: unknown = sample.profile ? await (await fetch(sample.profile)).json() : answersFor(model);
  // The answers must fit the framework (the library's own validator, as `blueprint-widgets validate` does).
  const checked = parseProfile(answers, model);
  if (!checked.ok || checked.warnings.length)
    throw new Error(
      `${sample.profile ?? 'answersFor'}: ${JSON.stringify([...(checked.ok ? [] : checked.errors), ...checked.warnings])}`,
    );
  const profile = checked.value;
  const text = (t: Parameters<FrameworkModel['text']>[0]) => model.text(t, sample.lang);
  return {
    doc,
    model,
    profile,
    names: {
      capacities: model.capacities.map((c) => ({ id: c.id, name: text(c.label) })),
      groups: model.groups.map((g) => ({ id: g.id, name: text(g.label) })),
      levels: model.levels.map((l) => text(l.label)),
    },
  };
}

/** A text setting a reader may have, applied to the page and taken back. */
interface TextMode {
  readonly name: string;
  apply(): void;
  undo(): void;
  /**
   * Proof that the setting reached the text of the labels (else the mode's cases would prove nothing):
   * the test's title, and what falls short for the elements holding the labels' text.
   */
  readonly reaches?: { readonly title: string; shortfalls(holders: readonly Element[]): string[] };
}

/** `tag.class "text"`, for the reach checks' messages. */
const describeHolder = (el: Element) =>
  `${el.localName}${[...el.classList].map((c) => `.${c}`).join('')} "${el.textContent?.replace(/\s+/g, ' ').trim()}"`;

const SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

const twiceTheText: TextMode = {
  name: '200 % text',
  apply() {
    const root = document.documentElement;
    root.style.fontSize = '';
    // Twice what the page has (the hostile page's 24 px), not `200%` (twice the browser's 16 px).
    root.style.fontSize = `${2 * parseFloat(getComputedStyle(root).fontSize)}px`;
  },
  undo() {
    document.documentElement.style.fontSize = '';
  },
  reaches: {
    title: 'the larger text reaches every label (twice the size it has at normal text)',
    shortfalls(holders) {
      const large = holders.map((h) => parseFloat(getComputedStyle(h).fontSize));
      // Back to normal text and straight back, in one task: no frame, hence no re-layout, in between.
      twiceTheText.undo();
      const normal = holders.map((h) => parseFloat(getComputedStyle(h).fontSize));
      twiceTheText.apply();
      return holders.flatMap((h, i) =>
        large[i] < 1.95 * normal[i] ? [`${describeHolder(h)}: ${normal[i]} px → ${large[i]} px`] : [],
      );
    },
  },
};

const textSpacing: TextMode = {
  name: 'WCAG 1.4.12 text spacing',
  apply() {
    const style = document.createElement('style');
    style.id = 'text-spacing';
    style.textContent = SPACING_CSS;
    document.head.append(style);
  },
  undo() {
    document.getElementById('text-spacing')?.remove();
  },
  reaches: {
    title: 'the text spacing reaches every label (line height 1.5, letters 0.12 em, words 0.16 em)',
    shortfalls(holders) {
      return holders.flatMap((h) => {
        const s = getComputedStyle(h);
        const size = parseFloat(s.fontSize);
        const wanted: [string, string, number][] = [
          ['line-height', s.lineHeight, 1.5],
          ['letter-spacing', s.letterSpacing, 0.12],
          ['word-spacing', s.wordSpacing, 0.16],
        ];
        // `normal` (not a length) falls short too.
        const lacks = wanted.flatMap(([name, value, em]) =>
          (parseFloat(value) || 0) < em * size - 0.1 ? [`${name} ${value}`] : [],
        );
        return lacks.length ? [`${describeHolder(h)} (${size} px text): ${lacks.join(', ')}`] : [];
      });
    },
  },
};

const MODES: readonly TextMode[] = [
  { name: 'normal text', apply() {}, undo() {} },
  twiceTheText,
  textSpacing,
];

/** Renders `<blueprint-bars>` for `sample` in a container of `width` px (its own, removed by the caller). */
async function mount(
  sample: Sample,
  loaded: Loaded,
  width: number,
  options: { orientation?: 'vertical' | 'horizontal'; dir?: 'rtl' } = {},
): Promise<{ wrapper: HTMLElement; el: BlueprintBars }> {
  const wrapper = document.createElement('div');
  // No padding or margin (the hostile page gives every div some): the element is exactly `width` wide.
  // Motion off here too, on top of the test page's `:root { --bp-motion-duration: 0ms }`.
  wrapper.style.cssText = `width: ${width}px; padding: 0; margin: 0; --bp-motion-duration: 0ms`;
  if (options.dir) wrapper.dir = options.dir;
  document.body.append(wrapper);
  const template: TemplateResult = html`<blueprint-bars
    lang=${ifDefined(sample.lang)}
    orientation=${ifDefined(options.orientation)}
    .framework=${loaded.doc}
    .profile=${loaded.profile}
  ></blueprint-bars>`;
  render(template, wrapper);
  const el = wrapper.querySelector('blueprint-bars')!;
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="chart"], [part~="error"]'),
    `<blueprint-bars> never rendered ${sample.name}`,
    { timeout: RENDER_TIMEOUT },
  );
  const error = el.shadowRoot!.querySelector('[part~="error"]');
  if (error) throw new Error(`<blueprint-bars> shows an error: ${error.textContent.trim()}`);
  await settled(el);
  return { wrapper, el };
}

/**
 * Waits until the chart has laid itself out for its current width and text: it measures with a
 * ResizeObserver (which reports after a layout, then measures in the next animation frame) and re-renders.
 * Two frames and the update at a time, until nothing in the shadow root changed and no update is pending.
 */
async function settled(el: BlueprintBars): Promise<void> {
  const snapshot = () => {
    const r = el.getBoundingClientRect();
    return `${r.width}×${r.height}|${el.shadowRoot!.innerHTML}`;
  };
  let last = '';
  for (let i = 0; i < 15; i++) {
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    const now = snapshot();
    if (now === last && !el.isUpdatePending) return;
    last = now;
  }
  throw new Error('<blueprint-bars> kept changing its layout for 30 frames');
}

/** The label elements the contract names (capacity, group, level): what the reach checks look at. */
function labelElements(el: BlueprintBars, names: ChartNames): Element[] {
  const found = findLabels(el);
  return [
    ...names.capacities.flatMap((c) => found.capacity(c.id)),
    ...names.groups.flatMap((g) => found.group(g.id)),
    ...found.levels,
  ];
}

/** The elements holding each label's text (where the inherited text settings end up). */
function textHolders(labels: Element[]): Element[] {
  return labels.flatMap((label) => {
    const holders = new Set<Element>();
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.textContent?.trim() && n.parentElement) holders.add(n.parentElement);
    return [...holders];
  });
}

describe('<blueprint-bars> labels always read (issue 13)', function () {
  // 60 layout cases and 8 reach checks. Each case: about 0.1 s to re-lay out and 0.02–0.3 s to measure
  // every word; the whole file took 13–18 s idle and 38 s with both cores busy (two busy loops, load
  // average 10), most of it starting Chromium and printing failures. A case stays far below mocha's 5 s,
  // but the first case of each element also renders it (fetch, parse, first layout): heavy's budget.
  heavy(
    this,
    'each case lays out a whole chart (up to 60 bars) and measures every word of every label with DOM Ranges',
  );

  before(async () => {
    // Wide enough for the 1440 px cases (the default headless window is 800 px).
    await setViewport({ width: 1600, height: 1000 });
    await document.fonts.ready;
  });

  for (const sample of SAMPLES)
    describe(sample.name, () => {
      let loaded: Loaded;
      before(async () => {
        loaded = await load(sample);
      });

      for (const mode of MODES)
        describe(mode.name, () => {
          // One element per framework and text mode: each case changes its container's width (a window
          // resize, which the element follows with its ResizeObserver). A new element per text mode, so a
          // case never depends on the element noticing a font change.
          let wrapper: HTMLElement | undefined;
          let el: BlueprintBars;
          before(async () => {
            mode.apply();
            ({ wrapper, el } = await mount(sample, loaded, WIDTHS[0]));
          });
          after(() => {
            wrapper?.remove();
            mode.undo();
          });

          for (const width of WIDTHS)
            it(`at ${width} px every label reads`, async () => {
              wrapper!.style.width = `${width}px`;
              await settled(el);
              expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
              expect(labelProblems(el, loaded.names)).to.deep.equal([]);
            });

          const reaches = mode.reaches;
          if (reaches)
            it(reaches.title, () => {
              const holders = textHolders(labelElements(el, loaded.names));
              expect(holders, 'no label elements to check').not.to.be.empty;
              expect(reaches.shortfalls(holders)).to.deep.equal([]);
            });
        });

      describe('forced orientation and right-to-left', () => {
        let mounted: HTMLElement | undefined;
        afterEach(() => {
          mounted?.remove();
          mounted = undefined;
        });

        for (const orientation of ['vertical', 'horizontal'] as const)
          it(`orientation="${orientation}" at 1440 px: every label reads`, async () => {
            const { wrapper, el } = await mount(sample, loaded, 1440, { orientation });
            mounted = wrapper;
            expect(labelProblems(el, loaded.names)).to.deep.equal([]);
          });

        it('right to left (dir="rtl" on a wrapper) at 320 px: every label reads', async () => {
          const { wrapper, el } = await mount(sample, loaded, 320, { dir: 'rtl' });
          mounted = wrapper;
          expect(getComputedStyle(el).direction).to.equal('rtl');
          expect(labelProblems(el, loaded.names)).to.deep.equal([]);
        });
      });
    });
});
