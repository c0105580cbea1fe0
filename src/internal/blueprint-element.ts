import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localeContext, profileContext, type FrameworkState } from '../context/keys.js';
import { FrameworkSource, type FrameworkInput } from '../context/framework-source.js';
import { absoluteUrl, fetchText } from '../context/loader.js';
import type { Issue, ParseResult } from '../framework/issues.js';
import { loadValidator, validator } from '../context/validator.js';
import type { FrameworkModel } from '../framework/model.js';
import { applyEdit, emptyProfile, withRating, type ProfileEdit } from '../framework/profile.js';
import type { Profile, Rating } from '../framework/schema.js';
import { strings, type Strings } from '../i18n/index.js';
import { BpErrorEvent, BpProfileEditEvent, BpRatingChangeEvent } from './events.js';
import { inheritedLang, onDocumentLangChange } from './locale.js';
import { renderErrors, renderFrameworkState } from './status.js';
import { hostStyles, statusStyles } from './styles.js';

interface ProfileLoad {
  readonly url: string;
  readonly abort: AbortController;
  /** The fetched text, or the errors of a failed fetch (one array, so it is announced once). */
  fetched?: { text: string } | { errors: readonly Issue[] };
}

/**
 * The base of every widget: the three framework inputs (`src`, the `framework` property, an inline
 * JSON script) with the provider's context as the fallback, the team's profile (the `profile` property,
 * else the provider's), the locale, and the loading / error states. Subclasses render from `model`,
 * `currentProfile` and `locale`, and report a person's answer with `commitRating`.
 *
 * The tokens every widget reads (defaults: src/internal/styles.ts, THEME_TOKENS; colors have a light and a
 * dark default, picked by the color scheme). Each element lists the ones it adds.
 *
 * @cssprop --bp-color-scheme - `light dark` (default: follow the reader's system), `light` or `dark`. The `theme` attribute sets it for the element and everything inside it.
 * @cssprop --bp-font-family - Font family.
 * @cssprop --bp-font-family-mono - Font of code (JSON Pointers) in error messages.
 * @cssprop --bp-font-size - Base font size (default 1rem).
 * @cssprop --bp-line-height - Base line height (default 1.5).
 * @cssprop --bp-color-text - Text color.
 * @cssprop --bp-color-text-muted - Secondary text: hints, counts, the loading line.
 * @cssprop --bp-color-background - The element's own background: none in the light scheme, the surface color in the dark scheme (so light text never lands on a light page).
 * @cssprop --bp-color-error - Border and heading of the error box.
 * @cssprop --bp-color-error-surface - Background of the error box.
 * @cssprop --bp-radius - Corner radius (default 6px).
 * @cssprop --bp-space - The base spacing unit (default 0.75rem); gaps, padding and section margins are multiples of it (×0.5 to ×2).
 * @cssprop --bp-motion-duration - How long changes animate (default 300ms); 0ms, or prefers-reduced-motion, makes them instant.
 * @cssprop --bp-status-min-height - Space reserved for the loading line (default 3rem).
 * @cssprop --bp-status-delay - How long loading may take before the loading line appears (default 400ms).
 *
 * @fires {BpLoadEvent} bp-load - On its own (a `src`, `framework` or inline JSON of its own, not a provider's): the framework loaded. `detail: { framework, model, warnings }`.
 */
