/**
 * The profile store: the single writer of a team's answers. A provider owns one and shares it through
 * context; a widget on its own (or given a `profile` of its own) owns a private one.
 *
 * A person's act is one call (`rate`, `markUnsure`, `skip`, `clear`, `writeNote`, `setPriorities`,
 * `saveSnapshot`, or `apply` with any ProfileOperation). The store applies the pure operation
 * (src/framework/answers.ts), keeps the result, saves it (when it persists), tells its subscribers
 * (the widgets re-render), and only then fires the notification events, whose `detail.profile` is the very
 * object it stored. A person's acts are not re-validated: the operations only produce valid ratings, for
 * ids the store checks against the framework. Data that comes in from outside (a `profile` property, an
 * import, storage, another tab, a share link) is validated once where it comes in: by the provider's
 * PersistentProfileStore, or by a widget's ProfileController.
 */
import { applyOperation, isAnswerOperation, type ProfileOperation } from '../framework/answers.js';
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { emptyProfile, ratingOf } from '../framework/profile.js';
import type { Profile } from '../framework/schema.js';
import { BpErrorEvent } from '../events/bp-error.js';
import { BpProfileChangeEvent, type ProfileChangeReason } from '../events/bp-profile-change.js';
import { BpProfileEditEvent } from '../events/bp-profile-edit.js';
import { BpRatingChangeEvent } from '../events/bp-rating-change.js';

/** Validates a profile (JSON text or an object) against a framework. */
export type ProfileParser = (input: unknown, model: FrameworkModel | undefined) => ParseResult<Profile>;

export interface ProfileStoreOptions {
  /**
   * Announces the store's own events (`bp-profile-change`, `bp-warning`, `bp-error`), e.g. on the provider
   * once it has rendered the change. Without it (a widget's private store) only the acting widget's
   * `bp-rating-change` / `bp-profile-edit` fire.
   */
  readonly announce?: (event: Event) => void;
  /** Validates profiles that come in from outside (`set`, `import`, storage). Required for those. */
  readonly parse?: ProfileParser;
}

type Listener = () => void;

export class ProfileStore {
  /** The clock stamping `ratedAt`, `updatedAt` and snapshots (replace it for reproducible output). */
  clock: () => Date = () => new Date();

  protected readonly options: ProfileStoreOptions;
  readonly #listeners = new Set<Listener>();
  #model: FrameworkModel | undefined;
  #profile: Profile | undefined;
  #errors: readonly Issue[] = [];

  constructor(options: ProfileStoreOptions = {}) {
    this.options = options;
  }

  /** The framework the profile answers, once loaded. */
  get model(): FrameworkModel | undefined {
    return this.#model;
  }

  /** The team's profile: the very object the last change stored. Undefined until a framework is attached. */
  get profile(): Profile | undefined {
    return this.#profile;
  }

  /** Problems with the last profile given from outside (refused: the current answers stayed). */
  get errors(): readonly Issue[] {
    return this.#errors;
  }

