/**
 * The provider's store: a ProfileStore that also validates profiles given from outside (`set`: a
 * property, an import, a share link; refused ones are shown and announced, warnings once each), saves the
 * answers in the browser (local or session storage, under a key), restores them when the framework loads,
 * moves them when the key or the area changes, and follows another tab's or provider's save. Only the
 * provider carries this code.
 *
 * No save is a blind overwrite: the store remembers the text it last read from or wrote to its key (the
 * base); when storage holds something else at the next save (another provider on the page, another tab),
 * its own changes since the base are merged over it (src/framework/merge.ts) before it writes. Providers
 * on one page hear each other's saves at once (storage events never fire in the document that saved);
 * other tabs through the `storage` event. Answers it replaces without merging (unreadable ones, the ones a
 * share link replaced) are kept beside the key, several versions each (`backups()`, `restoreBackup()`).
 */
import { BpErrorEvent } from '../events/bp-error.js';
import type { ProfileChangeReason } from '../events/bp-profile-change.js';
import { BpWarningEvent } from '../events/bp-warning.js';
import type { IssueSource } from '../events/init.js';
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { loadedParser } from '../framework/parser-slot.js';
import { emptyProfile, serializeProfile } from '../framework/profile.js';
import type { Profile } from '../framework/schema.js';
import { ProfileStore } from './profile-store.js';
import { readStored, writeStored, type PersistMode } from './storage.js';
import type { UnreadableAnswers } from './unreadable.js';

export type { PersistMode };

/** Where and whether the store saves: `off`, or a storage area and a key. */
export interface Persistence {
  readonly mode: PersistMode;
  readonly key: string;
}

/** A copy of answers kept beside the storage key: its kind, when it was kept, and the profile's JSON text. */
export interface Backup {
  /**
   * Why it was kept: `before-link` (a share link replaced them), `link` (a share link's answers, as
   * opened), `unreadable` (they could not be used with this framework), `before-restore` (a backup
   * brought back replaced them).
   */
  readonly kind: BackupKind;
  /** When it was kept (ISO date-time); empty for a copy kept by an earlier version of the library. */
  readonly savedAt: string;
  /** The profile as JSON text, as it was (an unreadable one may not be a profile at all). */
  readonly text: string;
}

export type BackupKind = 'before-link' | 'link' | 'unreadable' | 'before-restore';
const KINDS: readonly BackupKind[] = ['before-link', 'link', 'unreadable', 'before-restore'];

/** How many versions of each kind of backup are kept (the oldest goes when an eleventh comes). */
export const BACKUPS_KEPT = 10;

/** Every connected store: a save reaches the others on the same key in this document at once. */
const live = new Set<PersistentProfileStore>();

export class PersistentProfileStore extends ProfileStore {
  #persistence: Persistence = { mode: 'off', key: '' };
  #warned = new Set<string>();
  /** Where the current answers were last saved, so a new mode or key moves them. */
  #savedAt: Persistence | undefined;
  /** The text this store last read from or wrote to its key: what its own changes are measured from. */
  #base: string | undefined;
  /** The saved text the last restore used, if it could. */
  #restored: string | undefined;
  #unsaved: 'full' | 'blocked' | undefined;
  #joined: readonly string[] = [];

  #readsLinks: boolean | undefined;

