/**
 * Merging two versions of one team's profile that grew apart from a common one (two tabs, two providers
 * on one page): a three-way merge, so nothing either side wrote is lost and nothing either side removed
 * comes back. Pure (no DOM): the provider's store calls it before it saves and when another save arrives.
 *
 * - A capacity only one side changed since `base` takes that side's rating (a clear or a reset made on
 *   one side stays cleared: that is why the merge needs the base, not a union).
 * - A capacity both sides changed takes the later answer (`ratedAt`; a removed rating counts at its
 *   profile's `updatedAt`). Its note is the side's that changed it; when both wrote a different note,
 *   both are kept, the later answer's first, joined by NOTE_JOIN, and the capacity is listed in `joined`.
 * - Snapshots: those either side added are kept, those one side removed go (by `takenAt` and label).
 * - Raters (team sessions, issue 17): by id, the union of both sides; a rater only one side changed or
 *   removed since `base` takes that side's change; both changed, the later `submittedAt` (then the later
 *   profile's) wins, and a rater one side removed while the other changed it stays.
 * - Any other field (team, priorities in `extensions`, a host page's own): the side that changed
 *   it; both changed, the later profile's (`updatedAt`).
 *
 * Ties are broken the same way on both sides (by the JSON text), so two tabs that merge each other's
 * saves agree on one result and stop.
 */
import type { Profile, Rating, Snapshot } from './schema.js';

/** A copy of answers kept beside the storage key: when it was kept, and the profile's JSON text. */
export interface BackupEntry {
  readonly savedAt: string;
  readonly text: string;
}

/**
 * The versions kept in one backup key's text: a JSON list, oldest first. Anything else (a single copy
 * kept by an earlier version of the library, as plain text) counts as one version, of unknown time.
 */
export function readBackupList(text: string | undefined): BackupEntry[] {
  if (text === undefined) return [];
  try {
    const list: unknown = JSON.parse(text);
    if (Array.isArray(list))
      return list.filter(
        (e: Partial<BackupEntry> | null) => typeof e?.savedAt === 'string' && typeof e.text === 'string',
      ) as BackupEntry[];
  } catch {
    /* not JSON: kept as it is */
  }
  return [{ savedAt: '', text }];
}

/** Between two notes kept side by side after both sides wrote one. */
export const NOTE_JOIN = '\n---\n';

export interface MergeResult {
  /** The merged profile: `theirs` itself when this side brought nothing new. */
  readonly profile: Profile;
  /** The capacities whose notes were both kept (both sides wrote a different one). */
  readonly joined: readonly string[];
}

type Fields = Record<string, unknown>;

const text = (value: unknown) => JSON.stringify(value) ?? '';
const same = (a: unknown, b: unknown) => text(a) === text(b);
const own = (o: object | undefined, key: string): unknown =>
  o && Object.hasOwn(o, key) ? (o as Fields)[key] : undefined;
/**
 * Sets an own, enumerable property: a key read from a document may be "__proto__", which plain assignment
 * would turn into a change of the object's prototype (and the answer would be lost).
 */
