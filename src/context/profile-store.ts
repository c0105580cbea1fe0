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
 *
 * The store also holds the selected capacity and the selection targets: `select(id, origin)` (a bar, a
 * report's "Still open" button) fires a cancelable `bp-capacity-select` on `origin`; unless a listener
 * prevents it, the store records the selection, tells its subscribers, and asks the first registered target
 * that can show the capacity (a `<capacity-rubric>` in the same provider) to show it. `canSelect()` says
 * whether anything would, so a widget promises that action only when it will happen.
 */
import { applyOperation, isAnswerOperation, type ProfileOperation } from '../framework/answers.js';
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { emptyProfile, ratingOf } from '../framework/profile.js';
import type { Profile, Rater, Respondent } from '../framework/schema.js';
// The action plan (issue 18): types only, the operations are plan.ts's (see answers.ts, usePlanChanges).
import type { PlanChange, PlanFields, PlanItemDraft } from '../framework/plan-types.js';
import { BpCapacitySelectEvent } from '../events/bp-capacity-select.js';
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

/**
 * What changed: `profile` (the profile, the model or the errors), `selected` (the selected capacity), or
 * `targets` (a selection target came or went: what `canSelect` answers may have changed).
 */
export type StoreChange = 'profile' | 'selected' | 'targets';

/** A subscriber, told what changed (a listener that takes no argument keeps working). */
export type StoreListener = (change: StoreChange) => void;

/** Something that can show a capacity when it is selected, e.g. a `<capacity-rubric>` (`addSelectionTarget`). */
export interface SelectionTarget {
  /** True when it can show this capacity now (it is in what it shows). */
  canShow(capacityId: string): boolean;
  /** Shows the capacity: brings it into view and moves focus to it. */
  show(capacityId: string): void;
}

export class ProfileStore {
  /** The clock stamping `ratedAt`, `updatedAt` and snapshots (replace it for reproducible output). */
  clock: () => Date = () => new Date();

  protected readonly options: ProfileStoreOptions;
  readonly #listeners = new Set<StoreListener>();
  /** In the order they registered: the first that can show a capacity shows it. */
  readonly #targets = new Set<SelectionTarget>();
  #model: FrameworkModel | undefined;
  #profile: Profile | undefined;
  #errors: readonly Issue[] = [];
  #selected: string | undefined;

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

  /** The capacity selected last (`select`), if any: a capacity of the current framework. */
  get selected(): string | undefined {
    return this.#selected;
  }

  /**
   * Calls `listener` after every change of the profile or the errors, of the selected capacity, and of the
   * selection targets, saying which. Returns the unsubscribe function.
   */
  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // ---- selecting a capacity --------------------------------------------------------------------------

  /**
   * Registers something that can show a selected capacity (a rubric registers itself while it shows
   * capacities). Targets are asked in the order they registered. Returns the unregister function.
   */
  addSelectionTarget(target: SelectionTarget): () => void {
    if (!this.#targets.has(target)) {
      this.#targets.add(target);
      this.#notify('targets');
    }
    return () => {
      if (this.#targets.delete(target)) this.#notify('targets');
    };
  }

  /**
   * True when selecting `capacityId` (or, without an id, any capacity of the framework) would show it
   * somewhere: a widget promises that action (e.g. "Enter opens it in the rubric") only then.
   */
  canSelect(capacityId?: string): boolean {
    const model = this.#model;
    if (!model || !this.#targets.size) return false;
    if (capacityId !== undefined) return this.#targetFor(capacityId) !== undefined;
    return model.capacities.some((c) => this.#targetFor(c.id) !== undefined);
  }

  /**
   * A person selected `capacityId` in the widget `origin`. Fires a cancelable `bp-capacity-select` on
   * `origin`; unless a listener prevents it, makes it the `selected` capacity, tells the subscribers, and
   * has the first target that can show it show it. Returns true when a target showed it. An id the
   * framework does not have is refused with `bp-error` (on `origin`), like any act's, and changes nothing.
   */
  select(capacityId: string, origin?: EventTarget): boolean {
    const model = this.#model;
    if (!model) return false;
    if (!model.capacity(capacityId)) {
      this.#refuse(unknownCapacity(capacityId), origin);
      return false;
    }
    if (origin && !origin.dispatchEvent(new BpCapacitySelectEvent({ capacityId }))) return false;
    if (this.#selected !== capacityId) {
      this.#selected = capacityId;
      this.#notify('selected');
    }
    const target = this.#targetFor(capacityId);
    target?.show(capacityId);
    return target !== undefined;
  }

  #targetFor(capacityId: string): SelectionTarget | undefined {
    for (const target of this.#targets) if (target.canShow(capacityId)) return target;
    return undefined;
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

  // Member mode (issue 17).
  /** Says who answered (a member's own answers): an optional name and a role of the framework's `roles`. */
  setRespondent(respondent: Respondent | undefined, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'respondent', respondent }, origin);
  }

  // ---- team sessions (issue 17: src/framework/team.ts) -----------------------------------------------

  /** Adds members' answers as raters (ids already there are skipped): one act for a whole batch. */
  addRaters(raters: readonly Rater[], origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'add-raters', raters }, origin);
  }

  /** Removes a rater (the facilitator's "Remove"; adding the same rater back undoes it). */
  removeRater(raterId: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'remove-rater', raterId }, origin);
  }

  /** Marks a rater as a duplicate (kept, not counted), or unmarks it. */
  markDuplicate(raterId: string, duplicate: boolean, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'mark-duplicate', raterId, duplicate }, origin);
  }

  /** Sets the team's agreed level for a capacity, with a note on why; the raters stay. */
  agree(capacityId: string, levelId: string, note?: string, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'agree', capacityId, levelId, note }, origin);
  }

  // ---- the action plan (issue 18) ------------------------------------------------------------------------

  /**
   * Adds an item to the team's plan (at the end, or at `at`) and returns the stored profile. Without an id
   * the item gets a new one; `createdAt` and `updatedAt` are stamped. Its capacity must be the framework's.
   */
  addPlanItem(item: PlanItemDraft, origin?: EventTarget, at?: number): Profile | undefined {
    return this.applyPlan({ op: 'add', item, at }, origin);
  }

  /** Changes the fields named of plan item `id` (an empty optional field is removed), stamping `updatedAt`. */
  updatePlanItem(id: string, fields: PlanFields, origin?: EventTarget): Profile | undefined {
    return this.applyPlan({ op: 'update', id, fields }, origin);
  }

  /** Removes plan item `id`. */
  removePlanItem(id: string, origin?: EventTarget): Profile | undefined {
    return this.applyPlan({ op: 'remove', id }, origin);
  }

  /** Moves plan item `id` to position `to` (0-based) in the plan. */
  movePlanItem(id: string, to: number, origin?: EventTarget): Profile | undefined {
    return this.applyPlan({ op: 'move', id, to }, origin);
  }

  /** One change to the plan, as a person's act (`bp-profile-edit` on `origin`). */
  applyPlan(change: PlanChange, origin?: EventTarget): Profile | undefined {
    return this.apply({ kind: 'plan', change }, origin);
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
      this.#refuse(unknown, origin);
      return undefined;
    }
    const changed = applyOperation(before, op, this.clock());
    if (changed === before) return before;
    this.commit(changed, isAnswerOperation(op) ? 'rating' : op.kind);
    // What was stored: the act merged with another provider's or tab's save, if storage had one.
    const after = this.#profile!;
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

  /** A person's act named something the framework does not have: `bp-error` on `origin` (else announced). */
  #refuse(error: Issue, origin: EventTarget | undefined) {
    const event = new BpErrorEvent({ errors: [error], source: 'property' });
    if (origin) origin.dispatchEvent(event);
    else this.options.announce?.(event);
  }

  #unknownIds(model: FrameworkModel, op: ProfileOperation): Issue | undefined {
    const ids = isAnswerOperation(op)
      ? [op.capacityId]
      : op.kind === 'priorities'
        ? op.capacityIds
        : // The action plan (issue 18): a new or changed capacity must be the framework's.
          op.kind === 'plan'
          ? [
              op.change.op === 'add'
                ? op.change.item.capacityId
                : op.change.op === 'update'
                  ? op.change.fields.capacityId
                  : undefined,
            ].filter((id) => id !== undefined)
          : [];
    const capacity = ids.find((id) => !model.capacity(id));
    if (capacity !== undefined) return unknownCapacity(capacity);
    if ((op.kind === 'rate' || op.kind === 'agree') && !model.level(op.levelId))
      return issue('error', 'unresolved-reference', '', `the framework has no level "${op.levelId}"`);
    // Member mode (issue 17): a role must be one of the framework's.
    const role = op.kind === 'respondent' ? op.respondent?.role : undefined;
    if (role !== undefined && !model.framework.roles?.some((r) => r.id === role))
      return issue(
        'error',
        'unresolved-reference',
        '/respondent/role',
        `the framework has no role "${role}"`,
      );
    return undefined;
  }

  // ---- a framework, a reset ------------------------------------------------------------------------

  /**
   * The framework is ready (or gone): take `initial` (already validated for it), else the saved answers,
   * else a new profile. Attaching the model the store already has changes nothing.
   */
  attach(model: FrameworkModel | undefined, initial?: Profile): void {
    if (model === this.#model && (initial === undefined || initial === this.#profile)) return;
    // A selection belongs to its framework.
    if (model !== this.#model) this.#selected = undefined;
    this.#model = model;
    this.#errors = [];
    if (!model) return this.#replace(undefined, 'restore', false);
    if (initial) return this.#replace(initial, 'restore', false);
    this.#replace(this.restore(model) ?? emptyProfile(model), 'restore', false);
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  reset(): void {
    // Dated, so a merge with another tab's save knows the reset came after the answers it removed.
    if (this.#model)
      this.commit({ ...emptyProfile(this.#model), updatedAt: this.clock().toISOString() }, 'reset');
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
    this.#notify('profile');
  }

  /** The answers to start from when a framework is attached without a profile (a saved one). */
  protected restore(model: FrameworkModel): Profile | undefined {
    void model;
    return undefined;
  }

  /**
   * Keeps a changed profile (the persistent store saves it; this one keeps it in memory only) and returns
   * the profile to hold: `profile`, or the persistent store's merge of it with what storage held.
   */
  protected save(profile: Profile): Profile {
    return profile;
  }

  /** Makes a profile that is already valid and already saved elsewhere the profile (another tab's save). */
  protected receive(profile: Profile, reason: ProfileChangeReason): void {
    this.#replace(profile, reason, false);
  }

  #replace(profile: Profile | undefined, reason: ProfileChangeReason, save: boolean) {
    if (profile === this.#profile) return this.#notify('profile');
    this.#profile = profile && save ? this.save(profile) : profile;
    profile = this.#profile;
    this.#notify('profile');
    if (profile) this.options.announce?.(new BpProfileChangeEvent({ profile, reason }));
  }

  #notify(change: StoreChange) {
    for (const listener of [...this.#listeners]) listener(change);
  }
}

function unknownCapacity(id: string): Issue {
  return issue('error', 'unresolved-reference', '', `the framework has no capacity "${id}"`);
}
