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
import { parseProfile } from '../../framework/parse.js';
import { emptyProfile, serializeProfile, withRating } from '../../framework/profile.js';
import type { Profile } from '../../framework/schema.js';
import { strings, type Strings } from '../../i18n/index.js';
import {
  BpErrorEvent,
  BpProfileChangeEvent,
  BpWarningEvent,
  type BpRatingChangeEvent,
  type IssueSource,
} from '../../internal/events.js';
import { inheritedLang, onDocumentLangChange } from '../../internal/locale.js';
import { renderErrors, renderFrameworkState } from '../../internal/status.js';
import { readStored, writeStored, type PersistMode } from '../../internal/storage.js';
import { styles } from './blueprint-provider.styles.js';

/** The storage key of a framework's profile: one saved profile per framework id. */
export const storageKeyFor = (frameworkId: string) => `blueprint-widgets:profile:${frameworkId}`;

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
 * @cssprop --bp-font-family - Font of the provider's own messages (and, inherited, of the widgets).
 * @cssprop --bp-color-text - Text color.
 * @cssprop --bp-color-error - Border and heading color of the error box.
 * @cssprop --bp-status-min-height - Space reserved for the loading line.
 * @cssprop --bp-status-delay - How long loading may take before the loading line appears (default 400ms).
 *
 * @fires {BpLoadEvent} bp-load - The framework loaded. `detail: { framework, model, warnings }`.
 * @fires {BpErrorEvent} bp-error - The framework or a profile was refused. `detail: { errors: { path, message }[], source }`.
 * @fires {BpWarningEvent} bp-warning - Something is off but nothing was refused (storage unavailable, another framework version). `detail: { warnings, source }`.
 * @fires {BpProfileChangeEvent} bp-profile-change - The shared profile changed. `detail: { profile }`.
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

  /** Where the team's answers are saved: `local` (default, survives a reload), `session`, or `off`. */
  @property({ reflect: true }) persist: PersistMode = 'local';

  /** Problems with a profile given by the page, an import or storage that refused it. */
  @state() private profileErrors: readonly Issue[] = [];

  #profile: Profile | undefined;
  /** A profile set from code, applied once the framework is ready. */
  #requested: Profile | object | string | undefined;
  #model: FrameworkModel | undefined;
  #warned = new Set<string>();
  #unlisten?: () => void;

  constructor() {
    super();
    this.addEventListener('bp-rating-change', (e: BpRatingChangeEvent) => this.#onRatingChange(e));
  }

  /**
   * The team's profile. Setting it (an object or JSON text) validates it against the framework once
   * loaded: a valid profile replaces the current one and is saved; an invalid one is refused with
   * `bp-error` and the error part, and the current answers stay. Setting `undefined` starts afresh.
   */
  @property({ attribute: false })
  get profile(): Profile | undefined {
    return this.#profile;
  }
  set profile(value: Profile | undefined) {
    if (value === undefined) {
      this.#requested = undefined;
      if (this.#model) this.#apply(emptyProfile(this.#model));
      return;
    }
    this.#requested = value;
    this.requestUpdate('profile');
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
    const result = parseProfile(input, this.#model);
    if (!result.ok) {
      this.#refuse(result.errors, 'import');
      return result;
    }
    this.#warn(result.warnings, 'import');
    this.#apply(result.value);
    return result;
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  resetProfile(): void {
    this.profile = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlisten = onDocumentLangChange(() => this.requestUpdate());
    window.addEventListener('storage', this.#onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    window.removeEventListener('storage', this.#onStorage);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#source.sync({ framework: this.framework, src: this.src });
    const state = this.#source.state;
    this.#frameworkProvider.setValue(state);
    this.#localeProvider.setValue(this.#locale);
    // Custom states (:state(ready)) are a styling hook; browsers without them (Safari < 17.4) just lack it.
    const states = this.#internals.states as CustomStateSet | undefined;
    if (states) {
      for (const s of ['idle', 'loading', 'ready', 'error']) states.delete(s);
      states.add(state.status);
    }

    if (state.model !== this.#model) {
      this.#model = state.model;
      this.profileErrors = [];
      if (state.model) this.#restore(state.model);
      else this.#setProfile(undefined);
    } else if (changed.has('profile') && this.#requested !== undefined && this.#model) {
      this.#applyRequested(this.#model);
    }
    if (changed.has('persist') && changed.get('persist') !== undefined && this.#profile)
      this.#save(this.#profile);
  }

  get #locale(): string | undefined {
    return (
      this.getAttribute('lang') || inheritedLang(this.parentNode) || this.#model?.defaultLocale || undefined
    );
  }

  get #strings(): Strings {
    return strings(this.#locale);
  }

  get #storageKey(): string | undefined {
    return this.#model && storageKeyFor(this.#model.id);
  }

  /** A new framework is ready: take the profile the page asked for, else the saved one, else a new one. */
  #restore(model: FrameworkModel) {
    if (this.#requested !== undefined && this.#applyRequested(model)) return;
    const key = storageKeyFor(model.id);
    const stored = readStored(this.persist, key);
    if (stored.warning) this.#warn([stored.warning], 'storage');
    if (stored.text !== undefined) {
      const result = parseProfile(stored.text, model);
      if (result.ok) {
        this.#warn(result.warnings, 'storage');
        this.#setProfile(result.value);
        return;
      }
      // Keep what could not be read, so nothing is lost, and start afresh.
      const backup = `${key}:unreadable`;
      const failed = writeStored(this.persist, backup, stored.text);
      this.#warn(
        [
          issue(
            'warning',
            'storage',
            result.errors[0]?.path ?? '',
            `the answers saved in this browser could not be used (${result.errors[0]?.message}); ` +
              (failed
                ? 'a new profile was started'
                : `they were kept under the storage key "${backup}" and a new profile was started`),
          ),
        ],
        'storage',
      );
    }
    this.#setProfile(emptyProfile(model));
  }

  /** Validates the profile the page set; returns whether it was applied. */
  #applyRequested(model: FrameworkModel): boolean {
    const requested = this.#requested;
    this.#requested = undefined;
    const result = parseProfile(requested, model);
    if (!result.ok) {
      this.#refuse(result.errors, 'profile');
      return false;
    }
    this.#warn(result.warnings, 'profile');
    this.#apply(result.value);
    return true;
  }

  #onRatingChange(e: BpRatingChangeEvent) {
    const model = this.#model;
    const profile = this.#profile;
    // Only answers to this provider's framework, from widgets that use the shared profile.
    if (!model || !profile || e.ownProfile || e.detail.profile.frameworkId !== model.id) return;
    // Apply the answer itself to the current profile, so answers from several widgets never overwrite each other.
    const { capacityId, rating } = e.detail;
    const result = parseProfile(withRating(profile, capacityId, rating), model);
    if (result.ok) this.#apply(result.value);
    else this.#refuse(result.errors, 'profile');
  }

  #onStorage = (e: StorageEvent) => {
    // Another tab of this site changed the saved answers: follow it.
    if (!this.#model || e.key !== this.#storageKey || e.newValue === null || this.persist === 'off') return;
    if ((this.persist === 'local') !== (e.storageArea === window.localStorage)) return;
    const result = parseProfile(e.newValue, this.#model);
    if (result.ok) this.#setProfile(result.value);
  };

  /** Makes `profile` the shared profile, saves it, and announces it. */
  #apply(profile: Profile) {
    this.profileErrors = [];
    this.#setProfile(profile);
    this.#save(profile);
  }

  #setProfile(profile: Profile | undefined) {
    if (profile === this.#profile) return;
    this.#profile = profile;
    this.#profileProvider.setValue(profile);
    this.requestUpdate();
    if (profile) this.dispatchEvent(new BpProfileChangeEvent({ profile }));
  }

  #save(profile: Profile) {
    const key = this.#storageKey;
    if (!key) return;
    const warning = writeStored(this.persist, key, serializeProfile(profile));
    if (warning) this.#warn([warning], 'storage');
  }

  #refuse(errors: readonly Issue[], source: IssueSource) {
    this.profileErrors = errors;
    this.dispatchEvent(new BpErrorEvent({ errors, source }));
  }

  /** Announces warnings once each (a full storage would otherwise warn at every click). */
  #warn(warnings: readonly Issue[], source: IssueSource) {
    const fresh = warnings.filter((w) => {
      const key = `${source}\0${w.path}\0${w.message}`;
      return this.#warned.has(key) ? false : (this.#warned.add(key), true);
    });
    if (!fresh.length) return;
    for (const w of fresh) console.warn(`blueprint-widgets: ${w.path ? w.path + ': ' : ''}${w.message}`);
    this.dispatchEvent(new BpWarningEvent({ warnings: fresh, source }));
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