const put = (o: Fields, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
const time = (stamp: unknown) => (typeof stamp === 'string' ? Date.parse(stamp) || 0 : 0);

/** True when `a` (at `aTime`) is the later of two different values; a tie goes to the greater JSON text. */
const later = (a: unknown, aTime: number, b: unknown, bTime: number) =>
  aTime !== bTime ? aTime > bTime : text(a) > text(b);

/**
 * The value of one field or rating: the side that changed it since `base`, else the later one
 * (`decide(mine, theirs)`, used only when both changed it to different values).
 */
function pick<T>(base: T, mine: T, theirs: T, decide: () => T): T {
  if (same(mine, base) || same(mine, theirs)) return theirs;
  if (same(theirs, base)) return mine;
  return decide();
}

/** The key of a snapshot: when it was taken, and its label. */
const snapshotKey = (s: Snapshot) => `${s.takenAt}\0${s.label ?? ''}`;

function mergeSnapshots(base: Profile | undefined, mine: Profile, theirs: Profile): Snapshot[] | undefined {
  const keys = (p: Profile | undefined) => new Set((p?.snapshots ?? []).map(snapshotKey));
  const [was, ours] = [keys(base), keys(mine)];
  const removed = (s: Snapshot) => was.has(snapshotKey(s)) && !ours.has(snapshotKey(s));
  const kept = (theirs.snapshots ?? []).filter((s) => !removed(s));
  const seen = new Set(kept.map(snapshotKey));
  const added = (mine.snapshots ?? []).filter((s) => !was.has(snapshotKey(s)) && !seen.has(snapshotKey(s)));
  if (!added.length && kept.length === (theirs.snapshots ?? []).length) return theirs.snapshots;
  // Oldest first, as a profile keeps them (a stable sort keeps theirs' order for equal times).
  return [...kept, ...added].sort((a, b) => time(a.takenAt) - time(b.takenAt));
}

type RaterLike = { readonly id: string; readonly submittedAt?: string };

/** Team sessions (issue 17): raters merged by id, three ways (see the module's comment). */
function mergeRaters(base: Profile | undefined, mine: Profile, theirs: Profile): unknown {
  const byId = (p: Profile | undefined) => new Map((p?.raters ?? []).map((r: RaterLike) => [r.id, r]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  if (same(mine.raters, theirs.raters)) return theirs.raters;
  const out: RaterLike[] = [];
  // Theirs' order first, then raters only mine has.
  for (const id of new Set([...t.keys(), ...m.keys()])) {
    const rater = pick(b.get(id), m.get(id), t.get(id), () => {
      const [mr, tr] = [m.get(id), t.get(id)];
      if (!mr || !tr) return mr ?? tr;
      const [mt, tt] = [time(mr.submittedAt), time(tr.submittedAt)];
      return mt !== tt
        ? mt > tt
          ? mr
          : tr
        : later(mine, time(mine.updatedAt), theirs, time(theirs.updatedAt))
          ? mr
          : tr;
    });
    if (rater) out.push(rater);
  }
  return out.length || theirs.raters || mine.raters ? out : undefined;
}

/**
 * `mine` and `theirs` merged, both grown from `base` (undefined: no common version is known, so every
 * answer counts as new on both sides and the later one wins).
 */
export function mergeProfiles(base: Profile | undefined, mine: Profile, theirs: Profile): MergeResult {
  const joined: string[] = [];
  const mineTime = time(mine.updatedAt);
  const theirTime = time(theirs.updatedAt);
  const ratings: Fields = {};
  const ids = new Set([...Object.keys(theirs.ratings), ...Object.keys(mine.ratings)]);
  for (const id of Object.keys(base?.ratings ?? {})) ids.add(id);
  for (const id of ids) {
    const b = own(base?.ratings, id) as Rating | undefined;
    const m = own(mine.ratings, id) as Rating | undefined;
    const t = own(theirs.ratings, id) as Rating | undefined;
    const rating = pick(b, m, t, () => {
      const mineWins = later(m, m ? time(m.ratedAt) : mineTime, t, t ? time(t.ratedAt) : theirTime);
      const [winner, loser] = mineWins ? [m, t] : [t, m];
      const note = pick(b?.note, m?.note, t?.note, () => {
        const [first, second] = [winner?.note, loser?.note];
        if (first === undefined || second?.includes(first)) return second;
        if (second === undefined || first.includes(second)) return first;
        joined.push(id);
        return first + NOTE_JOIN + second;
      });
      // A note written on one side is never lost to a removal on the other.
      if (!winner) return note === undefined ? undefined : { ...loser!, note };
      const merged: Fields = { ...winner };
      if (note === undefined) delete merged.note;
      else merged.note = note;
      return merged as Rating;
    });
    if (rating !== undefined) put(ratings, id, rating);
  }
  const out: Fields = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base ?? {})]);
  for (const key of keys) {
    const value =
      key === 'ratings'
        ? ratings
        : key === 'snapshots'
          ? mergeSnapshots(base, mine, theirs)
          : key === 'raters'
            ? mergeRaters(base, mine, theirs)
            : key === 'updatedAt'
              ? mineTime > theirTime
                ? mine.updatedAt
                : theirs.updatedAt
              : pick(own(base, key), own(mine, key), own(theirs, key), () =>
                  later(mine, mineTime, theirs, theirTime) ? own(mine, key) : own(theirs, key),
                );
    if (value !== undefined) put(out, key, value);
  }
  return { profile: same(out, theirs) ? theirs : (out as Profile), joined };
}
