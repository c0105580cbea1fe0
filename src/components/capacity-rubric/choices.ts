/**
 * Pure helpers of `<capacity-rubric>`: what a rating means as a radio choice, and which act a choice is.
 * The rules for what an act does to a rating (notes kept, stamps) are in src/framework/answers.ts, shared
 * by every widget.
 */
import type { AnswerOperation } from '../../framework/answers.js';
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

/** The act of choosing `choice` for `capacityId` (the store keeps the note). */
export function operationFor(capacityId: string, choice: Choice): AnswerOperation {
  if (choice.startsWith('level:'))
    return { kind: 'rate', capacityId, levelId: choice.slice('level:'.length) };
  return { kind: choice === UNSURE ? 'unsure' : 'skip', capacityId };
}
