/**
 * Where an element's framework comes from. Every widget and the provider use this one controller:
 * 1. the `framework` property (an object, JSON text, or a FrameworkModel), else
 * 2. an inline `<script type="application/json">` child, else
 * 3. the `src` URL (shared, abortable load: one fetch per URL per page), else
 * 4. (widgets only) the framework of the nearest `<blueprint-provider>`, through context.
 * The host calls `sync()` at the start of `willUpdate`, so the state it renders from is always current.
 * Loads of the element's own input fire `bp-load` / `bp-error` on the host; nothing throws. A load that failed
 * (download or validator) is tried again by the error's "Try again" (the state's `retry`), by setting the same
 * `src` again (`retry()`), by `clearFrameworkCache()` and the next update, or by re-mounting the element.
 */
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '../internal/task.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issue, type ParseResult } from '../framework/issues.js';
import { isModel } from '../framework/is-model.js';
import type { FrameworkModel } from '../framework/model.js';
import { BpErrorEvent } from '../events/bp-error.js';
import { BpLoadEvent } from '../events/bp-load.js';
import { frameworkContext, IDLE, type FrameworkState } from './keys.js';
import { holdFocus } from '../internal/hold-focus.js';
import { absoluteUrl, cacheGeneration, loadFramework } from './loader.js';
import { loadValidator, validator } from './validator.js';

export type FrameworkInput = FrameworkModel | object | string;

