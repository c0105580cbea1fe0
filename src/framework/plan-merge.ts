/**
 * Merging two versions of the team's action plan (issue 18), for merge.ts: in a module of its own, so that
 * it travels with the merge (in the validator's chunk of the script tag), not with every widget.
 */
import type { PlanItem } from './schema.js';

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
