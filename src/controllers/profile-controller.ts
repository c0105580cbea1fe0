/**
 * The team's profile a widget shows, and the store its person's acts go to:
 * 1. the `profile` property (validated against the framework when it comes in), else
 * 2. the profile loaded from `profile-src` (an abortable task; validated once per text and framework), else
 * 3. the store of the nearest `<blueprint-provider>` when it answers the same framework, else
 * 4. an empty profile of the widget's own.
 * In cases 1, 2 and 4 the widget owns a private store; answers made there are written back to its
 * `profile` property. Call `sync(model)` in `willUpdate`, after the framework is known.
 */
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '../internal/task.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BpErrorEvent } from '../events/bp-error.js';
import type { Issue, ParseResult } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import type { Profile } from '../framework/schema.js';
import { storeContext } from '../context/keys.js';
import { absoluteUrl, fetchText } from '../context/loader.js';
import { ProfileStore } from '../context/profile-store.js';
import { loadValidator, validator } from '../context/validator.js';
import { holdFocus } from '../internal/hold-focus.js';
import type { ProfileCheck } from './profile-check.js';

/** What the controller reads from its element. */
export interface ProfileHost extends ReactiveControllerHost, HTMLElement {
  profile?: Profile;
  profileSrc?: string;
  /** How long `profile-src`'s server may take to answer, in milliseconds (unset: 15 s). */
  timeout?: number;
}

type Fetched = { text: string } | { errors: readonly Issue[] };

export class ProfileController implements ReactiveController {
  readonly #host: ProfileHost;
  readonly #shared: ContextConsumer<typeof storeContext, ProfileHost>;
  /** The widget's own store, made when it first needs one. */
  #own: ProfileStore | undefined;
  #store: ProfileStore | undefined;
  #unsubscribe?: () => void;
  /** True while this controller gives its own store an input's profile (not a person's act). */
  #seeding = false;
  /** The last input validated, and its result (kept until the input or the framework changes). */
  #checked?: { input: unknown; model: FrameworkModel; result: ParseResult<Profile> };
  /** Validates a new `profile` object, reusing what it said of the answers it saw before (issue 14). */
  #check?: ProfileCheck;
  #errors: readonly Issue[] = [];
  #announced?: readonly Issue[];
  readonly #fetch: Task<[string], Fetched>;
  /** The `profile-src` URL the task was last run for. */
  #fetching = '';

