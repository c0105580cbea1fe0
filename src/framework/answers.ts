/**
 * The rules for a team's answers, in one place: what each act of a person does to a capacity's rating,
 * whichever widget it came from. Pure (no DOM, no Lit): the profile store applies these, the widgets only
 * name the act.
 *
 * - A new answer (a level, "not sure yet", "skip") is stamped anew (`ratedAt`) and keeps the capacity's
 *   note, and any field of the rating this library does not know (a host page's own data).
 * - Choosing the answer the capacity already has changes nothing.
 * - Clearing keeps the note only when asked to (`keepNote`): a note needs an answer to live in, so such a
 *   capacity becomes "not sure yet" with its note. Clearing without keeping removes the rating.
 * - Writing a note keeps the answer and its `ratedAt` (a note is not a new answer); a note for an
 *   unanswered capacity is saved as "not sure yet"; an empty note removes the note and keeps the answer.
 */
import { LIBRARY_EXTENSION, MAX_PRIORITIES } from './constants.js';
import type { FrameworkModel } from './model.js';
import type { Profile, Rater, Rating, Ratings, Respondent } from './schema.js';
// The action plan (issue 18): its operations live in plan.ts, which registers them (usePlanChanges).
import type { PlanChange } from './plan-types.js';

/** A person's act on one capacity's answer. */
export type AnswerOperation =
  | { readonly kind: 'rate'; readonly capacityId: string; readonly levelId: string }
  | { readonly kind: 'unsure'; readonly capacityId: string }
  | { readonly kind: 'skip'; readonly capacityId: string }
  | { readonly kind: 'clear'; readonly capacityId: string; readonly keepNote: boolean }
  | { readonly kind: 'note'; readonly capacityId: string; readonly text: string }
  // Team sessions (issue 17): the team's agreed level, with a note on why (an empty note keeps the old one).
  | { readonly kind: 'agree'; readonly capacityId: string; readonly levelId: string; readonly note?: string };

/**
 * A change to a profile other than an answer: a snapshot of this moment, or the team's priorities. Widgets
 * describe the change (not the resulting profile), so the store applies it to its current profile and
 * changes made in several widgets never overwrite each other.
 */
export type ProfileEdit =
  | { readonly kind: 'snapshot'; readonly label?: string }
  | { readonly kind: 'priorities'; readonly capacityIds: readonly string[] }
  // Team sessions (issue 17, src/framework/team.ts): members' answers as raters. Adding skips ids already
  // there; a rater marked as a duplicate is kept but not counted.
  | { readonly kind: 'add-raters'; readonly raters: readonly Rater[] }
  | { readonly kind: 'remove-rater'; readonly raterId: string }
  | { readonly kind: 'mark-duplicate'; readonly raterId: string; readonly duplicate: boolean }
  // The action plan (issue 18): add, update, remove or move one plan item (plan.ts).
  | { readonly kind: 'plan'; readonly change: PlanChange }
  // Member mode (issue 17): who answered, on one member's own answers.
  | { readonly kind: 'respondent'; readonly respondent: Respondent | undefined };

/** Everything a person can do to a profile. */
export type ProfileOperation = AnswerOperation | ProfileEdit;

/** How a capacity stands: answered at a level, not sure yet, skipped, or not answered. */
export type AnswerKind = 'rated' | 'unsure' | 'skipped' | 'unanswered';

/** The words for an answer that is not a level, in one language (src/i18n/answers.ts has them). */
export interface AnswerWords {
  readonly unsure: string;
  readonly skipped: string;
  readonly unanswered: string;
}

export const isAnswerOperation = (op: ProfileOperation): op is AnswerOperation => 'capacityId' in op;

/** How `rating` stands. A "rated" rating without a level the framework has counts as not answered. */
export function answerKind(rating: Rating | undefined, model?: FrameworkModel): AnswerKind {
  if (!rating) return 'unanswered';
  if (rating.status === 'rated')
    return rating.levelId !== undefined && (!model || model.level(rating.levelId)) ? 'rated' : 'unanswered';
  return rating.status === 'unsure' ? 'unsure' : 'skipped';
}

/** The fields of a rating this library does not decide on: the note and a host page's own fields. */
function carried(previous: Rating | undefined): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  if (!previous) return rest;
  for (const [key, value] of Object.entries(previous))
    if (key !== 'status' && key !== 'levelId' && key !== 'ratedAt') rest[key] = value;
  return rest;
}

/** A fresh answer: `fields` over what the previous rating carries, stamped `now`. */
const answer = (
  previous: Rating | undefined,
  fields: Pick<Rating, 'status' | 'levelId'>,
  now: Date,
): Rating => ({ ...carried(previous), ...fields, ratedAt: now.toISOString() });

/**
 * The rating after `op` (undefined: no rating). Returns `previous` itself when the act changes nothing,
 * so callers can tell a no-op by identity.
 */
