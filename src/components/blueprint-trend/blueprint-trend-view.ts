/**
 * What <blueprint-trend> draws, derived from its inputs by one pure function in `willUpdate` (no DOM reads):
 * the moments on a time axis (d3-scale's scaleUtc), the levels on a linear scale, each line's path and its
 * group's spread (d3-shape's `line` and `area` with curveMonotoneX, which never bends past a level between
 * two points), a marker shape per line (d3-shape's symbols: lines differ without color), and the x labels
 * that fit without overlapping. Pixel geometry: the element draws at its own width (from a ResizeObserver).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveMonotoneX, line, symbol, symbolsFill } from 'd3-shape';
import { clip } from '../../framework/limits.js';
import type { FrameworkModel } from '../../framework/model.js';
import type { Profile } from '../../framework/schema.js';
import { trend, type Trend } from '../../framework/trend.js';
import { localized, type Words } from '../../i18n/index.js';
import { trendStrings, type TrendStrings } from '../../i18n/trend.js';
import { groupColor } from '../../internal/group-color.js';
import { shortName } from '../../internal/short-name.js';
import { formatDate } from '../../internal/words.js';

/** Measures a text's width in px at the label size. */
export type Measure = (text: string) => number;

export interface TrendViewInputs {
  readonly model: FrameworkModel;
  readonly profile: Profile | undefined;
  readonly group: string | undefined;
  readonly locale: string | undefined;
  /** The words for the framework's parts (its `terms`) in that locale. */
  readonly words: Words;
  readonly width: number;
  /** The label size in px. */
  readonly em: number;
  readonly rtl: boolean;
  readonly measure: Measure;
  readonly now: Date;
}

export interface PointView {
  readonly line: number;
  readonly moment: number;
  readonly x: number;
  readonly y: number;
  readonly rank: number;
  /** How far the line is moved off its level's guide, in px (see `dodge`): y - dodge is the level's y. */
  readonly dodge: number;
  /** The level's name. */
  readonly level: string;
  /** "in Fall 2025", "now". */
  readonly when: string;
  /** "Inclusive Culture: Developing in Fall 2025". */
  readonly name: string;
}

export interface LineView {
  readonly id: string;
  readonly name: string;
  readonly fullName: string;
  readonly color: string;
  /** The line's path (gaps break it), or '' when it has fewer than two points in a row. */
  readonly d: string;
  /** The group's spread, lowest to highest capacity level (groups only), or ''. */
  readonly area: string;
  readonly dash: string;
  /** The marker's path, around (0, 0). */
  readonly marker: string;
  readonly points: readonly PointView[];
  /** What the table shows at each moment: a level's name, "not answered", or a level no longer there. */
  readonly cells: readonly string[];
}

export interface MomentView {
  readonly x: number;
  /** The label as drawn (clipped), or '' where it is thinned out. */
  readonly tick: string;
  /** The middle of the tick's box, kept inside the chart. */
  readonly tickX: number;
  /** Its full name: the snapshot's label, else its date; "Now" for the current answers. */
  readonly name: string;
  /** The date, for the table's header (empty for now and for a moment named by its date). */
  readonly date: string;
}

export interface TrendView {
  readonly t: TrendStrings;
  readonly trend: Trend;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly rtl: boolean;
  /** Each level's guide (`y`) and name (`x`, `labelY`: its baseline, or its middle beside the plot). */
  readonly levels: readonly {
    readonly name: string;
    readonly y: number;
    readonly x: number;
    readonly labelY: number;
  }[];
  /** Level names above their guide (narrow charts) rather than in a column beside the plot. */
  readonly inlineLevels: boolean;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly moments: readonly MomentView[];
  readonly lines: readonly LineView[];
  readonly tickY: number;
  readonly notes: readonly string[];
  readonly description: string;
  readonly unknownGroup: string | undefined;
}

/** Dash patterns (in label-em units), with a period prime to the 7 marker shapes: 28 lines all differ. */
const DASHES = ['', '0.5 0.3', '0.12 0.3', '1 0.3 0.15 0.3'];
/** The longest moment label drawn under the axis (the table has it whole). */
const TICK_CHARS = 18;

/**
 * Moves positions apart so neighbours are at least `gap` apart, keeping them within [lo, hi] (moments saved
 * minutes apart would otherwise sit on one another); spread evenly when even that does not fit.
 */
