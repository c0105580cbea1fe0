/**
 * Typed events. Every event the library fires bubbles and is composed, so a host page can listen on any
 * ancestor, through shadow roots.
 */
import type { FrameworkModel } from '../framework/model.js';
import type { Issue } from '../framework/issues.js';
import type { ProfileEdit } from '../framework/profile.js';
import type { Framework, Profile, Rating } from '../framework/schema.js';

const init = { bubbles: true, composed: true } as const;

/** Where a problem came from: a URL, or 'property', 'inline', 'profile', 'import', 'storage'. */
export type IssueSource = string;

export interface LoadDetail {
  /** The framework document, validated and frozen. */
  readonly framework: Framework;
  /** Its model, for queries (additive to the contract). */
  readonly model: FrameworkModel;
  readonly warnings: readonly Issue[];
}

export interface ErrorDetail {
  /** Every error, each with its JSON Pointer `path` ('' for the whole document) and a `message`. */
  readonly errors: readonly Issue[];
  /** What failed: the `src` URL, 'property', 'inline', 'profile', 'import', 'storage', or 'script' (an element's code could not be fetched). */
  readonly source: IssueSource;
}

export interface WarningDetail {
  readonly warnings: readonly Issue[];
  readonly source: IssueSource;
}

/**
 * Why the shared profile changed: restored from storage (or a new one started) when the framework
 * loaded, a person's answer, an import, a profile set from code, another tab's save, a reset, a snapshot
 * saved ("save this moment"), the team's priorities, or a profile read from a share link.
 */
export type ProfileChangeReason =
  'restore' | 'rating' | 'import' | 'set' | 'storage' | 'reset' | 'snapshot' | 'priorities' | 'link';

export interface ProfileChangeDetail {
  readonly profile: Profile;
  /** Why it changed (additive to the contract). */
  readonly reason: ProfileChangeReason;
}

export interface RatingChangeDetail {
  readonly capacityId: string;
  /** The new rating, or undefined when the capacity was un-answered. */
  readonly rating: Rating | undefined;
  /** The whole profile after the change. */
  readonly profile: Profile;
}

/** `bp-load`: a framework loaded and validated (it may still carry warnings). */
export class BpLoadEvent extends CustomEvent<LoadDetail> {
  static readonly type = 'bp-load';
  constructor(detail: LoadDetail) {
    super(BpLoadEvent.type, { ...init, detail });
  }
}

/** `bp-error`: loading or validating failed; the element shows the same errors in its `error` part. */
export class BpErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'bp-error';
  constructor(detail: ErrorDetail) {
    super(BpErrorEvent.type, { ...init, detail });
  }
}

/** `bp-warning`: something is off but nothing was refused (e.g. storage unavailable, a stale profile version). */
export class BpWarningEvent extends CustomEvent<WarningDetail> {
  static readonly type = 'bp-warning';
  constructor(detail: WarningDetail) {
    super(BpWarningEvent.type, { ...init, detail });
  }
}

/** `bp-profile-change`: the shared profile changed (a rating, an import, or a new `profile` set from code). */
export class BpProfileChangeEvent extends CustomEvent<ProfileChangeDetail> {
  static readonly type = 'bp-profile-change';
  constructor(detail: ProfileChangeDetail) {
    super(BpProfileChangeEvent.type, { ...init, detail });
  }
}

/**
 * `bp-rating-change`: a person answered (or un-answered) a capacity in a widget. A provider above applies
 * the answer to the shared profile, unless the widget works on a profile of its own (`ownProfile`).
 */
export class BpRatingChangeEvent extends CustomEvent<RatingChangeDetail> {
  static readonly type = 'bp-rating-change';
  /** True when the widget keeps its own `profile` rather than its provider's; providers ignore such answers. */
  readonly ownProfile: boolean;
  /** Set by the nearest provider that applied the answer, so providers further up do not apply it again. */
  handled = false;
  constructor(detail: RatingChangeDetail, options: { ownProfile?: boolean } = {}) {
    super(BpRatingChangeEvent.type, { ...init, detail });
    this.ownProfile = options.ownProfile ?? false;
  }
}

export interface ProfileEditDetail {
  /** What changed: a snapshot taken, or the priorities set. */
  readonly edit: ProfileEdit;
  /** The whole profile after the change. */
  readonly profile: Profile;
}

/**
 * `bp-profile-edit`: a person saved a snapshot or set the team's priorities in a widget. Like
 * `bp-rating-change`, the nearest provider applies the edit to the shared profile, unless the widget keeps
 * its own profile (`ownProfile`).
 */
export class BpProfileEditEvent extends CustomEvent<ProfileEditDetail> {
  static readonly type = 'bp-profile-edit';
  readonly ownProfile: boolean;
  /** Set by the provider that applied the edit, so providers further up do not apply it again. */
  handled = false;
  constructor(detail: ProfileEditDetail, options: { ownProfile?: boolean } = {}) {
    super(BpProfileEditEvent.type, { ...init, detail });
    this.ownProfile = options.ownProfile ?? false;
  }
}

export interface CapacitySelectDetail {
  /** The capacity a person selected (clicked, or Enter / Space on its bar). */
  readonly capacityId: string;
}

/** `bp-capacity-select`: a person selected a capacity, e.g. to open its rubric or resources. */
export class BpCapacitySelectEvent extends CustomEvent<CapacitySelectDetail> {
  static readonly type = 'bp-capacity-select';
  constructor(detail: CapacitySelectDetail) {
    super(BpCapacitySelectEvent.type, { ...init, detail });
  }
}

export interface FilterChangeDetail {
  /** Selected values per dimension: `group`, `capacity`, `level`, or a resource facet (`type`, `cost`, …). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** The free-text search, as typed. */
  readonly query: string;
  /** `matched` (resources for the team's levels) or `all`. */
  readonly mode: 'matched' | 'all';
  /** The same filters and search as a URL query string (the element's `filters` attribute): keep it in your URL. */
  readonly value: string;
}

/** `bp-filter-change`: a person changed the resource library's filters, search or mode. */
export class BpFilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly type = 'bp-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(BpFilterChangeEvent.type, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bp-capacity-select': BpCapacitySelectEvent;
    'bp-filter-change': BpFilterChangeEvent;
    'bp-load': BpLoadEvent;
    'bp-error': BpErrorEvent;
    'bp-warning': BpWarningEvent;
    'bp-profile-change': BpProfileChangeEvent;
    'bp-rating-change': BpRatingChangeEvent;
    'bp-profile-edit': BpProfileEditEvent;
  }
}
