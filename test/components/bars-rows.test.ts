/**
 * The horizontal chart's rows (issue 14): each row is a grid of its own, its name column worked out from the
 * names' measured widths (fit.ts) instead of one grid sizing the column from every name, which cost 250 ms of
 * layout at 2,000 rows. Nothing a person sees may change: every row must be laid out as the one grid laid it
 * out. Each case draws the chart, then lays out the same names in a hidden grid inside it, sized by the browser
 * as before (`fit-content(38%)` for the names, the levels sharing the rest), and compares name by name: the
 * column's width, where each track and level name sits, and how many lines each name takes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/components/blueprint-bars/define.js';
import type { BlueprintBars } from '../../src/components/blueprint-bars/blueprint-bars.js';
import type { Profile } from '../../src/framework/schema.js';

/** A tenth of a pixel: the canvas's and the layout's widths of one word may differ by 1/64 px. */
const CLOSE = 0.1;

const framework = (names: readonly string[]) => ({
  schema: 'blueprint-framework/1',
  id: 'rows',
  version: '1',
  title: 'Rows',
  levels: ['Starting', 'Growing', 'In place', 'Shared'].map((label, rank) => ({
    id: `l${rank}`,
    rank,
    label,
  })),
  groups: [0, 1].map((g) => ({
    id: `g${g}`,
    label: `Group ${g + 1}`,
    capacities: names.map((label, c) => ({ id: `c${g}-${c}`, label })),
  })),
});

const SHORT = ['Vision', 'Shared goals', 'Family voice', 'Data use', 'Time to plan', 'Coaching'];
const LONG = [
  'A shared vision of learning that every family and teacher can describe in their own words',
  'Time in the week for teams to plan together',
  'Coaching',
  'Data that teachers trust and use to change what happens in class',
  'Family partnerships',
  'Schedules',
];
const WORD = ['Interdisciplinary', 'Accountability systems', 'Professional learning communities', 'Data use'];
const HUGE = ['Pneumonoultramicroscopicsilicovolcanoconiosis', 'Data use', 'Family voice and choice'];

const profileFor = (names: readonly string[]): Profile => {
  const ratings: Profile['ratings'] = {};
  for (const g of [0, 1])
    names.forEach((_, c) => {
      if (c % 5 !== 4) ratings[`c${g}-${c}`] = { status: 'rated', levelId: `l${c % 4}` };
    });
  return { schema: 'blueprint-profile/1', frameworkId: 'rows', ratings };
};

interface Case {
  readonly title: string;
  readonly names: readonly string[];
  readonly width: number;
  /** Style of the element's container. */
  readonly style?: string;
  readonly dir?: 'rtl';
  /** A forced dark theme: the chart sits in a padded slab, narrower than the element. */
  readonly theme?: 'dark';
}

const CASES: readonly Case[] = [
  { title: 'short names, 960 px: the longest name on one line', names: SHORT, width: 960 },
  { title: 'long names, 600 px: 38 % of the width', names: LONG, width: 600 },
  { title: 'a long word, 320 px: the widest word', names: WORD, width: 320 },
  { title: 'right to left, 480 px', names: LONG, width: 480, dir: 'rtl' },
  {
    title: 'dark theme (a padded slab), 320 px: short names, 38 % of the width',
    names: SHORT,
    width: 320,
    theme: 'dark',
  },
  {
    title: '200 % text, 320 px: a word drawn smaller',
    names: HUGE,
    width: 320,
    style: 'font-size: 200%',
  },
  {
    title: 'text spacing (WCAG 1.4.12), 960 px',
    names: SHORT,
    width: 960,
    style: 'letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5',
  },
];

/** The height of an element's text (its lines), from a range over it. */
function textHeight(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().height;
}

/**
 * The names, a track and the level names laid out as the one shared grid did: a hidden copy inside the plot
 * (the same rules apply to it), `fit-content(38%)` for the names' column, the levels sharing the rest.
 */
