import { ContextEvent, type ContextCallback } from '@lit/context';

const ATTACHED = Symbol.for('blueprint-widgets:context-root');

interface Pending {
  readonly element: WeakRef<Element>;
  readonly callback: WeakRef<ContextCallback<unknown>>;
}

/**
 * Holds the context requests no provider answered, per context, and replays them when a provider appears
 * (the protocol of @lit/context's ContextRoot: `context-request` events that reach the root, `context-provider`
 * events that announce a provider). Unlike that ContextRoot, whose list only grows, it lets go of the requests
 * of elements that left the page: a page that mounts and removes standalone widgets (a single-page app, a
 * CMS preview) kept about 100 bytes per request, per mount, for good (1,000 mounts of the report: +400 KB
 * after GC). A widget that comes back asks again when it reconnects (ContextConsumer's hostConnected), so
 * nothing is lost by forgetting it.
 */
class PendingRequests {
  readonly #pending = new Map<unknown, Pending[]>();
  /** How many requests all lists held after the last clean-up: clean again once they have doubled. */
  #kept = 0;
  #count = 0;

  readonly onRequest = (event: ContextEvent<never>) => {
    if (event.subscribe !== true) return;
    // Older copies of @lit/context send no contextTarget.
    const element = (event.contextTarget as Element | undefined) ?? (event.composedPath()[0] as Element);
    const callback = event.callback as ContextCallback<unknown>;
    let list = this.#pending.get(event.context);
    if (!list) this.#pending.set(event.context, (list = []));
    // The same element and callback asking again (it reconnected, or it asks on every update) is one request.
    if (list.some((p) => p.element.deref() === element && p.callback.deref() === callback)) return;
    list.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (++this.#count > Math.max(64, 2 * this.#kept)) this.#forgetGone();
  };

  readonly onProvider = (event: Event) => {
    const context = (event as Event & { context: unknown }).context;
    const list = this.#pending.get(context);
    if (!list) return;
    this.#pending.delete(context);
    this.#count -= list.length;
    for (const p of list) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      // The provider answers what it can reach; what it cannot reach asks again and waits here.
      if (element?.isConnected && callback)
        element.dispatchEvent(new ContextEvent(context as never, element, callback, true));
    }
  };

  /** Drops the requests of elements that were collected or are no longer in a document. */
  #forgetGone() {
    let count = 0;
    for (const [context, list] of this.#pending) {
      const kept = list.filter((p) => p.element.deref()?.isConnected && p.callback.deref());
      if (kept.length) this.#pending.set(context, kept);
      else this.#pending.delete(context);
      count += kept.length;
    }
    this.#count = this.#kept = count;
  }
}

/**
 * Lets a provider that upgrades after its widgets still reach them: a root on the document holds the
 * widgets' context requests until a provider appears, then replays them. The single-file bundle attaches
 * it; npm users who register elements themselves call this once. Safe to call twice.
 */
export function attachContextRoot(target: Element = document.documentElement): void {
  const holder = target as Element & { [ATTACHED]?: boolean };
  if (holder[ATTACHED]) return;
  holder[ATTACHED] = true;
  const root = new PendingRequests();
  target.addEventListener('context-request', root.onRequest as EventListener);
  target.addEventListener('context-provider', root.onProvider);
}