  constructor(host: ProfileHost) {
    this.#host = host;
    host.addController(this);
    this.#shared = new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
    // Run by `sync` when the URL changes (not on every update: a widget without `profile-src` never
    // starts a task, so it renders once).
    this.#fetch = new Task(host, {
      task: async ([url]: [string], { signal }) => {
        const fetched = await fetchText(url, signal, host.timeout);
        return 'error' in fetched ? { errors: [fetched.error] } : fetched;
      },
    });
  }

  /** The profile to show, once the framework is ready and the profile valid. */
  get profile(): Profile | undefined {
    return this.#store?.profile;
  }

  /** Where a person's acts go: the provider's store, or the widget's own. Undefined until ready. */
  get store(): ProfileStore | undefined {
    return this.#store;
  }

  /** True when the widget shows (and answers into) its provider's profile. */
  get shared(): boolean {
    return this.#store !== undefined && this.#store === this.#shared.value;
  }

  /** Problems with the profile given to this widget (`profile` or `profile-src`), if any. */
  get errors(): readonly Issue[] {
    return this.#errors;
  }

  /**
   * Fetches `profile-src` again after its download failed (no answer in time, an HTTP error, the network),
   * for the error's "Try again"; undefined when there is nothing to try again. Like the framework's, the
   * button goes away with its error: the element keeps the focus (focusable until it loses it).
   */
  get retry(): (() => void) | undefined {
    const fetched = this.#fetch.status === TaskStatus.COMPLETE ? this.#fetch.value : undefined;
    if (!this.#fetching || !fetched || !('errors' in fetched)) return undefined;
    const host = this.#host;
    const url = this.#fetching;
    return () => {
      holdFocus(host);
      void this.#fetch.run([url]);
    };
  }

  hostConnected(): void {
    // Back on the page after leaving its provider: pick the store again.
    if (!this.#store) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Out of its provider, the widget must not keep the provider's store; reconnected, it answers again.
    // Its own store is its own: kept.
    if (this.shared) this.#use(undefined);
    this.#shared.value = undefined;
  }

  #url(): string {
    const src = this.#host.profileSrc;
    return src ? (absoluteUrl(src) ?? src) : '';
  }

  /** Picks the profile and the store for this update. */
  sync(model: FrameworkModel | undefined): void {
    const host = this.#host;
    this.#errors = [];
    const url = this.#url();
    if (url !== this.#fetching) {
      this.#fetching = url;
      // A newer URL supersedes the older run; the task's status says where it stands.
      if (url) void this.#fetch.run([url]);
      else this.#fetch.abort();
    }
    let store: ProfileStore | undefined;
    if (!model) {
      store = undefined;
    } else if (host.profile !== undefined) {
      store = this.#ownWith(model, host.profile);
    } else if (host.profileSrc) {
      // Nothing to show or answer into until the team's profile is here.
      const fetched = this.#fetch.status === TaskStatus.COMPLETE ? this.#fetch.value : undefined;
      if (fetched && 'errors' in fetched) this.#errors = fetched.errors;
      store = fetched && 'text' in fetched ? this.#ownWith(model, fetched.text) : undefined;
    } else if (this.#shared.value?.model?.id === model.id) {
      store = this.#shared.value;
    } else {
      store = this.#ownStore();
      if (store.model !== model) this.#seed(store, model);
    }
    this.#use(store);
    this.#announce();
  }

  /** The own store holding `input` validated against `model`, or undefined while it cannot be. */
  #ownWith(model: FrameworkModel, input: unknown): ProfileStore | undefined {
    const own = this.#ownStore();
    // What the widget's own store wrote back to `profile` is valid already.
    if (input === own.profile && own.model === model) return own;
    const checked = this.#checked;
    let result = checked && checked.input === input && checked.model === model ? checked.result : undefined;
    if (!result) {
      const parse = validator();
      if (!parse) {
        // The validator loads on first use (its own chunk in npm bundles); render again when it is here.
        void loadValidator().then(() => this.#host.requestUpdate());
        return undefined;
      }
      result = (this.#check ??= new parse.ProfileCheck()).check(parse.parseProfile, input, model);
      this.#checked = { input, model, result };
    }
    if (!result.ok) {
      this.#errors = result.errors;
      return undefined;
    }
    if (own.model !== model || own.profile !== result.value) this.#seed(own, model, result.value);
    return own;
  }

  /** Gives the own store an input's profile (or a new one): not a person's act, so not written back. */
  #seed(own: ProfileStore, model: FrameworkModel, profile?: Profile) {
    this.#seeding = true;
    try {
      own.attach(model, profile);
    } finally {
      this.#seeding = false;
    }
  }

  #ownStore(): ProfileStore {
    if (!this.#own) {
      const own = new ProfileStore();
      own.subscribe((change) => {
        // A person's act in this widget: the answers belong to its `profile` property. (A selection, or a
        // selection target coming or going, is not an answer.)
        if (change !== 'profile') return;
        if (!this.#seeding && own.profile !== this.#host.profile) this.#host.profile = own.profile;
      });
      this.#own = own;
    }
    return this.#own;
  }

  /** Follows `store`: re-render the host whenever it changes. */
  #use(store: ProfileStore | undefined) {
    if (store === this.#store) return;
    this.#unsubscribe?.();
    this.#unsubscribe = store?.subscribe(() => this.#host.requestUpdate());
    this.#store = store;
  }

  /** Fires `bp-error` once per new set of profile errors, after the render that shows them. */
  #announce() {
    const errors = this.#errors;
    if (!errors.length || errors === this.#announced) return;
    this.#announced = errors;
    const source = this.#host.profile !== undefined ? 'profile' : this.#url() || 'profile';
    const host = this.#host;
    void host.updateComplete.then(() => host.dispatchEvent(new BpErrorEvent({ errors, source })));
  }
}
