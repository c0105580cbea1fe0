/**
 * Which layout of <blueprint-bars> lets every name read whole, decided before drawing (so there is never a
 * second render or a frame with the wrong layout): a name can wrap between words but never inside one, so
 * what must fit is each name's widest word. Text widths come from a `measure` function (a canvas in the
 * browser, with the element's font and letter spacing); the sizes below mirror the stylesheet's grid.
 * Pure: unit-testable with any measure.
 */

/** Width in CSS pixels of `text` in the chart's font at `size` px, `bold` for group names. */
export type Measure = (text: string, size: number, bold: boolean) => number;

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
 * At most how wide one character of the scripts below can be, in em, in any font a page would set for text
 * (the widest, "W", "@", "—", are about 1em; bold and wide faces a little more): Latin with its extensions and
 * combining marks, Greek, Cyrillic (up to U+052F), Latin Extended Additional, Greek Extended and general
 * punctuation (U+1E00 to U+206F). Text in other scripts (an Arabic ligature can be several em wide in one code
 * point) has no such bound and is always measured.
 */
const WIDEST_CHAR = 1.5;

/** A width known to lie in [lo, hi]; exact when lo === hi. */
interface Range {
  readonly lo: number;
  readonly hi: number;
}

/** What a width is first guessed from: another font's width (already set up) × [lo, hi]. */
interface Guess {
  /** The glyphs' width in that font (letter spacing apart). */
  readonly raw: (word: string) => number;
  readonly lo: number;
  readonly hi: number;
}

const length = (s: string) => [...s].length;

/**
 * The width of a text's widest word (`min`) and of the whole text on one line (`max`), each as a range that
 * narrows when a choice needs it (`level`): 0, an upper bound from its length (nothing measured); 1, a guess
 * from a font already set up (`guess`); 2, the exact width. Measuring the first text in a font sets that font
 * up (a few milliseconds each), and 2,000 names are 2,000 words: most choices are far from their threshold,
 * and the ranges settle them without measuring (issue 14).
 */
class Extent {
  #min: Range = { lo: 0, hi: 0 };
  #max: Range = { lo: 0, hi: 0 };
  #level = -1;

  constructor(
    private readonly text: string,
    /** The exact width of a word in the text's own font, letter spacing included. */
    private readonly exact: (word: string) => number,
    private readonly em: number,
    private readonly ls: number,
    private readonly guess?: Guess,
  ) {}

  min(level: number): Range {
    this.#refine(level);
    return this.#min;
  }

  max(level: number): Range {
    this.#refine(level);
    return this.#max;
  }

  #refine(level: number) {
    if (this.#level < 0) {
      // One pass over the text, allocating nothing (it runs for every name): its longest run of characters
      // between spaces bounds its widest word, its length its line. Every character counts as the widest, and a
      // character outside the bounded scripts makes both unbounded.
      const char = WIDEST_CHAR * this.em + this.ls;
      const t = this.text;
      let longest = 0;
      let run = 0;
      let bounded = true;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        // Spaces, tabs and line breaks split words (other spaces only make a run longer, a looser bound).
        if (c === 32 || (c >= 9 && c <= 13)) run = 0;
        else {
          if (++run > longest) longest = run;
          if (c < 32 || (c > 0x52f && (c < 0x1e00 || c > 0x206f))) bounded = false;
        }
      }
      this.#set(
        { min: 0, max: 0 },
        bounded ? { min: longest * char, max: t.length * char } : { min: Infinity, max: Infinity },
      );
      this.#level = 0;
    }
    if (level >= 1 && this.#level < 1) {
      const g = this.guess;
      if (g) {
        const at = (k: number) => extent((s) => g.raw(s) * k + this.ls * length(s), this.text);
        const lo = at(g.lo);
        const hi = at(g.hi);
        this.#set(lo, { min: Math.min(this.#min.hi, hi.min), max: Math.min(this.#max.hi, hi.max) });
      }
      this.#level = g ? 1 : 2;
      if (!g) this.#measure();
    }
    if (level >= 2 && this.#level < 2) {
      this.#level = 2;
      this.#measure();
    }
  }

  #measure() {
    const e = extent(this.exact, this.text);
    this.#set(e, e);
  }

  #set(lo: { min: number; max: number }, hi: { min: number; max: number }) {
    this.#min = { lo: lo.min, hi: hi.min };
    this.#max = { lo: lo.max, hi: hi.max };
  }
}

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
const gaps = (list: readonly unknown[]) => Math.max(0, list.length - 1);

