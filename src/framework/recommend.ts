/**
 * Derived values (framework-format.md, "Derived values"): computed from a framework and a profile,
 * never stored. Group summary levels, a capacity's current and next level, its actions and matched
 * resources, and the equity considerations for each group at its summary level.
 */
import type { FrameworkModel, GroupConsiderations } from './model.js';
import { ratedLevel, ratingOf } from './profile.js';
import type { Action, Capacity, Group, Level, Profile, Rating, Ratings, Resource } from './schema.js';

/** How a group's summary level is computed from its rated capacities. */
export type SummaryRule = 'median' | 'min' | 'mean';

export const SUMMARY_RULES: readonly SummaryRule[] = ['median', 'min', 'mean'];

export interface GroupSummary {
  readonly group: Group;
  /** The summary level, undefined when no capacity of the group is rated. */
  readonly level: Level | undefined;
  /** How many of the group's capacities are rated at a known level (the others are left out). */
  readonly rated: number;
  readonly total: number;
  readonly rule: SummaryRule;
}

/**
 * The summary rank of a list of ranks: the median (the lower one on ties) by default, the minimum,
 * or the mean rounded down. Undefined for an empty list.
 */
export function summaryRank(ranks: readonly number[], rule: SummaryRule = 'median'): number | undefined {
  if (!ranks.length) return undefined;
  const sorted = [...ranks].sort((a, b) => a - b);
  if (rule === 'min') return sorted[0];
  if (rule === 'mean') return Math.floor(sorted.reduce((s, r) => s + r, 0) / sorted.length);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A group's summary level from the ratings; unrated, unsure and skipped capacities are left out. */
export function groupSummary(
  model: FrameworkModel,
  ratings: Ratings | undefined,
  groupId: string,
  rule: SummaryRule = 'median',
): GroupSummary | undefined {
  const group = model.group(groupId);
  if (!group) return undefined;
  const ranks = group.capacities.flatMap((c) => {
    const level = ratedLevel(model, ratings, c.id);
    return level ? [level.rank] : [];
  });
  const rank = summaryRank(ranks, rule);
  return {
    group,
    level: rank === undefined ? undefined : model.levelAt(rank),
    rated: ranks.length,
    total: group.capacities.length,
    rule,
  };
}

export interface CapacityRecommendation {
  readonly capacity: Capacity;
  readonly group: Group;
  readonly rating: Rating | undefined;
  /** The current level (only for a "rated" answer at a known level). */
  readonly level: Level | undefined;
  /** The level one rank up; undefined at the top or when not rated. */
  readonly next: Level | undefined;
  /** Actions for the current level. */
  readonly actions: readonly Action[];
  /** Resources matched to the capacity at its current level. */
  readonly resources: readonly Resource[];
}

/** Where one capacity stands and what is suggested for it. */
export function recommendFor(
  model: FrameworkModel,
  profile: Profile | undefined,
  capacityId: string,
): CapacityRecommendation | undefined {
  const capacity = model.capacity(capacityId);
  const group = model.groupOf(capacityId);
  if (!capacity || !group) return undefined;
  const rating = ratingOf(profile, capacityId);
  const level = ratedLevel(model, profile?.ratings, capacityId);
  return {
    capacity,
    group,
    rating,
    level,
    next: level ? model.levelAt(level.rank + 1) : undefined,
    actions: level ? model.actionsFor(capacityId, level.id) : [],
    resources: level ? model.resourcesFor(capacityId, level.id) : [],
  };
}

export interface GroupRecommendation {
  readonly summary: GroupSummary;
  /** Equity considerations at the group's summary level; undefined while nothing is rated. */
  readonly considerations: GroupConsiderations | undefined;
  readonly capacities: readonly CapacityRecommendation[];
}

/** The whole picture for a profile, group by group in framework order. */
export function recommend(
  model: FrameworkModel,
  profile: Profile | undefined,
  rule: SummaryRule = 'median',
): readonly GroupRecommendation[] {
  return model.groups.map((group) => {
    const summary = groupSummary(model, profile?.ratings, group.id, rule)!;
    return {
      summary,
      considerations: summary.level ? model.considerations(group.id, summary.level.id) : undefined,
      capacities: group.capacities.map((c) => recommendFor(model, profile, c.id)!),
    };
  });
}
