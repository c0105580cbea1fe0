/**
 * The profile store: the single writer of a team's answers. A provider owns one and shares it through
 * context; a widget on its own (or given a `profile` of its own) owns a private one.
 *
 * A person's act is one call (`rate`, `markUnsure`, `skip`, `clear`, `writeNote`, `setPriorities`,
 * `saveSnapshot`, or `apply` with any ProfileOperation). The store applies the pure operation
 * (src/framework/answers.ts), keeps the result, saves it (when it persists), tells its subscribers
 * (the widgets re-render), and only then fires the notification events, whose `detail.profile` is the very
 * object it stored. Data that comes in from outside (`set`, `import`, storage, another tab, a share link) is
 * validated here, once; a person's acts are not re-validated, since the operations only produce valid
 * ratings for ids the store checks against the framework.
 */
import { applyOperation, isAnswerOperation, type ProfileOperation } from '../framework/answers.js';
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { emptyProfile, ratingOf, serializeProfile } from '../framework/profile.js';
import type { Profile } from '../framework/schema.js';
import { BpErrorEvent } from '../events/bp-error.js';
import { BpProfileChangeEvent, type ProfileChangeReason } from '../events/bp-profile-change.js';
import { BpProfileEditEvent } from '../events/bp-profile-edit.js';
import { BpRatingChangeEvent } from '../events/bp-rating-change.js';
import { BpWarningEvent } from '../events/bp-warning.js';
import type { IssueSource } from '../events/init.js';
import { readStored, writeStored, type PersistMode } from './storage.js';

export type { PersistMode };

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

/** Where and whether the store saves: `off`, or a storage area and a key. */
export interface Persistence {
  readonly mode: PersistMode;
  readonly key: string;
}

type Listener = () => void;

export class ProfileStore {
  /** The clock stamping `ratedAt`, `updatedAt` and snapshots (replace it for reproducible output). */
  clock: () => Date = () => new Date();

  readonly #options: ProfileStoreOptions;
  readonly #listeners = new Set<Listener>();
  #model: FrameworkModel | undefined;
  #profile: Profile | undefined;
  #errors: readonly Issue[] = [];
  #persistence: Persistence = { mode: 'off', key: '' };
  /** Where the current answers were last saved, so a new mode or key moves them. */
  #savedAt: Persistence | undefined;
  #warned = new Set<string>();

  constructor(options: ProfileStoreOptions = {}) {
    this.#options = options;
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
      else this.#options.announce?.(event);
      return undefined;
    }
    const after = applyOperation(before, op, this.clock());
    if (after === before) return before;
    this.#commit(after, isAnswerOperation(op) ? 'rating' : op.kind);
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

  // ---- data from outside -----------------------------------------------------------------------------

