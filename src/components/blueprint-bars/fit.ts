/**
 * Which layout of <blueprint-bars> lets every name read whole, decided before drawing (so there is never a
 * second render or a frame with the wrong layout): a name can wrap between words but never inside one, so
 * what must fit is each name's widest word. Text widths come from a `measure` function (a canvas in the
 * browser, with the element's font and letter spacing); the sizes below mirror the stylesheet's grid.
 * Pure: unit-testable with any measure.
 */

import type { Measure } from '../../internal/text-measure.js';

export type { Measure };

export interface FitInput {
  /** The chart's width, in CSS pixels. */
  readonly width: number;
  /** The chart's font size (the label size), in CSS pixels. */
  readonly em: number;
  /** Extra space after every character (CSS letter-spacing, in px). */
  readonly letterSpacing: number;
  /** Level names, lowest first. */
  readonly levels: readonly string[];
  /** The groups shown, each with its capacity names. */
  readonly groups: readonly { readonly label: string; readonly capacities: readonly string[] }[];
  readonly measure: Measure;
}

export interface Fit {
  /** Every capacity, group and level name fits the vertical layout without splitting a word. */
  readonly vertical: boolean;
  /** In the horizontal layout, a level name is wider than its column: number the columns, name them in a key. */
  readonly levelKey: boolean;
  /**
   * The last resort, horizontal layout: a single word wider than the room there is (a long word at 200 % text
   * in a phone column) is drawn smaller rather than split or cut. One factor (≤ 1) per capacity in order, and
   * per group; 1 almost always.
   */
  readonly nameScale: readonly number[];
  readonly groupScale: readonly number[];
  /**
   * The horizontal layout's name column as fit-content(38%) would size it over every name, for a stylesheet that
   * sizes it without laying out every name (issue 14): between `word` (the widest word's text, drawn at
   * `wordScale`) and `line` (the longest name's text on one line), each in px without the name's padding and
   * rule, which the stylesheet adds. `oneLine`: every name fits on one line there, as far as the width measured
   * says (an estimate: it is the element's, and a dark slab's padding narrows the chart).
   */
  readonly nameColumn?: {
    readonly word: number;
    readonly wordScale: number;
    readonly line: number;
    readonly oneLine: boolean;
  };
}

// Mirrors of blueprint-bars.styles.ts, in em of the chart's font.
const LEVEL_SIZE = 0.92; // .level font-size
const AXIS_MAX = 9; // fit-content(9em) of the level names' column
const AXIS_PAD = 0.5; // .level padding-inline-end
const COLUMN_GAP = 0.2; // .vertical .plot column-gap
const GROUP_GAP = 0.5; // the gap column between groups
const BAR_PAD = 0.2 + 0.2; // .vertical .bar padding + .vertical .name padding, both sides
const GROUP_PAD = 0.4; // .vertical .group-name padding, both sides
const NAME_COLUMN = 0.38; // fit-content(38%) of the horizontal names' column
const NAME_PAD = 0.85 + 0.25; // .horizontal .name padding + its group rule
const LEVEL_PAD = 0.3; // .horizontal .level padding, both sides
const NAME_ROOM = 0.6; // the share of the width a name may take before it is drawn smaller (the bars keep the rest)
const GROUP_MARK = 1.3; // .horizontal .group-name::before and its gap
/** Rounding, sub-pixel layout and kerning differences between the measure and the page. */
const SLACK = 2;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The width of `text`'s widest word and of the whole text on one line, from its words (names share many words,
 * and each is measured once): the line is its words and the spaces between them.
 */
function extent(m: (s: string) => number, text: string) {
  const each = words(text).map(m);
  const line = each.reduce((sum, w) => sum + w, 0) + Math.max(0, each.length - 1) * m(' ');
  return { min: Math.max(0, ...each), max: line };
}

