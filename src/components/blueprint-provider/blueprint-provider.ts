import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrameworkSource, type FrameworkInput } from '../../context/framework-source.js';
import {
  frameworkContext,
  IDLE,
  localeContext,
  profileContext,
  type FrameworkState,
} from '../../context/keys.js';
import { issue, type Issue, type ParseResult } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import * as validatorModule from '../../framework/parse.js';
import { registerValidator } from '../../context/validator.js';
import { applyEdit, emptyProfile, serializeProfile, withRating } from '../../framework/profile.js';
import { profileTextFromFragment, SHARE_PARAM } from '../../framework/report.js';
import type { Profile } from '../../framework/schema.js';
import { strings, type Strings } from '../../i18n/index.js';
import {
  BpErrorEvent,
  BpProfileChangeEvent,
  BpWarningEvent,
  type BpProfileEditEvent,
  type BpRatingChangeEvent,
  type IssueSource,
  type ProfileChangeReason,
} from '../../internal/events.js';
import { inheritedLang, onDocumentLangChange } from '../../internal/locale.js';
import { renderErrors, renderFrameworkState } from '../../internal/status.js';
import { readStored, writeStored, type PersistMode } from '../../internal/storage.js';
import { styles } from './blueprint-provider.styles.js';

// The provider validates everything it shares, so it carries the validator and lends it to the widgets.
registerValidator(validatorModule);

/** The storage key of a framework's profile: one saved profile per framework id (see `storage-key`). */
export const storageKeyFor = (frameworkId: string) => `blueprint-widgets:profile:${frameworkId}`;

const PERSIST_MODES: readonly PersistMode[] = ['local', 'session', 'off'];

/**
 * Loads one framework and one team profile and shares them, with the locale, with every widget inside
 * it. Rating a capacity in any widget updates the shared profile, so every other widget follows. The
 * profile is saved in the browser (keyed by framework id) unless `persist="off"`; it never leaves the
 * browser unless the page asks for it (`profile`, `exportProfile()`).
 *
 * @tagname blueprint-provider
 * @summary Loads a framework and a team profile once and shares them with the widgets inside.
 *
 * @slot - The widgets, and any other content of the page.
 *
 * @csspart base - The wrapper around the status, errors and slotted content.
 * @csspart status - The loading or waiting line (fades in after a short delay, in reserved space).
 * @csspart error - The box listing what failed and where (`role="alert"`).
 *
 * @cssprop --bp-color-scheme - The widgets' color scheme: `light dark` follows the reader's system, `light` or `dark` fixes it. The `theme` attribute sets it for every widget inside.
 * @cssprop --bp-font-family - Font of the provider's own messages (and, inherited, of the widgets).
 * @cssprop --bp-font-family-mono - Font of code (JSON Pointers) in the error box.
 * @cssprop --bp-font-size - Base font size of the messages.
 * @cssprop --bp-line-height - Line height of the messages.
 * @cssprop --bp-color-text - Text color of the error box.
 * @cssprop --bp-color-text-muted - The loading line.
 * @cssprop --bp-color-background - Background of the loading line: none in the light scheme, the surface color in the dark scheme.
 * @cssprop --bp-color-surface - The dark scheme's default background of the loading line.
 * @cssprop --bp-color-error - Border and heading color of the error box.
 * @cssprop --bp-color-error-surface - Background of the error box.
 * @cssprop --bp-radius - Corner radius of the error box.
 * @cssprop --bp-space - Padding of the messages.
 * @cssprop --bp-motion-duration - The loading line's fade-in.
 * @cssprop --bp-status-min-height - Space reserved for the loading line.
 * @cssprop --bp-status-delay - How long loading may take before the loading line appears.
 *
 * @fires {BpLoadEvent} bp-load - The framework loaded. `detail: { framework, model, warnings }`.
 * @fires {BpErrorEvent} bp-error - The framework or a profile was refused. `detail: { errors: { path, message }[], source }`.
 * @fires {BpWarningEvent} bp-warning - Something is off but nothing was refused (storage unavailable, another framework version). `detail: { warnings, source }`.
 * @fires {BpProfileChangeEvent} bp-profile-change - The shared profile changed. `detail: { profile, reason }`, reason one of `restore` (the framework loaded: saved answers, or a new profile), `rating`, `import`, `set`, `storage` (another tab), `reset`, `snapshot`, `priorities`, `link` (a share link).
 */