export interface FrameworkInputs {
  readonly framework?: FrameworkInput | null;
  readonly src?: string | null;
  /** How long a `src` download may take, in milliseconds (unset: 15 s). */
  readonly timeout?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Inline JSON for the framework: a direct `<script type="application/json">` child without `data-profile`
 * (a profile) or `data-cohort` (the network view's teams, issue 19).
 */
const INLINE = ':scope > script[type="application/json"]:not([data-profile]):not([data-cohort])';

const isScript = (node: Node | null | undefined) => node instanceof HTMLScriptElement;
/** Whether a mutation added, removed or rewrote a `<script>` (the only light-DOM change a source cares about). */
const touchesScript = (r: MutationRecord) =>
  isScript(r.target) || isScript(r.target.parentNode) || [...r.addedNodes, ...r.removedNodes].some(isScript);

// One validation per object, however many elements receive it.
const parsedObjects = new WeakMap<object, ParseResult<FrameworkModel>>();

function parseInput(
  value: FrameworkInput,
  parseFramework: (input: unknown) => ParseResult<FrameworkModel>,
): ParseResult<FrameworkModel> {
  if (typeof value === 'string') return parseFramework(value);
  let result = parsedObjects.get(value);
  if (!result) parsedObjects.set(value, (result = parseFramework(value)));
  return result;
}

function toState(result: ParseResult<FrameworkModel>, source: string): FrameworkState {
  return result.ok
    ? { status: 'ready', model: result.value, errors: [], warnings: result.warnings, source }
    : { status: 'error', errors: result.errors, warnings: result.warnings, source };
}

/** The state of a model given as the input: already validated. */
const modelState = (model: FrameworkModel, source: string) =>
  toState({ ok: true, value: model, errors: [], warnings: model.warnings }, source);

/** An input: for `src`, `value` is the URL resolved against the document (compared) and `src` as written (shown). */
type Input = {
  readonly kind: 'property' | 'inline' | 'src' | 'none';
  readonly value: unknown;
  readonly src?: string;
  readonly timeout?: number;
};

export class FrameworkSource implements ReactiveController {
  readonly #host: Host;
  readonly #consumer?: ContextConsumer<typeof frameworkContext, Host>;
  /** The state of an input that needed no waiting (a model, or parsed with the validator at hand). */
  #ready: FrameworkState | undefined;
  /** The input last synced (undefined: none yet, or must re-sync after a disconnect). */
  #last: Input | undefined;
  /**
   * What waits: a `src` download (shared per URL, see loader.ts) or the validator's chunk. The task
   * supersedes an older load when the input changes and aborts it when the element leaves the page.
   */
  readonly #load: Task<[Input], FrameworkState>;
  #observer: MutationObserver | undefined;

  /** See the constructor's `canValidate`. */
  readonly #canValidate: (() => boolean) | undefined;
  /** `clearFrameworkCache()`'s count when the input was last synced. */
  #generation = cacheGeneration();

  /**
   * `consume`: use the nearest provider's framework when the element has no input of its own.
   * `canValidate`: for a host that validates profiles synchronously once it has a model (the provider's
   * store): whether the validator is at hand. While it is not, a FrameworkModel given as the input waits for
   * the validator like any other input (a model from `parseFramework` means it has run: no waiting then).
   */
  constructor(host: Host, options: { consume: boolean; canValidate?: () => boolean }) {
    this.#host = host;
    this.#canValidate = options.canValidate;
    host.addController(this);
    if (options.consume) {
      this.#consumer = new ContextConsumer(host, {
        context: frameworkContext,
        subscribe: true,
        callback: () => host.requestUpdate(),
      });
    }
    this.#load = new Task(host, {
      task: ([input], { signal }) => this.#wait(input, signal),
      onComplete: (state) => this.#announce(state),
    });
  }

  /** The framework state to render from: the element's own input, else its provider's, else idle. */
  get state(): FrameworkState {
    return this.#own ?? this.#consumer?.value ?? IDLE;
  }

  /** The model, once ready. */
  get model(): FrameworkModel | undefined {
    return this.state.model;
  }

  /** True when the state comes from a provider rather than the element's own input. */
  get fromContext(): boolean {
    return this.#own === undefined && this.#consumer?.value !== undefined;
  }

  get #own(): FrameworkState | undefined {
    const last = this.#last;
    if (!last || last.kind === 'none') return undefined;
    if (this.#ready) return this.#ready;
    const source = last.src ?? last.kind;
    switch (this.#load.status) {
      case TaskStatus.COMPLETE:
        return this.#load.value;
      default:
        // Pending, or aborted on the way to a newer input.
        return { status: 'loading', errors: [], warnings: [], source };
    }
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver((records) => {
      if (records.some(touchesScript)) this.#host.requestUpdate();
    });
    // Inline JSON may be appended, or its text written, after the element connects.
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Reconnected after a disconnect released the load: sync again.
    if (this.#last === undefined) this.#host.requestUpdate();
  }

  /** Tries the input again if its load failed (a download, or the validator's chunk); nothing otherwise. */
  retry(): void {
    if (this.#own?.status !== 'error' || this.#ready) return;
    this.#last = undefined;
    this.#host.requestUpdate();
  }

  /**
   * The state of a load that failed, with the means to try it again ("Try again"). The button goes away with
   * the error it is in: the element itself keeps the focus (focusable until it loses it), not the page's body.
   */
  #retryable(state: FrameworkState): FrameworkState {
    const host = this.#host;
    const retry = () => {
      holdFocus(host);
      this.retry();
    };
    return state.status === 'error' ? { ...state, retry } : state;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // Out of its provider, a widget must not keep showing (and answering into) the provider's framework.
    // Reconnected inside a provider, the context answers again at once.
    if (this.#consumer) this.#consumer.value = undefined;
    // A load still under way is dropped (the shared download is aborted once nobody waits for it); a
    // reconnected element starts it again.
    if (this.#load.status === TaskStatus.PENDING) {
      this.#load.abort();
      this.#last = undefined;
    }
    // A failed load is tried again when the element comes back (hostConnected), not while it is away.
    if (this.#own?.status === 'error' && !this.#ready) this.#last = undefined;
  }

  /** Reads the host's inputs and, when they changed, starts using the new one. Call first in `willUpdate`. */
  sync(inputs: FrameworkInputs): void {
    const inline = this.#host.querySelector(INLINE)?.textContent ?? null;
    const next: Input =
      inputs.framework != null
        ? { kind: 'property', value: inputs.framework }
        : inline !== null
          ? { kind: 'inline', value: inline }
          : inputs.src
            ? {
                kind: 'src',
                value: absoluteUrl(inputs.src) ?? inputs.src,
                src: inputs.src,
                timeout: inputs.timeout,
              }
            : { kind: 'none', value: undefined };
    // The page cleared the cache of loads (clearFrameworkCache): a failed load is tried again.
    if (this.#generation !== cacheGeneration()) {
      this.#generation = cacheGeneration();
      this.retry();
    }
    const last = this.#last;
    if (last && last.kind === next.kind && last.value === next.value) return;
    this.#last = next;
    this.#ready = undefined;
    const parse = validator();
    if (next.kind === 'none') {
      this.#load.abort();
    } else if (isModel<FrameworkModel>(next.value) && (this.#canValidate?.() ?? true)) {
      // Already validated: nothing to parse.
      this.#settle(modelState(next.value, next.kind));
    } else if (next.kind !== 'src' && parse) {
      this.#settle(toState(parseInput(next.value as FrameworkInput, parse.parseFramework), next.kind));
    } else {
      // A download, or the validator's chunk (npm bundles split it off) to wait for. A newer input or a
      // disconnect aborts it; the state says where it stands.
      void this.#load.run([next]);
    }
  }

  /** Waits for the validator or the download; any failure but an abort becomes an error state. */
  async #wait(input: Input, signal: AbortSignal): Promise<FrameworkState> {
    const source = input.src ?? input.kind;
    const failed = (message: string) =>
      toState({ ok: false, errors: [issue('error', 'load', '', message)], warnings: [] }, source);
    if (input.kind !== 'src') {
      try {
        const parse = await loadValidator();
        if (isModel<FrameworkModel>(input.value)) return modelState(input.value, input.kind);
        return toState(parseInput(input.value as FrameworkInput, parse.parseFramework), input.kind);
      } catch (e) {
        return this.#retryable(failed(`the validator could not be loaded (${String(e)})`));
      }
    }
    const handle = loadFramework(source, input.timeout);
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
    );
    try {
      return this.#retryable(toState(await Promise.race([handle.result, aborted]), source));
    } catch (e) {
      if (signal.aborted) throw e;
      // Anything but an abort is a bug; show it rather than load forever.
      return this.#retryable(failed(String(e)));
    } finally {
      // This element no longer waits; the shared download is aborted once nobody does.
      handle.release();
    }
  }

  #settle(state: FrameworkState) {
    this.#ready = state;
    this.#announce(state);
  }

  /** Announces the state after the render it causes, so listeners see the element updated. */
  #announce(state: FrameworkState) {
    const host = this.#host;
    const last = this.#last;
    host.requestUpdate();
    void host.updateComplete.then(() => {
      if (this.#last !== last || this.#own !== state) return;
      host.dispatchEvent(
        state.status === 'ready'
          ? new BpLoadEvent({
              framework: state.model!.framework,
              model: state.model!,
              warnings: state.warnings,
            })
          : new BpErrorEvent({ errors: state.errors, source: state.source ?? '' }),
      );
    });
  }
}
