import type { Profile } from '../framework/schema.js';
import { eventInit } from './init.js';

/**
 * Why the shared profile changed: restored from storage (or a new one started) when the framework
 * loaded, a person's answer or note, an import, a profile set from code, another tab's save, a reset, a
 * snapshot saved ("save this moment"), the team's priorities, a profile read from a share link, or a
 * change to the action plan (`plan`, issue 18).
 */
export type ProfileChangeReason =
  | 'restore'
  | 'rating'
  | 'import'
  | 'set'
  | 'storage'
  | 'reset'
  | 'snapshot'
  | 'priorities'
  | 'link'
  // Team sessions (issue 17): members' answers added as raters, one removed, one marked as a duplicate.
  | 'add-raters'
  | 'remove-rater'
  | 'mark-duplicate'
  // The action plan (issue 18).
  | 'plan'
  // Member mode (issue 17): who answered (name, role) changed.
  | 'respondent';

export interface ProfileChangeDetail {
  /** The profile as stored: the very object the store now holds (and saved). */
  readonly profile: Profile;
  /** Why it changed (additive to the contract). */
  readonly reason: ProfileChangeReason;
}

/** `bp-profile-change`: the shared profile changed (an answer, an import, a profile set from code…). A notification: the change is already stored. */
export class BpProfileChangeEvent extends CustomEvent<ProfileChangeDetail> {
  static readonly type = 'bp-profile-change';
  constructor(detail: ProfileChangeDetail) {
    super(BpProfileChangeEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-profile-change': BpProfileChangeEvent;
  }
}
