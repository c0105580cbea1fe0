import type { ProfileEdit } from '../framework/answers.js';
import type { Profile } from '../framework/schema.js';
import { eventInit } from './init.js';

export interface ProfileEditDetail {
  /** What changed: a snapshot taken, or the priorities set. */
  readonly edit: ProfileEdit;
  /** The whole profile after the change: the very object that was stored. */
  readonly profile: Profile;
}

/** `bp-profile-edit`: a person saved a snapshot or set the team's priorities in a widget, after it was stored. */
export class BpProfileEditEvent extends CustomEvent<ProfileEditDetail> {
  static readonly type = 'bp-profile-edit';
  constructor(detail: ProfileEditDetail) {
    super(BpProfileEditEvent.type, { ...eventInit, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-profile-edit': BpProfileEditEvent;
  }
}