/**
 * The width of `text`'s widest word and of the whole text on one line, from its words (names share many words,
 * and each is measured once): the line is its words and the spaces between them.
 */
function extent(m: (s: string) => number, text: string) {
  const each = words(text).map(m);
  return { min: Math.max(0, ...each), max: sum(each) + gaps(each) * m(' ') };
}

/**
 * Whether `fits(text, room)` holds for the exact widths of a text and of its room, `fits` being false for a
 * wider text and true for a wider room: settled by the widest ranges whose every pair agrees, narrowing the text
 * first (one text is cheaper to measure than a room made of many).
 */
function decide(
  text: (level: number) => Range,
  room: (level: number) => Range,
  fits: (text: number, room: number) => boolean,
): boolean {
  for (const [a, b] of [
    [0, 0],
    [1, 0],
    [2, 0],
    [2, 1],
  ] as const) {
    const t = text(a);
    const r = room(b);
    if (fits(t.hi, r.lo)) return true;
    if (!fits(t.lo, r.hi)) return false;
  }
  return fits(text(2).lo, room(2).lo);
}

/** A width that is what it is. */
const known = (width: number) => (): Range => ({ lo: width, hi: width });

/**
 * Chooses what fits; an empty chart or no width fits anything. The choice is the one the exact widths make:
 * a width is measured only when a range of it leaves the choice open.
 */
