import type { AnswerOperation } from '../framework/answers.js';
import type { Profile, Rating } from '../framework/schema.js';
import { eventInit } from './init.js';

export interface RatingChangeDetail {
  readonly capacityId: string;
  /** The new rating, or undefined when the capacity was un-answered. */
  readonly rating: Rating | undefined;
  /** The whole profile after the change: the very object that was stored (same `updatedAt`). */
  readonly profile: Profile;
  /** What the person did: `rate`, `unsure`, `skip`, `clear`, `take-back` or `note` (additive to the contract). */
  readonly operation: AnswerOperation;
}

/**
 * `bp-rating-change`: a person answered, un-answered or wrote a note for a capacity in a widget. Fired by
 * that widget after the answer is stored (in the provider's profile, or the widget's own): a notification,
 * not a request.
 */
export class BpRatingChangeEvent extends CustomEvent<RatingChangeDetail> {
  static readonly type = 'bp-rating-change';
  constructor(detail: RatingChangeDetail) {
    super(BpRatingChangeEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-rating-change': BpRatingChangeEvent;
  }
}