export abstract class BlueprintElement extends LitElement {
  static override styles = [hostStyles, statusStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a framework JSON document to load (fetched once per page, however many elements use it). */
  @property({ reflect: true }) src?: string;

  /** The framework as an object, JSON text or a FrameworkModel. Wins over `src` and inline JSON. */
  @property({ attribute: false }) framework?: FrameworkInput;

  /**
   * The team's profile. When unset, the widget uses its provider's profile. Answers made in a widget
   * without a provider update this property.
   */
  @property({ attribute: false }) profile?: Profile;

  /**
   * URL of a team profile JSON document to show, validated against the framework. The `profile`
   * property wins over it; answers made in the widget go to `profile`.
   */
  @property({ attribute: 'profile-src', reflect: true }) profileSrc?: string;

  /**
   * The color scheme of this element and of every widget inside it: `light` or `dark`. Unset, it follows
   * an ancestor's `theme` or `--bp-color-scheme`, else the reader's system setting (prefers-color-scheme).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly source = new FrameworkSource(this, { consume: true });
  readonly #profileContext = new ContextConsumer(this, { context: profileContext, subscribe: true });
  readonly #localeContext = new ContextConsumer(this, { context: localeContext, subscribe: true });
  #unlisten?: () => void;
  /** The profile-src load: its URL, and its text or error once fetched. */
  #profileLoad?: ProfileLoad;
  /** The loaded profile validated against a model (kept until the text or the model changes). */
  #profileResult?: { text: string; model: FrameworkModel; result: ParseResult<Profile> };
  /** The `profile` property validated against a model (kept until either changes). */
  #ownResult?: { input: unknown; model: FrameworkModel; result: ParseResult<Profile> };
  #announcedProfileErrors?: readonly Issue[];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlisten = onDocumentLangChange(() => this.requestUpdate());
    // Moved while its profile-src was loading: that load was dropped, so start it again.
    if (this.profileSrc && !this.#profileLoad) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    // Out of its provider, the widget must not keep the provider's profile or language; a provider it
    // is reconnected into answers again at once.
    this.#profileContext.value = undefined;
    this.#localeContext.value = undefined;
    if (this.#profileLoad && !this.#profileLoad.fetched) {
      this.#profileLoad.abort.abort();
      this.#profileLoad = undefined;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The framework's loading state (own input, else the provider's). */
  protected get frameworkState(): FrameworkState {
    return this.source.state;
  }

  /** The framework model, once loaded. */
  protected get model(): FrameworkModel | undefined {
    return this.source.model;
  }

  /**
   * The profile to show: the `profile` property, else the one loaded from `profile-src`, else the
   * provider's when it answers this framework.
   */
  protected get currentProfile(): Profile | undefined {
    if (this.profile !== undefined) {
      const own = this.#ownProfile;
      return own?.ok ? own.value : undefined;
    }
    const loaded = this.#loadedProfile;
    if (loaded?.ok) return loaded.value;
    const shared = this.#profileContext.value;
    return shared && shared.frameworkId === this.model?.id ? shared : undefined;
  }

  /** True inside a provider that shares a profile for this element's framework. */
  protected get hasSharedProfile(): boolean {
    if (this.profile !== undefined || this.#loadedProfile?.ok) return false;
    const shared = this.#profileContext.value;
    return shared !== undefined && shared.frameworkId === this.model?.id;
  }

  /** Errors of the profile given to this widget (the `profile` property, else `profile-src`), if any. */
  protected get profileErrors(): readonly Issue[] {
    if (this.profile !== undefined) {
      const own = this.#ownProfile;
      return own && !own.ok ? own.errors : [];
    }
    const loaded = this.#loadedProfile;
    if (loaded && !loaded.ok) return loaded.errors;
    const fetched = this.#profileLoad?.fetched;
    return fetched && 'errors' in fetched ? fetched.errors : [];
  }

  /**
   * The `profile` property validated against the model (memoized): a profile for another framework, or
   * one that is not a profile at all, is refused with located errors rather than drawn.
   */
  get #ownProfile(): ParseResult<Profile> | undefined {
    const model = this.model;
    if (this.profile === undefined || !model) return undefined;
    const memo = this.#ownResult;
    if (memo && memo.input === this.profile && memo.model === model) return memo.result;
    const parse = this.#validator();
    if (!parse) return undefined;
    const result = parse.parseProfile(this.profile, model);
    this.#ownResult = { input: this.profile, model, result };
    return result;
  }

  /** The `profile-src` document validated against the current model, memoized. */
  get #loadedProfile(): ParseResult<Profile> | undefined {
    const fetched = this.#profileLoad?.fetched;
    const model = this.model;
    if (!fetched || !('text' in fetched) || !model) return undefined;
    const memo = this.#profileResult;
    if (memo && memo.text === fetched.text && memo.model === model) return memo.result;
    const parse = this.#validator();
    if (!parse) return undefined;
    const result = parse.parseProfile(fetched.text, model);
    this.#profileResult = { text: fetched.text, model, result };
    return result;
  }

  /** The validator, or undefined while it loads (the element renders again when it is here). */
  #validator() {
    const parse = validator();
    if (!parse) void loadValidator().then(() => this.requestUpdate());
    return parse;
  }

  #syncProfileSrc() {
    const url = this.profileSrc ? (absoluteUrl(this.profileSrc) ?? this.profileSrc) : undefined;
    if (this.#profileLoad?.url === url) return;
    this.#profileLoad?.abort.abort();
    this.#profileLoad = undefined;
    if (!url) return;
    const load: ProfileLoad = { url, abort: new AbortController() };
    this.#profileLoad = load;
    fetchText(url, load.abort.signal).then(
      (fetched) => {
        if (this.#profileLoad !== load) return;
        load.fetched = 'error' in fetched ? { errors: [fetched.error] } : fetched;
        this.requestUpdate();
      },
      () => {
        /* aborted: the URL changed or the element left the page */
      },
    );
  }

  /**
   * The language to show: the element's `lang`, else the nearest ancestor's (crossing shadow roots, so a
   * provider's `lang` counts), else the provider's locale, else the framework's default. The provider's
   * context also re-renders the widget when the provider's language changes.
   */
  protected get locale(): string | undefined {
    return inheritedLang(this) || this.#localeContext.value || this.model?.defaultLocale;
  }

  /** The library's UI strings in the current locale. */
  protected get strings(): Strings {
    return strings(this.locale);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source.sync({ framework: this.framework, src: this.src });
    this.#syncProfileSrc();
    const errors = this.profileErrors;
    if (errors.length && errors !== this.#announcedProfileErrors) {
      this.#announcedProfileErrors = errors;
      const source = this.profile === undefined ? (this.#profileLoad?.url ?? 'profile') : 'profile';
      void this.updateComplete.then(() => this.dispatchEvent(new BpErrorEvent({ errors, source })));
    }
  }

  #announcedViewErrors = '';

  /**
   * Fires `bp-error` for a problem with the element's own attributes (an unknown `group` id, say) when it
   * differs from the last one announced; `undefined` (no problem) resets it. Call from `updated`, with the
   * errors the render just showed, so each problem is announced once, after it is visible.
   */
  protected announceViewErrors(errors: readonly Issue[] | undefined, source = 'property'): void {
    const key = errors?.length ? errors.map((e) => `${e.path} ${e.message}`).join('\n') : '';
    if (key === this.#announcedViewErrors) return;
    this.#announcedViewErrors = key;
    if (errors?.length) this.dispatchEvent(new BpErrorEvent({ errors, source }));
  }

  /** The waiting / loading / error view, or undefined when the framework is ready. */
  protected renderFrameworkState(): TemplateResult | undefined {
    // Inside a provider, the provider announces loading and errors; the widget only keeps its place.
    return renderFrameworkState(this.frameworkState, this.strings, this.source.fromContext);
  }

  /** The error box for a `profile-src` that failed, or undefined. Render it above the content. */
  protected renderProfileErrors(): TemplateResult | undefined {
    const errors = this.profileErrors;
    return errors.length ? renderErrors(this.strings.profileRefused, errors, this.strings) : undefined;
  }

  /**
   * Records a person's answer: a new profile with `rating` for `capacityId` (undefined un-answers it),
   * announced with `bp-rating-change`. A provider above applies it to the shared profile; a widget
   * without one keeps it in its own `profile` property.
   */
  protected commitRating(capacityId: string, rating: Rating | undefined): Profile | undefined {
    const model = this.model;
    if (!model) return undefined;
    const base = this.currentProfile ?? emptyProfile(model);
    const profile = withRating(base, capacityId, rating);
    // The provider's profile when the widget shares it; else the widget's own, which it keeps itself.
    const ownProfile = !this.hasSharedProfile;
    if (ownProfile) this.profile = profile;
    this.dispatchEvent(
      new BpRatingChangeEvent({ capacityId, rating: profile.ratings[capacityId], profile }, { ownProfile }),
    );
    return profile;
  }

  /**
   * Records a change other than an answer (a snapshot, the priorities), announced with `bp-profile-edit`:
   * applied by a provider above, or kept in the widget's own `profile`, as `commitRating` does.
   */
  protected commitEdit(edit: ProfileEdit): Profile | undefined {
    const model = this.model;
    if (!model) return undefined;
    const profile = applyEdit(this.currentProfile ?? emptyProfile(model), edit);
    const ownProfile = !this.hasSharedProfile;
    if (ownProfile) this.profile = profile;
    this.dispatchEvent(new BpProfileEditEvent({ edit, profile }, { ownProfile }));
    return profile;
  }
}