export function ratingAfter(
  previous: Rating | undefined,
  op: AnswerOperation,
  now = new Date(),
): Rating | undefined {
  switch (op.kind) {
    case 'rate':
      return previous?.status === 'rated' && previous.levelId === op.levelId
        ? previous
        : answer(previous, { status: 'rated', levelId: op.levelId }, now);
    case 'unsure':
      return previous?.status === 'unsure' ? previous : answer(previous, { status: 'unsure' }, now);
    case 'skip':
      return previous?.status === 'skipped' ? previous : answer(previous, { status: 'skipped' }, now);
    case 'clear':
      if (!previous) return undefined;
      if (!op.keepNote || previous.note === undefined) return undefined;
      return previous.status === 'unsure' ? previous : answer(previous, { status: 'unsure' }, now);
    case 'agree': {
      // Team sessions (issue 17): a level and, when given, the note on why, as one answer.
      const note = op.note?.trim() ? op.note : previous?.note;
      if (previous?.status === 'rated' && previous.levelId === op.levelId && previous.note === note)
        return previous;
      const next = answer(previous, { status: 'rated', levelId: op.levelId }, now);
      return note === undefined ? next : { ...next, note };
    }
    case 'note': {
      const note = op.text.trim() ? op.text : undefined;
      if (previous?.note === note) return previous;
      if (!previous) return { status: 'unsure', note: note!, ratedAt: now.toISOString() };
      const rest = { ...previous };
      delete rest.note;
      return note === undefined ? rest : { ...rest, note };
    }
  }
}

/** The capacities the team marked as priorities (at most three, in order, each once). */
export function prioritiesOf(profile: Profile | undefined): string[] {
  const ours = profile?.extensions?.[LIBRARY_EXTENSION] as { priorities?: unknown } | undefined;
  const list = ours && Array.isArray(ours.priorities) ? ours.priorities : [];
  return [...new Set(list.filter((p): p is string => typeof p === 'string'))].slice(0, MAX_PRIORITIES);
}

/** `ratings` with `capacityId` set to `rating` (or removed). */
function ratingsWith(ratings: Ratings, capacityId: string, rating: Rating | undefined): Ratings {
  const next: Ratings = { ...ratings };
  if (rating === undefined) delete next[capacityId];
  else next[capacityId] = rating;
  return next;
}

/** The rating of a capacity, if answered. */
export function ratingOf(profile: Profile | undefined, capacityId: string): Rating | undefined {
  const ratings = profile?.ratings;
  return ratings && Object.hasOwn(ratings, capacityId) ? ratings[capacityId] : undefined;
}

/**
 * The profile after `op`, dated `now` (`updatedAt`). Returns `profile` itself when the act changes nothing.
 * Fields this library does not know (a host page's extensions, future fields) pass through untouched.
 */
export function applyOperation(profile: Profile, op: ProfileOperation, now = new Date()): Profile {
  const updatedAt = now.toISOString();
  switch (op.kind) {
    // Saved moments, priorities, who answered, the team's raters: profile-edits.ts, loaded with the validator.
    case 'snapshot':
    case 'priorities':
    case 'respondent':
    case 'add-raters':
    case 'remove-rater':
    case 'mark-duplicate':
      if (!profileEdits) throw new Error('blueprint-widgets: a profile edit before the validator has run');
      return profileEdits(profile, op, updatedAt);
    // The action plan (issue 18): a no-op until plan.ts is loaded (it is, wherever a plan can be edited).
    case 'plan':
      return planChanges ? planChanges(profile, op.change, now) : profile;
    default: {
      const previous = ratingOf(profile, op.capacityId);
      const next = ratingAfter(previous, op, now);
      if (next === previous) return profile;
      return { ...profile, ratings: ratingsWith(profile.ratings, op.capacityId, next), updatedAt };
    }
  }
}

// ---- the action plan (issue 18) -------------------------------------------------------------------------

let planChanges: ((profile: Profile, change: PlanChange, now: Date) => Profile) | undefined;

/**
 * Registers the action plan's operations (plan.ts does, when it loads: `<action-plan>`, the report's plan
 * part and `blueprint-widgets/framework` import it). Every widget carries this file; the plan's code (1.3 kB
 * gzip) stays with the elements that edit a plan, within every other element's size budget.
 */
export function usePlanChanges(apply: (profile: Profile, change: PlanChange, now: Date) => Profile): void {
  planChanges = apply;
}

// ---- the rarer edits (issue 14) -------------------------------------------------------------------------

/** The edits that are not a capacity's answer nor the plan: a saved moment, priorities, who answered, raters. */
export type RarerEdit = Extract<
  ProfileEdit,
  { kind: 'snapshot' | 'priorities' | 'respondent' | 'add-raters' | 'remove-rater' | 'mark-duplicate' }
>;

let profileEdits: ((profile: Profile, edit: RarerEdit, updatedAt: string) => Profile) | undefined;

/**
 * Registers the rarer edits (parse.ts does, with profile-edits.ts's), so their code rides in the validator's
 * chunk instead of every element's at-once code (about 0.45 kB gzip): the store only applies an act once it
 * has a model, and a model exists only once parse.ts has run (it makes them).
 */
export function useProfileEdits(
  apply: (profile: Profile, edit: RarerEdit, updatedAt: string) => Profile,
): void {
  profileEdits = apply;
}