export function fitLayout(input: FitInput): Fit {
  const { em, width, letterSpacing: ls, measure } = input;
  const count = input.groups.reduce((n, g) => n + g.capacities.length, 0);
  if (!count || width <= 0) return { vertical: true, levelKey: false, nameScale: [], groupScale: [] };
  const text =
    (size: number, bold = false) =>
    (s: string) =>
      measure(s, size, bold) + ls * length(s);
  // A level name in the label's font, scaled to its size, is within a few percent of its width; a bold word
  // is no narrower than the regular one and at most a third wider.
  const regular = (s: string) => measure(s, em, false);
  const levelGuess: Guess = { raw: (s) => regular(s) * LEVEL_SIZE, lo: 0.9, hi: 1.1 };
  const boldGuess: Guess = { raw: regular, lo: 0.95, hi: 1.35 };

  // Each name once, in order (the widest word and the whole line), measured only as far as a choice needs.
  const names = input.groups.map((g) => g.capacities.map((c) => new Extent(c, text(em), em, ls)));
  const levels = input.levels.map(
    (l) => new Extent(l, text(em * LEVEL_SIZE), em * LEVEL_SIZE, ls, levelGuess),
  );
  const groupNames = input.groups.map((g) => new Extent(g.label, text(em, true), em, ls, boldGuess));
  const all = names.flat();
  /** `range` for each level, worked out once (a choice asks for the same range many times). */
  const once = (range: (level: number) => Range) => {
    const known: Range[] = [];
    return (level: number) => (known[level] ??= range(level));
  };
  const widest = (list: readonly Extent[], of: 'min' | 'max', level: number): Range => ({
    lo: Math.max(0, ...list.map((e) => e[of](level).lo)),
    hi: Math.max(0, ...list.map((e) => e[of](level).hi)),
  });

  // Vertical: the level names' column is fit-content(9em); the bars share what is left, each column equal.
  const axis = (levelMin: number, levelMax: number) =>
    Math.min(levelMax, Math.max(levelMin, AXIS_MAX * em)) + AXIS_PAD * em;
  const columns = 1 + count + (input.groups.length - 1);
  const gapsWidth = (columns - 1) * COLUMN_GAP * em + (input.groups.length - 1) * GROUP_GAP * em;
  // A bar's column (wider level names, a narrower column).
  const column = once((level: number): Range => {
    const min = widest(levels, 'min', level);
    const max = widest(levels, 'max', level);
    return {
      lo: (width - axis(min.hi, max.hi) - gapsWidth) / count,
      hi: (width - axis(min.lo, max.lo) - gapsWidth) / count,
    };
  });
  const vertical =
    decide(known(0), column, (_, col) => col > 0) &&
    input.groups.every(
      (g, gi) =>
        names[gi].every((c) =>
          decide(
            (level) => c.min(level),
            column,
            (w, col) => w + BAR_PAD * em + SLACK <= col,
          ),
        ) &&
        decide(
          (level) => groupNames[gi].min(level),
          column,
          (w, col) =>
            w + GROUP_PAD * em + SLACK <=
            g.capacities.length * col + (g.capacities.length - 1) * COLUMN_GAP * em,
        ),
    );

  // Horizontal: the names' column is fit-content(38%); the levels share what is left.
  const nameColumn = (nameMin: number, nameMax: number) =>
    Math.min(nameMax + NAME_PAD * em, Math.max(nameMin + NAME_PAD * em, NAME_COLUMN * width));
  const levelColumn = once((level: number): Range => {
    const min = widest(all, 'min', level);
    const max = widest(all, 'max', level);
    const n = Math.max(1, input.levels.length);
    return { lo: (width - nameColumn(min.hi, max.hi)) / n, hi: (width - nameColumn(min.lo, max.lo)) / n };
  });
  const levelKey = levels.some(
    (l) =>
      !decide(
        (level) => l.min(level),
        levelColumn,
        (w, col) => w + LEVEL_PAD * em + SLACK <= col,
      ),
  );
  const scale = (word: Extent, room: number) =>
    // Nearly every name: its length alone says it fits.
    word.min(0).hi + SLACK <= room ||
    decide(
      (level) => word.min(level),
      known(room),
      (w, r) => w + SLACK <= r,
    )
      ? 1
      : Math.max(0.3, room / (word.min(2).lo + SLACK));
  const nameScale = all.map((n) => scale(n, NAME_ROOM * width - NAME_PAD * em));
  const groupScale = groupNames.map((g) => scale(g, width - GROUP_MARK * em));
  return { vertical, levelKey, nameScale, groupScale };
}

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** The font last set on `context`: setting one parses it, and a chart measures hundreds of words in two fonts. */
let contextFont = '';
/** Widths measured, by font and text. */
const widths = new Map<string, number>();

/** Forgets every width measured: a web font arrived, so the same font names other glyphs now. */
export function forgetWidths(): void {
  widths.clear();
}

/**
 * A measure with the browser's text engine (a 2D canvas, one for the page) for a font family, its weight and
 * the weight of bold text; a generous character-width estimate where there is no canvas.
 */
export function canvasMeasure(family: string, weight: string, boldWeight: string | number = 650): Measure {
  context ??=
    typeof OffscreenCanvas !== 'undefined'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : typeof document !== 'undefined'
        ? document.createElement('canvas').getContext('2d')
        : null;
  const ctx = context;
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.62;
    const font = `${bold ? boldWeight : weight} ${size}px ${family}`;
    const key = `${font}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (font !== contextFont) ctx.font = contextFont = font;
      w = ctx.measureText(text).width;
      // Kept for the page's life (a resize or another chart of the same names measures nothing again), within
      // reason: a page that draws thousands of different names starts over.
      if (widths.size > 20000) widths.clear();
      widths.set(key, w);
    }
    return w;
  };
}