function referenceGrid(root: ShadowRoot) {
  const plot = root.querySelector<HTMLElement>('.plot')!;
  const n = root.querySelectorAll('.level').length;
  const grid = document.createElement('div');
  // A group's color (the names' rule is drawn in it; a rule without one has no width).
  grid.style.cssText = `--c: currentColor; position: absolute; inset-inline: 0; top: 0; visibility: hidden; display: grid;
    grid-template-columns: fit-content(38%) repeat(${n}, minmax(0, 1fr))`;
  const levels = Array.from({ length: n }, (_, i) => {
    const cell = document.createElement('div');
    cell.style.cssText = `grid-row: 1; grid-column: ${i + 2}`;
    return cell;
  });
  const track = document.createElement('div');
  track.style.cssText = 'grid-row: 2; grid-column: 2 / -1';
  const names = [...root.querySelectorAll<HTMLElement>('.bar')].map((bar, i) => {
    const name = bar.querySelector('.name')!.cloneNode(true) as HTMLElement;
    // The name's own scale (a word drawn smaller) comes from its bar; wrapping as the browser chooses.
    name.style.cssText = `${bar.style.cssText}; grid-row: ${i + 3}; white-space: normal`;
    return name;
  });
  grid.append(...levels, track, ...names);
  plot.append(grid);
  return { grid, levels, track, names };
}

describe('<blueprint-bars> horizontal rows lay out as one grid did (issue 14)', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    await document.fonts.ready;
  });

  for (const c of CASES)
    it(c.title, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${c.dir ?? 'ltr'} style=${`width: ${c.width}px; padding: 0; ${c.style ?? ''}`}>
          <blueprint-bars
            orientation="horizontal"
            theme=${ifDefined(c.theme)}
            .framework=${framework(c.names)}
            .profile=${profileFor(c.names)}
          ></blueprint-bars>
        </div>`,
      );
      const el = wrapper.querySelector<BlueprintBars>('blueprint-bars')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.bar'), 'the bars never rendered', {
        timeout: 4000,
      });
      await el.updateComplete;
      const root = el.shadowRoot!;
      const chart = root.querySelector('.chart')!;
      expect(chart.classList.contains('horizontal'), 'horizontal').to.equal(true);

      const ref = referenceGrid(root);
      const bars = [...root.querySelectorAll<HTMLElement>('.bar')];
      const box = (e: Element) => e.getBoundingClientRect();
      const column = box(ref.names[0]).width;
      bars.forEach((bar, i) => {
        const name = bar.querySelector('.name')!;
        const track = bar.querySelector('.track')!;
        const label = name.textContent;
        expect(box(name).width, `${label}: the name's width`).to.be.closeTo(column, CLOSE);
        expect(box(track).left, `${label}: where its track starts`).to.be.closeTo(box(ref.track).left, CLOSE);
        expect(box(track).width, `${label}: its track's width`).to.be.closeTo(box(ref.track).width, CLOSE);
        expect(textHeight(name), `${label}: its lines`).to.be.closeTo(textHeight(ref.names[i]), CLOSE);
      });
      [...root.querySelectorAll('.level')].forEach((level, i) => {
        expect(box(level).left, `level ${i + 1}: where it starts`).to.be.closeTo(
          box(ref.levels[i]).left,
          CLOSE,
        );
        expect(box(level).width, `level ${i + 1}: its width`).to.be.closeTo(box(ref.levels[i]).width, CLOSE);
      });
      ref.grid.remove();
    });
});