  /**
   * The framework is ready (or gone): take `initial` (already validated for it), else the saved answers,
   * else a new profile. Attaching the model the store already has changes nothing.
   */
  attach(model: FrameworkModel | undefined, initial?: Profile): void {
    if (model === this.#model && (initial === undefined || initial === this.#profile)) return;
    this.#model = model;
    this.#errors = [];
    this.#savedAt = undefined;
    if (!model) return this.#replace(undefined, 'restore', false);
    if (initial) return this.#replace(initial, 'restore', false);
    this.#replace(this.#restored(model) ?? emptyProfile(model), 'restore', false);
  }

  /**
   * Validates a profile (JSON text or an object) and, when valid, makes it the profile; refuses it with
   * located errors (`bp-error`, `errors`) otherwise, keeping the current answers. Never throws.
   */
  set(
    input: unknown,
    source: IssueSource = 'profile',
    reason: ProfileChangeReason = 'set',
  ): ParseResult<Profile> {
    const parse = this.#options.parse;
    if (!this.#model || !parse) {
      const error = issue('error', 'load', '', 'the framework is not loaded yet, so no profile can be used');
      this.refuse([error], source);
      return { ok: false, errors: [error], warnings: [] };
    }
    const result = parse(input, this.#model);
    if (!result.ok) {
      this.refuse(result.errors, source);
      return result;
    }
    this.warn(result.warnings, source);
    this.#commit(result.value, reason);
    return result;
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  reset(): void {
    if (this.#model) this.#commit(emptyProfile(this.#model), 'reset');
  }

  /** Shows `errors` about a profile that was refused, and announces them. */
  refuse(errors: readonly Issue[], source: IssueSource): void {
    this.#errors = errors;
    this.#notify();
    this.#options.announce?.(new BpErrorEvent({ errors, source }));
  }

  /** Announces warnings once each (a full storage would otherwise warn at every click). */
  warn(warnings: readonly Issue[], source: IssueSource): void {
    const fresh = warnings.filter((w) => {
      const key = `${source}\0${w.path}\0${w.message}`;
      return this.#warned.has(key) ? false : (this.#warned.add(key), true);
    });
    if (!fresh.length) return;
    for (const w of fresh) console.warn(`blueprint-widgets: ${w.path ? w.path + ': ' : ''}${w.message}`);
    this.#options.announce?.(new BpWarningEvent({ warnings: fresh, source }));
  }

  // ---- persistence ----------------------------------------------------------------------------------

  /** Where to save. Set it before `attach`; after a change for the same framework, `saveNow()` moves the answers. */
  set persistence(value: Persistence) {
    this.#persistence = value;
  }
  get persistence(): Persistence {
    return this.#persistence;
  }

  /** Saves the current answers where `persistence` now says (and removes them from where they were). */
  saveNow(): void {
    if (this.#profile) this.#save(this.#profile);
  }

  /** The text saved under the current key, if any. */
  readSaved(): string | undefined {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || !key) return undefined;
    const stored = readStored(mode, key);
    if (stored.warning) this.warn([stored.warning], 'storage');
    return stored.text;
  }

  /** Keeps `text` under `key` beside the current one (answers that must not be lost); true when saved. */
  keepAside(suffix: string, text: string): string | undefined {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || !key) return undefined;
    return writeStored(mode, `${key}:${suffix}`, text) ? undefined : `${key}:${suffix}`;
  }

  /**
   * Another tab of this site saved answers (a `storage` event): follow them when they are under this
   * store's key and area, valid, and the same team's.
   */
  follow(e: StorageEvent): void {
    const { mode, key } = this.#persistence;
    const parse = this.#options.parse;
    if (!this.#model || !parse || mode === 'off' || e.key !== key || e.newValue === null) return;
    if ((mode === 'local') !== (e.storageArea === window.localStorage)) return;
    const result = parse(e.newValue, this.#model);
    // Already saved by that tab: take it without saving it back.
    if (result.ok && result.value.team === this.#profile?.team) this.#replace(result.value, 'storage', false);
  }

  /** The saved answers for `model`, validated; unreadable ones are kept aside with a warning. */
  #restored(model: FrameworkModel): Profile | undefined {
    const text = this.readSaved();
    const parse = this.#options.parse;
    if (text === undefined || !parse) return undefined;
    const result = parse(text, model);
    if (result.ok) {
      this.warn(result.warnings, 'storage');
      this.#savedAt = this.#persistence;
      return result.value;
    }
    // Keep what could not be read, so nothing is lost, and start afresh.
    const aside = this.keepAside('unreadable', text);
    const kept = aside
      ? `they were kept under the storage key "${aside}" and a new profile was started`
      : 'a new profile was started';
    const first = result.errors[0];
    this.warn(
      [
        issue(
          'warning',
          'storage',
          first?.path ?? '',
          `the answers saved in this browser could not be used (${first?.message}); ${kept}`,
        ),
      ],
      'storage',
    );
    return undefined;
  }

  /** Saves the profile where the persistence says, and removes it from where it was saved before. */
  #save(profile: Profile) {
    const { mode, key } = this.#persistence;
    const before = this.#savedAt;
    if (before && (before.mode !== mode || before.key !== key))
      writeStored(before.mode, before.key, undefined);
    this.#savedAt = this.#persistence;
    if (mode === 'off' || !key) return;
    const warning = writeStored(mode, key, serializeProfile(profile));
    if (warning) this.warn([warning], 'storage');
  }

  // ---- the one path every change takes ------------------------------------------------------------------

  /** Stores, saves, notifies: the path of every change but a restore or another tab's save. */
  #commit(profile: Profile, reason: ProfileChangeReason) {
    this.#errors = [];
    this.#replace(profile, reason, true);
  }

  #replace(profile: Profile | undefined, reason: ProfileChangeReason, save: boolean) {
    if (profile === this.#profile) return this.#notify();
    this.#profile = profile;
    if (profile && save) this.#save(profile);
    this.#notify();
    if (profile) this.#options.announce?.(new BpProfileChangeEvent({ profile, reason }));
  }

  #notify() {
    for (const listener of [...this.#listeners]) listener();
  }
}
