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
import { LIBRARY_EXTENSION } from './constants.js';
import type { PlanItem, PlanStatus, Profile } from './schema.js';

/** The fields a person edits on a plan item (everything but its id and time stamps). */
export type PlanFields = Partial<
  Pick<PlanItem, 'capacityId' | 'title' | 'actionId' | 'owner' | 'due' | 'status' | 'measure' | 'note'>
> & { readonly resourceIds?: readonly string[] };

/** One change to the plan. */
export type PlanChange =
  | {
      readonly op: 'add';
      /** The new item (its id is made unique if taken; `createdAt` kept when given, e.g. an undo). */
      readonly item: PlanItem;
      /** Where to put it (default: at the end). */
      readonly at?: number;
    }
  | { readonly op: 'update'; readonly id: string; readonly fields: PlanFields }
  | { readonly op: 'remove'; readonly id: string }
  | { readonly op: 'move'; readonly id: string; readonly to: number };

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
      const item: PlanItem = {
        ...change.item,
        id: freeId(plan, change.item.id),
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

/** The capacities a change names, which must be the framework's (a stale item may keep its own). */
export function planChangeCapacities(change: PlanChange): string[] {
  if (change.op === 'add') return [change.item.capacityId];
  if (change.op === 'update' && change.fields.capacityId !== undefined) return [change.fields.capacityId];
  return [];
}

// ---- merge ------------------------------------------------------------------------------------------

const json = (v: unknown) => JSON.stringify(v) ?? '';
const time = (stamp: string | undefined) => (stamp ? Date.parse(stamp) || 0 : 0);

/**
 * Two versions of a plan merged by item id, both grown from `base` (framework-format.md 1.1; issue 18):
 * - an item only one side added is kept; an item one side removed stays removed (even when the other side
 *   edited it: removing is the later, deliberate act on a list, and "stays removed" is what people expect);
 * - an item both sides changed takes the version with the later `updatedAt` (a tie: the greater JSON text,
 *   so both sides pick the same one);
 * - order: the order of the side that reordered since `base` (theirs when both did or neither did), and
 *   an item added on the other side goes right after the item it followed there.
 * Returns `theirs` itself when the result is the same list.
 */
export function mergePlans(
  base: readonly PlanItem[] | undefined,
  mine: readonly PlanItem[] | undefined,
  theirs: readonly PlanItem[] | undefined,
): PlanItem[] | undefined {
  const b = new Map((base ?? []).map((p) => [p.id, p]));
  const m = new Map((mine ?? []).map((p) => [p.id, p]));
  const t = new Map((theirs ?? []).map((p) => [p.id, p]));
  const pick = (id: string): PlanItem | undefined => {
    const [was, my, their] = [b.get(id), m.get(id), t.get(id)];
    if (was && (!my || !their)) return undefined; // removed on one side
    if (!my) return their;
    if (!their) return my;
    if (json(my) === json(their) || (was && json(my) === json(was))) return their;
    if (was && json(their) === json(was)) return my;
    const [mt, tt] = [time(my.updatedAt), time(their.updatedAt)];
    return mt !== tt ? (mt > tt ? my : their) : json(my) > json(their) ? my : their;
  };
  // Which side's order leads: the one that moved the items both sides share.
  const shared = (list: readonly PlanItem[] | undefined) =>
    (list ?? []).filter((p) => b.has(p.id) && m.has(p.id) && t.has(p.id)).map((p) => p.id);
  const mineMoved = json(shared(mine)) !== json(shared(base));
  const theirsMoved = json(shared(theirs)) !== json(shared(base));
  const [lead, other] = mineMoved && !theirsMoved ? [mine ?? [], theirs ?? []] : [theirs ?? [], mine ?? []];
  const order = lead.map((p) => p.id);
  let after = -1;
  for (const p of other) {
    const at = order.indexOf(p.id);
    if (at >= 0) after = at;
    else order.splice(++after, 0, p.id);
  }
  const merged = order.flatMap((id) => pick(id) ?? []);
  if (!merged.length && !theirs && !mine) return undefined;
  return theirs && json(merged) === json(theirs) ? (theirs as PlanItem[]) : merged;
}
