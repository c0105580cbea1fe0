import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FrameworkSource, type FrameworkInput } from '../../context/framework-source.js';
import {
  frameworkContext,
  IDLE,
  localeContext,
  storeContext,
  type FrameworkState,
  modeContext,
} from '../../context/keys.js';
import { PersistentProfileStore } from '../../context/persistent-profile-store.js';
import { validator } from '../../context/validator.js';
import { issue, type ParseResult } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { loadedParser } from '../../framework/parser-slot.js';
import { serializeProfile } from '../../framework/profile.js';
import { profileTextFromFragment, SHARE_PARAM } from '../../framework/share-link.js';
import type { Profile } from '../../framework/schema.js';
import { intlLocale } from '../../framework/text.js';
import { strings, type Strings } from '../../i18n/index.js';
import { providerStrings, type ProviderStrings } from '../../i18n/provider.js';
import { localeReady } from '../../i18n/load-locale.js';
import type { PersistMode } from '../../context/storage.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { adoptStyles, shadowRootIn } from '../../internal/styles.js';
import { saveFile } from '../../internal/save-file.js';
import { renderErrors, renderFrameworkState } from '../../internal/status.js';
import { FailureFocus } from '../../internal/failure-focus.js';
import { renderUnreadableNotice } from '../../internal/failure-box.js';
import { BpErrorEvent } from '../../events/bp-error.js';
import { styles } from './blueprint-provider.styles.js';

/** The box for refused answers (src/internal/refusal-view.ts), loaded the first time something is refused. */
let renderRefused: typeof import('../../internal/refusal-view.js').renderRefusal | undefined;

// The provider's types carry the library's events (HTMLElementEventMap), whichever entry imports it.
export type * from '../../events/index.js';

/** The storage key of a framework's profile: one saved profile per framework id (see `storage-key`). */
export const storageKeyFor = (frameworkId: string) => `blueprint-widgets:profile:${frameworkId}`;

/** `profile-from-hash`: present means on, `off` or `false` off, absent unset (on by default). */
const onOff = {
  fromAttribute: (value: string | null) => (value === null ? undefined : !/^\s*(off|false)\s*$/i.test(value)),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : value ? '' : 'off'),
};

/** A notice about the answers: a link opened (own answers kept or not), own answers back, a merge. */
type Notice = 'link' | 'back' | 'merged';

const PERSIST_MODES: readonly PersistMode[] = ['local', 'session', 'off'];

/** The validator if it has run: loaded by an element, or imported by the page (`parseFramework`). */
const parser = () => validator() ?? loadedParser();

/**
 * Validates a profile against the model. The validator is not imported here, so that bundles load it as a
 * file of its own, in parallel with the framework: the provider has a model only once the validator has
 * run (its source waits for it, `canValidate`), so it is at hand whenever a profile can be used.
 */
function parseProfile(input: unknown, model: FrameworkModel | undefined): ParseResult<Profile> {
  const loaded = parser();
  if (loaded) return loaded.parseProfile(input, model);
  const error = issue('error', 'load', '', 'the validator is not loaded yet, so no profile can be used');
  return { ok: false, errors: [error], warnings: [] };
}

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
 * @csspart error - The box saying what failed, in plain words, and what to do (`role="alert"`).
 * @csspart error-detail - The "Technical details" disclosure in it: each problem with its JSON Pointer path.
 * @csspart notice - A message about the saved answers (in a `role="status"` region): a share link was opened ("You opened shared answers from <date>", with "Keep my own answers instead"), answers from another window were merged, or the answers cannot be saved (with "Download my answers").
 * @csspart notice-action - The button of a notice.
 *
 * @cssprop --bp-color-scheme - The widgets' color scheme: unset, the page's own `color-scheme` (light when it declares none); `light dark` follows the reader's system, `light` or `dark` fixes it. The `theme` attribute sets it for every widget inside.
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
 * @fires {BpErrorEvent} bp-error - The framework or a profile was refused (the error part says it in plain words, the detail behind "Technical details"). `detail: { errors: { path, message }[], source, kind }`: for answers, `kind` is `not-json`, `not-a-profile`, `other-framework`, `too-new`, `broken-link` or `mistakes`.
 * @fires {BpWarningEvent} bp-warning - Something is off but nothing was refused (storage unavailable, another framework version). `detail: { warnings, source }`.
 * @fires {BpProfileChangeEvent} bp-profile-change - The shared profile changed. `detail: { profile, reason }`, reason one of `restore` (the framework loaded: saved answers, or a new profile), `rating`, `import`, `set`, `storage` (another tab), `reset`, `snapshot`, `priorities`, `link` (a share link).
 */
