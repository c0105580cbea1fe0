/**
 * Pure level math for <blueprint-bars> (no DOM, no Lit): where along a bar's track a level ends, which level
 * a point on the track falls in, and the spread of raters' levels. Placing bars and labels is CSS grid's
 * job (so text wraps and rows grow with it); this file only maps levels to fractions of a track and back.
 */

export type Orientation = 'vertical' | 'horizontal';

/** How far along its track (0..1) a bar reaching level `rank` of `levelCount` goes; 0 for no level. */
export function reach(rank: number | undefined, levelCount: number): number {
  if (rank === undefined || rank < 0 || levelCount < 1) return 0;
  return Math.min(1, (rank + 1) / levelCount);
}

/**
 * The CSS `translate` that slides a mark filling its track back to `fraction` (0..1) of it: down in a vertical
 * chart, towards the start of the line in a horizontal one (left, or right in right-to-left text).
 */
export function markTranslate(fraction: number, orientation: Orientation, rtl = false): string {
  const away = +((1 - Math.max(0, Math.min(1, fraction))) * 100).toFixed(3);
  if (orientation === 'vertical') return `0 ${away}%`;
  return `${rtl ? away : -away}%`;
}

/** The center of level `rank` along a track, as a fraction (for the raters' dots). */
export function levelMiddle(rank: number, levelCount: number): number {
  return levelCount < 1 ? 0 : (rank + 0.5) / levelCount;
}

/**
 * The level at a point `at` (0 = the baseline, 1 = the far end of the top level) along a bar's track: the
 * level a click there would set. Points beyond either end give the nearest level.
 */
export function levelAt(at: number, levelCount: number): number {
  if (levelCount < 1 || !Number.isFinite(at)) return 0;
  return Math.max(0, Math.min(levelCount - 1, Math.floor(at * levelCount)));
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