export class BlueprintProvider extends LitElement {
  static override styles = styles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  readonly #source = new FrameworkSource(this, { consume: false });
  readonly #frameworkProvider = new ContextProvider(this, { context: frameworkContext, initialValue: IDLE });
  readonly #profileProvider = new ContextProvider(this, { context: profileContext });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #internals = this.attachInternals();

  /** URL of the framework JSON document to load. */
  @property({ reflect: true }) src?: string;

  /** The framework as an object, JSON text or a FrameworkModel. Wins over `src` and inline JSON. */
  @property({ attribute: false }) framework?: FrameworkInput;

  /**
   * Where the team's answers are saved: `local` (default, survives a reload), `session` (until the tab
   * closes), or `off`. Any other value counts as `off`, with a warning. Switching moves the saved answers.
   */
  @property({ reflect: true }) persist: PersistMode = 'local';

  /**
   * The storage key of the saved answers. Defaults to one per framework id; give each provider its own
   * key when one page (or one browser) holds several teams' answers for the same framework.
   */
  @property({ attribute: 'storage-key', reflect: true }) storageKey?: string;

  /**
   * Read the team's profile from a share link: a URL fragment `#bp-profile=…` (made by the report's "Copy a
   * share link"), when the framework loads and whenever the fragment changes. It wins over the saved
   * answers; a profile that is not valid for this framework is refused with `bp-error` (source `link`).
   */
  @property({ attribute: 'profile-from-hash', type: Boolean, reflect: true }) profileFromHash = false;

  /**
   * The color scheme of every widget inside: `light` or `dark` (the partner's own content keeps the page's).
   * Unset, the widgets follow `--bp-color-scheme`, else the reader's system setting (prefers-color-scheme).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Problems with a profile given by the page, an import or storage that refused it. */
  @state() private profileErrors: readonly Issue[] = [];

  #profile: Profile | undefined;
  /** A profile set from code before the framework loaded, applied once it is ready. */
  #requested: unknown;
  #model: FrameworkModel | undefined;
  /** Where the current answers were last saved, so a new `persist` or `storage-key` can move them. */
  #savedAt: { mode: PersistMode; key: string } | undefined;
  #warned = new Set<string>();
  #unlisten?: () => void;

  constructor() {
    super();
    this.addEventListener('bp-rating-change', (e: BpRatingChangeEvent) => this.#onRatingChange(e));
    this.addEventListener('bp-profile-edit', (e: BpProfileEditEvent) => this.#onProfileEdit(e));
  }

  /**
   * The team's profile. Setting it (an object or JSON text) validates it against the framework: a valid
   * profile replaces the current one at once and is saved; an invalid one is refused with `bp-error` and
   * the error part, and the current answers stay. Set before the framework loads, it is applied when it
   * does. Setting `undefined` only cancels such a pending profile; `resetProfile()` erases answers.
   */
  @property({ attribute: false })
  get profile(): Profile | undefined {
    return this.#profile;
  }
  set profile(value: Profile | undefined) {
    if (value === undefined || value === this.#profile) {
      this.#requested = undefined;
      return;
    }
    if (this.#model) this.#applyInput(value, 'profile', 'set');
    else this.#requested = value;
  }

  /** The loaded framework's model, once ready. */
  get model(): FrameworkModel | undefined {
    return this.#model;
  }

  /** The framework's loading state. */
  get frameworkState(): FrameworkState {
    return this.#source.state;
  }

  /** The profile as JSON text, exactly re-importable with `importProfile`. Undefined before the framework loads. */
  exportProfile(): string | undefined {
    return this.#profile && serializeProfile(this.#profile);
  }

  /**
   * Validates a profile (JSON text or an object) against the loaded framework and, when valid, makes it
   * the shared profile. Returns every error and warning; never throws.
   */
  importProfile(input: string | object): ParseResult<Profile> {
    if (!this.#model) {
      const error = issue(
        'error',
        'load',
        '',
        'the framework is not loaded yet, so no profile can be imported',
      );
      this.#refuse([error], 'import');
      return { ok: false, errors: [error], warnings: [] };
    }
    return this.#applyInput(input, 'import', 'import');
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  resetProfile(): void {
    this.#requested = undefined;
    if (this.#model) this.#apply(emptyProfile(this.#model), 'reset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlisten = onDocumentLangChange(() => this.requestUpdate());
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persist') && !PERSIST_MODES.includes(this.persist)) {
      this.#warn(
        [
          issue(
            'warning',
            'storage',
            '',
            `persist="${String(this.persist)}" is not local, session or off; answers are not saved`,
          ),
        ],
        'storage',
      );
    }
    this.#source.sync({ framework: this.framework, src: this.src });
    const state = this.#source.state;
    this.#frameworkProvider.setValue(state);
    this.#setStates(state.status);

    if (state.model !== this.#model) {
      this.#model = state.model;
      this.profileErrors = [];
      this.#savedAt = undefined;
      if (state.model) this.#restore(state.model);
      else this.#setProfile(undefined, 'restore');
    } else if ((changed.has('persist') || changed.has('storageKey')) && this.#profile) {
      this.#save(this.#profile);
    }
    this.#localeProvider.setValue(this.#locale);
  }

  /** Custom states (`:state(ready)`) are a styling hook; where a browser lacks them or refuses plain names, skip it. */
  #setStates(status: string) {
    try {
      const states = this.#internals.states as CustomStateSet | undefined;
      if (!states) return;
      for (const s of ['idle', 'loading', 'ready', 'error']) states.delete(s);
      states.add(status);
    } catch {
      /* Chromium 90–124 accepted only "--name" states; the hook is optional, rendering is not. */
    }
  }

  get #locale(): string | undefined {
    return inheritedLang(this) || this.#model?.defaultLocale || undefined;
  }

  get #strings(): Strings {
    return strings(this.#locale);
  }

  get #mode(): PersistMode {
    return PERSIST_MODES.includes(this.persist) ? this.persist : 'off';
  }