export function spaceOut(xs: readonly number[], gap: number, lo: number, hi: number): number[] {
  const n = xs.length;
  if (n < 2) return [...xs];
  if ((n - 1) * gap > hi - lo) return xs.map((_, i) => lo + ((hi - lo) * i) / (n - 1));
  const out = [...xs];
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  if (out[n - 1] > hi) {
    out[n - 1] = hi;
    for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i], out[i + 1] - gap);
  }
  return out;
}

/**
 * Which ticks are drawn: every k-th moment counted back from "now" (always drawn), with the smallest k whose
 * boxes do not overlap (a gap of `gap` px); the first moment too when it fits. Boxes are [left, right] in px.
 */
export function thinTicks(boxes: readonly (readonly [number, number])[], gap: number): boolean[] {
  const n = boxes.length;
  for (let k = 1; k <= n; k++) {
    const shown = boxes.map((_, i) => (n - 1 - i) % k === 0);
    const fits = (a: number, b: number) => boxes[a][1] + gap <= boxes[b][0];
    const kept = shown.flatMap((s, i) => (s ? [i] : []));
    if (!kept.every((i, j) => j === 0 || fits(kept[j - 1], i))) continue;
    if (!shown[0] && (kept.length === 0 || fits(0, kept[0]))) shown[0] = true;
    return shown;
  }
  return boxes.map((_, i) => i === n - 1);
}