export class BlueprintProvider extends LitElement {
  static override styles = styles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  readonly #source = new FrameworkSource(this, {
    consume: false,
    canValidate: () => parser() !== undefined,
  });
  readonly #frameworkProvider = new ContextProvider(this, { context: frameworkContext, initialValue: IDLE });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #locale = new LocaleController(this, { consume: false });
  readonly #internals = this.attachInternals();

  /**
   * The team's profile store, shared with every widget inside: the one writer of the answers. Call its
   * operations (`rate`, `markUnsure`, `skip`, `clear`, `writeNote`, `setPriorities`, `saveSnapshot`) to
   * change the answers from code; `store.profile` is the profile, `store.subscribe()` tells of changes.
   */
  readonly store = new PersistentProfileStore({
    announce: (event) => {
      // Where refused answers came from (the page's code or a share link): their box says it in its words.
      if (event instanceof BpErrorEvent) this.#refusedFrom = event.detail.source;
      this.#dispatchAfterUpdate(event);
    },
    parse: (input, model) => parseProfile(input, model),
  });

  constructor() {
    super();
    new ContextProvider(this, { context: storeContext, initialValue: this.store });
    // Issue 15: an error box that replaces what a person was using takes the focus.
    new FailureFocus(this);
    // The store is this element's own: it re-renders on every change (errors shown, events after render).
    this.store.subscribe(() => {
      if (this.store.joined !== this.#joined) void this.#say('merged');
      this.#joined = this.store.joined;
      this.requestUpdate();
    });
  }

  /** URL of the framework JSON document to load. Set again to the same URL after a failed load, it tries again. */
  @property({ reflect: true })
  get src(): string | undefined {
    return this.#src;
  }
  set src(value: string | undefined) {
    // Lit wraps this setter, and schedules an update only when the value changed.
    if (value === this.#src) this.#source.retry();
    this.#src = value;
  }
  #src?: string;

  /**
   * How long the server of `src` may take to answer, in milliseconds (default 15000). After that the load
   * ends with an error and a "Try again" button.
   */
  @property({ type: Number, reflect: true }) timeout?: number;

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
   * On by default (unset); `profile-from-hash="off"` (or `false` from code) turns it off, like
   * `ignore-shared-links`.
   */
  @property({ attribute: 'profile-from-hash', reflect: true, converter: onOff })
  profileFromHash?: boolean;

  /**
   * Ignore share links: the page never reads answers from `#bp-profile=…`, and the report inside does not
   * offer "Copy a share link" (a link to this page would open without the answers).
   */
  @property({ attribute: 'ignore-shared-links', type: Boolean, reflect: true }) ignoreSharedLinks = false;

  /**
   * The color scheme of every widget inside: `light` or `dark` (the partner's own content keeps the page's).
   * Unset, the widgets follow `--bp-color-scheme`, else the page's own `color-scheme` (light when it declares none).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * `member`: a member's private answer sheet (issue 17). A `<capacity-rubric>` inside first asks for an
   * optional name and a role (from the framework's `roles`), stored in the profile's `respondent`, and ends
   * with "Send my answers": a share link, a file and a QR code to give the facilitator. Nothing leaves the
   * device until the member sends it. Unset: the team's own answers.
   */
  @property({ reflect: true }) mode?: 'member';
  readonly #modeProvider = new ContextProvider(this, { context: modeContext });

  /** A profile set from code before the framework loaded, applied once it is ready. */
  #requested: unknown;
  /** The person's own answers (JSON text) a share link replaced, for "Keep my own answers instead". */
  #own: string | undefined;
  /** When the opened link's answers were last changed (`updatedAt`), for its notice. */
  #linkDate: string | undefined;
  /** The notice about the answers shown last (until the next). */
  #notice: Notice | undefined;
  /** The store's last merge that kept two notes, once its notice is shown. */
  #joined = this.store.joined;
  /** The `source` of the last refused answers (`profile`, `import`, `link`). */
  #refusedFrom: string | undefined;

  /**
   * The team's profile. Setting it (an object or JSON text) validates it against the framework: a valid
   * profile replaces the current one at once and is saved; an invalid one is refused with `bp-error` and
   * the error part, and the current answers stay. Set before the framework loads, it is applied when it
   * does. Setting `undefined` only cancels such a pending profile; `resetProfile()` erases answers.
   */
  @property({ attribute: false })
  get profile(): Profile | undefined {
    return this.store.profile;
  }
  set profile(value: Profile | undefined) {
    if (value === undefined || value === this.store.profile) {
      this.#requested = undefined;
      return;
    }
    if (this.store.model) this.store.set(value, 'profile', 'set');
    else this.#requested = value;
  }

  /** The loaded framework's model, once ready. */
  get model(): FrameworkModel | undefined {
    return this.store.model;
  }

  /** The framework's loading state. */
  get frameworkState(): FrameworkState {
    return this.#source.state;
  }

  /** The profile as JSON text, exactly re-importable with `importProfile`. Undefined before the framework loads. */
  exportProfile(): string | undefined {
    const profile = this.store.profile;
    return profile && serializeProfile(profile);
  }

  /**
   * Validates a profile (JSON text or an object) against the loaded framework and, when valid, makes it
   * the shared profile. Returns every error and warning; never throws.
   */
  importProfile(input: string | object): ParseResult<Profile> {
    if (!this.store.model) {
      const error = issue(
        'error',
        'load',
        '',
        'the framework is not loaded yet, so no profile can be imported',
      );
      this.store.refuse([error], 'import');
      return { ok: false, errors: [error], warnings: [] };
    }
    return this.store.set(input, 'import', 'import');
  }

  /** Forgets the team's answers (here and in storage) and starts an empty profile. */
  resetProfile(): void {
    this.#requested = undefined;
    this.store.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store.connect(true);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.connect(false);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
    // The same `src` written again: Lit sets the property only when the attribute's value changed.
    if (name === 'src' && value === old) this.#source.retry();
  }

  /** First shown in another document than the page's (an iframe's): its styles must be sheets of that document. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.ownerDocument === document ? super.createRenderRoot() : shadowRootIn(this);
  }

  /** Moved into another document (an iframe's), or back: its styles are made again for that document. */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStyles(this, this.shadowRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('persist') && !PERSIST_MODES.includes(this.persist)) {
      this.store.warn(
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
    this.#source.sync({ framework: this.framework, src: this.src, timeout: this.timeout });
    const state = this.#source.state;
    this.#frameworkProvider.setValue(state);
    this.#setStates(state.status);
    this.store.readsLinks = this.#readsLinks;
    const model = state.model;
    const persistence = { mode: this.#mode, key: this.storageKey || (model ? storageKeyFor(model.id) : '') };
    if (model !== this.store.model) {
      this.store.persistence = persistence;
      this.#restore(model);
    } else if (changed.has('persist') || changed.has('storageKey')) {
      this.store.persistence = persistence;
      this.store.saveNow();
    }
    this.#localeProvider.setValue(this.#locale.resolve(this.store.model?.defaultLocale));
    this.#modeProvider.setValue(this.mode === 'member' ? 'member' : undefined);
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

  get #strings(): Strings {
    return strings(this.#locale.value);
  }

  /** Share links are read unless the page opts out (`ignore-shared-links`, `profile-from-hash="off"`). */
  get #readsLinks(): boolean {
    return !this.ignoreSharedLinks && this.profileFromHash !== false;
  }

  get #mode(): PersistMode {
    return PERSIST_MODES.includes(this.persist) ? this.persist : 'off';
  }

  /** A new framework is ready (or none): take the profile the page asked for, else a share link's, else the saved one, else a new one. */
  #restore(model: FrameworkModel | undefined) {
    const requested = this.#requested;
    if (model && requested !== undefined) {
      this.#requested = undefined;
      const result = parseProfile(requested, model);
      if (result.ok) {
        this.store.attach(model, result.value);
        this.store.warn(result.warnings, 'profile');
        this.store.saveNow();
        return;
      }
      this.store.attach(model);
      this.store.refuse(result.errors, 'profile');
      this.#fromLink();
      return;
    }
    this.store.attach(model);
    if (model) this.#fromLink();
  }

  /**
   * Applies the profile of a share link in the URL fragment, if asked to and there is one, once: the
   * fragment is then removed from the address (a reload shows the answers as saved, edits included). The
   * answers it replaces are kept aside (unless they are a previous link's, unchanged), and a notice says
   * what happened, every time.
   */
  #fromLink(): void {
    const store = this.store;
    const hash = window.location.hash;
    if (!this.#readsLinks || !store.model || !hash.includes(`${SHARE_PARAM}=`)) return;
    const text = profileTextFromFragment(hash);
    const url = new URL(window.location.href);
    url.hash = hash
      .slice(1)
      .split('&')
      .filter((part) => !part.startsWith(`${SHARE_PARAM}=`))
      .join('&');
    history.replaceState(history.state, '', url);
    if (text === undefined) {
      store.refuse(
        [issue('error', 'json', '', 'the share link is damaged: its profile could not be read')],
        'link',
      );
      return;
    }
    const before = store.readSaved();
    // The person's own answers: the saved ones, else those on screen (in a browser that never answered, a
    // new empty profile), so "Keep my own answers instead" always has something to bring back.
    const mine = before ?? (store.profile && serializeProfile(store.profile));
    const lastLink = store.backups().find((b) => b.kind === 'link')?.text;
    if (!store.set(text, 'link', 'link').ok) return;
    const now = serializeProfile(store.profile!);
    store.keepAside('link', now);
    // Never lose the answers this browser had: opening a teammate's link keeps them aside. A previous
    // link's answers, unchanged, are not the person's own: they stay restorable behind them.
    const own = mine !== undefined && mine !== now && mine !== lastLink;
    if (own) {
      this.#own = mine;
      const aside = store.keepAside('before-link', mine);
      if (before !== undefined)
        store.warn(
          [
            issue(
              'warning',
              'storage',
              '',
              aside
                ? `the answers saved in this browser were replaced by the share link’s; they were kept under the storage key "${aside}"`
                : 'the answers saved in this browser were replaced by the share link’s, and could not be kept aside',
            ),
          ],
          'link',
          true,
        );
    }
    // A link over a link: the own answers are those kept when the first one opened.
    if (!own) this.#own = mine === lastLink ? (this.#own ?? this.#ownBackup()?.text) : undefined;
    this.#linkDate = store.profile!.updatedAt;
    void this.#say('link');
  }

  /** The newest copy of the person's own answers a share link replaced. */
  #ownBackup() {
    return this.store.backups().find((b) => b.kind === 'before-link');
  }

  /** The link's date in the provider's language ("3 March 2026"), if it has a readable one. */
  #date(value: string | undefined): string | undefined {
    const date = value ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) return undefined;
    try {
      return new Intl.DateTimeFormat(intlLocale(this.#locale.value), { dateStyle: 'long' }).format(date);
    } catch {
      return undefined;
    }
  }

  /** Shows `notice`; the same one again is taken away for one render first, so it is announced again. */
  async #say(notice: Notice) {
    if (this.#notice === notice) {
      this.#notice = undefined;
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#notice = notice;
    this.requestUpdate();
  }

  #onHashChange = () => {
    this.#fromLink();
  };

  /**
   * "Keep my own answers instead": the answers the link replaced (kept under `<key>:before-link`) come
   * back; the link's, with any edits, are kept in turn (`:before-restore`).
   */
  #bringBack = async () => {
    const text = this.#own;
    if (text === undefined || !this.store.restoreBackup({ text }).ok) return;
    this.#own = undefined;
    void this.#say('back');
    await this.updateComplete;
    // The button is gone: focus goes to the message that replaced it, not to the page's start.
    this.renderRoot.querySelector<HTMLElement>('[part~="notice"]')?.focus();
  };

  /** "Download my answers": the profile as a JSON file, when the browser cannot keep it. */
  #download = () => {
    const text = this.exportProfile();
    if (text)
      saveFile(
        new Blob([text], { type: 'application/json' }),
        `${this.store.model!.id}-answers.json`,
        this.renderRoot,
      );
  };

  /** "Download the kept copy": the saved answers that could not be opened, exactly as they were (issue 15). */
  #downloadKept = () => {
    const kept = this.store.unreadable;
    if (kept)
      saveFile(
        new Blob([kept.text], { type: 'application/json' }),
        `${this.store.model?.id ?? 'saved'}-answers-kept.json`,
        this.renderRoot,
      );
  };

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
      ${renderFrameworkState(this.#source.state, t, false, this.#locale.value) ?? nothing}
      ${this.#renderRefusal(t)}
      <div role="status">
        ${localeReady(this.#locale.value) ? this.#renderNotices(providerStrings(this.#locale.value)) : nothing}${renderUnreadableNotice(this.store.unreadable, this.#locale.value, t, this.#downloadKept)}
      </div>
      <slot></slot>
    </div>`;
  }

  /**
   * Answers the provider refused, in plain words with the detail behind a disclosure (issue 15). The box's
   * code loads the first time: until then (a moment) nothing is drawn, so the alert speaks once.
   */
  #renderRefusal(t: Strings) {
    const errors = this.store.errors;
    if (!errors.length) return nothing;
    if (renderRefused)
      return renderRefused(errors, this.#refusedFrom, {
        t,
        locale: this.#locale.value,
        model: this.store.model,
      });
    void import('../../internal/refusal-view.js').then(
      (m) => ((renderRefused = m.renderRefusal), this.requestUpdate()),
      // The box's code could not be fetched: the problems are still said, in the shorter box.
      () => ((renderRefused = (list) => renderErrors(t.profileRefused, list, t)), this.requestUpdate()),
    );
    return nothing;
  }

  /**
   * The notices, in one live region present from the first render: each is announced when it appears,
   * not again at every render (the same text is not re-rendered).
   */
  #renderNotices(t: ProviderStrings) {
    const unsaved = this.#mode !== 'off' && this.store.unsaved;
    const notice = this.#notice;
    const cantSave =
      unsaved &&
      html`<p part="notice">
        ${t.cantSave(unsaved === 'full')}
        <button part="notice-action" @click=${this.#download}>${t.download}</button>
      </p>`;
    const kept =
      notice === 'link' &&
      this.#own !== undefined &&
      html`<button part="notice-action" @click=${this.#bringBack}>${t.keepMine}</button>`;
    return html`${cantSave || nothing}${
      notice
        ? html`<p part="notice" tabindex="-1">
            ${notice === 'merged' ? t.merged : notice === 'back' ? t.answersBack : t.linkOpened(this.#date(this.#linkDate))}
            ${kept || nothing}
          </p>`
        : nothing
    }`;
  }
}
