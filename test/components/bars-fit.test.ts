/**
 * `fitLayout` (src/components/blueprint-bars/fit.ts) measures a width only when a bound of it leaves the
 * layout choice open (issue 14: the first render measured every word of every name, in three fonts). Its
 * choices must be exactly the ones measuring everything makes: `everyWidth` below is that rule, written out as
 * it was before, and both run on the same made-up fonts over many charts, widths and text sizes.
 */
import { expect } from '@open-wc/testing';
import { fitLayout, type FitInput, type Measure } from '../../src/components/blueprint-bars/fit.js';

// The stylesheet's sizes in em, as fit.ts mirrors them.
const LEVEL_SIZE = 0.92;
const SLACK = 2;

const words = (t: string) => t.split(/\s+/).filter(Boolean);

/** The choice with every width measured. */
function everyWidth(input: FitInput) {
  const { em, width, letterSpacing: ls, measure } = input;
  const count = input.groups.reduce((n, g) => n + g.capacities.length, 0);
  if (!count || width <= 0) return { vertical: true, levelKey: false, nameScale: [], groupScale: [] };
  const text =
    (size: number, bold = false) =>
    (s: string) =>
      measure(s, size, bold) + ls * [...s].length;
  const extent = (m: (s: string) => number, t: string) => {
    const each = words(t).map(m);
    return {
      min: Math.max(0, ...each),
      max: each.reduce((a, b) => a + b, 0) + Math.max(0, each.length - 1) * m(' '),
    };
  };
  const label = text(em);
  const level = text(em * LEVEL_SIZE);
  const group = text(em, true);
  const names = input.groups.map((g) => g.capacities.map((c) => extent(label, c)));
  const levels = input.levels.map((l) => extent(level, l));
  const levelMin = Math.max(0, ...levels.map((l) => l.min));
  const levelMax = Math.max(0, ...levels.map((l) => l.max));
  const axis = Math.min(levelMax, Math.max(levelMin, 9 * em)) + 0.5 * em;
  const columns = 1 + count + (input.groups.length - 1);
  const gaps = (columns - 1) * 0.2 * em + (input.groups.length - 1) * 0.5 * em;
  const column = (width - axis - gaps) / count;
  const vertical =
    column > 0 &&
    input.groups.every(
      (g, gi) =>
        names[gi].every((c) => c.min + 0.4 * em + SLACK <= column) &&
        extent(group, g.label).min + 0.4 * em + SLACK <=
          g.capacities.length * column + (g.capacities.length - 1) * 0.2 * em,
    );
  const all = names.flat();
  const nameMin = Math.max(0, ...all.map((n) => n.min)) + 1.1 * em;
  const nameMax = Math.max(0, ...all.map((n) => n.max)) + 1.1 * em;
  const nameColumn = Math.min(nameMax, Math.max(nameMin, 0.38 * width));
  const levelColumn = (width - nameColumn) / Math.max(1, input.levels.length);
  const levelKey = levels.some((l) => l.min + 0.3 * em + SLACK > levelColumn);
  const scale = (w: number, room: number) => (w + SLACK > room ? Math.max(0.3, room / (w + SLACK)) : 1);
  const nameRoom = 0.6 * width - 1.1 * em;
  return {
    vertical,
    levelKey,
    nameScale: all.map((n) => scale(n.min, nameRoom)),
    groupScale: input.groups.map((g) => scale(extent(group, g.label).min, width - 1.3 * em)),
  };
}

/** A made-up font: each character its own advance (at most 1.2 em for Latin), bold wider by `bold`. */
function font(seed: number, bold: number): { measure: Measure; calls: () => number } {
  let calls = 0;
  const advance = (ch: string) => {
    const c = ch.codePointAt(0)!;
    if (c > 0x52f) return 3.5; // a wide ligature of another script: no bound applies
    return 0.25 + ((c * 7919 + seed * 104729) % 95) / 100; // 0.25 .. 1.19 em
  };
  return {
    measure: (t, size, isBold) => {
      calls++;
      const w = [...t].reduce((a, ch) => a + advance(ch) * size, 0);
      return isBold ? w * bold : w;
    },
    calls: () => calls,
  };
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Capacity',
  'Vision',
  'and',
  'leadership',
  'Équité',
  'Ωmega',
  'Supercalifragilistic',
  'x',
  'ﷺﷻ',
  '42',
];

function chart(r: () => number, n: number): Omit<FitInput, 'measure'> {
  const pick = (k: number) =>
    Array.from({ length: k }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const groups = Array.from({ length: 1 + Math.floor(r() * 5) }, () => ({
    label: pick(1 + Math.floor(r() * 3)),
    capacities: Array.from({ length: Math.max(1, Math.round(n * r())) }, () => pick(1 + Math.floor(r() * 4))),
  }));
  return {
    width: [200, 280, 320, 480, 640, 768, 960, 1440][Math.floor(r() * 8)],
    em: [10, 14, 16, 28][Math.floor(r() * 4)],
    letterSpacing: r() < 0.7 ? 0 : 1.68,
    levels: Array.from({ length: 2 + Math.floor(r() * 6) }, () => pick(1 + Math.floor(r() * 2))),
    groups,
  };
}

describe('fitLayout measures only what decides the layout', () => {
  it('makes the same choice as measuring every width, on 3,000 charts', () => {
    const r = rng(14);
    let vertical = 0;
    let levelKey = 0;
    let scaled = 0;
    for (let i = 0; i < 3000; i++) {
      const c = chart(r, [1, 3, 8, 24, 60][i % 5]);
      const f = font(i, 1 + r() * 0.3);
      const got = fitLayout({ ...c, measure: f.measure });
      const want = everyWidth({ ...c, measure: f.measure });
      expect(got, `chart ${i}: ${JSON.stringify(c)}`).to.deep.equal(want);
      if (want.vertical) vertical++;
      if (want.levelKey) levelKey++;
      if ([...want.nameScale, ...want.groupScale].some((s) => s < 1)) scaled++;
    }
    // The sweep reaches every kind of choice, both ways.
    expect(vertical).to.be.within(100, 2900);
    expect(levelKey).to.be.within(100, 2900);
    expect(scaled).to.be.within(100, 2900);
  });

  it('measures one name of 2,000 that cannot stand vertically, and no bold or level-size text', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Capacity ${i + 1}`);
    const f = font(1, 1.1);
    const fonts = new Set<string>();
    let measured = 0;
    const measure: Measure = (t, size, bold) => {
      fonts.add(`${size} ${bold}`);
      measured++;
      return f.measure(t, size, bold);
    };
    const input = {
      width: 960,
      em: 14,
      letterSpacing: 0,
      levels: ['Emerging', 'Developing', 'Established', 'Leading'],
      groups: [0, 1, 2, 3].map((g) => ({
        label: `Group ${g}`,
        capacities: names.slice(g * 500, g * 500 + 500),
      })),
    };
    const got = fitLayout({ ...input, measure });
    expect(got).to.deep.equal(everyWidth({ ...input, measure: f.measure }));
    expect(got.vertical).to.equal(false);
    expect(fonts).to.deep.equal(new Set(['14 false']));
    expect(measured).to.be.below(40);
  });
});
