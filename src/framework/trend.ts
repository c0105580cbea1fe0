/**
 * Progress over time (issue 18): every saved moment of a profile plus its current answers, as lines of levels.
 * By default one line per capacity group, at the group's summary level (`groupSummary`, the same rule the
 * report and the equity considerations use), with the group's spread (its lowest and highest capacity
 * level) at each moment; or, for one group, one line per capacity. Pure data: no DOM, no drawing.
 */
import type { FrameworkModel } from './model.js';
import { ratedLevel } from './profile.js';
import { groupSummary, type SummaryRule } from './recommend.js';
import type { Profile, Ratings } from './schema.js';

/** One moment on the time axis: a saved snapshot, or the current answers ("now"). */
export interface TrendMoment {
  /** The snapshot's `takenAt`, or the profile's `updatedAt` for now (undefined when it has none). */
  readonly takenAt: string | undefined;
  /** The snapshot's label, if the team gave one. */
  readonly label: string | undefined;
  readonly now: boolean;
  /** Milliseconds since 1970 for the time axis (NaN when the date cannot be read). */
  readonly time: number;
  readonly ratings: Ratings;
}

/** A saved answer at a level the framework no longer has (it changed between versions). */
export interface MissingLevel {
  readonly moment: number;
  readonly capacityId: string;
  readonly levelId: string;
}

/** One line: a group (its summary level) or a capacity. `ranks[i]` is its level at moment i, or undefined (a gap). */
export interface TrendSeries {
  readonly id: string;
  readonly groupId: string;
  readonly ranks: readonly (number | undefined)[];
  /** Groups only: the lowest and highest capacity level at each moment (undefined where none is rated). */
  readonly spread?: readonly ({ readonly lo: number; readonly hi: number } | undefined)[];
  /** Moments where this line has no level because a saved level is no longer in the framework. */
  readonly missing: readonly number[];
}

export interface Trend {
  readonly moments: readonly TrendMoment[];
  readonly series: readonly TrendSeries[];
  readonly kind: 'groups' | 'capacities';
  /** Every saved answer at a level the framework no longer has, oldest first. */
  readonly missingLevels: readonly MissingLevel[];
}

const timeOf = (value: string | undefined): number => {
  if (!value) return NaN;
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).getTime();
};

/** The moments: the snapshots by date (oldest first; undated ones keep their place), then now. */
export function trendMoments(profile: Profile | undefined, now = new Date()): TrendMoment[] {
  const snapshots = (profile?.snapshots ?? []).map((s, i) => ({ s, i, time: timeOf(s.takenAt) }));
  // A stable sort on the date: snapshots are stored oldest first, but one imported or merged may not be.
  snapshots.sort((a, b) =>
    Number.isNaN(a.time) || Number.isNaN(b.time) ? a.i - b.i : a.time - b.time || a.i - b.i,
  );
  const moments: TrendMoment[] = snapshots.map(({ s, time }) => ({
    takenAt: s.takenAt,
    label: s.label,
    now: false,
    time,
    ratings: s.ratings,
  }));
  const updated = timeOf(profile?.updatedAt);
  const last = moments.at(-1)?.time ?? -Infinity;
  moments.push({
    takenAt: profile?.updatedAt,
    label: undefined,
    now: true,
    // "Now" is never drawn before the last snapshot, whatever `updatedAt` says.
    time: Math.max(Number.isNaN(updated) ? now.getTime() : updated, last),
    ratings: profile?.ratings ?? {},
  });
  return moments;
}

/** A saved "rated" answer whose level the framework does not have, or undefined. */
function missingLevelOf(model: FrameworkModel, ratings: Ratings, capacityId: string): string | undefined {
  const r = Object.hasOwn(ratings, capacityId) ? ratings[capacityId] : undefined;
  return r?.status === 'rated' && r.levelId !== undefined && !model.level(r.levelId) ? r.levelId : undefined;
}

/**
 * The lines to draw: one per group of `model` (their summary level by `rule`), or, when `groupId` names a
 * group, one per capacity of it. An unknown `groupId` draws the groups (the element reports it).
 */
export function trend(
  model: FrameworkModel,
  profile: Profile | undefined,
  groupId?: string,
  rule: SummaryRule = 'median',
  now = new Date(),
): Trend {
  const moments = trendMoments(profile, now);
  const missingLevels: MissingLevel[] = [];
  moments.forEach((m, moment) => {
    for (const c of model.capacities) {
      const levelId = missingLevelOf(model, m.ratings, c.id);
      if (levelId) missingLevels.push({ moment, capacityId: c.id, levelId });
    }
  });
  // The moments where a line has no level and a saved level the framework no longer has is why.
  const missingFor = (ids: readonly string[], ranks: readonly (number | undefined)[]) => [
    ...new Set(
      missingLevels
        .filter((x) => ids.includes(x.capacityId) && ranks[x.moment] === undefined)
        .map((x) => x.moment),
    ),
  ];
  const one = groupId ? model.group(groupId) : undefined;
  if (one) {
    const series = one.capacities.map((c) => {
      const ranks = moments.map((m) => ratedLevel(model, m.ratings, c.id)?.rank);
      return { id: c.id, groupId: one.id, ranks, missing: missingFor([c.id], ranks) };
    });
    return { moments, series, kind: 'capacities', missingLevels };
  }
  const series = model.groups
    .filter((g) => g.capacities.length)
    .map((g) => {
      const ranks = moments.map((m) => groupSummary(model, m.ratings, g.id, rule)?.level?.rank);
      return {
        id: g.id,
        groupId: g.id,
        ranks,
        spread: moments.map((m) => {
          const all = g.capacities.flatMap((c) => ratedLevel(model, m.ratings, c.id)?.rank ?? []);
          return all.length ? { lo: Math.min(...all), hi: Math.max(...all) } : undefined;
        }),
        // A group line keeps its level from its other capacities: it gaps only when none is left.
        missing: missingFor(
          g.capacities.map((c) => c.id),
          ranks,
        ),
      };
    });
  return { moments, series, kind: 'groups', missingLevels };
}
