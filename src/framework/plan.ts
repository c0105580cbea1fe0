/**
 * The team's action plan (format 1.1, the profile's `plan`): the operations on its items and the three-way
 * merge of two versions of it. Pure (no DOM, no Lit): the profile store applies the operations
 * (answers.ts hands them here), merge.ts merges with this.
 *
 * - Adding stamps `createdAt` and `updatedAt`; an item's id is kept unique (a suffix when taken).
 * - Updating changes only the fields named (an empty string removes an optional field) and stamps
 *   `updatedAt`; changing nothing returns the profile itself.
 * - Removing and moving touch only the list (moving stamps the moved item, so a merge knows who moved last).
 * - Fields this library does not know (a host page's own, the library's `extensions` in an item) are kept.
 */
import { usePlanChanges } from './answers.js';
import { LIBRARY_EXTENSION } from './constants.js';
import type { PlanChange, PlanFields } from './plan-types.js';
import type { PlanItem, PlanStatus, Profile } from './schema.js';

export type { PlanChange, PlanFields, PlanItemDraft } from './plan-types.js';

export const PLAN_STATUS_LIST: readonly PlanStatus[] = ['planned', 'doing', 'done', 'dropped'];

/** The fields an update may clear with an empty value (the others are required). */
const OPTIONAL_FIELDS = new Set(['actionId', 'owner', 'due', 'measure', 'note', 'resourceIds']);

/** The team's plan items, in order (none: an empty list). */
export function planOf(profile: Profile | undefined): readonly PlanItem[] {
  return profile?.plan ?? [];
}

/** The library's own data kept in a plan item: the capacity's level when the item was planned. */
export interface PlanItemExtension {
  readonly levelAtStart?: string;
}

/** What the library keeps in an item's `extensions["blueprint-widgets"]`, if anything. */
export function itemExtension(item: PlanItem): PlanItemExtension {
  const ext = (item as { extensions?: Record<string, unknown> }).extensions?.[LIBRARY_EXTENSION];
  return ext && typeof ext === 'object' && !Array.isArray(ext) ? ext : {};
}

/** `item` with the level the capacity had when it was planned recorded in the library's extension key. */
export function withLevelAtStart(item: PlanItem, levelId: string | undefined): PlanItem {
  if (levelId === undefined) return item;
  const extensions = { ...((item as { extensions?: Record<string, unknown> }).extensions ?? {}) };
  extensions[LIBRARY_EXTENSION] = { ...itemExtension(item), levelAtStart: levelId };
  return { ...item, extensions };
}

/**
 * A new id for a plan item: time and a random part, so that two people adding items at once in two tabs
 * or on two devices never pick the same id (the merge matches items by id).
 */
export function newPlanItemId(now: Date, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `item-${now.getTime().toString(36)}-${tail}`;
}

/** `id`, or `id-2`, `id-3`… : the first one no item of `plan` has. */
function freeId(plan: readonly PlanItem[], id: string): string {
  const taken = new Set(plan.map((p) => p.id));
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

/** `item` with `fields` written (an empty optional field removed), or `item` itself when nothing changes. */
function updated(item: PlanItem, fields: PlanFields, stamp: string): PlanItem {
  const next: Record<string, unknown> = { ...item };
  let changed = false;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const empty = (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && !value.length);
    if (empty && OPTIONAL_FIELDS.has(key)) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
      continue;
    }
    // A required field is never emptied (a title of spaces is refused by keeping the old one).
    if (empty) continue;
    const old = next[key];
    if (Array.isArray(value) ? sameList(old as unknown[], value) : old === value) continue;
    next[key] = Array.isArray(value) ? [...(value as string[])] : value;
    changed = true;
  }
  if (!changed) return item;
  next.updatedAt = stamp;
  return next as PlanItem;
}

/** The profile after one change to its plan, or `profile` itself when nothing changes. */
export function applyPlanChange(profile: Profile, change: PlanChange, now = new Date()): Profile {
  const stamp = now.toISOString();
  const plan = [...planOf(profile)];
  const index = 'id' in change ? plan.findIndex((p) => p.id === change.id) : -1;
  switch (change.op) {
    case 'add': {
      // The capacity's level now: what "moved up since this was planned" compares with (movement.ts).
      const rating = Object.hasOwn(profile.ratings, change.item.capacityId)
        ? profile.ratings[change.item.capacityId]
        : undefined;
      const fresh = { ...change.item, id: change.item.id ?? newPlanItemId(now) } as PlanItem;
      const recorded =
        itemExtension(fresh).levelAtStart !== undefined || rating?.status !== 'rated'
          ? fresh
          : withLevelAtStart(fresh, rating.levelId);
      const item: PlanItem = {
        ...recorded,
        id: freeId(plan, recorded.id),
        createdAt: change.item.createdAt ?? stamp,
        updatedAt: stamp,
      };
      const at = Math.max(0, Math.min(plan.length, change.at ?? plan.length));
      plan.splice(at, 0, item);
      break;
    }
    case 'update': {
      if (index < 0) return profile;
      const next = updated(plan[index], change.fields, stamp);
      if (next === plan[index]) return profile;
      plan[index] = next;
      break;
    }
    case 'remove':
      if (index < 0) return profile;
      plan.splice(index, 1);
      break;
    case 'move': {
      const to = Math.max(0, Math.min(plan.length - 1, change.to));
      if (index < 0 || to === index) return profile;
      const [item] = plan.splice(index, 1);
      plan.splice(to, 0, { ...item, updatedAt: stamp });
      break;
    }
  }
  return { ...profile, plan, updatedAt: stamp };
}

usePlanChanges(applyPlanChange);

export { mergePlans } from './plan-merge.js';