describe('<blueprint-bars> a long horizontal chart skips its rows out of view (issue 14)', () => {
  const names = Array.from({ length: 40 }, (_, i) => `Capacity ${i + 1}`);

  async function longChart(width: number, listNames: readonly string[] = names, style = '') {
    const wrapper = await fixture<HTMLElement>(
      html`<div style=${`width: ${width}px; padding: 0`}>
        <blueprint-bars
          style=${style}
          orientation="horizontal"
          editable
          .framework=${framework(listNames)}
          .profile=${profileFor(listNames)}
        ></blueprint-bars>
      </div>`,
    );
    const el = wrapper.querySelector<BlueprintBars>('blueprint-bars')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.bar'), 'the bars never rendered', { timeout: 4000 });
    await el.updateComplete;
    return el;
  }

  /** The chart does not skip its rows: it is not one-line, and its last row is drawn. */
  const expectEveryRowDrawn = (root: ShadowRoot) => {
    expect(root.querySelector('.chart')!.classList.contains('one-line'), 'one-line').to.equal(false);
    expect(getComputedStyle(root.querySelectorAll('.bar')[79]).contentVisibility).to.equal('visible');
  };

  /** Every row's top and height, and the chart's height. */
  const geometry = (root: ShadowRoot) => [
    ...[...root.querySelectorAll('.bar')].map(
      (b) => `${b.getBoundingClientRect().top}+${b.getBoundingClientRect().height}`,
    ),
    String(root.querySelector('.chart')!.getBoundingClientRect().height),
  ];

  it('rows out of view are as tall as when they are drawn, to the layout unit', async () => {
    const el = await longChart(960);
    const root = el.shadowRoot!;
    expect(root.querySelector('.chart')!.classList.contains('one-line'), 'one-line').to.equal(true);
    expect(getComputedStyle(root.querySelectorAll('.bar')[79]).contentVisibility).to.equal('auto');
    const skipped = geometry(root);
    const drawn = new CSSStyleSheet();
    drawn.replaceSync('.bar { content-visibility: visible !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, drawn];
    expect(geometry(root)).to.deep.equal(skipped);
  });

  // A skipped row is painted at a whole-pixel offset: were its offset from the plot's origin (the plot is
  // contained) a fraction, its name's rule would leave a 1 px gap beside the next row's, and its text and
  // marks would move. Whole offsets, at any text size or line height.
  for (const style of ['', 'font-size: 200%', 'font-size: 15.3px; line-height: 1.5; letter-spacing: 0.12em'])
    it(`every row starts a whole number of pixels from the plot's origin${style ? ` (${style})` : ''}`, async () => {
      const el = await longChart(960, names, style);
      const root = el.shadowRoot!;
      expect(root.querySelector('.chart')!.classList.contains('one-line'), 'one-line').to.equal(true);
      const plot = root.querySelector('.plot')!;
      expect(getComputedStyle(plot).contain).to.contain('layout');
      const top = plot.getBoundingClientRect().top;
      const fractions = [...root.querySelectorAll('.axis, .group-name, .bar')].map((e) => {
        const r = e.getBoundingClientRect();
        return [r.top - top, r.height].map((px) => Math.abs(px - Math.round(px)));
      });
      expect(fractions.flat().filter((f) => f > 0.001)).to.deep.equal([]);
      // Out of view: a row drawn would be just as tall.
      expect(root.querySelectorAll('.bar')[79].getBoundingClientRect().height).to.equal(
        root.querySelectorAll('.bar')[0].getBoundingClientRect().height,
      );
    });

  it('a page that sets word spacing keeps every row drawn (the names were measured without it)', async () => {
    const el = await longChart(960, names, 'word-spacing: 0.16em');
    expectEveryRowDrawn(el.shadowRoot!);
  });

  it('on paper every row is drawn', async () => {
    const el = await longChart(960);
    const root = el.shadowRoot!;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root.querySelectorAll('.bar')[79]).contentVisibility).to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(root.querySelectorAll('.bar')[79]).contentVisibility).to.equal('auto');
  });

  it('names that wrap keep every row drawn (a row out of view could not know its height)', async () => {
    const el = await longChart(
      320,
      names.map((n) => `${n} of the school's shared work`),
    );
    expectEveryRowDrawn(el.shadowRoot!);
  });

  it('End and the arrow keys reach a row out of view: it is drawn and holds focus', async () => {
    const el = await longChart(960);
    const root = el.shadowRoot!;
    const bars = [...root.querySelectorAll<HTMLElement>('.bar')];
    bars[0].focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => root.activeElement === bars[79], 'End did not reach the last row');
    await el.updateComplete;
    expect(bars[79].querySelector('.name')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root.activeElement === bars[78], 'ArrowUp did not reach the row above');
    expect(bars[78].getAttribute('tabindex')).to.equal('0');
    expect(bars[79].getAttribute('tabindex')).to.equal('-1');
  });
});
