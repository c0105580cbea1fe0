/**
 * Closing the loop (issue 18): did a planned capacity move since the team planned for it, and what moved
 * since the team last saved a moment. Pure (no DOM): the action plan and the report say it in words.
 *
 * The rule for a plan item (`planMovement`):
 * - "before" is the capacity's level when the item was planned: the level the library recorded in the
 *   item when it was added (`extensions["blueprint-widgets"].levelAtStart`, the answer at that very
 *   moment), else the answer in the newest snapshot taken at or before `createdAt` (an item written by
 *   hand or by another tool, which has no record).
 * - "after" is the capacity's answer now, but only once something was measured after the item was
 *   planned: a snapshot taken after `createdAt`, or the answer itself given after it (`ratedAt`). The
 *   current answer is the newest measure there is (a snapshot is a copy of the answers of its moment); if
 *   it was cleared since, the newest snapshot after `createdAt` stands in.
 * - Without both, there is no mark: a plan just made has nothing to compare yet.
 */
import type { FrameworkModel } from './model.js';
import { itemExtension } from './plan.js';
import { levelOfRating } from './profile.js';
import type { Capacity, Level, PlanItem, Profile, Rating, Snapshot } from './schema.js';

export type Direction = 'up' | 'same' | 'down';

export interface Movement {
  readonly direction: Direction;
  readonly from: Level;
  readonly to: Level;
}

const time = (stamp: string | undefined) => (stamp ? Date.parse(stamp) : NaN);

function own(ratings: Snapshot['ratings'] | undefined, id: string): Rating | undefined {
  return ratings && Object.hasOwn(ratings, id) ? ratings[id] : undefined;
}

const direction = (from: Level, to: Level): Direction =>
  to.rank > from.rank ? 'up' : to.rank < from.rank ? 'down' : 'same';

/** Whether the item's capacity moved up, stayed or went down since it was planned (the rule above). */
export function planMovement(
  model: FrameworkModel,
  profile: Profile | undefined,
  item: PlanItem,
): Movement | undefined {
  const created = time(item.createdAt);
  if (!profile || Number.isNaN(created) || !model.capacity(item.capacityId)) return undefined;
  const id = item.capacityId;
  const snapshots = profile.snapshots ?? [];
  const recorded = itemExtension(item).levelAtStart;
  let from = recorded !== undefined ? model.level(recorded) : undefined;
  if (!from) {
    const before = snapshots.filter((s) => time(s.takenAt) <= created).at(-1);
    from = levelOfRating(model, own(before?.ratings, id));
  }
  if (!from) return undefined;
  const after = snapshots.filter((s) => time(s.takenAt) > created).at(-1);
  const now = own(profile.ratings, id);
  const answeredSince = time(now?.ratedAt) > created;
  const to =
    after || answeredSince
      ? (levelOfRating(model, now) ?? levelOfRating(model, own(after?.ratings, id)))
      : undefined;
  return to ? { direction: direction(from, to), from, to } : undefined;
}

/** One capacity whose answer changed between two moments. */
export interface Change extends Movement {
  readonly capacity: Capacity;
}

/** What moved between two moments: `since` (a snapshot) and `until` (a later snapshot, or undefined: now). */
export interface SinceLastTime {
  readonly since: Snapshot;
  readonly until: Snapshot | undefined;
  /** The capacities answered at a level both times whose level changed, in framework order. */
  readonly changes: readonly Change[];
  /** How many capacities were answered at the same level both times. */
  readonly same: number;
}

function compare(
  model: FrameworkModel,
  since: Snapshot,
  until: Snapshot | undefined,
  ratings: Profile['ratings'],
) {
  const changes: Change[] = [];
  let same = 0;
  for (const capacity of model.capacities) {
    const from = levelOfRating(model, own(since.ratings, capacity.id));
    const to = levelOfRating(model, own(ratings, capacity.id));
    if (!from || !to) continue;
    if (from === to) same++;
    else changes.push({ capacity, from, to, direction: direction(from, to) });
  }
  return { since, until, changes, same };
}

/**
 * What moved since the newest snapshot (until now); when nothing moved since then, what moved between the
 * two newest snapshots. Undefined without a snapshot.
 */
export function sinceLastTime(
  model: FrameworkModel,
  profile: Profile | undefined,
): SinceLastTime | undefined {
  const snapshots = profile?.snapshots ?? [];
  const newest = snapshots.at(-1);
  if (!profile || !newest) return undefined;
  const now = compare(model, newest, undefined, profile.ratings);
  const previous = snapshots.at(-2);
  if (now.changes.length || !previous) return now;
  return compare(model, previous, newest, newest.ratings);
}
