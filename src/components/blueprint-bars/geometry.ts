/**
 * Pure layout math for <blueprint-bars>: d3 band scales place capacities (with a gap between groups) and
 * levels; everything else is arithmetic on ranks. No DOM, no Lit: unit-testable and reused by the element's
 * `willUpdate`. All coordinates are CSS pixels in a left-to-right frame; right-to-left pages mirror it.
 */
import { scaleBand } from 'd3-scale';

export type Orientation = 'vertical' | 'horizontal';

export interface GroupInput {
  readonly id: string;
  readonly capacityIds: readonly string[];
}

export interface LayoutInput {
  /** Width of the chart, in CSS pixels. */
  readonly width: number;
  /** The font size the labels use, in CSS pixels (label areas grow with it). */
  readonly em: number;
  /** Number of levels (ranks 0..levelCount-1). */
  readonly levelCount: number;
  readonly groups: readonly GroupInput[];
  /** The requested orientation; a vertical chart too narrow for its bars is laid out horizontally. */
  readonly orientation: Orientation;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One capacity's place: `band` holds its bar, `hit` is the focusable/clickable area (bar and label), `label` its text. */
export interface Slot {
  readonly id: string;
  readonly groupId: string;
  readonly index: number;
  readonly band: Box;
  readonly hit: Box;
  readonly label: Box;
}

export interface GroupSlot {
  readonly id: string;
  /** Where the group's label goes. */
  readonly label: Box;
  /** The extent of the group's bars along the capacity axis (for the group rule). */
  readonly rule: Box;
}

export interface Layout {
  /** The orientation actually used. */
  readonly orientation: Orientation;
  /** Vertical only: capacity labels run bottom-to-top because the bars are narrow. */
  readonly rotatedLabels: boolean;
  readonly width: number;
  readonly height: number;
  /** The plotting area: levels grow from its bottom (vertical) or its start (horizontal). */
  readonly plot: Box;
  /** One band per level, by rank: the band a bar at that rank reaches the far edge of. */
  readonly levels: readonly Box[];
  /** Where each level's axis label goes, by rank. */
  readonly levelLabels: readonly Box[];
  readonly slots: readonly Slot[];
  readonly groups: readonly GroupSlot[];
}

/** The narrowest vertical bar, in em, before the chart turns horizontal. */
export const MIN_BAND_EM = 1;
/** Bars narrower than this (in em) get rotated labels. */
export const ROTATE_BELOW_EM = 5;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const round = (v: number) => Math.round(v * 10) / 10;
const box = (x: number, y: number, w: number, h: number): Box => ({
  x: round(x),
  y: round(y),
  w: round(Math.max(0, w)),
  h: round(Math.max(0, h)),
});

/** Lays out the chart. Never throws: zero capacities or a tiny width give an empty but valid layout. */
export function layout(input: LayoutInput): Layout {
  const width = Math.max(200, Math.floor(input.width) || 0);
  const em = input.em > 0 ? input.em : 16;
  const levelCount = Math.max(1, input.levelCount);
  const groups = input.groups.filter((g) => g.capacityIds.length > 0);
  const count = groups.reduce((n, g) => n + g.capacityIds.length, 0);
  if (input.orientation === 'vertical') {
    const v = vertical(width, em, levelCount, groups);
    if (v.band >= MIN_BAND_EM * em || count === 0) return v.layout;
  }
  return horizontal(width, em, levelCount, groups);
}

function vertical(width: number, em: number, levelCount: number, groups: readonly GroupInput[]) {
  const axisW = clamp(width * 0.16, 4 * em, 9 * em);
  const x0 = axisW + 0.5 * em;
  const x1 = width - 0.5 * em;
  // One band scale over every capacity; each group after the first is shifted by a fixed gap.
  const gap = groups.length > 1 ? 0.75 * em : 0;
  const xs = scaleBand<string>()
    .domain(groups.flatMap((g) => g.capacityIds))
    .range([x0, x1 - gap * (groups.length - 1)])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const band = xs.bandwidth();
  const rotatedLabels = band < ROTATE_BELOW_EM * em;
  const top = 0.75 * em;
  const plotH = clamp(levelCount * 3 * em, 10 * em, 20 * em);
  const bottom = top + plotH;
  const ys = scaleBand<number>()
    .domain(Array.from({ length: levelCount }, (_, r) => levelCount - 1 - r))
    .range([top, bottom]);
  const labelTop = bottom + 0.4 * em;
  const labelH = rotatedLabels ? clamp(plotH, 6 * em, 13 * em) : 4 * 1.25 * em;
  const groupTop = labelTop + labelH + 0.5 * em;
  const groupH = 2 * 1.25 * em + 0.5 * em;
  const height = groupTop + groupH + 0.25 * em;

  const step = xs.step();
  const slots: Slot[] = [];
  const groupSlots: GroupSlot[] = [];
  let index = 0;
  groups.forEach((g, gi) => {
    const at = (id: string) => (xs(id) ?? x0) + gi * gap;
    const first = at(g.capacityIds[0]);
    const last = at(g.capacityIds[g.capacityIds.length - 1]) + band;
    const pad = (step - band) / 2;
    for (const id of g.capacityIds) {
      const x = at(id);
      slots.push({
        id,
        groupId: g.id,
        index: index++,
        band: box(x, top, band, plotH),
        hit: box(x - pad, top, band + 2 * pad, labelTop + labelH - top),
        label: box(x - pad, labelTop, band + 2 * pad, labelH),
      });
    }
    groupSlots.push({
      id: g.id,
      label: box(first - pad, groupTop, last - first + 2 * pad, groupH),
      rule: box(first, bottom + 0.1 * em, last - first, 0.25 * em),
    });
  });
  const levels: Box[] = [];
  const levelLabels: Box[] = [];
  for (let r = 0; r < levelCount; r++) {
    const y = ys(r) ?? top;
    levels.push(box(x0, y, x1 - x0, ys.bandwidth()));
    levelLabels.push(box(0, y, axisW, ys.bandwidth()));
  }
  return {
    band,
    layout: {
      orientation: 'vertical' as const,
      rotatedLabels,
      width,
      height: round(height),
      plot: box(x0, top, x1 - x0, plotH),
      levels,
      levelLabels,
      slots,
      groups: groupSlots,
    },
  };
}

function horizontal(width: number, em: number, levelCount: number, groups: readonly GroupInput[]): Layout {
  const labelW = clamp(width * 0.3, 5.5 * em, 16 * em);
  const x0 = labelW + 0.75 * em;
  const x1 = width - 0.75 * em;
  const xs = scaleBand<number>()
    .domain(Array.from({ length: levelCount }, (_, r) => r))
    .range([x0, x1]);
  const axisH = 2 * 1.25 * em + 0.5 * em;
  const groupH = 2 * em;
  const rowH = Math.max(2 * 1.25 * em + 0.5 * em, 32);
  let y = axisH;
  const slots: Slot[] = [];
  const groupSlots: GroupSlot[] = [];
  let index = 0;
  for (const g of groups) {
    const labelBox = box(0, y, width, groupH);
    y += groupH;
    const ys = scaleBand<string>()
      .domain(g.capacityIds)
      .range([y, y + g.capacityIds.length * rowH])
      .paddingInner(0.2)
      .paddingOuter(0.1);
    const band = ys.bandwidth();
    const pad = (ys.step() - band) / 2;
    for (const id of g.capacityIds) {
      const top = ys(id) ?? y;
      slots.push({
        id,
        groupId: g.id,
        index: index++,
        band: box(x0, top, x1 - x0, band),
        hit: box(0, top - pad, width, band + 2 * pad),
        label: box(0, top - pad, labelW, band + 2 * pad),
      });
    }
    const end = y + g.capacityIds.length * rowH;
    groupSlots.push({ id: g.id, label: labelBox, rule: box(x0 - 0.35 * em, y, 0.25 * em, end - y) });
    y = end + 0.25 * em;
  }
  const plot = box(x0, axisH, x1 - x0, Math.max(0, y - axisH));
  const levels: Box[] = [];
  const levelLabels: Box[] = [];
  for (let r = 0; r < levelCount; r++) {
    const x = xs(r) ?? x0;
    levels.push(box(x, plot.y, xs.bandwidth(), plot.h));
    levelLabels.push(box(x, 0, xs.bandwidth(), axisH));
  }
  return {
    orientation: 'horizontal',
    rotatedLabels: false,
    width,
    height: round(y + 0.25 * em),
    plot,
    levels,
    levelLabels,
    slots,
    groups: groupSlots,
  };
}

/**
 * The rectangle a value reaching level `rank` covers in a slot: from the baseline to the far edge of the
 * level's band. `rank` -1 (or below) gives an empty bar at the baseline, the starting point of the entrance.
 * `inset` (0..0.5) narrows it across the band, e.g. to show a comparison bar around it.
 */
export function barBox(l: Layout, slot: Slot, rank: number, inset = 0): Box {
  const level = l.levels[Math.min(rank, l.levels.length - 1)];
  if (l.orientation === 'vertical') {
    const bottom = l.plot.y + l.plot.h;
    const top = rank < 0 || !level ? bottom : level.y;
    const w = slot.band.w * (1 - 2 * inset);
    return box(slot.band.x + slot.band.w * inset, top, w, bottom - top);
  }
  const start = l.plot.x;
  const end = rank < 0 || !level ? start : level.x + level.w;
  const h = slot.band.h * (1 - 2 * inset);
  return box(start, slot.band.y + slot.band.h * inset, end - start, h);
}

/** The center of level `rank` along the level axis, within a slot (x, y): for range and count marks. */
export function levelCenter(l: Layout, slot: Slot, rank: number): { x: number; y: number } {
  const level = l.levels[rank];
  if (l.orientation === 'vertical')
    return { x: round(slot.band.x + slot.band.w / 2), y: round(level.y + level.h / 2) };
  return { x: round(level.x + level.w / 2), y: round(slot.band.y + slot.band.h / 2) };
}

/**
 * The level rank at a point of the chart (left-to-right frame), for a click on a bar: the level band the
 * point falls in along the level axis, or undefined outside the plot's level extent.
 */
export function rankAt(l: Layout, x: number, y: number): number | undefined {
  const index = l.levels.findIndex((b) =>
    l.orientation === 'vertical' ? y >= b.y && y < b.y + b.h : x >= b.x && x < b.x + b.w,
  );
  return index < 0 ? undefined : index;
}

/** How far apart (as a fraction of the motion duration) the bars start moving, so the whole dance takes at
 * most twice one bar's motion however many bars there are. */
export function staggerFactor(count: number): number {
  return count > 1 ? Math.min(0.1, 1 / (count - 1)) : 0;
}

/** The lowest and highest rated rank among raters, and how many raters chose each rank. */
export interface Spread {
  readonly min: number;
  readonly max: number;
  /** counts[rank] = raters at that level. */
  readonly counts: readonly number[];
  /** Raters who answered with a level. */
  readonly rated: number;
}

/** Summarizes raters' ranks (undefined entries are raters without a level); undefined when none rated. */
export function spreadOf(ranks: readonly (number | undefined)[], levelCount: number): Spread | undefined {
  const counts = Array.from({ length: levelCount }, () => 0);
  let min = Infinity;
  let max = -Infinity;
  let rated = 0;
  for (const r of ranks) {
    if (r === undefined || r < 0 || r >= levelCount) continue;
    counts[r]++;
    rated++;
    min = Math.min(min, r);
    max = Math.max(max, r);
  }
  return rated ? { min, max, counts, rated } : undefined;
}