/** Chooses what fits; an empty chart or no width fits anything. */
export function fitLayout(input: FitInput): Fit {
  const { em, width, letterSpacing: ls, measure } = input;
  const count = input.groups.reduce((n, g) => n + g.capacities.length, 0);
  if (!count || width <= 0) return { vertical: true, levelKey: false, nameScale: [], groupScale: [] };
  const text =
    (size: number, bold = false) =>
    (s: string) =>
      measure(s, size, bold) + ls * [...s].length;
  const label = text(em);
  const level = text(em * LEVEL_SIZE);
  const group = text(em, true);
  // More than a group name's widest word in bold, from the regular font: bold text is at most half as wide again
  // as regular, and a pixel a character wider (a synthetic bold). Where this bound fits, the bold font is not
  // needed: it is a file of its own, and setting it up took the canvas longer than measuring every name of a
  // 200-capacity chart (issue 14). Only a group name close to the edge of its room is measured in bold.
  const boldBound = (name: string) =>
    Math.max(0, ...words(name).map((w) => 1.5 * measure(w, em, false) + [...w].length * (1 + ls)));

  // Each name once, in order (the widest word and the whole line).
  const names = input.groups.map((g) => g.capacities.map((c) => extent(label, c)));

  // Vertical: the level names' column is fit-content(9em); the bars share what is left, each column equal.
  const levels = input.levels.map((l) => extent(level, l));
  const levelMin = Math.max(0, ...levels.map((l) => l.min));
  const levelMax = Math.max(0, ...levels.map((l) => l.max));
  const axis = Math.min(levelMax, Math.max(levelMin, AXIS_MAX * em)) + AXIS_PAD * em;
  const columns = 1 + count + (input.groups.length - 1);
  const gaps = (columns - 1) * COLUMN_GAP * em + (input.groups.length - 1) * GROUP_GAP * em;
  const column = (width - axis - gaps) / count;
  const fitsGroup = (name: string, room: number) =>
    boldBound(name) + GROUP_PAD * em + SLACK <= room ||
    extent(group, name).min + GROUP_PAD * em + SLACK <= room;
  const vertical =
    column > 0 &&
    input.groups.every(
      (g, gi) =>
        names[gi].every((c) => c.min + BAR_PAD * em + SLACK <= column) &&
        fitsGroup(g.label, g.capacities.length * column + (g.capacities.length - 1) * COLUMN_GAP * em),
    );

  // Horizontal: the names' column is fit-content(38%); the levels share what is left.

  const all = names.flat();
  const nameMin = Math.max(0, ...all.map((n) => n.min)) + NAME_PAD * em;
  const nameMax = Math.max(0, ...all.map((n) => n.max)) + NAME_PAD * em;
  const nameColumn = Math.min(nameMax, Math.max(nameMin, NAME_COLUMN * width));
  const levelColumn = (width - nameColumn) / Math.max(1, input.levels.length);
  const levelKey = levels.some((l) => l.min + LEVEL_PAD * em + SLACK > levelColumn);
  const scale = (word: number, room: number) =>
    word + SLACK > room ? Math.max(0.3, room / (word + SLACK)) : 1;
  const nameRoom = NAME_ROOM * width - NAME_PAD * em;
  const nameScale = all.map((n) => scale(n.min, nameRoom));
  const groupRoom = width - GROUP_MARK * em;
  const groupScale = input.groups.map((g) =>
    boldBound(g.label) + SLACK <= groupRoom ? 1 : scale(extent(group, g.label).min, groupRoom),
  );
  // Text widths rounded up to the layout's unit (1/64 px), as the browser rounds a text's width; a name drawn
  // smaller has its padding and rule drawn smaller too, so the widest word is the one with the widest box.
  const unit = (px: number) => Math.ceil(px * 64) / 64;
  let box = 0;
  let word = 0;
  let wordScale = 1;
  const texts = input.groups.flatMap((g) => g.capacities);
  all.forEach((n, i) => {
    const s = nameScale[i];
    // Text drawn smaller is not quite proportionally narrower: measured at its size.
    const min = s < 1 ? Math.max(...words(texts[i]).map(text(em * s))) : n.min;
    if (min + NAME_PAD * em * s > box) [box, word, wordScale] = [min + NAME_PAD * em * s, min, s];
  });
  // A line is its words and spaces measured apart; the longest few are measured whole too, as the browser shapes
  // them on one line (a pair kerned across a space), so the longest name is never a hair too wide and wraps.
  const longest = all
    .map((_, i) => i)
    .sort((a, b) => all[b].max - all[a].max)
    .slice(0, 8);
  const line = Math.max(
    0,
    ...all.map((n, i) => n.max * nameScale[i]),
    ...longest.map((i) => label(texts[i]) * nameScale[i]),
  );
  return {
    vertical,
    levelKey,
    nameScale,
    groupScale,
    nameColumn: {
      word: unit(word),
      wordScale,
      line: unit(line),
      oneLine: line + NAME_PAD * em <= NAME_COLUMN * width,
    },
  };
}
