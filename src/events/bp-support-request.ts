import type { Profile } from '../framework/schema.js';
import { eventInit } from './init.js';

/**
 * What a team asks support for. Only these keys: the team's answers are added (`profile`) only when the
 * person ticked "Include our answers".
 */
export interface SupportRequestDetail {
  /** The provider asked. */
  readonly providerId: string;
  /** The capacity the team wants support with. */
  readonly capacityId: string;
  /** The team's current level in that capacity, when it has rated it. */
  readonly levelId?: string;
  /** The team's answers: present only when the person chose to include them. */
  readonly profile?: Profile;
}

/**
 * `bp-support-request`: a person pressed "Ask for support" for a provider (in `<provider-list>` or the
 * report). Cancelable: a page that handles the request itself (its own form, its own referral system) calls
 * `preventDefault()`. Otherwise the widget opens the provider's `contact`: an `https:` page in a new tab
 * (without opener or referrer), or a `mailto:` address with a subject naming the capacity; never any other
 * kind of URL. Nothing is sent anywhere by the widget itself.
 */
export class BpSupportRequestEvent extends CustomEvent<SupportRequestDetail> {
  static readonly type = 'bp-support-request';
  constructor(detail: SupportRequestDetail) {
    super(BpSupportRequestEvent.type, { ...eventInit, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-support-request': BpSupportRequestEvent;
  }
}
