/**
 * Where an element's framework comes from. Every widget and the provider use this one controller:
 * 1. the `framework` property (an object, JSON text, or a FrameworkModel), else
 * 2. an inline `<script type="application/json">` child, else
 * 3. the `src` URL (shared, abortable load: one fetch per URL per page), else
 * 4. (widgets only) the framework of the nearest `<blueprint-provider>`, through context.
 * The host calls `sync()` at the start of `willUpdate`, so the state it renders from is always current.
 * Loads of the element's own input fire `bp-load` / `bp-error` on the host; nothing throws.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { issue, type ParseResult } from '../framework/issues.js';
import { FrameworkModel } from '../framework/model.js';
import { BpErrorEvent, BpLoadEvent } from '../internal/events.js';
import { frameworkContext, IDLE, type FrameworkState } from './keys.js';
import { absoluteUrl, loadFramework, type LoadHandle } from './loader.js';
import { loadValidator, validator } from './validator.js';

export type FrameworkInput = FrameworkModel | object | string;

export interface FrameworkInputs {
  readonly framework?: FrameworkInput | null;
  readonly src?: string | null;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Inline JSON for the framework: a direct `<script type="application/json">` child without `data-profile`. */
const INLINE = ':scope > script[type="application/json"]:not([data-profile])';

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

export class FrameworkSource implements ReactiveController {
  readonly #host: Host;
  readonly #consumer?: ContextConsumer<typeof frameworkContext, Host>;
  #own: FrameworkState | undefined;
  /** The input last synced: kind and value (undefined: none yet, or must re-sync). */
  #last: { kind: string; value: unknown } | undefined;
  #handle: LoadHandle | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: Host, options: { consume: boolean }) {
    this.#host = host;
    host.addController(this);
    if (options.consume) {
      this.#consumer = new ContextConsumer(host, {
        context: frameworkContext,
        subscribe: true,
        callback: () => host.requestUpdate(),
      });
    }
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

  hostConnected(): void {
    this.#observer ??= new MutationObserver((records) => {
      if (records.some(touchesScript)) this.#host.requestUpdate();
    });
    // Inline JSON may be appended, or its text written, after the element connects.
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    // Reconnected after a disconnect released the load: sync again.
    if (this.#last === undefined) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // Out of its provider, a widget must not keep showing (and answering into) the provider's framework.
    // Reconnected inside a provider, the context answers again at once.
    if (this.#consumer) this.#consumer.value = undefined;
    if (this.#handle) {
      this.#handle.release();
      this.#handle = undefined;
      if (this.#own?.status === 'loading') {
        this.#own = undefined;
        this.#last = undefined;
      }
    }
  }

  /** Reads the host's inputs and, when they changed, starts using the new one. Call first in `willUpdate`. */
  sync(inputs: FrameworkInputs): void {
    const inline = this.#host.querySelector(INLINE)?.textContent ?? null;
    const next =
      inputs.framework != null
        ? { kind: 'property', value: inputs.framework }
        : inline !== null
          ? { kind: 'inline', value: inline }
          : inputs.src
            ? { kind: 'src', value: absoluteUrl(inputs.src) ?? inputs.src }
            : { kind: 'none', value: undefined };
    if (this.#last && this.#last.kind === next.kind && this.#last.value === next.value) return;
    this.#last = next;
    this.#handle?.release();
    this.#handle = undefined;

    if (next.kind === 'none') {
      this.#own = undefined;
    } else if (next.kind === 'src') {
      const src = inputs.src!;
      this.#own = { status: 'loading', errors: [], warnings: [], source: src };
      const handle = loadFramework(src);
      this.#handle = handle;
      handle.result.then(
        (result) => {
          if (this.#handle !== handle) return; // superseded by a newer input
          this.#handle = undefined;
          handle.release();
          this.#settle(toState(result, src));
        },
        (e: unknown) => {
          // Aborted: this element stopped waiting. Anything else is a bug; show it rather than load forever.
          if (this.#handle !== handle || (e as Error)?.name === 'AbortError') return;
          this.#handle = undefined;
          this.#settle(
            toState({ ok: false, errors: [issue('error', 'load', '', String(e))], warnings: [] }, src),
          );
        },
      );
    } else if (next.value instanceof FrameworkModel) {
      // Already validated: nothing to parse.
      const model = next.value;
      this.#settle(toState({ ok: true, value: model, errors: [], warnings: model.warnings }, next.kind));
    } else {
      const parse = validator();
      if (parse) {
        this.#settle(toState(parseInput(next.value as FrameworkInput, parse.parseFramework), next.kind));
      } else {
        // The validator loads on first use (a separate chunk for npm bundles); parse when it is here.
        this.#own = { status: 'loading', errors: [], warnings: [], source: next.kind };
        void loadValidator().then(
          (v) => {
            if (this.#last !== next) return; // superseded by a newer input
            this.#settle(toState(parseInput(next.value as FrameworkInput, v.parseFramework), next.kind));
          },
          (e: unknown) => {
            if (this.#last !== next) return;
            this.#settle(
              toState(
                {
                  ok: false,
                  errors: [issue('error', 'load', '', `the validator could not be loaded (${String(e)})`)],
                  warnings: [],
                },
                next.kind,
              ),
            );
          },
        );
      }
    }
  }

  #settle(state: FrameworkState) {
    this.#own = state;
    const host = this.#host;
    host.requestUpdate(); // a no-op inside willUpdate; schedules the render after an async load
    // Announce after the render this state causes, so listeners see the element updated.
    void host.updateComplete.then(() => {
      if (this.#own !== state) return;
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