  /** Calls `listener` after every change of the profile or the errors. Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- a person's acts ---------------------------------------------------------------------------------

  /** Answers `capacityId` at `levelId` (keeping its note). `origin` is the widget the person used. */
  rate(capacityId: string, levelId: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'rate', capacityId, levelId }, origin);
  }

  /** Answers "not sure yet" (keeping the note). */
  markUnsure(capacityId: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'unsure', capacityId }, origin);
  }

  /** Answers "skip" (keeping the note). */
  skip(capacityId: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'skip', capacityId }, origin);
  }

  /** Un-answers `capacityId`: with `keepNote` a note stays (as "not sure yet"); without, it goes too. */
  clear(capacityId: string, options: { keepNote: boolean }, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'clear', capacityId, keepNote: options.keepNote }, origin);
  }

  /** Writes the note of `capacityId` (whitespace only removes it). */
  writeNote(capacityId: string, text: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'note', capacityId, text }, origin);
  }

  /** Sets the team's priorities (the first three are kept). */
  setPriorities(capacityIds: readonly string[], origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'priorities', capacityIds }, origin);
  }

  /** Saves a snapshot of this moment's answers. */
  saveSnapshot(label?: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'snapshot', label }, origin);
  }

  /**
   * Applies a person's act and returns the stored profile (the same one when nothing changed). An id the
   * framework does not have is refused with `bp-error` (on `origin`) and changes nothing.
   */
  apply(op: ProfileOperation, origin?: EventTarget): Profile | undefined {
    const model = this.#model;
    const before = this.#profile;
    if (!model || !before) return undefined;
    const unknown = this.#unknownIds(model, op);
    if (unknown) {
      const event = new BpErrorEvent({ errors: [unknown], source: 'property' });
      if (origin) origin.dispatchEvent(event);
      else this.options.announce?.(event);
      return undefined;
    }
    const after = applyOperation(before, op, this.clock());
    if (after === before) return before;
    this.commit(after, isAnswerOperation(op) ? 'rating' : op.kind);
    if (isAnswerOperation(op)) {
      const rating = ratingOf(after, op.capacityId);
      origin?.dispatchEvent(
        new BpRatingChangeEvent({ capacityId: op.capacityId, rating, profile: after, operation: op }),
      );
    } else {
      origin?.dispatchEvent(new BpProfileEditEvent({ edit: op, profile: after }));
    }
    return after;
  }

  #unknownIds(model: FrameworkModel, op: ProfileOperation): Issue | undefined {
    const ids = isAnswerOperation(op) ? [op.capacityId] : op.kind === 'priorities' ? op.capacityIds : [];
    const capacity = ids.find((id) => !model.capacity(id));
    if (capacity !== undefined)
      return issue('error', 'unresolved-reference', '', `the framework has no capacity "${capacity}"`);
    if (op.kind === 'rate' && !model.level(op.levelId))
      return issue('error', 'unresolved-reference', '', `the framework has no level "${op.levelId}"`);
    return undefined;
  }

  // ---- a framework, a reset ------------------------------------------------------------------------

  /**
   * The framework is ready (or gone): take `initial` (already validated for it), else the saved answers,
   * else a new profile. Attaching the model the store already has changes nothing.
   */
  attach(model: FrameworkModel | undefined, initial?: Profile): void {
    if (model === this.#model && (initial === undefined || initial === this.#profile)) return;
    this.#model = model;
    this.#errors = [];
    if (!model) return this.#replace(undefined, 'restore', false);
    if (initial) return this.#replace(initial, 'restore', false);
    this.#replace(this.restore(model) ?? emptyProfile(model), 'restore', false);
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  reset(): void {
    if (this.#model) this.commit(emptyProfile(this.#model), 'reset');
  }

  // ---- the one path every change takes ------------------------------------------------------------------

  /** Stores, saves, notifies: the path of every change but a restore or another tab's save. */
  protected commit(profile: Profile, reason: ProfileChangeReason): void {
    this.#errors = [];
    this.#replace(profile, reason, true);
  }

  /** Shows `errors` about a profile that was refused (the answers stay) and tells the subscribers. */
  protected showErrors(errors: readonly Issue[]): void {
    this.#errors = errors;
    this.#notify();
  }

  /** The answers to start from when a framework is attached without a profile (a saved one). */
  protected restore(model: FrameworkModel): Profile | undefined {
    void model;
    return undefined;
  }

  /** Keeps a changed profile (the persistent store saves it; this one keeps it in memory only). */
  protected save(profile: Profile): void {
    void profile;
  }

  /** Makes a profile that is already valid and already saved elsewhere the profile (another tab's save). */
  protected receive(profile: Profile, reason: ProfileChangeReason): void {
    this.#replace(profile, reason, false);
  }

  #replace(profile: Profile | undefined, reason: ProfileChangeReason, save: boolean) {
    if (profile === this.#profile) return this.#notify();
    this.#profile = profile;
    if (profile && save) this.save(profile);
    this.#notify();
    if (profile) this.options.announce?.(new BpProfileChangeEvent({ profile, reason }));
  }

  #notify() {
    for (const listener of [...this.#listeners]) listener();
  }
}
