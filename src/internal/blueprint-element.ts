import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localeContext, profileContext, type FrameworkState } from '../context/keys.js';
import { FrameworkSource, type FrameworkInput } from '../context/framework-source.js';
import { absoluteUrl, fetchText } from '../context/loader.js';
import type { Issue, ParseResult } from '../framework/issues.js';
import { parseProfile } from '../framework/parse.js';
import type { FrameworkModel } from '../framework/model.js';
import { emptyProfile, withRating } from '../framework/profile.js';
import type { Profile, Rating } from '../framework/schema.js';
import { strings, type Strings } from '../i18n/index.js';
import { BpErrorEvent, BpRatingChangeEvent } from './events.js';
import { inheritedLang, onDocumentLangChange } from './locale.js';
import { renderErrors, renderFrameworkState } from './status.js';
import { hostStyles, statusStyles } from './styles.js';

interface ProfileLoad {
  readonly url: string;
  readonly abort: AbortController;
  fetched?: { text: string } | { error: Issue };
}

/**
 * The base of every widget: the three framework inputs (`src`, the `framework` property, an inline
 * JSON script) with the provider's context as the fallback, the team's profile (the `profile` property,
 * else the provider's), the locale, and the loading / error states. Subclasses render from `model`,
 * `currentProfile` and `locale`, and report a person's answer with `commitRating`.
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

  protected readonly source = new FrameworkSource(this, { consume: true });
  readonly #profileContext = new ContextConsumer(this, { context: profileContext, subscribe: true });
  readonly #localeContext = new ContextConsumer(this, { context: localeContext, subscribe: true });
  #unlisten?: () => void;
  /** The profile-src load: its URL, and its text or error once fetched. */
  #profileLoad?: ProfileLoad;
  /** The loaded profile validated against a model (kept until the text or the model changes). */
  #profileResult?: { text: string; model: FrameworkModel; result: ParseResult<Profile> };
  #announcedProfileErrors?: readonly Issue[];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unlisten = onDocumentLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
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
    if (this.profile) return this.profile;
    const loaded = this.#loadedProfile;
    if (loaded?.ok) return loaded.value;
    const shared = this.#profileContext.value;
    return shared && shared.frameworkId === this.model?.id ? shared : undefined;
  }

  /** True inside a provider that shares a profile for this element's framework. */
  protected get hasSharedProfile(): boolean {
    return this.profile === undefined && !this.#loadedProfile?.ok && this.currentProfile !== undefined;
  }

  /** Errors of the `profile-src` document (fetch or validation), if any. */
  protected get profileErrors(): readonly Issue[] {
    const loaded = this.#loadedProfile;
    if (loaded && !loaded.ok) return loaded.errors;
    const fetched = this.#profileLoad?.fetched;
    return fetched && 'error' in fetched ? [fetched.error] : [];
  }

  /** The `profile-src` document validated against the current model, memoized. */
  get #loadedProfile(): ParseResult<Profile> | undefined {
    const fetched = this.#profileLoad?.fetched;
    const model = this.model;
    if (!fetched || !('text' in fetched) || !model) return undefined;
    const memo = this.#profileResult;
    if (memo && memo.text === fetched.text && memo.model === model) return memo.result;
    const result = parseProfile(fetched.text, model);
    this.#profileResult = { text: fetched.text, model, result };
    return result;
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
        load.fetched = fetched;
        this.requestUpdate();
      },
      () => {
        /* aborted: the URL changed or the element left the page */
      },
    );
  }

  /** The language to show: the element's `lang`, else the provider's, else the nearest ancestor's or the document's. */
  protected get locale(): string | undefined {
    return (
      this.getAttribute('lang') ||
      this.#localeContext.value ||
      inheritedLang(this.parentNode) ||
      this.model?.defaultLocale
    );
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
      const source = this.#profileLoad?.url ?? 'profile';
      void this.updateComplete.then(() => this.dispatchEvent(new BpErrorEvent({ errors, source })));
    }
  }

  /** The waiting / loading / error view, or undefined when the framework is ready. */
  protected renderFrameworkState(): TemplateResult | undefined {
    return renderFrameworkState(this.frameworkState, this.strings);
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
}
