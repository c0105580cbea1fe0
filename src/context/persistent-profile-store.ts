/**
 * The provider's store: a ProfileStore that also validates profiles given from outside (`set`: a
 * property, an import, a share link; refused ones are shown and announced, warnings once each), saves the answers in the browser (local or session
 * storage, under a key), restores them when the framework loads (keeping unreadable ones aside), moves them
 * when the key or the area changes, and follows another tab's save. Only the provider carries this code.
 */
import { BpErrorEvent } from '../events/bp-error.js';
import type { ProfileChangeReason } from '../events/bp-profile-change.js';
import { BpWarningEvent } from '../events/bp-warning.js';
import type { IssueSource } from '../events/init.js';
import { issue, type Issue, type ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { serializeProfile } from '../framework/profile.js';
import type { Profile } from '../framework/schema.js';
import { ProfileStore } from './profile-store.js';
import { readStored, writeStored, type PersistMode } from './storage.js';

export type { PersistMode };

/** Where and whether the store saves: `off`, or a storage area and a key. */
export interface Persistence {
  readonly mode: PersistMode;
  readonly key: string;
}

export class PersistentProfileStore extends ProfileStore {
  #persistence: Persistence = { mode: 'off', key: '' };
  #warned = new Set<string>();
  /** Where the current answers were last saved, so a new mode or key moves them. */
  #savedAt: Persistence | undefined;

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

  /** Announces warnings once each (a full storage would otherwise warn at every click). */
  warn(warnings: readonly Issue[], source: IssueSource): void {
    const fresh = warnings.filter((w) => {
      const key = `${source}\0${w.path}\0${w.message}`;
      return this.#warned.has(key) ? false : (this.#warned.add(key), true);
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

  override attach(model: FrameworkModel | undefined, initial?: Profile): void {
    if (model !== this.model) this.#savedAt = undefined;
    super.attach(model, initial);
  }

  /** Saves the current answers where `persistence` now says (and removes them from where they were). */
  saveNow(): void {
    if (this.profile) this.save(this.profile);
  }

  /** The text saved under the current key, if any. */
  readSaved(): string | undefined {
    const { mode, key } = this.#persistence;
    if (mode === 'off' || !key) return undefined;
    const stored = readStored(mode, key);
    if (stored.warning) this.warn([stored.warning], 'storage');
    return stored.text;
  }

  /** Keeps `text` beside the current key (answers that must not be lost); returns the key used, if saved. */
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
    const parse = this.options.parse;
    if (!this.model || !parse || mode === 'off' || e.key !== key || e.newValue === null) return;
    if ((mode === 'local') !== (e.storageArea === window.localStorage)) return;
    const result = parse(e.newValue, this.model);
    // Already saved by that tab: take it without saving it back.
    if (result.ok && result.value.team === this.profile?.team) this.receive(result.value, 'storage');
  }

  /** The saved answers for `model`, validated; unreadable ones are kept aside with a warning. */
  protected override restore(model: FrameworkModel): Profile | undefined {
    const text = this.readSaved();
    const parse = this.options.parse;
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
  protected override save(profile: Profile): void {
    const { mode, key } = this.#persistence;
    const before = this.#savedAt;
    if (before && (before.mode !== mode || before.key !== key))
      writeStored(before.mode, before.key, undefined);
    this.#savedAt = this.#persistence;
    if (mode === 'off' || !key) return;
    const warning = writeStored(mode, key, serializeProfile(profile));
    if (warning) this.warn([warning], 'storage');
  }
}
