import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FrameworkSource, type FrameworkInput } from '../context/framework-source.js';
import type { FrameworkState } from '../context/keys.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { BpErrorEvent } from '../events/bp-error.js';
import type { Issue } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import { strings, type Strings } from '../i18n/index.js';
import { localeReady } from '../i18n/load-locale.js';
import { wordsFor, type Words } from '../i18n/registry.js';
import { renderFrameworkState } from './status.js';
import { FailureFocus } from './failure-focus.js';
import { adoptStyles, hostStyles, shadowRootIn, statusStyles } from './styles.js';

// Every element's types carry the library's events (HTMLElementEventMap), whichever entry imports it.
export type * from '../events/index.js';

/**
 * The base of every widget: the host styles and tokens, the `theme`, the language (`lang`, resolved once
 * per update by a LocaleController) and the framework (`src`, the `framework` property or inline JSON,
 * else the provider's, by a FrameworkSource controller). Widgets that show a team's answers extend
 * ProfileElement, which adds the profile. Subclasses render from `model` and `locale`.
 *
 * @fires {BpLoadEvent} bp-load - On its own (a `src`, `framework` or inline JSON of its own, not a provider's): the framework loaded. `detail: { framework, model, warnings }`.
 */
export abstract class BlueprintElement extends LitElement {
  static override styles = [hostStyles, statusStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * URL of a framework JSON document to load (fetched once per page, however many elements use it). Set again
   * to the same URL after a failed load (property or attribute), it tries again.
   */
  @property({ reflect: true })
  get src(): string | undefined {
    return this.#src;
  }
  set src(value: string | undefined) {
    // Lit wraps this setter, and schedules an update only when the value changed.
    if (value === this.#src) this.source.retry();
    this.#src = value;
  }
  #src?: string;

  /**
   * How long the server of `src` (and of `profile-src`) may take to answer, in milliseconds (default 15000).
   * After that the load ends with an error and a "Try again" button.
   */
  @property({ type: Number, reflect: true }) timeout?: number;

  /** The framework as an object, JSON text or a FrameworkModel. Wins over `src` and inline JSON. */
  @property({ attribute: false }) framework?: FrameworkInput;

  /**
   * The color scheme of this element and of every widget inside it: `light` or `dark`. Unset, it follows
   * an ancestor's `theme` or `--bp-color-scheme`, else the page's own `color-scheme` (light when the page
   * declares none; the reader's setting when it declares `light dark`).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly source = new FrameworkSource(this, { consume: true });
  readonly #locale = new LocaleController(this, { consume: true });
  #announcedViewErrors = '';

  constructor() {
    super();
    // Issue 15: an error box that replaces what a person was using takes the focus.
    new FailureFocus(this);
  }

  /** First shown in another document than the page's (an iframe's): its styles must be sheets of that document. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.ownerDocument === document ? super.createRenderRoot() : shadowRootIn(this);
  }

  /** Moved into another document (an iframe's), or back: its styles are made again for that document. */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStyles(this, this.shadowRoot);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
    // The same `src` written again: Lit sets the property only when the attribute's value changed.
    if (name === 'src' && value === old) this.source.retry();
  }

  /**
   * The URL the framework is loaded from: `src`. The network view (issue 19) loads a cohort from `src` and
   * its framework from `framework-src`, so it answers this differently.
   */
  protected get frameworkUrl(): string | undefined {
    return this.src;
  }

  /** The framework's loading state (own input, else the provider's). */
  protected get frameworkState(): FrameworkState {
    return this.source.state;
  }

  /** The framework model, once loaded. */
  protected get model(): FrameworkModel | undefined {
    return this.source.model;
  }

  /** The language to show, resolved at the start of this update (LocaleController). */
  protected get locale(): string | undefined {
    return this.#locale.value;
  }

  /**
   * The words for the framework's parts in the current locale (its `terms`, else the library's), for the
   * string tables: the same object until the framework, the locale or a registered locale changes.
   */
  protected get words(): Words {
    return wordsFor(this.model, this.locale);
  }

  /** The library's UI strings in the current locale. */
  protected get strings(): Strings {
    return strings(this.locale);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source.sync({ framework: this.framework, src: this.frameworkUrl, timeout: this.timeout });
    // Issue 14: the words of a language that loads on first use (Spanish) are fetched from the first update,
    // in parallel with the framework; until they are in, renderFrameworkState shows "Loading".
    localeReady(this.#locale.resolve(this.model?.defaultLocale));
  }

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
    const state = this.frameworkState;
    // Ready, but the words of its language are still on their way (issue 14): "Loading", never English.
    const shown =
      state.status !== 'ready' || localeReady(this.locale) ? state : { ...state, status: 'loading' as const };
    return renderFrameworkState(shown, this.strings, this.source.fromContext, this.locale);
  }
}
