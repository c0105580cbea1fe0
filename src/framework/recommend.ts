/**
 * Derived values (framework-format.md, "Derived values"): computed from a framework and a profile,
 * never stored. Group summary levels, a capacity's current and next level, its actions and matched
 * resources, and the equity considerations for each group at its summary level.
 */
import type { FrameworkModel, GroupConsiderations } from './model.js';
import { ratedLevel, ratingOf } from './profile.js';
import type { Action, Capacity, Group, Level, Profile, Rating, Ratings, Resource } from './schema.js';

/** Per model: capacity id → level id → the resources matched there, in library order. */
const matchIndexes = new WeakMap<
  FrameworkModel,
  ReadonlyMap<string, ReadonlyMap<string, readonly Resource[]>>
>();

/**
 * Every capacity's matched resources at every level, in one pass over the library, kept per model (the model
 * is immutable). `model.resourcesFor` scans the whole library for one capacity: a report of 200 capacities
 * over 5,000 resources asked it a million questions per render (issue "nothing is lost", finding 8).
 */
function matchIndex(model: FrameworkModel): ReadonlyMap<string, ReadonlyMap<string, readonly Resource[]>> {
  let index = matchIndexes.get(model);
  if (index) return index;
  const built = new Map<string, Map<string, Resource[]>>();
  const allLevels = model.levels.map((l) => l.id);
  // The capacities whose group (model.groupOf) has each id: what a resource tagged to that group serves.
  const inGroup = new Map<string, string[]>();
  for (const c of model.capacities) {
    const groupId = model.groupOf(c.id)?.id;
    if (groupId === undefined) continue;
    const list = inGroup.get(groupId);
    if (!list) inGroup.set(groupId, [c.id]);
    else if (!list.includes(c.id)) list.push(c.id);
  }
  for (const resource of model.resources) {
    // The same rule as model.resourcesFor: tagged to the capacity, or to the group the capacity belongs to.
    const capacities = new Set<string>();
    for (const id of resource.capacityIds ?? []) if (model.capacity(id)) capacities.add(id);
    for (const groupId of resource.groupIds ?? [])
      for (const id of inGroup.get(groupId) ?? []) capacities.add(id);
    const levels = resource.levelIds?.length
      ? new Set(resource.levelIds.filter((id) => model.level(id)))
      : allLevels;
    for (const capacityId of capacities) {
      let byLevel = built.get(capacityId);
      if (!byLevel) built.set(capacityId, (byLevel = new Map<string, Resource[]>()));
      for (const levelId of levels) {
        const list = byLevel.get(levelId);
        if (list) list.push(resource);
        else byLevel.set(levelId, [resource]);
      }
    }
  }
  matchIndexes.set(model, (index = built));
  return index;
}

/**
 * Resources matched to a capacity at a level (framework-format.md, "matched resources"): the same list as
 * `model.resourcesFor`, from an index built once per model.
 */
export function matchedFor(model: FrameworkModel, capacityId: string, levelId: string): readonly Resource[] {
  // A level the framework does not have is never a rated level; ask the model itself for it.
  if (!model.level(levelId) || !model.capacity(capacityId)) return model.resourcesFor(capacityId, levelId);
  return matchIndex(model).get(capacityId)?.get(levelId) ?? [];
}

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
    resources: level ? matchedFor(model, capacityId, level.id) : [],
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