  /**
   * Whether the page's provider reads share links (`#bp-profile=`): a report offers "Copy a share link"
   * only where they will open. Set by the provider; a change re-renders the widgets.
   */
  get readsLinks(): boolean | undefined {
    return this.#readsLinks;
  }
  set readsLinks(on: boolean | undefined) {
    if (on === this.#readsLinks) return;
    this.#readsLinks = on;
    this.showErrors(this.errors);
  }

  /**
   * The saved answers the last restore could not use, kept aside (issue 15): the provider says so and
   * offers the copy as a file. Undefined when the saved answers could be used, or there were none.
   */
  get unreadable(): UnreadableAnswers | undefined {
    return this.#unreadable;
  }
  #unreadable: UnreadableAnswers | undefined;

  /**
   * Why the latest answers are not saved: `full` (the browser's storage is full) or `blocked` (no storage,
   * or it refused); undefined when the last save worked. They are still the profile, in this page.
   */
  get unsaved(): 'full' | 'blocked' | undefined {
    return this.#unsaved;
  }

  /** The capacities whose notes the last merge with another save kept side by side (both wrote one). */
  get joined(): readonly string[] {
    return this.#joined;
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
    const parse = this.options.parse;
    if (!this.model || !parse) {
      const error = issue('error', 'load', '', 'the framework is not loaded yet, so no profile can be used');
      this.refuse([error], source);
      return { ok: false, errors: [error], warnings: [] };
    }
    const result = parse(input, this.model);
    if (!result.ok) {
      this.refuse(result.errors, source);
      return result;
    }
    this.warn(result.warnings, source);
    this.commit(result.value, reason);
    return result;
  }

  /** Shows `errors` about a profile that was refused, and announces them. */
  refuse(errors: readonly Issue[], source: IssueSource): void {
    this.showErrors(errors);
    this.options.announce?.(new BpErrorEvent({ errors, source }));
  }

  /**
   * Announces warnings once each (a full storage would otherwise warn at every click); with `again`, even
   * when the same was said before (each share link opened is news).
   */
  warn(warnings: readonly Issue[], source: IssueSource, again = false): void {
    const fresh = warnings.filter((w) => {
      const key = `${source}\0${w.path}\0${w.message}`;
      return this.#warned.has(key) && !again ? false : (this.#warned.add(key), true);
    });
    if (!fresh.length) return;
    for (const w of fresh) console.warn(`blueprint-widgets: ${w.path ? w.path + ': ' : ''}${w.message}`);
    this.options.announce?.(new BpWarningEvent({ warnings: fresh, source }));
  }

  /** Where to save. Set it before `attach`; after a change for the same framework, `saveNow()` moves the answers. */
  set persistence(value: Persistence) {
    this.#persistence = value;
  }
  get persistence(): Persistence {
    return this.#persistence;
  }

  /**
   * Follows other saves under this store's key while connected (the provider connects it while it is in
   * the document): another tab's (`storage` event) and another connected store's in this document.
   */
  connect(on: boolean): void {
    if (on) {
      live.add(this);
      window.addEventListener('storage', this.#onStorage);
    } else {
      live.delete(this);
      window.removeEventListener('storage', this.#onStorage);
    }
  }

  override attach(model: FrameworkModel | undefined, initial?: Profile): void {
    const fresh = model !== this.model;
    if (fresh) this.#savedAt = this.#base = this.#restored = undefined;
    // A profile given by the page replaces what is saved: measured from it, it is all this store's change.
    if (model && initial) this.#base = this.readSaved();
    super.attach(model, initial);
    // Nothing usable was saved: the profile it started from is what its own changes are measured from.
    if (fresh && model && !initial && this.#restored === undefined)
      this.#base = serializeProfile(this.profile!);
  }

  /** Saves the current answers where `persistence` now says (and removes them from where they were). */
  saveNow(): void {
    if (this.profile) this.receive(this.save(this.profile), 'storage');
  }

  /** The text saved under the current key, if any. */
  readSaved(): string | undefined {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || !key) return undefined;
    const stored = readStored(mode, key);
    if (stored.warning) {
      this.#unsaved = 'blocked';
      this.warn([stored.warning], 'storage');
    }
    return stored.text;
  }

  /**
   * Keeps `text` beside the current key (`<key>:<kind>`, a list of the last BACKUPS_KEPT versions with
   * their time; the same text as the newest is not kept twice). Returns the key used, or undefined when
   * nothing is saved or storage refused.
   */
  keepAside(kind: BackupKind, text: string): string | undefined {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || !key) return undefined;
    const at = `${key}:${kind}`;
    const lists = loadedParser();
    // Without the list reader (no framework yet) nothing is written: an older version is never overwritten.
    if (!lists) return undefined;
    const list = lists.readBackupList(readStored(mode, at).text);
    if (list.at(-1)?.text !== text) list.push({ savedAt: this.clock().toISOString(), text });
    return writeStored(mode, at, JSON.stringify(list.slice(-BACKUPS_KEPT))) ? undefined : at;
  }

  /** Every copy of answers kept beside the current key, newest first. */
  backups(): readonly Backup[] {
    const { mode, key } = this.#persistence;
    const lists = loadedParser();
    if (mode === 'off' || !key || !lists) return [];
    return KINDS.flatMap((kind) =>
      lists.readBackupList(readStored(mode, `${key}:${kind}`).text).map((e) => ({ kind, ...e })),
    ).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  /**
   * Makes a kept copy the profile (validated like an import; refused with `bp-error` when it is not valid
   * for this framework), keeping the answers it replaces as a `before-restore` backup first.
   */
  restoreBackup(entry: Pick<Backup, 'text'>): ParseResult<Profile> {
    const current = this.profile && serializeProfile(this.profile);
    if (current !== undefined && current !== entry.text) this.keepAside('before-restore', current);
    return this.set(entry.text, 'storage', 'import');
  }

  /** Another tab of this site saved answers (a `storage` event): merge them when under this key and area. */
  follow(e: StorageEvent): void {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || e.key !== key || e.newValue === null) return;
    if ((mode === 'local') !== (e.storageArea === window.localStorage)) return;
    this.#incoming(e.oldValue ?? undefined, e.newValue);
  }

  #onStorage = (e: StorageEvent) => this.follow(e);

  /**
   * Someone else saved `text` under this key over `old`: take it, with this store's own changes since
   * `old` merged over it (and saved back), when it is valid and the same team's.
   */
  #incoming(old: string | undefined, text: string): void {
    const { model, profile: mine } = this;
    const parse = this.options.parse;
    if (!model || !parse || !mine || text === this.#base) return;
    const theirs = parse(text, model);
    if (!theirs.ok || theirs.value.team !== mine.team) return;
    // `old` is what their save replaced: the version both grew from (none: both started afresh).
    const merged = this.#merge(old ?? serializeProfile(emptyProfile(model)), mine, theirs.value);
    this.#base = text;
    if (merged === theirs.value) this.receive(merged, 'storage');
    else if (serializeProfile(merged) !== serializeProfile(mine)) this.commit(merged, 'storage');
    else this.receive(this.save(mine), 'storage');
  }

  /** `mine` merged over `theirs`, both grown from `base` (JSON text); a joined note is said. */
  #merge(base: string | undefined, mine: Profile, theirs: Profile): Profile {
    let common: Profile | undefined;
    try {
      common = base === undefined ? undefined : (JSON.parse(base) as Profile);
    } catch {
      /* no common version known: every answer counts as new on both sides */
    }
    // The validator's chunk carries the merge: it has run, since this store has a model (see parser-slot.ts).
    const { profile, joined } = loadedParser()!.mergeProfiles(common, mine, theirs);
    if (joined.length) {
      this.#joined = joined;
      this.warn(
        [
          issue(
            'warning',
            'storage',
            '',
            `answers changed at the same time elsewhere were merged; both notes were kept for ${joined.join(', ')}`,
          ),
        ],
        'storage',
        true,
      );
    }
    return profile;
  }

  /**
   * The saved answers for `model`, validated. Unreadable ones (another framework's on a shared key, a
   * damaged text) are kept aside with a warning; the newest kept copy that is valid for this framework is
   * brought back, else a new profile starts.
   */
  protected override restore(model: FrameworkModel): Profile | undefined {
    const text = (this.#base = this.readSaved());
    this.#savedAt = this.#persistence;
    this.#unreadable = undefined;
    const parse = this.options.parse;
    if (text === undefined || !parse) return undefined;
    const result = parse(text, model);
    if (result.ok) {
      this.warn(result.warnings, 'storage');
      this.#restored = text;
      return result.value;
    }
    // Keep what could not be read, so nothing is lost.
    const aside = this.keepAside('unreadable', text);
    const earlier = this.backups()
      .filter((b) => b.kind === 'unreadable' && b.text !== text)
      .map((b) => parse(b.text, model))
      .find((r) => r.ok);
    this.#unreadable = { text, keptAt: aside, errors: result.errors, earlierBack: !!earlier?.ok };
    const kept = aside ? `they were kept under the storage key "${aside}"` : 'they could not be kept';
    const first = result.errors[0];
    this.warn(
      [
        issue(
          'warning',
          'storage',
          first?.path ?? '',
          `the answers saved in this browser could not be used (${first?.message}); ${kept} and ${
            earlier
              ? 'the answers kept earlier for this framework were brought back'
              : 'a new profile was started'
          }`,
        ),
      ],
      'storage',
    );
    return earlier?.ok ? earlier.value : undefined;
  }

  /**
   * Saves the profile where the persistence says (removing it from where it was saved before), merged
   * with what storage holds when someone else saved there since this store's base; returns what it keeps.
   */
  protected override save(profile: Profile): Profile {
    const { mode, key } = this.#persistence;
    const before = this.#savedAt;
    if (before && (before.mode !== mode || before.key !== key)) {
      writeStored(before.mode, before.key, undefined);
      this.#base = undefined;
    }
    this.#savedAt = this.#persistence;
    if (mode === 'off' || !key) return profile;
    const stored = this.readSaved();
    let next = profile;
    if (stored !== undefined && stored !== this.#base) {
      const theirs = this.options.parse?.(stored, this.model);
      // Not this team's answers for this framework: kept aside, never overwritten silently.
      if (!theirs?.ok || theirs.value.team !== profile.team) this.keepAside('unreadable', stored);
      else next = this.#merge(this.#base, profile, theirs.value);
    }
    const text = serializeProfile(next);
    this.#base = stored;
    if (text !== stored) {
      const failed = writeStored(mode, key, text);
      this.#unsaved = failed?.why;
      if (failed) {
        this.warn([failed.warning], 'storage');
        return next;
      }
      for (const peer of live)
        if (peer !== this && peer.#persistence.mode === mode && peer.#persistence.key === key)
          queueMicrotask(() => peer.#incoming(stored, text));
    } else this.#unsaved = undefined;
    this.#base = text;
    return next;
  }
}
