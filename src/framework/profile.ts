/**
 * Profile operations. A profile is immutable: every change returns a new profile, and fields this
 * library does not know (a host page's extensions, future fields) pass through untouched.
 */
import type { FrameworkModel } from './model.js';
import { ratingOf } from './answers.js';
import { PROFILE_SCHEMA_ID } from './constants.js';
import type { Level, Profile, Rating, Ratings } from './schema.js';

/** A new, unanswered profile for `model`. */
export function emptyProfile(model: FrameworkModel, team?: string): Profile {
  const profile: Profile = {
    schema: PROFILE_SCHEMA_ID,
    frameworkId: model.id,
    frameworkVersion: model.version,
    ratings: {},
  };
  return team === undefined ? profile : { ...profile, team };
}

/** The level a rating places the capacity at: only for status "rated" with a level the framework has. */
export function levelOfRating(model: FrameworkModel, rating: Rating | undefined): Level | undefined {
  return rating?.status === 'rated' && rating.levelId !== undefined ? model.level(rating.levelId) : undefined;
}

/** The level the team rated a capacity at, if any. */
export function ratedLevel(
  model: FrameworkModel,
  ratings: Ratings | undefined,
  capacityId: string,
): Level | undefined {
  const rating = ratings && Object.hasOwn(ratings, capacityId) ? ratings[capacityId] : undefined;
  return levelOfRating(model, rating);
}

/**
 * A copy of `profile` with `capacityId` answered by `rating` as given, or un-answered when `rating` is
 * undefined: a low-level setter for code that builds profiles. A person's acts go through
 * `applyOperation` (answers.ts), which carries the rules for notes and stamps.
 * `updatedAt` is set to `now`; `ratedAt` is filled in when the rating has none.
 */
export function withRating(
  profile: Profile,
  capacityId: string,
  rating: Rating | undefined,
  now = new Date(),
): Profile {
  const stamp = now.toISOString();
  const ratings: Ratings = { ...profile.ratings };
  if (rating === undefined) delete ratings[capacityId];
  else ratings[capacityId] = rating.ratedAt === undefined ? { ...rating, ratedAt: stamp } : rating;
  return { ...profile, ratings, updatedAt: stamp };
}

export { prioritiesOf, ratingOf, type ProfileEdit } from './answers.js';

/** How many capacities of `model` the profile answers, by status. */
export function progress(
  model: FrameworkModel,
  profile: Profile | undefined,
  capacityIds?: readonly string[],
) {
  const ids = capacityIds ?? model.capacities.map((c) => c.id);
  let rated = 0;
  let unsure = 0;
  let skipped = 0;
  for (const id of ids) {
    const status = ratingOf(profile, id)?.status;
    if (status === 'rated') rated++;
    else if (status === 'unsure') unsure++;
    else if (status === 'skipped') skipped++;
  }
  return { total: ids.length, rated, unsure, skipped, answered: rated + unsure + skipped };
}

/** The profile as JSON text, exactly re-importable with `parseProfile`. */
export function serializeProfile(profile: Profile): string {
  return JSON.stringify(profile, null, 2);
}