export function trendView(inputs: TrendViewInputs): TrendView {
  const { model, profile, locale, width, em, rtl, measure } = inputs;
  const t = localized('trend', trendStrings, locale, inputs.words);
  const name = (v: Parameters<FrameworkModel['text']>[0]) => model.text(v, locale);
  const unknownGroup = inputs.group && !model.group(inputs.group) ? inputs.group : undefined;
  const data = trend(model, profile, unknownGroup ? undefined : inputs.group, 'median', inputs.now);
  const n = model.levels.length;
  const levelNames = model.levels.map((l) => shortName(name(l.label)));

  // The frame: level names in a column beside the plot where there is room, else above their guides.
  const widest = Math.max(0, ...levelNames.map((s) => measure(s) * 1.06 + 2));
  // (On a phone the column would leave the moments too little room: the names go above their guides.)
  const inlineLevels = widest + 18 * em > width;
  const gutter = inlineLevels ? 0 : widest + 0.75 * em;
  const pad = 0.9 * em;
  const top = inlineLevels ? 2.3 * em : 0.9 * em;
  const plotHeight = Math.max(9 * em, Math.min(22 * em, Math.max(1, n - 1) * 4 * em));
  const bottom = top + plotHeight;
  const tickY = bottom + 1.6 * em;
  const height = tickY + 0.6 * em;
  const left = gutter + pad;
  const right = Math.max(left + 1, width - pad);
  // Drawn left to right, then mirrored for a right-to-left page (time runs the other way there).
  const flip = (x: number) => (rtl ? width - x : x);

  const y = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range(n === 1 ? [(top + bottom) / 2, (top + bottom) / 2] : [bottom, top]);

  // Time: a real time axis, but never two moments closer than 1.5 em (saved minutes apart) nor past the frame.
  const times = data.moments.map((m) => m.time);
  const known = times.filter((v) => Number.isFinite(v));
  const [t0, t1] = [Math.min(...known), Math.max(...known)];
  const even = known.length !== times.length || !(t1 > t0);
  const xScale = scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .range([left, right]);
  const rawX =
    times.length === 1
      ? [(left + right) / 2]
      : times.map((v, i) => (even ? left + ((right - left) * i) / (times.length - 1) : xScale(new Date(v))));
  const xs = spaceOut(rawX, 1.5 * em, left, right);

  const momentName = (i: number) => {
    const m = data.moments[i];
    if (m.now) return t.now;
    return m.label ? m.label : formatDate(m.takenAt ?? '', locale, 'medium');
  };
  const names = data.moments.map((_, i) => momentName(i));
  const whens = data.moments.map((m, i) => t.when(m.now ? undefined : names[i]));
  const ticks = names.map((s) => clip(s, TICK_CHARS));
  // A little wider than measured: the page's font may differ slightly from the canvas's (hinting, fallbacks).
  const widths = ticks.map((s) => measure(s) * 1.06 + 2);
  const boxes = xs.map((x, i): [number, number] => {
    const w = widths[i];
    const l = Math.min(Math.max(x - w / 2, 0), width - w);
    return [l, l + w];
  });
  const shown = thinTicks(boxes, 0.75 * em);
  const moments: MomentView[] = data.moments.map((m, i) => {
    const [l, r] = boxes[i];
    return {
      x: flip(xs[i]),
      tick: shown[i] ? ticks[i] : '',
      tickX: flip((l + r) / 2),
      name: names[i],
      date: !m.now && m.label ? formatDate(m.takenAt ?? '', locale, 'medium') : '',
    };
  });

  const markerSize = (0.62 * em) ** 2;
  // Lines at the same level would hide one another: each is moved a little off the guide, the middle one not
  // at all, never more than a third of the way to the next level.
  const step = Math.min(0.2 * em, plotHeight / Math.max(1, n - 1) / 3 / Math.max(1, data.series.length));
  const dodge = (li: number) => (li - (data.series.length - 1) / 2) * step;
  const path = (off: number) =>
    line<readonly [number, number | undefined]>()
      .defined((p) => p[1] !== undefined)
      .x((p) => p[0])
      .y((p) => y(p[1]!) + off)
      .curve(curveMonotoneX);
  const band = area<readonly [number, { lo: number; hi: number } | undefined]>()
    .defined((p) => p[1] !== undefined)
    .x((p) => p[0])
    .y0((p) => y(p[1]!.lo))
    .y1((p) => y(p[1]!.hi))
    .curve(curveMonotoneX);

  const levelName = (rank: number) => name(model.levelAt(rank)?.label);
  const missingAt = new Map(data.missingLevels.map((m) => [`${m.moment} ${m.capacityId}`, m.levelId]));
  const lines: LineView[] = data.series.map((s, li) => {
    const fullName = name(data.kind === 'groups' ? model.group(s.id)?.label : model.capacity(s.id)?.label);
    const label = shortName(fullName);
    const pts = s.ranks.map((r, i) => [flip(xs[i]), r] as const);
    const points: PointView[] = s.ranks.flatMap((rank, moment) =>
      rank === undefined
        ? []
        : [
            {
              line: li,
              moment,
              x: flip(xs[moment]),
              y: y(rank) + dodge(li),
              rank,
              dodge: dodge(li),
              level: levelName(rank),
              when: whens[moment],
              name: t.point(label, levelName(rank), whens[moment]),
            },
          ],
    );
    const cells = s.ranks.map((rank, i) => {
      const range = s.spread?.[i];
      if (rank !== undefined)
        return range && range.hi > range.lo
          ? t.withSpread(levelName(rank), levelName(range.lo), levelName(range.hi))
          : levelName(rank);
      const old = data.kind === 'capacities' ? missingAt.get(`${i} ${s.id}`) : undefined;
      return old ? t.oldLevel(old) : t.notAnswered;
    });
    const spread = s.spread;
    const hasSpread = spread?.some((v) => v && v.hi > v.lo) ?? false;
    // In one group's chart every line has the group's color, in shades: the markers and dashes tell them apart.
    const base = groupColor(model, s.groupId);
    const shade = data.kind === 'capacities' ? [0, 35, 55, 20, 45][li % 5] : 0;
    return {
      id: s.id,
      name: label,
      fullName,
      color: shade ? `color-mix(in oklab,${base},var(--_text) ${shade}%)` : base,
      d: path(dodge(li))(pts) ?? '',
      area: hasSpread && spread ? (band(spread.map((v, i) => [flip(xs[i]), v] as const)) ?? '') : '',
      dash: DASHES[li % DASHES.length]
        .split(' ')
        .filter(Boolean)
        .map((v) => (Number(v) * em * 1.6).toFixed(1))
        .join(' '),
      marker: symbol(symbolsFill[li % symbolsFill.length], markerSize)() ?? '',
      points,
      cells,
    };
  });

  const notes: string[] = [];
  if (data.moments.length === 1) notes.push(t.onlyNow);
  if (data.missingLevels.length)
    notes.push(t.missingLevels([...new Set(data.missingLevels.map((m) => `“${m.levelId}”`))].join(', ')));

  const levelX = inlineLevels ? flip(left) : flip(gutter);
  return {
    t,
    trend: data,
    title: shortName(name(model.framework.title)),
    width,
    height,
    rtl,
    // Above its guide, clear of the markers on it (the highest dodged line's, half a marker and a little).
    levels: levelNames.map((nm, r) => ({
      name: nm,
      y: y(r),
      x: levelX,
      labelY: inlineLevels ? y(r) - Math.abs(dodge(0)) - 0.45 * em - 3 : y(r),
    })),
    inlineLevels,
    plot: { left: Math.min(flip(left), flip(right)), right: Math.max(flip(left), flip(right)), top, bottom },
    moments,
    lines,
    tickY,
    notes,
    description: t.description(lines.length, data.moments.length, data.kind),
    unknownGroup,
  };
}