  get #storageKey(): string | undefined {
    return this.storageKey || (this.#model && storageKeyFor(this.#model.id));
  }

  /** A new framework is ready: take the profile the page asked for, else the saved one, else a new one. */
  #restore(model: FrameworkModel) {
    if (this.#requested !== undefined) {
      const requested = this.#requested;
      this.#requested = undefined;
      if (this.#applyInput(requested, 'profile', 'restore').ok) return;
    }
    if (this.#fromLink()) return;
    const key = this.#storageKey!;
    const stored = readStored(this.#mode, key);
    if (stored.warning) this.#warn([stored.warning], 'storage');
    if (stored.text !== undefined) {
      const result = validatorModule.parseProfile(stored.text, model);
      if (result.ok) {
        this.#warn(result.warnings, 'storage');
        this.#savedAt = { mode: this.#mode, key };
        this.#setProfile(result.value, 'restore');
        return;
      }
      // Keep what could not be read, so nothing is lost, and start afresh.
      const backup = `${key}:unreadable`;
      const failed = writeStored(this.#mode, backup, stored.text);
      const kept = failed
        ? 'a new profile was started'
        : `they were kept under the storage key "${backup}" and a new profile was started`;
      const first = result.errors[0];
      this.#warn(
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
    }
    this.#setProfile(emptyProfile(model), 'restore');
  }

  /** Validates a profile given from outside and applies it, or refuses it with errors. */
  #applyInput(input: unknown, source: IssueSource, reason: ProfileChangeReason): ParseResult<Profile> {
    const result = validatorModule.parseProfile(input, this.#model);
    if (!result.ok) {
      this.#refuse(result.errors, source);
      return result;
    }
    this.#warn(result.warnings, source);
    this.#apply(result.value, reason);
    return result;
  }

  #onRatingChange(e: BpRatingChangeEvent) {
    const model = this.#model;
    const profile = this.#profile;
    // Only answers to this provider's framework, from widgets that use the shared profile, once (nested providers).
    if (!model || !profile || e.ownProfile || e.handled || e.detail.profile.frameworkId !== model.id) return;
    e.handled = true;
    // Apply the answer itself to the current profile, so answers from several widgets never overwrite each other.
    const { capacityId, rating } = e.detail;
    const result = validatorModule.parseProfile(withRating(profile, capacityId, rating), model);
    if (result.ok) this.#apply(result.value, 'rating');
    else this.#refuse(result.errors, 'profile');
  }

  /** Applies the profile of a share link in the URL fragment, if asked to and there is one. */
  #fromLink(): boolean {
    if (!this.profileFromHash || !this.#model) return false;
    const text = profileTextFromFragment(window.location.hash);
    if (text === undefined) {
      if (window.location.hash.includes(`${SHARE_PARAM}=`))
        this.#refuse(
          [issue('error', 'json', '', 'the share link is damaged: its profile could not be read')],
          'link',
        );
      return false;
    }
    const key = this.#storageKey;
    const before = key ? readStored(this.#mode, key).text : undefined;
    if (!this.#applyInput(text, 'link', 'link').ok) return false;
    // Never lose the answers this browser had: opening a teammate's link keeps them aside.
    if (key && before !== undefined && before !== serializeProfile(this.#profile!)) {
      const aside = `${key}:before-link`;
      const failed = writeStored(this.#mode, aside, before);
      this.#warn(
        [
          issue(
            'warning',
            'storage',
            '',
            failed
              ? 'the answers saved in this browser were replaced by the share link’s, and could not be kept aside'
              : `the answers saved in this browser were replaced by the share link’s; they were kept under the storage key "${aside}"`,
          ),
        ],
        'link',
      );
    }
    return true;
  }

  #onHashChange = () => {
    this.#fromLink();
  };

  #onProfileEdit(e: BpProfileEditEvent) {
    const model = this.#model;
    const profile = this.#profile;
    if (!model || !profile || e.ownProfile || e.handled || e.detail.profile.frameworkId !== model.id) return;
    e.handled = true;
    const { edit } = e.detail;
    const result = validatorModule.parseProfile(applyEdit(profile, edit), model);
    if (result.ok) this.#apply(result.value, edit.kind);
    else this.#refuse(result.errors, 'profile');
  }

  #onStorage = (e: StorageEvent) => {
    // Another tab of this site saved answers under this key: follow it, unless it is another team's.
    const mode = this.#mode;
    if (!this.#model || mode === 'off' || e.key !== this.#storageKey || e.newValue === null) return;
    if ((mode === 'local') !== (e.storageArea === window.localStorage)) return;
    const result = validatorModule.parseProfile(e.newValue, this.#model);
    if (result.ok && result.value.team === this.#profile?.team) this.#setProfile(result.value, 'storage');
  };

  /** Makes `profile` the shared profile, saves it, and announces it. */
  #apply(profile: Profile, reason: ProfileChangeReason) {
    this.profileErrors = [];
    this.#setProfile(profile, reason);
    this.#save(profile);
  }

  #setProfile(profile: Profile | undefined, reason: ProfileChangeReason) {
    if (profile === this.#profile) return;
    this.#profile = profile;
    this.#profileProvider.setValue(profile);
    this.requestUpdate();
    if (profile) this.#dispatchAfterUpdate(new BpProfileChangeEvent({ profile, reason }));
  }

  /** Saves the profile where `persist` and the key say, and removes it from where it was saved before. */
  #save(profile: Profile) {
    const key = this.#storageKey;
    if (!key) return;
    const mode = this.#mode;
    const before = this.#savedAt;
    if (before && (before.mode !== mode || before.key !== key))
      writeStored(before.mode, before.key, undefined);
    const warning = writeStored(mode, key, serializeProfile(profile));
    this.#savedAt = { mode, key };
    if (warning) this.#warn([warning], 'storage');
  }

  #refuse(errors: readonly Issue[], source: IssueSource) {
    this.profileErrors = errors;
    this.#dispatchAfterUpdate(new BpErrorEvent({ errors, source }));
  }

  /** Announces warnings once each (a full storage would otherwise warn at every click). */
  #warn(warnings: readonly Issue[], source: IssueSource) {
    const fresh = warnings.filter((w) => {
      const key = `${source}\0${w.path}\0${w.message}`;
      return this.#warned.has(key) ? false : (this.#warned.add(key), true);
    });
    if (!fresh.length) return;
    for (const w of fresh) console.warn(`blueprint-widgets: ${w.path ? w.path + ': ' : ''}${w.message}`);
    this.#dispatchAfterUpdate(new BpWarningEvent({ warnings: fresh, source }));
  }

  /**
   * Events wait for the render they describe: listeners then see the element updated, and a listener
   * that sets a property (even from inside this element's update) schedules a new update rather than
   * being lost.
   */
  #dispatchAfterUpdate(event: Event) {
    void this.updateComplete.then(
      () => this.dispatchEvent(event),
      () => this.dispatchEvent(event),
    );
  }

  protected override render() {
    const t = this.#strings;
    return html`<div part="base" class="base">
      ${renderFrameworkState(this.#source.state, t) ?? nothing}
      ${this.profileErrors.length ? renderErrors(t.profileRefused, this.profileErrors, t) : nothing}
      <slot></slot>
    </div>`;
  }
}
