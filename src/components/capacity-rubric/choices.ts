/**
 * Pure helpers of `<capacity-rubric>`: what a rating means as a radio choice, and the rating each act of
 * a person produces. No DOM, no Lit: the note rules live here, in one place.
 *
 * Note rules (documented in the element's JSDoc and the README):
 * - a note is saved inside the capacity's rating, and carried over whenever the answer changes;
 * - a note written for an unanswered capacity is saved as `{ status: "unsure", note }` ("Not sure yet"),
 *   because a rating needs a status;
 * - taking a choice back (choosing it again) keeps the note, so such a capacity goes back to "Not sure yet";
 * - only "Clear" removes the answer and the note together (its label says so when there is a note).
 */
import type { Rating } from '../../framework/schema.js';

/** A radio's value: `level:<levelId>`, `status:unsure` or `status:skipped` (ids are slugs, never with ':'). */
export type Choice = `level:${string}` | 'status:unsure' | 'status:skipped';

export const UNSURE: Choice = 'status:unsure';
export const SKIPPED: Choice = 'status:skipped';
export const levelChoice = (levelId: string): Choice => `level:${levelId}`;

/** The choice a rating stands for, if any. */
export function choiceOf(rating: Rating | undefined): Choice | undefined {
  if (!rating) return undefined;
  if (rating.status === 'rated')
    return rating.levelId !== undefined ? levelChoice(rating.levelId) : undefined;
  return rating.status === 'unsure' ? UNSURE : SKIPPED;
}

const withNote = (rating: Rating, note: string | undefined): Rating =>
  note === undefined ? rating : { ...rating, note };

/** The rating after choosing `choice` (a fresh answer: `ratedAt` is stamped anew); the note is kept. */
export function ratingForChoice(choice: Choice, previous: Rating | undefined): Rating {
  const rating: Rating = choice.startsWith('level:')
    ? { status: 'rated', levelId: choice.slice('level:'.length) }
    : { status: choice === UNSURE ? 'unsure' : 'skipped' };
  return withNote(rating, previous?.note);
}

/**
 * The rating after taking the current choice back: none, or "Not sure yet" with the note when there is
 * one. Returns `previous` itself when nothing would change.
 */
export function ratingAfterTakeBack(previous: Rating | undefined): Rating | undefined {
  if (previous?.note === undefined) return undefined;
  if (previous.status === 'unsure') return previous;
  return { status: 'unsure', note: previous.note };
}

/**
 * The rating after the note text changed to `text` (whitespace only removes the note). Other fields,
 * `ratedAt` included, are kept: editing a note is not a new answer. Returns `previous` itself when
 * nothing would change.
 */
export function ratingForNote(previous: Rating | undefined, text: string): Rating | undefined {
  const note = text.trim() ? text : undefined;
  if (previous?.note === note) return previous;
  if (!previous) return note === undefined ? undefined : { status: 'unsure', note };
  const rest: Rating = { status: previous.status };
  for (const [key, value] of Object.entries(previous)) if (key !== 'note') rest[key] = value;
  return withNote(rest, note);
}
