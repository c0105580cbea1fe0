/**
 * The edits of a team's answers that are not a capacity's answer nor the plan (issue 14, size): a saved
 * moment, the priorities, who answered (member mode, issue 17) and the team's raters (issue 17). parse.ts
 * registers them with answers.ts's `applyOperation` (`useProfileEdits`), so they ride in the validator's
 * chunk, which has run wherever a profile can be edited (the store edits only once it has a model, and
 * parse.ts makes the models).
 */
import { MAX_PRIORITIES, LIBRARY_EXTENSION } from './constants.js';
import { applyOperation, prioritiesOf, type ProfileEdit, type RarerEdit } from './answers.js';
import type { Profile, Rater, Respondent } from './schema.js';

/** The profile after `op`, dated `updatedAt`; `profile` itself when the edit changes nothing. */
export function applyRarerEdit(profile: Profile, op: RarerEdit, updatedAt: string): Profile {
  switch (op.kind) {
    case 'snapshot': {
      const label = op.label?.trim();
      const snapshot = { takenAt: updatedAt, ...(label ? { label } : {}), ratings: { ...profile.ratings } };
      return { ...profile, snapshots: [...(profile.snapshots ?? []), snapshot], updatedAt };
    }
    case 'priorities': {
      const priorities = [...new Set(op.capacityIds)].slice(0, MAX_PRIORITIES);
      const current = prioritiesOf(profile);
      if (current.length === priorities.length && current.every((id, i) => id === priorities[i]))
        return profile;
      const extensions = { ...(profile.extensions ?? {}) };
      const ours = (extensions[LIBRARY_EXTENSION] ?? {}) as Record<string, unknown>;
      extensions[LIBRARY_EXTENSION] = { ...ours, priorities };
      return { ...profile, extensions, updatedAt };
    }
    case 'respondent':
      return withRespondent(profile, op.respondent, updatedAt);
    // Team sessions (issue 17).
    case 'add-raters':
    case 'remove-rater':
    case 'mark-duplicate': {
      const raters = ratersAfter(profile.raters ?? [], op);
      return raters === profile.raters ? profile : { ...profile, raters, updatedAt };
    }
  }
}

// ---- member mode (issue 17) ------------------------------------------------------------------------------

/**
 * `profile` with `respondent` as who answered: the name trimmed (an empty one left out), a role only when
 * given; nothing left removes `respondent`. Fields of the respondent this library does not know are kept.
 * Returns `profile` itself when nothing changes.
 */
function withRespondent(profile: Profile, respondent: Respondent | undefined, updatedAt: string): Profile {
  const next: Record<string, unknown> = { ...(profile.respondent ?? {}), ...(respondent ?? {}) };
  const name = typeof respondent?.name === 'string' ? respondent.name.trim() : undefined;
  if (name) next.name = name;
  else delete next.name;
  if (respondent?.role === undefined) delete next.role;
  const before = profile.respondent ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(next)]);
  if ([...keys].every((k) => (before as Record<string, unknown>)[k] === next[k])) return profile;
  const rest: Profile = { ...profile, updatedAt };
  if (Object.keys(next).length) rest.respondent = next;
  else delete rest.respondent;
  return rest;
}

/** Team sessions (issue 17): the raters after adding, removing or marking one (the same list when unchanged). */
function ratersAfter(
  raters: readonly Rater[],
  op: Extract<ProfileEdit, { kind: 'add-raters' | 'remove-rater' | 'mark-duplicate' }>,
): Rater[] {
  const list = raters as Rater[];
  if (op.kind === 'add-raters') {
    const ids = new Set(list.map((r) => r.id));
    const fresh = op.raters.filter((r) => !ids.has(r.id) && ids.add(r.id));
    return fresh.length ? [...list, ...fresh] : list;
  }
  const index = list.findIndex((r) => r.id === op.raterId);
  if (index < 0) return list;
  if (op.kind === 'remove-rater') return list.filter((_, i) => i !== index);
  const rater = list[index] as Rater & { duplicate?: boolean };
  if ((rater.duplicate === true) === op.duplicate) return list;
  const next: Rater & { duplicate?: boolean } = { ...rater };
  if (op.duplicate) next.duplicate = true;
  else delete next.duplicate;
  return list.map((r, i) => (i === index ? next : r));
}

// ---- the DOM-free API (exported by src/framework/index.ts) ---------------------------------------------------
// These call the edits' code themselves: the store's `applyOperation` finds it registered by parse.ts, which a page
// that imports only these functions (a bundler drops the modules it sees no use of) may never load.

/** A copy of `profile` with its priorities set (only the first three are kept). Other extension data is kept. */
export function withPriorities(profile: Profile, capacityIds: readonly string[], now = new Date()): Profile {
  return applyRarerEdit(profile, { kind: 'priorities', capacityIds }, now.toISOString());
}

/**
 * A copy of `profile` with a snapshot of its current ratings added ("save this moment"), dated `now`, so the
 * bars and the report can compare with it later. Earlier snapshots are kept, oldest first.
 */
export function withSnapshot(profile: Profile, label?: string, now = new Date()): Profile {
  return applyRarerEdit(profile, { kind: 'snapshot', label }, now.toISOString());
}

/** The profile after `edit` (a snapshot or the priorities). */
export function applyEdit(profile: Profile, edit: ProfileEdit, now = new Date()): Profile {
  return edit.kind === 'plan'
    ? applyOperation(profile, edit, now)
    : applyRarerEdit(profile, edit, now.toISOString());
}
